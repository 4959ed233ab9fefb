"""Signals about the brand a text names, and how it spells it."""
from __future__ import annotations

from collections.abc import Iterator

from detectors.page import Page
from detectors.types import PhoneHit, Reason

BRAND_NEAR = 200  # characters between a brand mention and a number that still tie them
# The mention that explains a page best: a disguise says more than a plain name, a plain
# name in the text more than one in the URL.
KIND_PREFERENCE = ("homoglyph", "digits", "separated", "pinyin", "fuzzy", "traditional", "exact", "url")


def brand_mention(page: Page, number: PhoneHit) -> Iterator[Reason]:
    """The best mention of the brand the number poses for; its kind says how the name was disguised."""
    brand = page.brand_for(number)
    if brand is None:
        return
    hits = [hit for hit in page.brand_hits if hit.brand == brand.name]
    if not hits:
        return
    best = min(hits, key=lambda hit: KIND_PREFERENCE.index(hit.kind) if hit.kind in KIND_PREFERENCE else len(KIND_PREFERENCE))
    yield Reason(f"brand.{best.kind}", 0.0, best.span, f"{best.raw!r} ~ {best.alias!r} ({best.similarity:.2f})")


def brand_near_number(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    brand = page.brand_for(hit)
    if brand is None or hit.span is None:
        return
    for mention in page.brand_hits:
        if mention.brand == brand.name and mention.span is not None:
            if abs(mention.span.start - hit.span.start) <= BRAND_NEAR:
                yield Reason("brand.near_number", 0.0, mention.span, mention.raw)
                return
