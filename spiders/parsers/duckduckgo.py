"""DuckDuckGo result pages (the html.duckduckgo.com version and the JavaScript-rendered page)."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, candidates_in, finish, unwrap
from spiders.parsers.html import absolute_url, first, parse_html

SITE = "duckduckgo"
OWN_DOMAINS = ("duckduckgo.com",)


def _is_ad(block) -> bool:
    classes = set((block.get("class") or "").split())
    return bool(classes & {"result--ad", "results_links--ad"}) or bool(block.cssselect(".badge--ad, .result__ad"))


def _candidates(doc) -> list[Candidate]:
    return candidates_in(doc.select("div.result, article[data-testid='result']"),
                         ("a.result__a", "a[data-testid='result-title-a']", "h2 a"),
                         (".result__snippet", "[data-result='snippet']"), lambda block, anchor: _is_ad(block))


def parse(resp: SavedResponse) -> ParseResult:
    """Organic results and ads; `//duckduckgo.com/l/?uddg=` links are unwrapped to the target.

    >>> page = b'<div class="result"><a class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fa.example%2F">A</a></div>'
    >>> parse(SavedResponse("https://html.duckduckgo.com/html/?q=x", page)).items[0].url
    'https://a.example/'
    """
    doc = parse_html(resp)
    results = build_results(doc, _candidates(doc), resolve=unwrap)
    next_form = first(doc.root, "div.nav-link form", "form.result--more__btn")
    next_page = None
    if next_form is not None:
        next_page = absolute_url(doc.url, next_form.get("action") or "/html/")
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=next_page)
