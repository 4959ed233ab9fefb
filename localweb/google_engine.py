"""google.test: the same results in Google-like markup (/url?q= links, text ads in #tads, a#pnnext)."""
from __future__ import annotations

from html import escape
from urllib.parse import quote, quote_plus

from localweb.catalogue import Listing, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10


def serve(request: Request) -> Reply | None:
    if request.path == "/search":
        return Reply.html(results_page(request))
    if request.path in ("/url", "/aclk"):
        return Reply.redirect(request.arg("q") or request.arg("adurl") or None)
    return None


def organic(request: Request, listing: Listing) -> str:
    href = f"/url?q={quote(request.link(listing.host, listing.path), safe='')}&sa=U&ved=2ahUKEwj"
    return (
        f'<div class="g"><div class="tF2Cxc"><div class="yuRUbf"><a href="{escape(href)}"><h3 class="LC20lb MBeuO DKV0Md">{escape(listing.title)}</h3>'
        f'<cite class="qLRx3b tjvcx">{escape(listing.host)}</cite></a></div>'
        f'<div class="VwiC3b yXK7lf MUxGbd"><span>{escape(listing.snippet)}</span></div></div></div>'
    )


def text_ad(request: Request, listing: Listing) -> str:
    href = f"http://google.test{request.port_suffix}/aclk?sa=l&ai=DChcSEw&adurl={quote(request.link(listing.host, listing.path), safe='')}"
    return (
        f'<div id="tads" aria-label="Ads"><div class="uEierd" data-text-ad="1"><a class="sVXRqc" href="{escape(href)}">'
        f'<div role="heading" aria-level="3" class="CCgQ5 vCa9Yd QfkTvb"><span>{escape(listing.title)}</span></div></a>'
        f'<span class="U3A9Ac">Sponsored</span><div class="MUxGbd yDYNvb lyLwlc">{escape(listing.snippet)}</div></div></div>'
    )


def results_page(request: Request) -> str:
    page = results_page_for(request.arg("q").strip(), request.arg("start", "0"), PAGE_SIZE)
    ads = text_ad(request, page.ad) if page.ad else ""
    organic_html = "".join(organic(request, listing) for listing in page.listings)
    following = (f'<a id="pnnext" href="/search?q={quote_plus(page.query)}&amp;start={page.offset + PAGE_SIZE}"><span>Next</span></a>'
                 if page.has_more else "")
    return (
        f'<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>{escape(page.query)} - Google Search</title></head>'
        f'<body><div id="main"><div id="cnt"><div id="rcnt"><div id="center_col">{ads}<div id="search"><div id="rso">{organic_html}</div></div>'
        f'<div id="foot" role="navigation"><table class="AaVjTc"><tr><td>{following}</td></tr></table></div></div></div></div></div></body></html>'
    )
