"""Detector: gather the facts of a text, run the registered rules, score them into a Verdict."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import unquote, urlsplit

import phonenumbers

from detectors import scoring
from detectors.brands import BrandIndex
from detectors.context import NO_CUES, find_cues, host_of, on_domain
from detectors.regions import around, candidate_windows, merge
from detectors.normalise.pipeline import normalise
from detectors.normalise.vanity import hint_positions
from detectors.identifiers import Identifier
from detectors.owners import attribute
from detectors.page import Page
from detectors.phones import (
    MAX_VANITY_TRIES, VANITY_REGIONS, Budget, extract_phones, number_forms, tel_link_hits, vanity_phones,
)
from detectors.registry import NUMBER_RULES, PAGE_RULES
from detectors.rules.brand import BRAND_NEAR
from detectors.types import Brand, BrandHit, Label, PhoneHit, Reason, Span, Verdict
from detectors.version import DETECTOR_VERSION

MAX_TEXT = 1_000_000  # characters judged per text; the rest is ignored and flagged
NEAR_WINDOW = 160  # characters around a number searched for disguised brand names
CUE_WINDOW = 400  # characters around a number whose claim, disclaimer and business words are read
TITLE_CHARS = 200  # the start of a text, searched like the surroundings of a number
BRAND_REACH = 400  # characters around a number searched for brand names
VANITY_PAD = 48  # characters around a digits-meet-capitals hint that its vanity window keeps
MAX_VANITY_WINDOWS = 50
_CJK = re.compile(r"[\u3400-\u9fff]")
_URL_SEPARATORS = re.compile(r"[-_/.+=&?%]+")
_LANG_REGIONS = {"zh": ("CN",), "zh-tw": ("TW", "HK", "CN"), "zh-hk": ("HK", "TW", "CN"), "en": ("US", "GB")}


class Detector:
    """Judges texts against one brand book; build it once, call `analyse` per text.

    >>> from detectors import parse_brands
    >>> det = Detector(parse_brands({"brand": [{"name": "还呗", "official_numbers": ["400-681-6666"], "markets": ["CN"]}]}))
    >>> det.analyse("还呗人工客服电话 0044 7700 900 128").label
    <Label.SCAM: 'scam'>
    """

    def __init__(self, brands: Sequence[Brand]):
        self.brands = tuple(brands)
        self.by_name = {brand.name: brand for brand in self.brands}
        self.index = BrandIndex(self.brands)
        self.official_numbers = frozenset(_official_forms(self.brands))
        self.official_domains = {brand.name: brand.official_domains for brand in self.brands}
        self.vanity_names = frozenset(brand.name for brand in self.brands if brand.vanity)

    @classmethod
    def prebuilt(cls, brands: Sequence[Brand], index: BrandIndex, official_numbers: frozenset[str]) -> Detector:
        """A Detector from parts already compiled (see `detectors.compiled`), without rebuilding the index."""
        detector = cls.__new__(cls)
        detector.brands = tuple(brands)
        detector.by_name = {brand.name: brand for brand in detector.brands}
        detector.index = index
        detector.official_numbers = official_numbers
        detector.official_domains = {brand.name: brand.official_domains for brand in detector.brands}
        detector.vanity_names = frozenset(brand.name for brand in detector.brands if brand.vanity)
        return detector

    def analyse(self, text: str, url: str | None = None, source_kind: str = "other",
                lang: str | None = None, tel_links: Sequence[str] = ()) -> Verdict:
        """The verdict on one text; never raises on content."""
        truncated = len(text) > MAX_TEXT
        page = self._gather(text[:MAX_TEXT] if truncated else text, url, source_kind, lang, tel_links)
        page_reasons = scoring.weighted([r for rule in PAGE_RULES for r in rule(page)])
        if truncated:
            page_reasons.append(Reason("input.truncated", 0.0, None, f"judged the first {MAX_TEXT} characters"))
        return self._verdict(page, page_reasons)

    def impersonated_brand(self, app_name: str, developer: str = "", bundle_id: str = "", store: str = "") -> BrandHit | None:
        """A brand whose name the app uses although it is not one of the brand's official apps."""
        from detectors.apps import impersonated_brand

        return impersonated_brand(self, app_name, developer, bundle_id, store)

    # -- facts ----------------------------------------------------------------------------

    def _gather(self, text: str, url, source_kind, lang, tel_links) -> Page:
        host = host_of(url)
        host_brands = self.index.find_in_host(host) if host else []
        windows = candidate_windows(text)
        # Without a number a text cannot be a scam, so a text with no phone-like run costs
        # one regex scan, and one without a number no brand lookup; the costlier looks
        # (names, disguised names, claim words, sentences) are taken only where they matter.
        regions = self._regions([], host_brands, lang, text)
        vanity = self._vanity_phones(text, host_brands) if self.vanity_names else []
        identifiers: list = []
        phones = _with_vanity(_phones_in_windows(text, windows, regions, [()] * len(windows), identifiers), vanity)
        plain: list[BrandHit] = []
        if phones:
            plain = self._plain_mentions(text, [(h.span.start, h.span.end) for h in phones]) + self._url_mentions(url)
            markets = [self._window_markets(window, plain, host_brands) for window in windows]
            if any(markets):  # each window is read in the markets of the brand named nearest to it
                identifiers = []
                phones = _with_vanity(_phones_in_windows(text, windows, regions, markets, identifiers), vanity)
        spans = [(hit.span.start, hit.span.end) for hit in phones if hit.span]
        if spans:
            spans.append((0, min(len(text), TITLE_CHARS)))
        disguised = self._disguised_mentions(text, around(spans, NEAR_WINDOW, len(text)), around(spans[:-1], NEAR_WINDOW, len(text)))
        brand_hits = _dedupe_mentions(plain + disguised)
        brand = self._page_brand(brand_hits, host_brands)
        official_domain = brand is not None and on_domain(host, brand.official_domains)
        if host and not official_domain:
            official_domain = any(on_domain(host, domains) for domains in self.official_domains.values()) and brand is None
        return Page(
            text=text, url=url, host=host, source_kind=source_kind or "other", lang=lang,
            phones=phones, tel_phones=tel_link_hits(tel_links, regions) if tel_links else [],
            brand_hits=brand_hits, host_brands=host_brands,
            cues=find_cues(text, around(spans, CUE_WINDOW, len(text))) if spans else NO_CUES,
            brand=brand, brands_by_name=self.by_name, official_numbers=self.official_numbers,
            on_official_domain=official_domain, identifiers=identifiers,
            owners=attribute(text, phones, brand_hits, self.by_name),
        )

    def _window_markets(self, window: tuple[int, int], mentions: list[BrandHit], host_brands) -> tuple[str, ...]:
        """The markets of the brand named nearest to a candidate window (else of the brand in the host)."""
        middle = (window[0] + window[1]) // 2
        placed = [hit for hit in mentions if hit.span is not None]
        if placed:
            nearest = min(placed, key=lambda hit: abs(hit.span.start - middle))
            if abs(nearest.span.start - middle) <= BRAND_REACH + (window[1] - window[0]) // 2:
                return self.by_name[nearest.brand].markets
        for brand_index, _, _ in host_brands:
            return self.brands[brand_index].markets
        unplaced = [hit for hit in mentions if hit.span is None]
        return self.by_name[unplaced[0].brand].markets if unplaced else ()

    def _plain_mentions(self, text: str, windows: list[tuple[int, int]]) -> list[BrandHit]:
        """Brand names written whole in the title and around numbers.

        Only there: the automaton's cost per character grows with its size, so reading just
        these windows keeps the cost per page flat from ten to ten thousand brands.
        """
        reach = around(windows, BRAND_REACH, len(text)) + [(0, min(len(text), TITLE_CHARS))]
        hits = []
        for start, end in merge(reach):
            hits += [_shift_mention(hit, start) for hit in self.index.find_plain(text[start:end])]
        return hits

    def _vanity_phones(self, text: str, host_brands) -> list[PhoneHit]:
        """Numbers written with keypad letters, read only near a mention of a brand that uses them
        (or on a host named after one), in that brand's markets: elsewhere capitals are words."""
        host = [entry for entry in host_brands if self.brands[entry[0]].vanity]
        hits: list[PhoneHit] = []
        budget = Budget(MAX_VANITY_TRIES)
        for start, end in _vanity_windows(text):
            reach = (max(0, start - BRAND_NEAR), min(len(text), end + BRAND_NEAR))
            near = [hit for hit in self.index.find_plain(text[reach[0]:reach[1]]) if hit.brand in self.vanity_names]
            if not near and not host:
                continue
            markets = [m for hit in near for m in self.by_name[hit.brand].markets]
            markets += [m for index, _, _ in host for m in self.brands[index].markets]
            piece = text[start:end]
            regions = tuple(dict.fromkeys(markets)) or VANITY_REGIONS
            for hit in vanity_phones(normalise(piece), piece, regions, budget):
                hit = replace(hit, span=Span(hit.span.start + start, hit.span.end + start))
                if not any(_overlap(hit, other) for other in hits):  # windows overlap; the first reading stands
                    hits.append(hit)
        return hits

    def _disguised_mentions(self, text: str, windows: list[tuple[int, int]],
                            near_numbers: list[tuple[int, int]]) -> list[BrandHit]:
        """Names broken by separators (near numbers and in the title), homophones and near
        spellings (near numbers only)."""
        hits = []
        for start, end in windows:
            piece = text[start:end]
            view = normalise(piece)
            found = self.index.find_exact(view, piece) + self.index.find_digit_letters(piece)
            if any(a < end and start < b for a, b in near_numbers):
                found += self.index.find_near(view, piece, [(0, len(view.text))])
            hits += [_shift_mention(hit, start) for hit in found]
        return hits

    def _url_mentions(self, url: str | None) -> list[BrandHit]:
        """Brand names in the URL's path and query (…/air-canada-rebooking-options): kind `url`."""
        path = url_words(url)
        if not path:
            return []
        return [replace(hit, span=None, kind="url") for hit in self.index.find_exact_text(path)]

    def _page_brand(self, hits: list[BrandHit], host_brands) -> Brand | None:
        counts = Counter(hit.brand for hit in hits)
        for brand_index, _, _ in host_brands:
            counts[self.brands[brand_index].name] += 1
        if not counts:
            return None
        first = {hit.brand: i for i, hit in reversed(list(enumerate(hits)))}
        name = max(counts, key=lambda n: (counts[n], -first.get(n, len(hits))))
        return self.by_name[name]

    def _regions(self, exact: list[BrandHit], host_brands, lang: str | None, text: str) -> tuple[str, ...]:
        """Regions that national numbers are read in: brand markets, then the page's language."""
        regions: list[str] = []
        for hit in exact[:20]:
            regions.extend(self.by_name[hit.brand].markets)
        for brand_index, _, _ in host_brands:
            regions.extend(self.brands[brand_index].markets)
        key = (lang or "").lower()
        if key in _LANG_REGIONS or key[:2] in _LANG_REGIONS:
            regions.extend(_LANG_REGIONS.get(key, _LANG_REGIONS.get(key[:2], ())))
        else:
            regions.extend(("CN",) if _CJK.search(text[:5000]) else ("US", "GB"))
        regions.extend(("US", "CN", "GB"))
        return tuple(dict.fromkeys(regions))[:6]

    # -- verdict --------------------------------------------------------------------------

    def _verdict(self, page: Page, page_reasons: list[Reason]) -> Verdict:
        judged = []
        for occurrences in _by_number(page.phones):
            # A number is judged on all its occurrences: warned about once, warned about everywhere.
            found = [r for hit in occurrences for rule in NUMBER_RULES for r in rule(page, hit)]
            number_reasons = scoring.weighted(_first_per_code(found))
            label, value = scoring.number_label(page_reasons, number_reasons)
            judged.append((occurrences[0], label, value, number_reasons))
        numbers = tuple(_mark_official(page, hit) for hit in page.phones) + tuple(_extra_tel(page))
        scam = [item for item in judged if item[1] is Label.SCAM]
        best = max(judged, key=lambda item: item[2], default=None)
        if scam:
            label, value = Label.SCAM, max(item[2] for item in scam)
            reasons = page_reasons + _unique([r for item in scam for r in item[3]])
        elif best is not None and best[1] is Label.SUSPICIOUS:
            label, value, reasons = Label.SUSPICIOUS, best[2], page_reasons + best[3]
        else:
            label = Label.BENIGN
            value = best[2] if best is not None else min(scoring.score(page_reasons), 0.2)
            reasons = page_reasons + (best[3] if best is not None else [])
        owners = {item[0].number: page.brand_for(item[0]) for item in scam}
        return Verdict(
            label=label, score=value, brand=page.brand.name if page.brand else None, numbers=numbers,
            scam_numbers=tuple(dict.fromkeys(item[0].number for item in scam)),
            brands=tuple(page.brand_hits), reasons=tuple(reasons), detector_version=DETECTOR_VERSION,
            attributions=tuple((number, brand.name) for number, brand in owners.items() if brand is not None),
        )


