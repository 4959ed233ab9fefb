"""Summarise stored findings for the end of a crawl: per brand and source kind, and top fake numbers."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NumberCount:
    number: str
    findings: int
    pages: int
    brands: tuple[str, ...]


@dataclass
class CrawlSummary:
    """What a crawl found, in the shape the demo's closing table shows."""

    findings: int = 0
    by_brand_and_kind: dict[tuple[str, str], int] = field(default_factory=dict)
    top_numbers: list[NumberCount] = field(default_factory=list)
    impersonating_apps: int = 0


def summarise(findings: Iterable, top: int = 10) -> CrawlSummary:
    """Aggregate finding views (anything with brand, kind, number, url, source_kind)."""
    summary = CrawlSummary()
    by_brand_and_kind: Counter[tuple[str, str]] = Counter()
    per_number: dict[str, list] = {}
    for finding in findings:
        summary.findings += 1
        by_brand_and_kind[(finding.brand, finding.source_kind)] += 1
        if finding.kind == "impersonating_app":
            summary.impersonating_apps += 1
        elif finding.number:
            per_number.setdefault(finding.number, []).append(finding)
    summary.by_brand_and_kind = dict(sorted(by_brand_and_kind.items()))
    ranked = sorted(per_number.items(), key=lambda pair: (-len({f.url for f in pair[1]}), -len(pair[1]), pair[0]))
    summary.top_numbers = [
        NumberCount(number, len(group), len({f.url for f in group}), tuple(sorted({f.brand for f in group})))
        for number, group in ranked[:top]
    ]
    return summary
