"""sogou.test: the same results in Sogou-like markup (opaque /link?url= redirects, data-url, sponsored block)."""
from __future__ import annotations

from html import escape
from urllib.parse import quote_plus

from localweb.catalogue import Listing, click_token, landing_of_token, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10


def serve(request: Request) -> Reply | None:
    if request.path == "/web":
        return Reply.html(results_page(request))
    if request.path in ("/link", "/bill_cpc"):
        return Reply.redirect(landing_of_token(request.arg("url")))
    return None


def organic(request: Request, listing: Listing, index: int) -> str:
    landing = request.link(listing.host, listing.path)
    # Sogou prints the target (data-url) on some results only; the rest need the redirect.
    printed = f'<div class="r-sech click-better-sugg" data-url="{escape(landing)}"></div>' if index % 2 == 0 else ""
    return (
        f'<div class="vrwrap" id="sogou_vr_30000000_{index}"><h3 class="vr-title">'
        f'<a id="sogou_vr_30000000_title_{index}" href="/link?url={click_token(landing)}" target="_blank">{escape(listing.title)}</a></h3>'
        f'<div class="fz-mid space-txt">{escape(listing.snippet)}</div><div class="citeurl"><span>{escape(listing.host)}</span></div>{printed}</div>'
    )


def sponsored(request: Request, listing: Listing) -> str:
    landing = request.link(listing.host, listing.path)
    return (
        f'<div id="promotion_adv_container"><div class="biz_rb" id="sponsor_0"><h3 class="biz_title">'
        f'<a href="http://sogou.test{request.port_suffix}/bill_cpc?v=1&amp;url={click_token(landing)}" target="_blank">{escape(listing.title)}</a></h3>'
        f'<div class="biz_text">{escape(listing.snippet)}</div><div class="biz_cite"><cite>{escape(listing.host)}</cite><span class="biz_label">广告</span></div></div></div>'
    )


def results_page(request: Request) -> str:
    page = results_page_for(request.arg("query").strip(), str(max(int(request.arg("page", "1") or 1) - 1, 0) * PAGE_SIZE)
                            if request.arg("page", "1").isdigit() else "0", PAGE_SIZE)
    ads = sponsored(request, page.ad) if page.ad else ""
    results = "".join(organic(request, listing, i) for i, listing in enumerate(page.listings))
    current = page.offset // PAGE_SIZE + 1
    following = (f'<a id="sogou_next" href="/web?query={quote_plus(page.query)}&amp;page={current + 1}" class="np">下一页</a>'
                 if page.has_more else "")
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{escape(page.query)} - 搜狗搜索</title></head>'
        f'<body><div id="wrapper"><div id="main" class="main">{ads}<div class="results">{results}</div>'
        f'<div id="pagebar_container" class="p">{following}</div></div></div></body></html>'
    )
