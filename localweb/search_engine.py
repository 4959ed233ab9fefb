"""search.test: a search engine with Bing-like result markup, and a Brave-shaped search API."""
from __future__ import annotations

import base64
from html import escape
from urllib.parse import quote, quote_plus, unquote

from localweb.catalogue import ADS, Listing, brand_of_query, results_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10
API_PAGE_SIZE = 20


def serve_serp(request: Request) -> Reply | None:
    if request.path == "/search":
        return Reply.html(serp_page(request))
    if request.path == "/aclick":
        return ad_click(request)
    if request.path == "/":
        return Reply.html(HOME)
    return None


HOME = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title></head>
<body><form action="/search" method="get"><input name="q" type="search"><input type="submit" value="搜索"></form></body></html>"""


def landing_url(request: Request, listing: Listing) -> str:
    return request.link(listing.host, listing.path)


def ad_href(request: Request, listing: Listing) -> str:
    """A click-tracking URL like Bing's: the landing URL, percent-encoded then base64, in `u`."""
    encoded = base64.b64encode(quote(landing_url(request, listing), safe="").encode()).decode()
    return f"{request.link('search.test', '/aclick')}?ld=e8fx{len(listing.path)}&u={encoded}"


def ad_click(request: Request) -> Reply:
    try:
        target = unquote(base64.b64decode(request.arg("u")).decode())
    except ValueError:
        return Reply.not_found()
    return Reply.redirect(target)


def organic_item(request: Request, listing: Listing) -> str:
    url = landing_url(request, listing)
    return (
        f'<li class="b_algo"><div class="b_title"><h2><a href="{escape(url)}" h="ID=SERP,5123.1">{escape(listing.title)}</a></h2></div>'
        f'<div class="b_caption"><div class="b_attribution"><cite>{escape(url)}</cite></div>'
        f'<p class="b_lineclamp2">{escape(listing.snippet)}</p></div></li>'
    )


def ad_block(request: Request, listing: Listing, position: str) -> str:
    extra = " b_adBottom" if position == "bottom" else ""
    return (
        f'<li class="b_ad{extra}"><ul><li class="b_adLastChild"><div class="sb_add sb_adTA">'
        f'<h2><a href="{escape(ad_href(request, listing))}">{escape(listing.title)}</a></h2>'
        f'<div class="b_caption"><div class="b_attribution"><cite>{escape(listing.host)}</cite><span class="b_adSlug">广告</span></div>'
        f'<p>{escape(listing.snippet)}</p></div></div></li></ul></li>'
    )


def pagination(query: str, first: int, total: int) -> str:
    links = []
    for page, start in enumerate(range(1, total + 1, PAGE_SIZE), start=1):
        href = escape(f"/search?q={quote_plus(query)}&first={start}&FORM=PERE")
        current = ' class="sb_pagS"' if start == first else ""
        links.append(f'<li><a{current} href="{href}" aria-label="第 {page} 页">{page}</a></li>')
    if first + PAGE_SIZE <= total:
        href = escape(f"/search?q={quote_plus(query)}&first={first + PAGE_SIZE}&FORM=PORE")
        links.append(f'<li><a class="sb_pagN" href="{href}" title="下一页">下一页</a></li>')
    return f'<li class="b_pag"><nav role="navigation" aria-label="更多结果"><ul class="sb_pagF">{"".join(links)}</ul></nav></li>'


def serp_page(request: Request) -> str:
    query = request.arg("q").strip()
    first = max(int(request.arg("first", "1")) if request.arg("first", "1").isdigit() else 1, 1)
    results = results_for(query) if query else []
    page = results[first - 1 : first - 1 + PAGE_SIZE]
    ad = ADS.get(brand_of_query(query) or "")
    parts = [ad_block(request, ad, "top")] if ad and first == 1 else []
    parts += [organic_item(request, listing) for listing in page]
    if ad and first > 1:
        parts.append(ad_block(request, ad, "bottom"))
    parts.append(pagination(query, first, len(results)))
    title = escape(query)
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - 搜索</title></head>'
        f'<body><header id="b_header"><form action="/search"><input id="sb_form_q" name="q" value="{title}"></form></header>'
        f'<div id="b_content"><main aria-label="搜索结果"><div id="b_tween"><span class="sb_count">约 {len(results)} 个结果</span></div>'
        f'<ol id="b_results">{"".join(parts)}</ol></main></div></body></html>'
    )


def serve_brave_api(request: Request) -> Reply | None:
    """GET /res/v1/web/search?q=...&count=&offset= with an X-Subscription-Token header."""
    if request.path != "/res/v1/web/search":
        return None
    if not request.headers.get("x-subscription-token"):
        error = {"type": "ErrorResponse", "error": {"code": "SUBSCRIPTION_TOKEN_INVALID", "status": 401, "detail": "The provided subscription token is invalid."}}
        return Reply.json(error, status=401)
    query = request.arg("q").strip()
    count = min(int(request.arg("count", "20") or 20), API_PAGE_SIZE)
    offset = int(request.arg("offset", "0") or 0)
    everything = results_for(query) if query else []
    page = everything[offset * count : (offset + 1) * count]
    return Reply.json(brave_body(request, query, page, more=len(everything) > (offset + 1) * count))


def brave_body(request: Request, query: str, page: list[Listing], more: bool) -> dict:
    results = [
        {
            "type": "search_result",
            "title": listing.title,
            "url": landing_url(request, listing),
            "description": escape(listing.snippet),
            "is_source_local": False,
            "is_source_both": False,
            "language": "zh-hans" if any("\u4e00" <= ch <= "\u9fff" for ch in listing.title) else "en",
            "family_friendly": True,
            "meta_url": {"scheme": "http", "netloc": listing.host, "hostname": listing.host, "path": listing.path},
        }
        for listing in page
    ]
    return {
        "type": "search",
        "query": {"original": query, "more_results_available": more},
        "web": {"type": "search", "results": results, "family_friendly": True},
        "mixed": {"type": "mixed", "main": [{"type": "web", "index": i, "all": False} for i in range(len(results))]},
    }
