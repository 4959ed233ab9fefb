"""Run the detector over a labelled corpus (JSON lines) as a crawl would see each case, split by brand for held-out scores.

The detector gets only what a crawl has: the text, the URL and a crawl kind (search,
forum, app, other). The corpus's own `source_kind` (news, official, blog …) and `lang`
are annotations and never reach it.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

from detectors import Brand, Detector, Verdict, parse_brands
from detectors.errors import ConfigError, CorpusError
from detectors.scorecard import LABELS, Report, is_correct, number_set  # noqa: F401 - re-exported

_LANG_REGIONS = {"zh": ("CN", "HK", "TW"), "en": ("US", "GB", "CA", "AU", "IN"), "mixed": ("CN", "US", "GB")}
_REGION_GUESSES = ("CN", "US", "GB", "AU", "IN", "CA", "HK", "TW", "SG")
CRAWL_KINDS = ("search", "forum", "app")  # the kinds a crawl produces that the corpus also uses; the rest is "other"
TEST_SHARE = 3  # a brand is held out when the first byte of its key's SHA-256 is divisible by this
ALWAYS_TUNE = (1, 459)  # team-corpus cases t-0001 … t-0459 were written while the rules were tuned
_TEAM_ID = re.compile(r"t-(\d{4})")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case judged: what the corpus says, what the detector said, and whether they agree."""

    case: dict
    verdict: Verdict
    predicted_numbers: tuple[str, ...]
    split: str = "tune"

    @property
    def predicted_label(self) -> str:
        return str(self.verdict.label)

    @property
    def predicted_scam(self) -> bool:
        return self.predicted_label == "scam"

    @property
    def gold_scam(self) -> bool:
        return self.case["label"] == "scam"

    @property
    def correct(self) -> bool:
        return is_correct(self.case["label"], self.predicted_label, self.case.get("scam_numbers") or [],
                          self.predicted_numbers)


def crawl_kind(source_kind: object) -> str:
    """What a crawl would know of a case's source: search, forum, app, or other (news, official, blog …).

    >>> crawl_kind("forum"), crawl_kind("official"), crawl_kind(None)
    ('forum', 'other', 'other')
    """
    return source_kind if source_kind in CRAWL_KINDS else "other"


def split_key(case: dict) -> str:
    """What a case is held out by: its brand (NFKC, case-folded), else its sector, else its id."""
    brand = case.get("brand")
    if isinstance(brand, str) and brand.strip():
        return unicodedata.normalize("NFKC", brand).casefold().strip()
    sector = case.get("sector")
    if isinstance(sector, str) and sector.strip():
        return "sector:" + sector
    return "id:" + str(case.get("id"))


def split_of(case: dict) -> str:
    """`test` for a held-out case, `tune` otherwise: a third of the brands, fixed by hashing the brand key.

    Team-corpus cases t-0001 … t-0459 are always `tune` (the rules were written beside them).

    >>> split_of({"id": "t-0007", "brand": "PayPal"}), split_of({"id": "e-001", "brand": "PayPal"})
    ('tune', 'tune')
    """
    match = _TEAM_ID.fullmatch(str(case.get("id", "")))
    if match and ALWAYS_TUNE[0] <= int(match.group(1)) <= ALWAYS_TUNE[1]:
        return "tune"
    digest = hashlib.sha256(split_key(case).encode("utf-8")).digest()
    return "test" if digest[0] % TEST_SHARE == 0 else "tune"


