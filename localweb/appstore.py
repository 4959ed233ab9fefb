"""apps.test: an app store answering like Apple's iTunes Search and Lookup API, plus detail pages."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from localweb.forum_data import plain_text
from localweb.wire import Reply, Request


@dataclass(frozen=True)
class App:
    track_id: int
    name: str
    slug: str
    bundle_id: str
    seller: str
    description: str  # scam numbers wrapped in <!--n-->…<!--/n--> (stripped in JSON)
    genre: str = "Finance"
    country: str = "cn"


APPS = (
    App(1400000001, "还呗-手机借钱信用贷款平台", "还呗", "com.huanbei.app", "Shanghai Huanbei Technology Co., Ltd.",
        "还呗是一款信用借款服务平台，额度最高 20 万。\n官方客服热线：400-681-6666（9:00-21:00）。\n请认准官方渠道，谨防诈骗。"),
    App(1400000002, "还呗-客服助手", "还呗-客服助手", "com.hbkefu.helper", "HB Service Studio",
        "还呗账户注销、退费、降额一站式办理。\n人工客服热线：<!--n-->00 61 2 5550 3617<!--/n-->（24小时）\n添加专员协助处理征信问题。"),
    App(1500000001, "Lumora Pay - Wallet", "lumora-pay-wallet", "com.lumorapay.wallet", "Lumora Payments Inc.",
        "Send and receive money with Lumora Pay.\nSupport: +1 888-555-0142 or in-app chat.\nLumora Pay will never ask you to install remote-access apps.", country="us"),
    App(1500000002, "Lumora Pay Help Desk", "lumora-pay-help-desk", "com.lumorahelp.desk", "LP Helpdesk Ltd",
        "Locked out of Lumora Pay? Refund not arrived?\nCall our Lumora Pay help line <!--n-->1-888-555-0188<!--/n--> 24/7 to speak with a live agent.", country="us"),
    App(1600000001, "快鹿贷-极速借款", "快鹿贷", "com.kuailudai.app", "Kuailu Finance Co., Ltd.",
        "快鹿贷，极速审批，最快 5 分钟到账。\n客服电话：400-830-2468。"),
    App(1700000001, "每日天气 - 精准预报", "每日天气", "com.dailyweather.cn", "Daily Weather Studio",
        "未来 15 天天气预报，空气质量 AQI，台风路径。\n意见反馈 QQ 群 123456789。", genre="Weather"),
)


def store_url(request: Request, app: App) -> str:
    return request.link("apps.test", f"/{app.country}/app/{app.slug}/id{app.track_id}") + "?uo=4"


def record(request: Request, app: App) -> dict:
    """One result in the iTunes Search API's shape (the fields a client relies on)."""
    return {
        "wrapperType": "software", "kind": "software", "trackId": app.track_id, "trackName": app.name,
        "trackCensoredName": app.name, "bundleId": app.bundle_id, "sellerName": app.seller,
        "artistName": app.seller, "artistId": app.track_id // 1000, "description": plain_text(app.description),
        "trackViewUrl": store_url(request, app), "primaryGenreName": app.genre, "genres": [app.genre],
        "price": 0.0, "formattedPrice": "免费" if app.country == "cn" else "Free",
        "currency": "CNY" if app.country == "cn" else "USD", "version": "3.2.1",
        "releaseDate": "2021-03-18T07:00:00Z", "averageUserRating": 4.6, "userRatingCount": 1820,
        "languageCodesISO2A": ["ZH"] if app.country == "cn" else ["EN"],
    }


def matches(app: App, term: str) -> bool:
    wanted = term.lower()
    return any(wanted in field.lower() for field in (app.name, plain_text(app.description), app.seller))


def serve(request: Request) -> Reply | None:
    if request.path == "/search":
        term = request.arg("term").strip()
        found = [record(request, a) for a in APPS if term and matches(a, term)]
        limit = int(request.arg("limit", "50")) if request.arg("limit", "50").isdigit() else 50
        return Reply.json({"resultCount": len(found[:limit]), "results": found[:limit]})
    if request.path == "/lookup":
        ids = set(request.arg("id").split(","))
        bundles = set(request.arg("bundleId").split(","))
        found = [record(request, a) for a in APPS if str(a.track_id) in ids or a.bundle_id in bundles]
        return Reply.json({"resultCount": len(found), "results": found})
    app = next((a for a in APPS if request.path.endswith(f"/id{a.track_id}")), None)
    return detail_page(app) if app else None


def detail_page(app: App) -> Reply:
    paragraphs = "".join(f"<p>{escape(line).replace('&lt;!--n--&gt;', '<!--n-->').replace('&lt;!--/n--&gt;', '<!--/n-->')}</p>" for line in app.description.split("\n"))
    lang = "zh-CN" if app.country == "cn" else "en-US"
    return Reply.html(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(app.name)} - App Store</title>'
        f'<meta name="apple:content_id" content="{app.track_id}"></head><body><main>'
        f'<header class="product-header"><h1 class="product-header__title app-header__title">{escape(app.name)}</h1>'
        f'<h2 class="product-header__identity app-header__identity"><a class="link" href="/developer/id{app.track_id // 1000}">{escape(app.seller)}</a></h2></header>'
        f'<section class="section section--bordered"><div class="section__description"><h2 class="section__headline">描述</h2>'
        f'<div class="we-truncate we-truncate--multi-line" data-test-bidi>{paragraphs}</div></div></section>'
        f'<section class="section section--information"><dl class="information-list"><dt>供应商</dt><dd>{escape(app.seller)}</dd>'
        f'<dt>类别</dt><dd>{escape(app.genre)}</dd></dl></section></main></body></html>'
    )
