"""so360.test: the same results in 360 Search-like markup (opaque /link?m= hrefs, data-mdurl, e_idea ads via eclk)."""
from __future__ import annotations

import hashlib
from html import escape
from urllib.parse import quote_plus

from localweb.catalogue import Listing, click_token, landing_of_token, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10
AD_CLICK_HOST = "e.so360.test"  # 360 counts promoted-result clicks on its own host
# 360 prints the target (data-mdurl) on most results; the rest are reachable only through /link?m=.
REDIRECT_ONLY_EVERY = 4


def serve(request: Request) -> Reply | None:
    if request.path == "/s":
        return Reply.html(results_page(request))
    if request.path == "/link":
        return Reply.redirect(landing_of_token(request.arg("m")))
    return None


def serve_ad_click(request: Request) -> Reply | None:
    """e.so360.test/search/eclk?p=...&url=<token>: a promoted-result click, on to the advertiser's page."""
    if request.path != "/search/eclk":
        return None
    return Reply.redirect(landing_of_token(request.arg("url")))


def organic(request: Request, listing: Listing, position: int) -> str:
    landing = request.link(listing.host, listing.path)
    href = request.link("so360.test", f"/link?m={click_token(landing)}")
    mdurl = "" if position % REDIRECT_ONLY_EVERY == 0 else f' data-mdurl="{escape(landing)}"'
    return (
        f'<li class="res-list" data-lazyload="1"><h3 class="res-title">'
        f'<a href="{escape(href)}"{mdurl} target="_blank">{escape(listing.title)}</a></h3>'
        f'<p class="res-desc">{escape(listing.snippet)}</p>'
        f'<p class="g-linkinfo"><cite>{escape(listing.host + listing.path)}</cite></p></li>'
    )


def promoted(request: Request, listing: Listing) -> str:
    landing = request.link(listing.host, listing.path)
    placement = hashlib.sha1(landing.encode()).hexdigest()[:16]
    href = request.link(AD_CLICK_HOST, f"/search/eclk?p={placement}&url={click_token(landing)}")
    return (
        f'<ul id="e_idea_pp" class="e_result"><li class="e_item"><h3>'
        f'<a class="e_title" href="{escape(href)}" target="_blank">{escape(listing.title)}</a></h3>'
        f'<p class="e_desc">{escape(listing.snippet)}</p><cite class="e_url">{escape(listing.host)}</cite><span class="e_label">广告</span></li></ul>'
    )


def results_page(request: Request) -> str:
    number = request.arg("pn", "1")
    offset = str((int(number) - 1) * PAGE_SIZE) if number.isdigit() and int(number) > 0 else "0"
    page = results_page_for(request.arg("q").strip(), offset, PAGE_SIZE)
    ads = promoted(request, page.ad) if page.ad else ""
    results = "".join(organic(request, listing, page.offset + i + 1) for i, listing in enumerate(page.listings))
    current = page.offset // PAGE_SIZE + 1
    following = (f'<a id="snext" href="/s?q={quote_plus(page.query)}&amp;pn={current + 1}">下一页&gt;</a>'
                 if page.has_more else "")
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page.query)}_360搜索</title></head>'
        f'<body><div id="container"><div id="main">{ads}<ul class="result">{results}</ul>'
        f'<div id="page">{following}</div></div></div></body></html>'
    )
