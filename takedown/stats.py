"""Case-store figures: findings per status, and time-to-takedown per platform (median, p90).

Time to takedown of one submission = the first recheck that found the content removed at or
after the submission, minus the submission time. Percentiles use the nearest-rank method
(p90 of 1..10 is 9), so every figure is a duration that really happened.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from takedown.models import Finding, FindingStatus, RecheckOutcome, RecheckResult, Submission


@dataclass(frozen=True, slots=True)
class PlatformTakedown:
    platform: str
    submitted: int
    removed: int
    median_seconds: float | None
    p90_seconds: float | None


@dataclass(frozen=True, slots=True)
class StoreStats:
    statuses: dict[str, int]
    findings: int
    time_to_takedown: list[PlatformTakedown]


def nearest_rank(sorted_values: list[float], percent: float) -> float | None:
    """The nearest-rank percentile of already sorted values; None for no values."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(percent / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def status_counts(session: Session) -> dict[str, int]:
    """Findings per lifecycle status, every status listed (zero included)."""
    counted = dict(session.execute(select(Finding.status, func.count()).group_by(Finding.status)).all())
    return {status.value: counted.get(status, 0) for status in FindingStatus}


def takedown_durations(session: Session) -> dict[str, list[timedelta | None]]:
    """Per platform, one entry per submission: how long until removal, or None if not (yet) removed."""
    first_removal = (
        select(func.min(RecheckResult.checked_at))
        .where(RecheckResult.finding_id == Submission.finding_id,
               RecheckResult.outcome == RecheckOutcome.REMOVED,
               RecheckResult.checked_at >= Submission.submitted_at)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Submission.platform, Submission.submitted_at, first_removal).order_by(Submission.id)
    ).all()
    durations: dict[str, list[timedelta | None]] = {}
    for platform, submitted_at, removed_at in rows:
        durations.setdefault(platform, []).append(removed_at - submitted_at if removed_at else None)
    return durations


def compute(session: Session) -> StoreStats:
    """All figures of the store, as `scamsweep stats` shows them."""
    statuses = status_counts(session)
    platforms = []
    for platform, entries in sorted(takedown_durations(session).items()):
        done = sorted(d.total_seconds() for d in entries if d is not None)
        platforms.append(PlatformTakedown(
            platform=platform, submitted=len(entries), removed=len(done),
            median_seconds=nearest_rank(done, 50), p90_seconds=nearest_rank(done, 90),
        ))
    return StoreStats(statuses=statuses, findings=sum(statuses.values()), time_to_takedown=platforms)
