"""Core value types of the detection library: spans, hits, reasons and the verdict."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Label(StrEnum):
    SCAM = "scam"
    SUSPICIOUS = "suspicious"
    BENIGN = "benign"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) in the ORIGINAL text given to the detector."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PhoneHit:
    """One phone number found on a page.

    `number` is E.164 (``+864006816666``) or, for short service codes, the digits as
    dialled (``95188``). `kind` is one of: intl_00, intl_plus, national, service_400,
    service_800, short_code, mobile, tel_link. `source` is ``text`` or ``tel_link``.
    """

    number: str
    raw: str
    span: Span | None
    kind: str
    official: bool = False
    obfuscated: bool = False
    source: str = "text"
    dialled: str = ""  # as the page has it dialled: 00/+ kept, domestic non-NANP numbers national
    vanity: bool = False  # written with keypad letters (1-800-FLOWERS); read only for brands that use them


@dataclass(frozen=True, slots=True)
class BrandHit:
    """A mention of a configured brand; `kind` says how it matched (exact, fuzzy, pinyin,
    homoglyph, separated, traditional, domain, lookalike_domain)."""

    brand: str
    alias: str
    raw: str
    span: Span | None
    kind: str
    similarity: float = 1.0


@dataclass(frozen=True, slots=True)
class Reason:
    """One stable, documented signal code with the weight it contributed and its evidence."""

    code: str
    weight: float
    span: Span | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The explainable judgement of one text.

    `numbers` holds every phone hit; `scam_numbers` the subset judged fake (same string
    form as PhoneHit.number). `brand` is the brand the page is about; `attributions`
    pairs each scam number with the brand it poses for (in a passage naming several
    brands each number belongs to its own), and `sector` names the trade a page
    impersonates when it names no brand ("airline", "bank" …).
    """

    label: Label
    score: float
    brand: str | None
    numbers: tuple[PhoneHit, ...] = ()
    scam_numbers: tuple[str, ...] = ()
    brands: tuple[BrandHit, ...] = ()
    reasons: tuple[Reason, ...] = ()
    detector_version: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    attributions: tuple[tuple[str, str], ...] = ()  # (scam number, brand it poses for)
    sector: str | None = None

    def brand_of(self, number: str) -> str | None:
        """The brand a scam number poses for: its own attribution, else the page's brand.

        >>> Verdict(Label.SCAM, 0.9, "A", attributions=(("+1", "B"),)).brand_of("+1")
        'B'
        """
        return dict(self.attributions).get(number, self.brand)


@dataclass(frozen=True, slots=True)
class OfficialApp:
    """An app the brand really publishes in a store."""

    store: str
    id: str
    developer: str


@dataclass(frozen=True, slots=True)
class Brand:
    """One brand of the brand book, validated; official numbers are E.164 (or short codes)."""

    name: str
    aliases: tuple[str, ...]
    official_numbers: tuple[str, ...] = ()
    official_domains: tuple[str, ...] = ()
    markets: tuple[str, ...] = ()
    queries: tuple[str, ...] = ()
    official_apps: tuple[OfficialApp, ...] = ()
    vanity: bool = False  # the brand's numbers are written with keypad letters, so letters near its name are read
