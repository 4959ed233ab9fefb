"""ddg.test: the same results as DuckDuckGo's HTML version shows them (uddg-wrapped links, y.js ads)."""
from __future__ import annotations

from html import escape
from urllib.parse import quote

from localweb.catalogue import Listing, click_token, landing_of_token, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10


def serve(request: Request) -> Reply | None:
    if request.path == "/html/":
        return Reply.html(results_page(request))
    if request.path == "/y.js":  # the ad click: on to the advertiser's page
        return Reply.redirect(landing_of_token(request.arg("u3")))
    return None


def organic(request: Request, listing: Listing) -> str:
    href = f"//ddg.test{request.port_suffix}/l/?uddg={quote(request.link(listing.host, listing.path), safe='')}&rut=9f1c"
    return (
        '<div class="result results_links results_links_deep web-result"><div class="links_main links_deep result__body">'
        f'<h2 class="result__title"><a rel="nofollow" class="result__a" href="{escape(href)}">{escape(listing.title)}</a></h2>'
        f'<div class="result__extras"><div class="result__extras__url"><a class="result__url" href="{escape(href)}">{escape(listing.host)}</a></div></div>'
        f'<a class="result__snippet" href="{escape(href)}">{escape(listing.snippet)}</a></div></div>'
    )


def ad(request: Request, listing: Listing) -> str:
    click = click_token(request.link(listing.host, listing.path))
    href = f"http://ddg.test{request.port_suffix}/y.js?ad_domain={listing.host}&ad_provider=bingv7aa&u3={click}"
    return (
        '<div class="result results_links results_links_deep result--ad result--ad--small"><div class="links_main links_deep result__body">'
        f'<h2 class="result__title"><a rel="nofollow" class="result__a" href="{escape(href)}">{escape(listing.title)}</a></h2>'
        f'<div class="result__extras"><div class="result__extras__url"><a class="result__url" href="{escape(href)}">{escape(listing.host)}</a><span class="badge--ad">Ad</span></div></div>'
        f'<a class="result__snippet" href="{escape(href)}">{escape(listing.snippet)}</a></div></div>'
    )


def results_page(request: Request) -> str:
    page = results_page_for(request.arg("q").strip(), request.arg("s", "0"), PAGE_SIZE)
    blocks = [ad(request, page.ad)] if page.ad else []
    blocks += [organic(request, listing) for listing in page.listings]
    more = (f'<div class="nav-link"><form action="/html/" method="post"><input type="submit" class="btn btn--alt" value="Next">'
            f'<input type="hidden" name="q" value="{escape(page.query)}"><input type="hidden" name="s" value="{page.offset + PAGE_SIZE}"></form></div>'
            if page.has_more else "")
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>{escape(page.query)} at DuckDuckGo</title></head>'
        f'<body class="body--html"><div id="links" class="results">{"".join(blocks)}{more}</div></body></html>'
    )
