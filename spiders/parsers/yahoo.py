"""Yahoo web search result pages (search.yahoo.com): organic results and sponsored results."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, finish, looks_paid, unwrap
from spiders.parsers.html import first, link_url, parse_html

SITE = "yahoo"
OWN_DOMAINS = ("yahoo.com", "yimg.com", "yahoo.net")
AD_LISTS = ("ol.searchCenterTopAds > li, ol.searchCenterBottomAds > li, div.searchRightTopAds li, "
            "div.searchRightBottomAds li, ol[class*='Ads'] > li")
SNIPPETS = ".compText, .ads-snippet, p.lh-16, p"


def _candidates(doc) -> list[Candidate]:
    found = []
    ad_items = doc.select(AD_LISTS)
    for item in ad_items:
        anchor = first(item, "h3 a", "a.td-u", "a")
        if anchor is not None:
            found.append(Candidate(anchor, item, True, None, first(item, SNIPPETS)))
    inside_ads = set(ad_items)
    for block in doc.select("div.algo, div.dd.algo, li div.Sr"):
        if any(parent in inside_ads for parent in block.iterancestors()):
            continue
        anchor = first(block, "h3.title a", "h3 a", ".compTitle a")
        if anchor is not None:
            is_ad = looks_paid(anchor.get("href") or "")
            found.append(Candidate(anchor, block, is_ad, None, first(block, ".compText", "p")))
    return found


def parse(resp: SavedResponse) -> ParseResult:
    """Results with Yahoo's `r.search.yahoo.com/.../RU=<target>/RK=...` redirect unwrapped.

    >>> page = b'<div class="algo"><h3 class="title"><a href="https://r.search.yahoo.com/_ylt=1/RU=https%3a%2f%2fa.example%2f/RK=2">A</a></h3></div>'
    >>> parse(SavedResponse("https://search.yahoo.com/search?p=x", page)).items[0].url
    'https://a.example/'
    """
    doc = parse_html(resp)
    results = build_results(doc, _candidates(doc), resolve=unwrap)
    next_page = link_url(doc, "a.next", "div.pages a[title='Next Page']")
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=next_page)