def url_words(url: str | None) -> str:
    """The words of a URL's path and query, for brand lookup ('' without a URL)."""
    if not url:
        return ""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
    except ValueError:
        return ""
    return _URL_SEPARATORS.sub(" ", unquote(f"{parts.path} {parts.query}"))[:500].strip()


def _by_number(phones: list[PhoneHit]) -> list[list[PhoneHit]]:
    groups: dict[str, list[PhoneHit]] = {}
    for hit in phones:
        groups.setdefault(hit.number, []).append(hit)
    return list(groups.values())


def _first_per_code(reasons: list[Reason]) -> list[Reason]:
    seen: dict[str, Reason] = {}
    for reason in reasons:
        seen.setdefault(reason.code, reason)
    return list(seen.values())


def _official_forms(brands: Sequence[Brand]) -> set[str]:
    """Every official number as E.164, without its +, and as national digits (short codes as they are)."""
    forms: set[str] = set()
    for brand in brands:
        for number in brand.official_numbers:
            forms.update((number, number.lstrip("+")))
            if number.startswith("+"):
                try:
                    parsed = phonenumbers.parse(number)
                except phonenumbers.NumberParseException:
                    continue
                forms.add(str(parsed.national_number))
                forms.add(number_forms(parsed, "national")[1])
    return forms


