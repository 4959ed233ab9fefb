"""yandex.test: the same results in Yandex-like markup (li.serp-item, /clck/ redirects, Direct ads via yabs)."""
from __future__ import annotations

from html import escape
from urllib.parse import quote_plus

from localweb.catalogue import Listing, click_token, landing_of_token, results_page_for
from localweb.wire import Reply, Request

PAGE_SIZE = 10
AD_CLICK_HOST = "yabs.yandex.test"  # Yandex Direct counts ad clicks on its own host
# Yandex links most results plainly; the rest go through its /clck/jsredir counter.
COUNTED_EVERY = 3


def serve(request: Request) -> Reply | None:
    if request.path in ("/search", "/search/"):
        return Reply.html(results_page(request))
    if request.path == "/clck/jsredir":
        return Reply.redirect(landing_of_token(request.arg("data")))
    return None


def serve_ad_click(request: Request) -> Reply | None:
    """yabs.yandex.test/count/<token>: a Direct ad click, on to the advertiser's page."""
    if not request.path.startswith("/count/"):
        return None
    return Reply.redirect(landing_of_token(request.path[len("/count/"):]))


def title_link(href: str, listing: Listing) -> str:
    return (
        f'<h2 class="OrganicTitle Typo Typo_text_l organic__title-wrapper"><a class="Link Link_theme_normal OrganicTitle-Link organic__url link" '
        f'target="_blank" href="{escape(href)}"><div class="OrganicTitle-LinkText organic__url-text">{escape(listing.title)}</div></a></h2>'
    )


def organic(request: Request, listing: Listing, position: int) -> str:
    landing = request.link(listing.host, listing.path)
    href = (request.link("yandex.test", f"/clck/jsredir?from=yandex.test%3Bsearch%2F%3Bweb%3B%3B&data={click_token(landing)}&b64e=2&keyno=0")
            if position % COUNTED_EVERY == 0 else landing)
    return (
        f'<li class="serp-item" data-cid="{position}"><div class="Organic organic">{title_link(href, listing)}'
        f'<div class="Organic-Subtitle organic__subtitle"><div class="Path Organic-Path path organic__path"><b>{escape(listing.host)}</b></div></div>'
        f'<div class="OrganicText organic__text text-container">{escape(listing.snippet)}</div></div></li>'
    )


def direct_ad(request: Request, listing: Listing) -> str:
    href = request.link(AD_CLICK_HOST, f"/count/{click_token(request.link(listing.host, listing.path))}")
    return (
        f'<li class="serp-item serp-item_card" data-cid="ad" data-fast-name="direct"><div class="Organic organic">{title_link(href, listing)}'
        f'<div class="Organic-Subtitle organic__subtitle"><span class="Label OrganicAdvLabel">Реклама</span>'
        f'<div class="Path Organic-Path path organic__path"><b>{escape(listing.host)}</b></div></div>'
        f'<div class="OrganicText organic__text text-container">{escape(listing.snippet)}</div></div></li>'
    )


def results_page(request: Request) -> str:
    number = request.arg("p", "0")
    page = results_page_for(request.arg("text").strip(), str(int(number) * PAGE_SIZE) if number.isdigit() else "0", PAGE_SIZE)
    blocks = [direct_ad(request, page.ad)] if page.ad else []
    blocks += [organic(request, listing, page.offset + i + 1) for i, listing in enumerate(page.listings)]
    current = page.offset // PAGE_SIZE
    following = (f'<a class="link pager__item pager__item_kind_next" aria-label="Следующая страница" '
                 f'href="/search/?text={quote_plus(page.query)}&amp;p={current + 1}">дальше</a>' if page.has_more else "")
    return (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{escape(page.query)} — Яндекс</title></head>'
        f'<body><div class="main"><div class="content__left"><ul class="serp-list serp-list_left_yes" id="search-result">{"".join(blocks)}</ul>'
        f'<div class="pager" role="navigation"><div class="pager__items">{following}</div></div></div></div></body></html>'
    )
