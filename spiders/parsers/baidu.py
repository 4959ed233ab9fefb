"""Baidu web search result pages (www.baidu.com/s): organic results and promoted (推广/广告) results."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, candidates_in, finish, has_ad_label
from spiders.parsers.html import absolute_url, first, parse_html, text_of

SITE = "baidu"
OWN_DOMAINS = ("baidu.com", "bdstatic.com", "bdimg.com")
RESULTS = "#content_left > div, #content_left > table"
SNIPPETS = ".c-abstract, .content-right_8Zs40, [class*='content-right'], .c-span-last, .c-gap-top-small"
AD_LABELS = ("广告", "推广")


def _is_ad(block) -> bool:
    """Baidu marks paid results by id (300x), by ec_/tuiguang markup, or by a small 广告 label."""
    if (block.get("id") or "").startswith("300") or block.get("cmatchid") or block.get("data-tuiguang"):
        return True
    if block.cssselect(".ec-tuiguang, .ec_tuiguang_link, [data-tuiguang], .c-recomm-wrap-ad"):
        return True
    return has_ad_label(block, AD_LABELS)


def _target(anchor, block) -> str | None:
    """Baidu's link?url= is an opaque token; the real URL, when Baidu prints it, sits in `mu`
    (organic) or `data-landurl` (ads). Otherwise the spider must follow the redirect."""
    href = anchor.get("href") or ""
    if "/link?url=" in href or "baidu.php?url=" in href:
        for real in (block.get("mu"), anchor.get("data-landurl"), block.get("data-landurl")):
            if real and real.startswith(("http://", "https://")):
                return real
    return None


def _candidates(doc) -> list[Candidate]:
    return candidates_in(doc.select(RESULTS), ("h3 a", "a.c-title", "a[data-landurl]"), (SNIPPETS,),
                         lambda block, anchor: _is_ad(block), url_of=lambda block, anchor: _target(anchor, block))


def parse(resp: SavedResponse) -> ParseResult:
    """Results of a Baidu SERP in page order; `link?url=` results keep the Baidu redirect
    unless the page carries the real URL.

    >>> page = '<div id="content_left"><div id="1" mu="https://a.example/"><h3><a href="/link?url=x">还呗</a></h3></div></div>'
    >>> parse(SavedResponse("https://www.baidu.com/s?wd=x", page.encode())).items[0].url
    'https://a.example/'
    """
    doc = parse_html(resp)
    results = build_results(doc, _candidates(doc), resolve=lambda url: url)
    next_link = first(doc.root, "#page a.n:last-child", "a.n", "#page a[class*='next']")
    next_page = None
    if next_link is not None and "下一页" in text_of(next_link, 20):
        next_page = absolute_url(doc.url, next_link.get("href"))
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=next_page)