def _phones_in_windows(text: str, windows: list[tuple[int, int]], regions: tuple[str, ...],
                       markets: list[tuple[str, ...]], skipped: list) -> list[PhoneHit]:
    """Phone numbers of each candidate window (read in that window's markets first), with spans in the
    whole text; identifiers the reader passed over are added to `skipped`."""
    hits: list[PhoneHit] = []
    for (start, end), window_markets in zip(windows, markets):
        piece = text[start:end]
        found: list = []
        for hit in extract_phones(normalise(piece), piece, regions, window_markets, found):
            hits.append(replace(hit, span=Span(hit.span.start + start, hit.span.end + start)))
        skipped.extend(Identifier(item.start + start, item.end + start, item.what) for item in found)
    return hits


def _vanity_windows(text: str) -> list[tuple[int, int]]:
    """Windows around the places where digits meet capitals (1-800-FL…), not merged, so each
    stays short enough for "near a brand mention" to mean near."""
    windows = []
    for position in hint_positions(text):
        start = max(0, position - VANITY_PAD)
        while start > 0 and _in_run(text[start - 1]) and position - start < 2 * VANITY_PAD:
            start -= 1  # never start inside a word of a run: "454-163" read from "54-163" dials another number
        windows.append((start, min(len(text), position + VANITY_PAD)))
        if len(windows) >= MAX_VANITY_WINDOWS:
            break
    return windows


