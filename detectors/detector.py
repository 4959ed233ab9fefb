"""Detector: gather the facts of a text, run the registered rules, score them into a Verdict."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from detectors import scoring
from detectors.brands import BrandIndex
from detectors.context import find_cues, host_of, on_domain
from detectors.normalise.names import name_key
from detectors.normalise.pipeline import normalise
from detectors.page import Page
from detectors.phones import extract_phones, tel_link_hits
from detectors.registry import NUMBER_RULES, PAGE_RULES
from detectors.types import Brand, BrandHit, Label, PhoneHit, Reason, Verdict
from detectors.version import DETECTOR_VERSION

MAX_TEXT = 1_000_000  # characters judged per text; the rest is ignored and flagged
NEAR_WINDOW = 120  # characters around a number searched for disguised brand names
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
        view = normalise(text)
        host = host_of(url)
        exact = self.index.find_exact(view, text) + self._url_mentions(url)
        host_brands = self.index.find_in_host(host) if host else []
        regions = self._regions(exact, host_brands, lang, text)
        phones = extract_phones(view, text, regions)
        near = self.index.find_near(view, text, _windows(view, phones)) if phones else []
        brand_hits = sorted(exact + near, key=lambda h: h.span.start if h.span else -1)
        brand = self._page_brand(brand_hits, host_brands)
        official_domain = brand is not None and on_domain(host, brand.official_domains)
        if host and not official_domain:
            official_domain = any(on_domain(host, domains) for domains in self.official_domains.values()) and brand is None
        return Page(
            text=text, view=view, url=url, host=host, source_kind=source_kind or "other", lang=lang,
            phones=phones, tel_phones=tel_link_hits(tel_links, regions) if tel_links else [],
            brand_hits=brand_hits, host_brands=host_brands, cues=find_cues(text), brand=brand,
            brands_by_name=self.by_name, official_numbers=self.official_numbers, on_official_domain=official_domain,
        )

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
        return Verdict(
            label=label, score=value, brand=page.brand.name if page.brand else None, numbers=numbers,
            scam_numbers=tuple(dict.fromkeys(item[0].number for item in scam)),
            brands=tuple(page.brand_hits), reasons=tuple(reasons), detector_version=DETECTOR_VERSION,
            extra={"scam_dialled": tuple(dict.fromkeys(item[0].dialled for item in scam))},
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
    forms: set[str] = set()
    for brand in brands:
        for number in brand.official_numbers:
            forms.add(number)
            forms.add(number.lstrip("+"))
    return forms


def _windows(view, phones: list[PhoneHit]) -> list[tuple[int, int]]:
    windows = []
    for hit in phones:
        if hit.span is None:
            continue
        at = bisect.bisect_left(view.origin, hit.span.start)
        windows.append((max(0, at - NEAR_WINDOW), min(len(view.text), at + NEAR_WINDOW)))
    return windows[:50]


def _mark_official(page: Page, hit: PhoneHit) -> PhoneHit:
    from detectors.rules.phone import is_official

    return replace(hit, official=True) if is_official(page, hit) else hit


def _extra_tel(page: Page) -> list[PhoneHit]:
    visible = {hit.number for hit in page.phones}
    return [hit for hit in page.tel_phones if hit.number not in visible]


def _unique(reasons: list[Reason]) -> list[Reason]:
    return list(dict.fromkeys(reasons))


__all__ = ["Detector", "name_key"]
