"""baidu.test: the same results in Baidu-like markup (opaque /link?url= redirects, `mu`, 广告 blocks)."""
from __future__ import annotations

from html import escape
from urllib.parse import quote_plus

from localweb.catalogue import Listing, click_token, landing_of_token, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10
# Baidu prints the real URL (`mu`) for most results; the others are reachable only through the redirect.
REDIRECT_ONLY_EVERY = 3


def token(request: Request, listing: Listing) -> str:
    return click_token(request.link(listing.host, listing.path))


def serve(request: Request) -> Reply | None:
    if request.path == "/s":
        return Reply.html(results_page(request))
    if request.path in ("/link", "/baidu.php"):
        return Reply.redirect(landing_of_token(request.arg("url")))
    return None


def organic(request: Request, listing: Listing, position: int) -> str:
    link = f"http://baidu.test{request.port_suffix}/link?url={token(request, listing)}"
    mu = "" if position % REDIRECT_ONLY_EVERY == 0 else f' mu="{escape(request.link(listing.host, listing.path))}"'
    return (
        f'<div class="result c-container new-pmd" id="{position}" srcid="1599" tpl="se_com_default"{mu}>'
        f'<h3 class="t c-title"><a href="{escape(link)}" target="_blank">{escape(listing.title)}</a></h3>'
        f'<div class="c-abstract">{escape(listing.snippet)}</div>'
        f'<div class="f13"><a class="c-showurl" href="{escape(link)}">{escape(listing.host)}/</a></div></div>'
    )


def promoted(request: Request, listing: Listing) -> str:
    link = f"http://baidu.test{request.port_suffix}/baidu.php?url={token(request, listing)}"
    return (
        f'<div id="3001" class="result-op c-container ec-container" cmatchid="222">'
        f'<h3 class="t"><a data-landurl="{escape(request.link(listing.host, listing.path))}" href="{escape(link)}">{escape(listing.title)}</a></h3>'
        f'<div class="ec_desc">{escape(listing.snippet)}</div><div class="ec_meta"><span class="ec-tuiguang">广告</span></div></div>'
    )


def results_page(request: Request) -> str:
    page = results_page_for(request.arg("wd").strip(), request.arg("pn", "0"), PAGE_SIZE)
    query, offset = page.query, page.offset
    blocks = [promoted(request, page.ad)] if page.ad else []
    blocks += [organic(request, listing, offset + i + 1) for i, listing in enumerate(page.listings)]
    pager = "".join(
        f'<strong><span class="pc">{n + 1}</span></strong>' if n * PAGE_SIZE == offset
        else f'<a href="/s?wd={quote_plus(query)}&amp;pn={n * PAGE_SIZE}"><span class="pc">{n + 1}</span></a>'
        for n in range((page.total + PAGE_SIZE - 1) // PAGE_SIZE)
    )
    if page.has_more:
        pager += f'<a class="n" href="/s?wd={quote_plus(query)}&amp;pn={offset + PAGE_SIZE}">下一页 &gt;</a>'
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=utf-8"><title>{escape(query)}_百度搜索</title></head>'
        f'<body><div id="wrapper"><div id="container"><div id="content_left">{"".join(blocks)}</div>'
        f'<div id="page"><div class="page-inner">{pager}</div></div></div></div></body></html>'
    )
