"""Bing web search result pages: organic results (li.b_algo) and ads (li.b_ad), click URLs decoded."""
from __future__ import annotations

import base64
import binascii
from urllib.parse import unquote

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, finish, unwrap
from spiders.parsers.html import first, host_of, link_url, parse_html, query_value

SITE = "bing"
OWN_DOMAINS = ("bing.com", "bing.net", "microsoft.com", "msn.com")
TITLE_LINKS = ("h2 a", "div.b_title a", "a.tilk")
SNIPPETS = ("div.b_caption p", "p.b_lineclamp2", "p.b_lineclamp3", "p.b_algoSlug", "p")
NEXT_PAGE = ("a.sb_pagN", "a[title='Next page']", "a[title='下一页']")


def decode_click_url(url: str | None) -> str | None:
    """The advertiser's URL inside a Bing click URL (`u=` holds it, percent-encoded then base64).

    Decoding it means the crawler visits the landing page without registering an ad click.

    >>> decode_click_url("https://www.bing.com/aclick?ld=x&u=aHR0cHMlM2ElMmYlMmZhLmV4YW1wbGUlMmY")
    'https://a.example/'
    """
    if not url or "/aclick" not in url and "/ck/a" not in url:
        return unwrap(url)
    wrapped = query_value(url, "u") or ""
    if wrapped.startswith("a1"):  # newer click URLs prefix the payload with its version
        wrapped = wrapped[2:]
    try:
        raw = base64.b64decode(wrapped + "=" * (-len(wrapped) % 4), altchars=b"-_" if "-" in wrapped or "_" in wrapped else None)
        target = unquote(raw.decode("utf-8"))
    except (binascii.Error, ValueError):
        return url
    return target if target.startswith(("http://", "https://")) else url


def _candidate(item, is_ad: bool) -> Candidate | None:
    for slug in item.cssselect(".b_adSlug"):  # the "Ad" badge is not part of the snippet
        slug.drop_tree()
    anchor = first(item, *TITLE_LINKS)
    return Candidate(anchor, item, is_ad, anchor, first(item, *SNIPPETS)) if anchor is not None else None


def _ads(doc) -> list[Candidate]:
    """Each ad sits in its own <li> inside an ad block (li.b_ad); a block may hold several."""
    found = []
    for block in doc.select("li.b_ad"):
        items = [li for li in block.iter("li") if li is not block] or [block]
        found.extend(c for c in (_candidate(item, True) for item in items) if c is not None)
    return found


def parse(resp: SavedResponse) -> ParseResult:
    """Organic results and ads of a Bing SERP, numbered apart, with the next-page link.

    >>> page = b'<ol id="b_results"><li class="b_algo"><h2><a href="https://a.example/">A</a></h2><div class="b_caption"><p>s</p></div></li></ol>'
    >>> r = parse(SavedResponse("https://www.bing.com/search?q=x", page))
    >>> (r.items[0].url, r.items[0].snippet, r.items[0].is_ad)
    ('https://a.example/', 's', False)
    """
    doc = parse_html(resp)
    organic = [c for c in (_candidate(item, False) for item in doc.select("li.b_algo")) if c is not None]
    results = build_results(doc, [*organic, *_ads(doc)], resolve=decode_click_url)
    own = OWN_DOMAINS + ((host_of(resp.url),) if host_of(resp.url) else ())
    return finish(SITE, doc, results, own, next_page=link_url(doc, *NEXT_PAGE))

