"""Sogou web search result pages (www.sogou.com/web): organic results and sponsored results."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, candidates_in, finish, has_ad_label, outermost
from spiders.parsers.html import link_url, parse_html

SITE = "sogou"
OWN_DOMAINS = ("sogou.com", "sogoucdn.com")
BLOCKS = "div.results > div, div.vrwrap, div.rb"
AD_BLOCKS = "#promotion_adv_container > div, div.sponsored, div.biz_sponsor, div[id^='sponsor']"
SNIPPETS = ".space-txt, .str_info, .str-text-info, .ft, .star-wiki, .text-layout, p.str_time + p"


def _real_url(block) -> str | None:
    """Sogou's /link?url= is an opaque token; some results print the target in `data-url`."""
    for holder in block.cssselect("[data-url]"):
        value = holder.get("data-url") or ""
        if value.startswith(("http://", "https://")):
            return value
    return None


def _candidates(doc) -> list[Candidate]:
    ads = set(doc.select(AD_BLOCKS))
    blocks = outermost([*doc.select(AD_BLOCKS), *doc.select(BLOCKS)])
    return candidates_in(blocks, ("h3 a", "a.vr-title", "a[id$='_title_0']"), (SNIPPETS,),
                         lambda block, anchor: block in ads or has_ad_label(block),
                         url_of=lambda block, anchor: _real_url(block))


def parse(resp: SavedResponse) -> ParseResult:
    """Results of a Sogou SERP; `/link?url=` results keep the Sogou redirect unless `data-url` has the target.

    >>> page = '<div class="results"><div class="vrwrap"><h3 class="vr-title"><a href="/link?url=x">还呗</a></h3></div></div>'
    >>> parse(SavedResponse("https://www.sogou.com/web?query=x", page.encode())).items[0].url
    'https://www.sogou.com/link?url=x'
    """
    doc = parse_html(resp)
    results = build_results(doc, _candidates(doc), resolve=lambda url: url)
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=link_url(doc, "a#sogou_next", "a.np"))