def _in_run(char: str) -> bool:
    """Characters that join a number's groups (a space may also begin one, so it stops the backing off)."""
    return char.isalnum() or char in "-./()+"


def _overlap(one: PhoneHit, other: PhoneHit) -> bool:
    return one.span.start < other.span.end and other.span.start < one.span.end


def _with_vanity(phones: list[PhoneHit], vanity: list[PhoneHit]) -> list[PhoneHit]:
    """Keypad readings replace the ordinary hits they overlap: their letters complete the number."""
    if not vanity:
        return phones
    kept = [hit for hit in phones if not any(_overlap(hit, reading) for reading in vanity)]
    return sorted(kept + vanity, key=lambda hit: hit.span.start)


def _shift_mention(hit: BrandHit, offset: int) -> BrandHit:
    return replace(hit, span=Span(hit.span.start + offset, hit.span.end + offset)) if hit.span else hit


def _dedupe_mentions(hits: list[BrandHit]) -> list[BrandHit]:
    """One mention per brand and span (the first kind found wins), in text order."""
    seen: dict[tuple, BrandHit] = {}
    for hit in hits:
        key = (hit.brand, hit.span.start if hit.span else -1, hit.span.end if hit.span else -1)
        seen.setdefault(key, hit)
    return sorted(seen.values(), key=lambda h: h.span.start if h.span else -1)


def _mark_official(page: Page, hit: PhoneHit) -> PhoneHit:
    from detectors.rules.phone import is_official

    return replace(hit, official=True) if is_official(page, hit) else hit


def _extra_tel(page: Page) -> list[PhoneHit]:
    visible = {hit.number for hit in page.phones}
    return [hit for hit in page.tel_phones if hit.number not in visible]


def _unique(reasons: list[Reason]) -> list[Reason]:
    return list(dict.fromkeys(reasons))
