"""Google web search result pages (desktop and the basic gbv=1 layout): organic results and text ads."""
from __future__ import annotations

import re

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import MAX_CANDIDATES, Candidate, build_results, finish, looks_paid, unwrap
from spiders.parsers.html import absolute_url, ancestors, first, host_of, link_url, on_domain, parse_html, text_of

SITE = "google"
OWN_DOMAINS = ("google.com", "google.cn", "googleusercontent.com", "gstatic.com", "youtube.com")
AD_BLOCKS = "#tads, #tadsb, #bottomads, [aria-label='Ads'], [aria-label='Ad'], [aria-label='Sponsored']"
AD_ITEMS = "li.ads-ad, div.uEierd, div[data-text-ad]"
# Result containers across the layouts Google has served (newest last).
CONTAINER_CLASSES = ("g", "ZINbbc", "tF2Cxc", "MjjYud", "Gx5Zad")
CARD_MIN_CHARS = 15  # a headline, not "6:07" or "Learn more"
SNIPPETS = ".st, .VwiC3b, .IsZvec, .s3v9rd, .aCOpRe, [data-sncf], .ads-creative, .MUxGbd"
# "People also ask": answers quoted from pages, not ranked results (their sources rank on their own).
NOT_RANKED = frozenset({"related-question-pair"})
_GOOGLE_HOST = re.compile(r"(^|\.)google\.(com?\.)?[a-z]{2,3}$")


def _container(anchor):
    for node in ancestors(anchor, limit=15):
        if set((node.get("class") or "").split()) & set(CONTAINER_CLASSES):
            return node
    return anchor.getparent()


def _ads(doc) -> list[Candidate]:
    found = []
    for block in doc.select(AD_BLOCKS):
        for item in block.cssselect(AD_ITEMS) or [block]:
            heading = first(item, "h3", "[role='heading']")
            anchor = heading.getparent() if heading is not None and heading.getparent().tag == "a" else None
            anchor = anchor if anchor is not None else _visible_link(item)
            if anchor is not None:
                found.append(Candidate(anchor, item, True, heading, first(item, SNIPPETS)))
    return found


def _visible_link(item):
    for anchor in item.iter("a"):
        if "display:none" not in (anchor.get("style") or "").replace(" ", "") and anchor.get("href"):
            return anchor
    return None


def _external(doc, anchor) -> str | None:
    """The result's target, or None for Google's own pages (any country's google.<tld>) and YouTube aside."""
    url = unwrap(absolute_url(doc.url, anchor.get("href")))
    if not url or _GOOGLE_HOST.search(host_of(url)):
        return None
    if on_domain(url, OWN_DOMAINS) and not on_domain(url, ("youtube.com",)):
        return None
    return url


def _in_ads(anchor, ad_items: set) -> bool:
    return any(a in ad_items or NOT_RANKED & set((a.get("class") or "").split()) for a in ancestors(anchor))


def _headed(doc, ad_items: set, taken: set) -> list[Candidate]:
    """Results whose title is an h3 inside (or around) their link."""
    found = []
    for heading in doc.root.iter("h3"):
        anchor = next(iter(ancestors(heading, "a", 5)), None)
        anchor = anchor if anchor is not None else first(heading, "a")
        url = _external(doc, anchor) if anchor is not None and not _in_ads(anchor, ad_items) else None
        if url:
            container = _container(anchor)
            taken.add(container)
            found.append(Candidate(anchor, container, looks_paid(url), heading, first(container, SNIPPETS), url))
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def _cards(doc, ad_items: set, taken: set) -> list[Candidate]:
    """Headingless cards (top stories, videos): a /url? link with a headline, in a block of its own."""
    found = []
    for anchor in doc.select("a[href^='/url?']"):
        container = _container(anchor)
        if container in taken or len(text_of(anchor, 200)) < CARD_MIN_CHARS or _in_ads(anchor, ad_items):
            continue
        url = _external(doc, anchor)
        if url:
            taken.add(container)
            found.append(Candidate(anchor, container, looks_paid(url), None, first(container, SNIPPETS), url))
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def _organic(doc, ad_items: set) -> list[Candidate]:
    """Headed results and cards, in page order."""
    taken: set = set()
    found = [*_headed(doc, ad_items, taken), *_cards(doc, ad_items, taken)]
    order = {element: index for index, element in enumerate(doc.root.iter("a"))}
    return sorted(found, key=lambda cand: order.get(cand.anchor, 0))[:MAX_CANDIDATES]


def parse(resp: SavedResponse) -> ParseResult:
    """Organic results (`/url?q=` links unwrapped) and ads (in the Ads regions) of a Google SERP.

    >>> page = b'<div class="g"><a href="/url?q=https://a.example/&sa=U"><h3>A</h3></a><span class="st">s</span></div>'
    >>> parse(SavedResponse("https://www.google.com/search?q=x", page)).items[0].url
    'https://a.example/'
    """
    doc = parse_html(resp)
    ads = _ads(doc)
    ad_items = {cand.container for cand in ads}
    results = build_results(doc, [*_organic(doc, ad_items), *ads])
    next_page = link_url(doc, "a#pnnext", "a[aria-label='Next page']", "a[aria-label='Next']")
    return finish(SITE, doc, results, OWN_DOMAINS, next_page=next_page)
