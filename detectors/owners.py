"""Whose number: each phone number belongs to the brand named nearest to it (its own claim), not to the page's main brand.

In a passage naming several brands ("A 客服 N1 … B 客服 N2") every number is attributed
to the brand whose mention is closest, preferring a mention earlier on the same line
(the way claims are written: "Brand customer service: N"); a verdict then never pairs a
brand with another brand's number.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from detectors.types import Brand, BrandHit, PhoneHit

OWNER_REACH = 200  # characters between a number and a brand mention that may own it
AFTER_PENALTY = 1.5  # a mention after the number is further, in effect, than one before it
BOUNDARY_COST = 100
_BOUNDARY = re.compile(r"\n|[。！？；!?;]|\.(?=\s)")


def attribute(text: str, phones: Sequence[PhoneHit], mentions: Sequence[BrandHit],
              brands: Mapping[str, Brand]) -> dict[tuple[int, int], str]:
    """(start, end) of each phone hit → the name of the brand it is attributed to (only where one is near).

    >>> from detectors.types import Span
    >>> hits = [PhoneHit("+1", "N1", Span(6, 8), "national"), PhoneHit("+2", "N2", Span(17, 19), "national")]
    >>> names = [BrandHit("A", "A", "A", Span(0, 1), "exact"), BrandHit("B", "B", "B", Span(11, 12), "exact")]
    >>> sorted(attribute("A 客服: N1; B 客服: N2", hits, names, {}).values())
    ['A', 'B']
    """
    placed = [hit for hit in mentions if hit.span is not None]
    owners: dict[tuple[int, int], str] = {}
    if len({hit.brand for hit in placed}) < 2:
        return owners  # one brand or none: the page's brand owns every number
    for phone in phones:
        if phone.span is None:
            continue
        best = min(placed, key=lambda hit: _distance(text, hit, phone), default=None)
        if best is not None and _distance(text, best, phone) <= OWNER_REACH * AFTER_PENALTY + BOUNDARY_COST:
            owners[(phone.span.start, phone.span.end)] = best.brand
    return owners


def _distance(text: str, mention: BrandHit, phone: PhoneHit) -> float:
    """Characters between mention and number, halved before the number, and a line or sentence
    crossed counts as a hundred more (a claim is written "Brand customer service: N")."""
    if mention.span.end <= phone.span.start:
        between = text[mention.span.end:phone.span.start]
        return len(between) * 0.5 + BOUNDARY_COST * _boundaries(between)
    between = text[phone.span.end:max(phone.span.end, mention.span.start)]
    return len(between) * AFTER_PENALTY + 1 + BOUNDARY_COST * _boundaries(between)


def _boundaries(between: str) -> int:
    return len(_BOUNDARY.findall(between))
