"""Google web search result pages (desktop and the basic gbv=1 layout): organic results and text ads."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.generic_serp import Candidate, build_results, finish, looks_paid, unwrap
from spiders.parsers.html import absolute_url, first, link_url, on_domain, parse_html, text_of

SITE = "google"
OWN_DOMAINS = ("google.com", "google.cn", "googleusercontent.com", "gstatic.com", "youtube.com")
AD_BLOCKS = "#tads, #tadsb, #bottomads, [aria-label='Ads'], [aria-label='Ad'], [aria-label='Sponsored']"
AD_ITEMS = "li.ads-ad, div.uEierd, div[data-text-ad]"
# Result containers across the layouts Google has served (newest last).
CONTAINER_CLASSES = ("g", "ZINbbc", "tF2Cxc", "MjjYud", "Gx5Zad")
CARD_MIN_CHARS = 15  # a headline, not "6:07" or "Learn more"
SNIPPETS = ".st, .VwiC3b, .IsZvec, .s3v9rd, .aCOpRe, [data-sncf], .ads-creative, .MUxGbd"


def _container(anchor):
    node = anchor.getparent()
    while node is not None and node.tag != "body":
        if set((node.get("class") or "").split()) & set(CONTAINER_CLASSES):
            return node
        node = node.getparent()
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
    url = unwrap(absolute_url(doc.url, anchor.get("href")))
    if not url or (on_domain(url, OWN_DOMAINS) and not on_domain(url, ("youtube.com",))):
        return None
    return url


def _organic(doc, ad_items: set) -> list[Candidate]:
    """Results with a heading, then headingless cards (top stories, videos) in their own blocks."""
    found, taken = [], set()
    for heading in doc.root.iter("h3"):
        anchor = next(heading.iterancestors("a"), None)
        anchor = anchor if anchor is not None else first(heading, "a")
        if anchor is None or any(a in ad_items for a in anchor.iterancestors()):
            continue
        url = _external(doc, anchor)
        if url:
            container = _container(anchor)
            taken.add(container)
            found.append(Candidate(anchor, container, looks_paid(url), heading, first(container, SNIPPETS), url))
    for anchor in doc.root.cssselect("a[href^='/url?']"):
        container = _container(anchor)
        url = _external(doc, anchor)
        if url and container not in taken and len(text_of(anchor, 200)) >= CARD_MIN_CHARS and \
                not any(a in ad_items for a in anchor.iterancestors()):
            taken.add(container)
            found.append(Candidate(anchor, container, looks_paid(url), None, first(container, SNIPPETS), url))
    order = {element: index for index, element in enumerate(doc.root.iter())}
    return sorted(found, key=lambda cand: order.get(cand.anchor, 0))


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
