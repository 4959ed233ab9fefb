"""The one table of weights and thresholds, and how signals add up to a verdict."""
from __future__ import annotations

from dataclasses import replace

from detectors.types import Label, Reason

# Every signal code and the weight it adds to a number's score (0..1 after clamping).
# docs/signals.md documents each code; tests/detectors/test_signals_doc.py keeps them in step.
WEIGHTS: dict[str, float] = {
    "brand.exact": 0.30,
    "brand.separated": 0.40,
    "brand.homoglyph": 0.40,
    "brand.digits": 0.40,
    "brand.traditional": 0.30,
    "brand.pinyin": 0.35,
    "brand.fuzzy": 0.30,
    "brand.url": 0.25,
    "brand.near_number": 0.10,
    "domain.official": -1.00,
    "domain.lookalike": 0.15,
    "context.service_claim": 0.30,
    "context.call_to_action": 0.10,
    "context.number_in_warning": -0.60,
    "context.disclaimer": -0.50,
    "context.other_business": -0.40,
    "context.warning_article": -0.25,
    "phone.official": -1.00,
    "phone.not_official": 0.05,
    "phone.intl_prefix_00": 0.10,
    "phone.foreign_to_brand": 0.10,
    "phone.same_area_as_official": -0.35,
    "phone.obfuscated": 0.10,
    "phone.vanity": 0.00,
    "phone.repeated": 0.15,
    "phone.tel_link_differs": 0.05,
    "input.truncated": 0.00,
    "number.identifier": 0.00,
}
SCAM_THRESHOLD = 0.60
SUSPICIOUS_THRESHOLD = 0.40
# A number is never a scam number without these facts, whatever else adds up.
REQUIRED_FOR_SCAM = ("context.service_claim", "context.call_to_action")  # one of them
BRAND_CODES = frozenset(code for code in WEIGHTS if code.startswith("brand.") and code != "brand.near_number") | {
    "domain.lookalike"
}


def weighted(reasons: list[Reason]) -> list[Reason]:
    """The reasons with their weights from the table (an unknown code is a programming error)."""
    return [replace(reason, weight=WEIGHTS[reason.code]) for reason in reasons]


def score(reasons: list[Reason]) -> float:
    return round(min(1.0, max(0.0, sum(reason.weight for reason in reasons))), 3)


def number_label(page_reasons: list[Reason], number_reasons: list[Reason]) -> tuple[Label, float]:
    """The label and score of one number, judged with the page's own signals."""
    codes = {reason.code for reason in page_reasons + number_reasons}
    value = score(page_reasons + number_reasons)
    has_brand = bool(codes & BRAND_CODES)
    if not has_brand or "phone.official" in codes:
        return Label.BENIGN, min(value, SUSPICIOUS_THRESHOLD - 0.01) if has_brand else min(value, 0.2)
    if value >= SCAM_THRESHOLD and any(code in codes for code in REQUIRED_FOR_SCAM):
        return Label.SCAM, value
    if value >= SUSPICIOUS_THRESHOLD:
        return Label.SUSPICIOUS, min(value, SCAM_THRESHOLD - 0.01)
    return Label.BENIGN, value
