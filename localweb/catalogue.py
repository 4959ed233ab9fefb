"""The fixture web's landing pages as search engines list them: title, snippet, brand.

Snippets are what the search engine shows; some carry a scam number themselves (the
snippet is judged too). Ground truth about which pages are scams is in expected.json.
"""
from __future__ import annotations

import base64
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

BRAND_BOOK = Path(__file__).resolve().parent / "brands.toml"


@dataclass(frozen=True)
class Listing:
    host: str
    path: str
    title: str
    snippet: str


BRAND_RESULTS: dict[str, tuple[Listing, ...]] = {
    "还呗": (
        Listing("huanbei.test", "/contact.html", "联系我们 - 还呗官网", "还呗官方客服热线 400-681-6666，服务时间 9:00-21:00。还呗不会通过00开头的号码联系您。"),
        Listing("huanbei-kefu.test", "/", "还呗客服电话_还呗人工客服24小时热线", "还呗人工客服热线 0061 491 570 313，24小时在线，办理注销账户、退费、降低额度。"),
        Listing("ask.test", "/q/10086.html", "还呗人工客服电话是多少？ - 问答社区", "最佳答案：打这个 0🙂0🙂6🙂1 4️⃣9️⃣1️⃣ 570 313 就能转人工……"),
        Listing("news.test", "/2025/06/huanbei-fake-kefu.html", "警惕！冒充还呗客服的“00”开头电话是诈骗", "近日有市民接到自称还呗客服的来电，号码为 0061 491 570 313。还呗官方提醒：唯一客服热线为 400-681-6666。"),
        Listing("huanbei-kefu.test", "/zhuxiao.html", "还呗注销账户客服 - 在线办理", "注销还呗账户请联系专员，人工处理，关闭贷款账户不影响征信。"),
        Listing("huanbei-kefu.test", "/tuikuan.html", "还呗退费办理 - 还呗客服中心", "误开通还呗会员或被扣服务费的用户，可申请全额退还，专员协助办理。"),
        Listing("blog.test", "/huanbei-review.html", "用了半年还呗，说说我的体验", "还呗的额度和利率都还行，客服就打官方 400-681-6666，其他号码别信。"),
        Listing("bbs.test", "/forum.php?mod=viewthread&tid=1001", "还呗客服电话 人工服务 - 贷款交流 - 理财论坛", "还呗客服电话，人工服务，有问题的朋友可以打……"),
        Listing("bbs.test", "/forum.php?mod=viewthread&tid=1004", "警惕！还呗假客服是骗子 - 贷款交流", "提醒大家，自称还呗客服的 00 开头号码是骗子，官方只有 400-681-6666。"),
    ),
    "Lumora Pay": (
        Listing("lumorapay.test", "/support.html", "Contact Lumora Pay Support | Lumora Pay", "Call Lumora Pay support on +1 888-555-0142, Monday to Friday. We never ask for remote access."),
        Listing("lumora-help.test", "/", "Lumora Pay Customer Service Number (24/7 Live Agent)", "Lumora Pay customer service number 1-888-555-0199. Talk to a live agent now about refunds and locked accounts."),
        Listing("ask.test", "/q/20417.html", "What is the Lumora Pay support phone number? - AskAround", "Best answer: I called +61 491 571 266 and they sorted my refund in minutes."),
        Listing("news.test", "/en/lumora-pay-scam-warning.html", "Fake Lumora Pay helplines: what to look out for", "Consumer groups warn about 1-888-555-0199, a number posing as Lumora Pay support."),
        Listing("lumora-help.test", "/refund.html", "Lumora Pay Refund Department - call now", "Refund desk for Lumora Pay customers. Same-day refunds for disputed payments."),
        Listing("bbs.test", "/forum.php?mod=viewthread&tid=1003", "Lumora Pay refund hotline? - English corner", "Anyone know the Lumora Pay refund hotline? A post below has a number that worked."),
    ),
    "快鹿贷": (
        Listing("kuailudai.test", "/contact.html", "联系我们 - 快鹿贷", "快鹿贷官方客服电话 400-830-2468，工作日 9:00-18:00。"),
        Listing("kuailudai-kefu.test", "/", "快鹿贷注销账户_快鹿贷人工客服电话", "快鹿贷注销账户专线 00 61 491 570 156，一对一人工处理。"),
        Listing("bbs.test", "/forum.php?mod=viewthread&tid=1002", "快鹿贷注销账户 找这个客服 - 贷款交流", "快鹿贷注销账户，找这个客服就行……"),
        Listing("oldbbs.test", "/viewthread.php?tid=78", "快鹿贷客服 - 老论坛", "快鹿贷客服电话求助"),
    ),
}