def read_corpus(path: Path) -> list[dict]:
    """The cases of a JSON-lines corpus; a malformed line is a user error naming file and line."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"corpus {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"corpus {path} cannot be read: {exc}") from None
    cases, seen = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        case = _parse_case(line, f"corpus {path} line {number}")
        if case["id"] in seen:
            raise CorpusError(f"corpus {path} line {number}: id {case['id']!r} appears twice")
        seen.add(case["id"])
        cases.append(case)
    if not cases:
        raise CorpusError(f"corpus {path} holds no cases")
    return cases


def _parse_case(line: str, where: str) -> dict:
    try:
        case = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where} is not JSON: {exc.msg}") from None
    if not isinstance(case, dict):
        raise CorpusError(f"{where} is not a JSON object")
    missing = [key for key in ("id", "text", "label") if key not in case]
    if missing:
        raise CorpusError(f"{where} lacks {', '.join(missing)}")
    if not isinstance(case["text"], str):
        raise CorpusError(f"{where}: text is not a string")
    if case["label"] not in LABELS:
        raise CorpusError(f"{where}: label {case['label']!r} is not one of {', '.join(LABELS)}")
    numbers = case.get("scam_numbers") or []
    if not isinstance(numbers, list) or not all(isinstance(n, str) for n in numbers):
        raise CorpusError(f"{where}: scam_numbers is not a list of strings")
    if case["label"] == "scam" and not numbers:
        raise CorpusError(f"{where}: a scam case lists no scam_numbers")
    case["id"] = str(case["id"])
    return case


def case_brand(case: dict) -> Brand | None:
    """The case's own brand fields as a Brand (its brand book entry); markets are the regions its official numbers dial."""
    name = case.get("brand")
    if not isinstance(name, str) or not name.strip():
        return None
    aliases = [a for a in case.get("brand_aliases") or [] if isinstance(a, str) and a.strip()]
    officials = [n for n in case.get("official_numbers") or [] if isinstance(n, str)]
    markets = _markets(officials, case.get("lang") or "")
    table = {"name": name, "aliases": aliases, "official_numbers": officials,
             "official_domains": list(case.get("official_domains") or []), "markets": list(markets)}
    if "brand_vanity" in case:  # optional: the brand reads vanity letters (1-800-FLOWERS) as digits
        table["vanity"] = case["brand_vanity"]
    try:
        return parse_brands({"brand": [table]}, source=f"case {case['id']}")[0]
    except ConfigError as exc:
        raise CorpusError(f"case {case['id']}: its brand fields are not a brand book entry: {exc.message}") from None


def _markets(officials: Sequence[str], lang: str) -> tuple[str, ...]:
    regions: list[str] = []
    guesses = _LANG_REGIONS.get(lang, ()) + _REGION_GUESSES
    for raw in officials:
        digits = "".join(ch for ch in raw if ch.isdigit())
        for region in ([None] if raw.startswith("+") else guesses):
            try:
                parsed = phonenumbers.parse(raw if region is None else digits, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                regions.append(phonenumbers.region_code_for_number(parsed) or region or "")
                break
    return tuple(dict.fromkeys(r for r in regions if r))


def predicted_numbers(verdict: Verdict) -> tuple[str, ...]:
    """The verdict's fake numbers in the corpus's form: as dialled (00/+ kept, domestic digits)."""
    dialled = {hit.number: hit.dialled or hit.number for hit in verdict.numbers}
    return tuple(dict.fromkeys(dialled.get(number, number) for number in verdict.scam_numbers))


def evaluate(cases: Sequence[dict], brands: Sequence[Brand] | None = None) -> Iterator[Outcome]:
    """Judge every case as a crawl would see it: with one shared brand book, or each case with its own brand fields."""
    shared = Detector(brands) if brands is not None else None
    cache: dict[Brand | None, Detector] = {}
    for case in cases:
        detector = shared or _case_detector(case, cache)
        verdict = detector.analyse(case["text"], url=case.get("url") if isinstance(case.get("url"), str) else None,
                                   source_kind=crawl_kind(case.get("source_kind")))
        yield Outcome(case, verdict, predicted_numbers(verdict), split_of(case))


def _case_detector(case: dict, cache: dict[Brand | None, Detector]) -> Detector:
    brand = case_brand(case)
    if brand not in cache:
        cache[brand] = Detector((brand,) if brand else ())
    return cache[brand]


def prediction_line(outcome: Outcome) -> dict:
    """One line of --out: id, split, label, score, brand, sector, scam_numbers (as dialled), reasons."""
    verdict = outcome.verdict
    return {
        "id": outcome.case["id"], "split": outcome.split, "label": str(verdict.label), "score": verdict.score,
        "brand": verdict.brand, "sector": verdict.sector, "scam_numbers": list(outcome.predicted_numbers),
        "scam_numbers_e164": list(verdict.scam_numbers),
        "reasons": [{"code": r.code, "weight": r.weight, "detail": r.detail} for r in verdict.reasons],
    }
