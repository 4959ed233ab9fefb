"""Yandex web search result pages (yandex.ru/search, yandex.com/search): organic and Direct ads."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, candidates_in, finish, looks_paid
from spiders.parsers.html import first, link_url, parse_html, text_of

SITE = "yandex"
OWN_DOMAINS = ("yandex.ru", "yandex.com", "yandex.net", "ya.ru", "yandexwebcache.net")
SNIPPETS = ".OrganicText, .organic__content-wrapper, .text-container, .TextContainer, .organic__text"
AD_LABELS = ("реклама", "ad", "advertisement", "sponsored")


def _is_ad(item, anchor) -> bool:
    if item.get("data-fast-name") == "direct" or looks_paid(anchor.get("href") or ""):
        return True
    labels = item.cssselect(".label, .Label, .OrganicAdvLabel, .organic__label, [class*='AdvLabel']")
    return any(text_of(label, 40).lower() in AD_LABELS for label in labels)


def _candidates(doc) -> list[Candidate]:
    return candidates_in(doc.select("li.serp-item"), ("a.OrganicTitle-Link", "a.organic__url", "h2 a"), (SNIPPETS,),
                         _is_ad, title_of=lambda anchor: first(anchor, ".OrganicTitle-LinkText", ".organic__url-text"))


def parse(resp: SavedResponse) -> ParseResult:
    """Organic results and Yandex Direct ads (marked by `data-fast-name="direct"` or a Реклама label).

    >>> page = b'<ul><li class="serp-item"><h2><a href="https://a.example/">A</a></h2></li></ul>'
    >>> parse(SavedResponse("https://yandex.ru/search/?text=x", page)).items[0].title
    'A'
    """
    doc = parse_html(resp)
    results = build_results(doc, _candidates(doc), resolve=lambda url: url)
    next_page = link_url(doc, "a.pager__item_kind_next", "a[aria-label='Next page']", ".Pager-Item_type_next")
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=next_page)
