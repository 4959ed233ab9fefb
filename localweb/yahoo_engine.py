"""yahoo.test: the same results in Yahoo-like markup (r.search.yahoo RU= redirects, searchCenterTopAds, a.next)."""
from __future__ import annotations

import hashlib
from html import escape
from urllib.parse import quote, quote_plus, unquote

from localweb.catalogue import Listing, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10
REDIRECT_HOST = "r.search.yahoo.test"  # Yahoo wraps every result link on its own redirect host


def serve(request: Request) -> Reply | None:
    if request.path == "/search":
        return Reply.html(results_page(request))
    return None


def serve_redirect(request: Request) -> Reply | None:
    """r.search.yahoo.test/<tracking>/RU=<percent-encoded target>/RK=...: on to the target."""
    marker = request.path.find("/RU=")
    if marker == -1:
        return None
    target = unquote(request.path[marker + len("/RU="):].split("/", 1)[0])
    return Reply.redirect(target if target.startswith(("http://", "https://")) else None)


def wrapped(request: Request, listing: Listing, tracking: str) -> str:
    """The redirect link for a landing page: the target percent-encoded whole (slashes too) in RU=."""
    landing = request.link(listing.host, listing.path)
    signature = hashlib.sha1(landing.encode()).hexdigest()[:27]
    return request.link(REDIRECT_HOST, f"/{tracking}/RV=2/RE=1700000000/RO=10/RU={quote(landing, safe='')}/RK=2/RS={signature}-")


def organic(request: Request, listing: Listing, position: int) -> str:
    href = wrapped(request, listing, f"_ylt=AwrFixture{position:02d};_ylu=Y29sbwNiZjEEcG9zAz{position}")
    return (
        f'<li><div class="dd algo algo-sr Sr"><div class="compTitle options-toggle"><h3 class="title ov-h">'
        f'<a class=" ac-algo fz-l lh-24" href="{escape(href)}" referrerpolicy="origin" target="_blank">{escape(listing.title)}</a></h3>'
        f'<div><span class=" fz-ms fw-m fc-12th wr-bw lh-17">{escape(listing.host)}</span></div></div>'
        f'<div class="compText aAbs"><p class="fz-ms lh-1_43x">{escape(listing.snippet)}</p></div></div></li>'
    )


def top_ad(request: Request, listing: Listing) -> str:
    href = wrapped(request, listing, "cbclk/dWU9Rml4dHVyZUFk")
    return (
        f'<ol class="searchCenterTopAds"><li><div class="dd ads ad-sr"><div class="compTitle"><h3 class="title">'
        f'<a class="td-u" href="{escape(href)}" referrerpolicy="origin" target="_blank">{escape(listing.title)}</a></h3>'
        f'<div><span class="ad-domain">{escape(listing.host)}</span><span class="ad-label">Ad</span></div></div>'
        f'<div class="compText"><p class="lh-16">{escape(listing.snippet)}</p></div></div></li></ol>'
    )


def results_page(request: Request) -> str:
    first = request.arg("b", "1")
    offset = str(int(first) - 1) if first.isdigit() and int(first) > 0 else "0"
    page = results_page_for(request.arg("p").strip(), offset, PAGE_SIZE)
    ads = top_ad(request, page.ad) if page.ad else ""
    results = "".join(organic(request, listing, page.offset + i + 1) for i, listing in enumerate(page.listings))
    following_href = request.link("yahoo.test", f"/search?p={quote_plus(page.query)}&b={page.offset + PAGE_SIZE + 1}&pz={PAGE_SIZE}")
    following = f'<a class="next" href="{escape(following_href)}">Next<ins></ins></a>' if page.has_more else ""
    return (
        f'<!doctype html><html lang="en-US"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>{escape(page.query)} - Yahoo Search Results</title></head>'
        f'<body><div id="results"><div id="cols"><div id="left"><div id="main"><div id="web">{ads}'
        f'<ol class="reg searchCenterMiddle">{results}</ol>'
        f'<ol class="reg searchBottom"><li class="first"><div class="dd pagination Pgntn"><div class="compPagination">{following}</div></div></li></ol>'
        f'</div></div></div></div></div></body></html>'
    )