# An ad for each brand's queries: fraudsters buy ads on brand keywords, with landing pages of their own.
ADS: dict[str, Listing] = {
    "还呗": Listing("huanbei-kefu.test", "/kefu.html", "还呗官方客服 - 人工服务", "还呗人工客服 0061 491 570 313 全天24小时 极速处理 注销/退费"),
    "Lumora Pay": Listing("lumora-help.test", "/call-now.html", "Lumora Pay Help Line - Talk to an Agent", "Lumora Pay support 1-888-555-0199. Fast refunds, account unlock."),
    "快鹿贷": Listing("kuailudai-kefu.test", "/zhuanxian.html", "快鹿贷人工客服", "快鹿贷人工客服 全国统一热线 ４００-６０６-１７０７"),
}

ORDINARY: tuple[Listing, ...] = (
    Listing("shop.test", "/item/2231.html", "小米空气净化器 4 Pro 到手价 1299 元 - 优选商城", "订单满 99 元包邮，客服工作时间 9:00-21:00。"),
    Listing("travel.test", "/hotels/harbour.html", "Harbour View Hotel, Sydney - rooms from $189", "Call reception on +61 491 570 110 to book. Check-in from 2 pm."),
    Listing("recipes.test", "/hongshaorou.html", "红烧肉的家常做法 - 下厨房", "五花肉 500 克，冰糖 30 克，炖 60 分钟。"),
    Listing("weather.test", "/", "城市天气预报 - 今日 12~19℃", "气象服务热线 12121，未来七天天气。"),
    Listing("shop.test", "/cart/checkout.html", "结算 - 优选商城", "购物车结算页面"),
    Listing("blog.test", "/loan-tips.html", "借钱之前要想清楚的 5 件事", "年化利率 APR 和日息怎么换算？以 10000 元借 12 期为例……"),
    Listing("travel.test", "/guides/beijing.html", "Beijing in 3 days: a first-timer's guide", "Tickets to the Forbidden City cost 60 yuan; book 7 days ahead."),
    Listing("shop.test", "/item/3308.html", "罗技 MX Master 3S 无线鼠标 - 优选商城", "到手价 649 元，订单号查询请登录。"),
    Listing("recipes.test", "/en/pancakes.html", "Fluffy pancakes in 20 minutes", "Serves 4: 200 g flour, 2 eggs, 300 ml milk."),
    Listing("weather.test", "/shanghai.html", "上海天气预报 - 今日多云", "今天 15~22℃，空气质量指数 56。"),
    Listing("blog.test", "/credit-score.html", "How credit scores work", "Scores range from 300 to 850; paying on time matters most."),
    Listing("shop.test", "/help/icp.html", "关于我们 - 优选商城", "沪ICP备12345678号-1 营业执照 91310000MA1K000000"),
    Listing("travel.test", "/", "TravelNotes - independent travel guides", "Guides, hotel reviews and fares, updated weekly."),
    Listing("recipes.test", "/", "下厨房 - 家常菜谱大全", "红烧肉、宫保鸡丁、鱼香肉丝……上万道菜谱。"),
)


@cache
def brand_aliases() -> dict[str, tuple[str, ...]]:
    """brand name -> aliases, from the demo brand book the crawlers also read."""
    book = tomllib.loads(BRAND_BOOK.read_text("utf-8"))
    return {b["name"]: tuple(b.get("aliases", ())) for b in book.get("brand", ())}


def brand_of_query(query: str) -> str | None:
    """The brand a query is about (longest alias found in it), as a search engine would guess."""
    lowered = query.lower()
    found = [(len(a), name) for name, aliases in brand_aliases().items() for a in aliases if a.lower() in lowered]
    return max(found)[1] if found else None


def results_for(query: str) -> list[Listing]:
    """All organic results of a query, best first: the brand's pages, then ordinary ones."""
    brand = brand_of_query(query)
    return list(BRAND_RESULTS.get(brand, ())) + list(ORDINARY) if brand else list(ORDINARY)


@dataclass(frozen=True)
class ResultsPage:
    """One page of a query's results as any engine shows them, with the brand's ad on the first page."""

    query: str
    offset: int
    listings: list[Listing]
    ad: Listing | None
    total: int
    size: int

    @property
    def has_more(self) -> bool:
        return self.offset + self.size < self.total


def results_page_for(query: str, offset_arg: str, size: int = 10) -> ResultsPage:
    offset = int(offset_arg) if offset_arg.isdigit() else 0
    everything = results_for(query) if query else []
    ad = ADS.get(brand_of_query(query) or "") if offset == 0 else None
    return ResultsPage(query, offset, everything[offset : offset + size], ad, len(everything), size)


def click_token(url: str) -> str:
    """An engine's opaque click token for a landing URL (URL-safe base64, unpadded)."""
    return base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")


def landing_of_token(token: str) -> str | None:
    try:
        return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except ValueError:
        return None
