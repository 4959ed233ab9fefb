"""Yahoo web search result pages (search.yahoo.com): organic results and sponsored results."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, candidates_in, finish, outermost, unwrap
from spiders.parsers.html import link_url, parse_html

SITE = "yahoo"
OWN_DOMAINS = ("yahoo.com", "yimg.com", "yahoo.net")
AD_LISTS = ("ol.searchCenterTopAds > li, ol.searchCenterBottomAds > li, div.searchRightTopAds li, "
            "div.searchRightBottomAds li, ol[class*='Ads'] > li")
SNIPPETS = ".compText, .ads-snippet, p.lh-16, p"


def _candidates(doc) -> list[Candidate]:
    ads = set(doc.select(AD_LISTS))
    blocks = outermost([*doc.select(AD_LISTS), *doc.select("div.algo, div.dd.algo, li div.Sr")])
    return candidates_in(blocks, ("h3.title a", "h3 a", ".compTitle a", "a.td-u"), (SNIPPETS,),
                         lambda block, anchor: block in ads)


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
