"""360 Search result pages (www.so.com/s): organic results and the e_idea promoted results."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, candidates_in, finish, has_ad_label, outermost
from spiders.parsers.html import link_url, parse_html

SITE = "so360"
OWN_DOMAINS = ("so.com", "360.cn", "qhimg.com", "qhres.com")
AD_ITEMS = "[id^='e_idea'] li, ul.e_result > li, li.res-list[data-ad]"
SNIPPETS = "p.res-desc, .res-desc, div.res-rich, .res-comm-con, p.res-summary, .mh-desc, .e_desc"


def _mdurl(block, anchor) -> str | None:
    """360 keeps the target in `data-mdurl` when the href is its /link?m= redirect."""
    real = anchor.get("data-mdurl") or anchor.get("data-url")
    return real if real and real.startswith(("http://", "https://")) else None


def _candidates(doc) -> list[Candidate]:
    ads = set(doc.select(AD_ITEMS))
    blocks = outermost([*doc.select(AD_ITEMS), *doc.select("ul.result > li.res-list, li.res-list")])
    return candidates_in(blocks, ("h3 a", "a.e_title", "a[data-mdurl]"), (SNIPPETS,),
                         lambda block, anchor: block in ads or has_ad_label(block), url_of=_mdurl)


def parse(resp: SavedResponse) -> ParseResult:
    """Results of a 360 Search SERP; the target comes from `data-mdurl` when the href is a /link?m= redirect.

    >>> page = b'<ul class="result"><li class="res-list"><h3 class="res-title"><a href="/link?m=x" data-mdurl="https://a.example/">A</a></h3></li></ul>'
    >>> parse(SavedResponse("https://www.so.com/s?q=x", page)).items[0].url
    'https://a.example/'
    """
    doc = parse_html(resp)
    results = build_results(doc, _candidates(doc), resolve=lambda url: url)
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=link_url(doc, "a#snext", "#page a.next"))
