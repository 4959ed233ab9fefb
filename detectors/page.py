"""The facts gathered about one text, shared by every rule: views, phone and brand hits, cues, source."""
from __future__ import annotations

from dataclasses import dataclass, field

from detectors.context import Cues
from detectors.identifiers import Identifier
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
    identifiers: list[Identifier] = field(default_factory=list)  # digit runs passed over: order, tracking … numbers
    owners: dict[tuple[int, int], str] = field(default_factory=dict)  # phone span -> brand it is attributed to

    def brand_for(self, hit: PhoneHit) -> Brand | None:
        """The brand a number poses for: the one named nearest to it, else the page's brand."""
        name = self.owners.get((hit.span.start, hit.span.end)) if hit.span is not None else None
        return self.brands_by_name.get(name, self.brand) if name else self.brand
