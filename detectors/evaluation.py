"""Run the detector over a labelled corpus (JSON lines) and score it: precision, recall, F1 and breakdowns."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from detectors import Brand, Detector, Label, Verdict, parse_brands
from detectors.errors import CorpusError

_REQUIRED = ("id", "text", "label")
_LANG_REGIONS = {"zh": ("CN", "HK", "TW"), "en": ("US", "GB", "CA", "AU", "IN"), "mixed": ("CN", "US", "GB")}
_REGION_GUESSES = ("CN", "US", "GB", "AU", "IN", "CA", "HK", "TW", "SG")
BREAKDOWNS = ("lang", "source_kind", "synthetic")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case judged: what the corpus says, what the detector said, and whether they agree."""

    case: dict
    verdict: Verdict
    predicted_numbers: tuple[str, ...]

    @property
    def predicted_scam(self) -> bool:
        return self.verdict.label is Label.SCAM

    @property
    def gold_scam(self) -> bool:
        return self.case["label"] == "scam"

    @property
    def correct(self) -> bool:
        if self.predicted_scam != self.gold_scam:
            return False
        if not self.gold_scam:
            return True
        return number_set(self.predicted_numbers) == number_set(self.case.get("scam_numbers") or [])


@dataclass(slots=True)
class Tally:
    """Counts of the `scam` label under the numbers-must-agree rule."""

    cases: int = 0
    correct: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def add(self, outcome: Outcome) -> None:
        self.cases += 1
        self.correct += outcome.correct
        if outcome.predicted_scam and outcome.correct:
            self.true_pos += 1
        if outcome.predicted_scam and not outcome.correct:
            self.false_pos += 1
        if outcome.gold_scam and not outcome.correct:
            self.false_neg += 1

    def figures(self) -> dict:
        precision = self.true_pos / (self.true_pos + self.false_pos) if self.true_pos + self.false_pos else 1.0
        recall = self.true_pos / (self.true_pos + self.false_neg) if self.true_pos + self.false_neg else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "cases": self.cases, "accuracy": round(self.correct / self.cases, 4) if self.cases else 1.0,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": self.true_pos, "fp": self.false_pos, "fn": self.false_neg,
        }


@dataclass(slots=True)
class Report:
    overall: Tally = field(default_factory=Tally)
    groups: dict[str, dict[str, Tally]] = field(default_factory=dict)
    errors: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.overall.add(outcome)
        for name in BREAKDOWNS:
            value = str(outcome.case.get(name, "?")).lower()
            self.groups.setdefault(name, {}).setdefault(value, Tally()).add(outcome)
        if not outcome.correct:
            self.errors.append(outcome)

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.figures(),
            "by": {name: {value: tally.figures() for value, tally in sorted(values.items())}
                   for name, values in self.groups.items()},
            "errors": [outcome.case["id"] for outcome in self.errors],
        }


def number_set(numbers: Iterable[str]) -> frozenset[str]:
    """Numbers compared by digits after stripping one leading '+' or '00' (the corpus rule).

    >>> number_set(["+447700900128"]) == number_set(["00447700900128"])
    True
    """
    out = set()
    for number in numbers:
        text = number.strip()
        text = text[1:] if text.startswith("+") else text[2:] if text.startswith("00") else text
        out.add("".join(ch for ch in text if ch.isdigit()))
    return frozenset(out)


def read_corpus(path: Path) -> list[dict]:
    """The cases of a JSON-lines corpus; a malformed line is a user error naming file and line."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"corpus {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"corpus {path} cannot be read: {exc}") from None
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        cases.append(_parse_case(line, path, number))
    return cases


def _parse_case(line: str, path: Path, number: int) -> dict:
    try:
        case = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"corpus {path} line {number} is not JSON: {exc.msg}") from None
    if not isinstance(case, dict) or any(key not in case for key in _REQUIRED):
        raise CorpusError(f"corpus {path} line {number} lacks one of {', '.join(_REQUIRED)}")
    if case["label"] not in ("scam", "benign"):
        raise CorpusError(f"corpus {path} line {number}: label {case['label']!r} is not scam or benign")
    return case


def case_brand(case: dict) -> Brand | None:
    """The case's own brand fields as a Brand; markets are the regions its official numbers dial."""
    name = case.get("brand")
    if not name:
        return None
    aliases = [a for a in case.get("brand_aliases") or [] if isinstance(a, str) and a.strip()]
    officials = [n for n in case.get("official_numbers") or [] if isinstance(n, str)]
    markets = _markets(officials, case.get("lang") or "")
    table = {"name": name, "aliases": aliases, "official_numbers": officials,
             "official_domains": list(case.get("official_domains") or []), "markets": list(markets)}
    if "brand_vanity" in case:  # optional: the brand reads vanity letters (1-800-FLOWERS) as digits
        table["vanity"] = case["brand_vanity"]
    return parse_brands({"brand": [table]}, source=f"case {case['id']}")[0]


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
    """Judge every case: with one shared brand book, or each case with its own brand fields."""
    shared = Detector(brands) if brands is not None else None
    cache: dict[tuple, Detector] = {}
    for case in cases:
        detector = shared or _case_detector(case, cache)
        lang = case.get("lang") if case.get("lang") in ("zh", "en") else None
        verdict = detector.analyse(case["text"], url=case.get("url"), source_kind=case.get("source_kind") or "other",
                                   lang=lang)
        yield Outcome(case, verdict, predicted_numbers(verdict))


def _case_detector(case: dict, cache: dict[tuple, Detector]) -> Detector:
    brand = case_brand(case)
    key = (brand,)
    if key not in cache:
        cache[key] = Detector((brand,) if brand else ())
    return cache[key]


def prediction_line(outcome: Outcome) -> dict:
    """One line of --out: id, label, score, brand, scam_numbers (as dialled), reasons."""
    verdict = outcome.verdict
    return {
        "id": outcome.case["id"], "label": str(verdict.label), "score": verdict.score, "brand": verdict.brand,
        "scam_numbers": list(outcome.predicted_numbers), "scam_numbers_e164": list(verdict.scam_numbers),
        "reasons": [{"code": r.code, "weight": r.weight, "detail": r.detail} for r in verdict.reasons],
    }
