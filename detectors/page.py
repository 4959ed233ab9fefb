"""The facts gathered about one text, shared by every rule: views, phone and brand hits, cues, source."""
from __future__ import annotations

from dataclasses import dataclass, field

from detectors.context import Cues
from detectors.types import Brand, BrandHit, PhoneHit


@dataclass(slots=True)
class Page:
    """Everything rules may look at; offsets are in the original text."""

    text: str
    url: str | None
    host: str
    source_kind: str
    lang: str | None
    phones: list[PhoneHit]
    tel_phones: list[PhoneHit]
    brand_hits: list[BrandHit]
    host_brands: list[tuple[int, str, str]]  # (brand index, alias, host label)
    cues: Cues
    brand: Brand | None  # the brand the page is about (or impersonates)
    brands_by_name: dict[str, Brand] = field(default_factory=dict)
    official_numbers: frozenset[str] = frozenset()  # of every configured brand, keys and dialled forms
    on_official_domain: bool = False
