"""Recheck: decide from a revisit whether a reported page is gone, and record every check.

`decide` is a pure function of what the revisit saw; `record_check` stores the result and
moves the finding (submitted/still_live/reappeared -> removed, submitted -> still_live,
removed -> reappeared) in the same transaction, audited as the actor ``recheck``.

Example::

    seen = Observation(http_status=200, numbers=frozenset({"+85261234567"}))
    decide("+85261234567", seen)          # Decision(outcome=still_live, reason="number_present")
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from takedown import lifecycle
from takedown.models import Finding, FindingStatus, Page, RecheckOutcome, RecheckResult

RECHECK_ACTOR = "recheck"
GONE_STATUSES = frozenset({404, 410, 451})
DUE_STATUSES = (FindingStatus.SUBMITTED, FindingStatus.STILL_LIVE, FindingStatus.REAPPEARED, FindingStatus.REMOVED)


@dataclass(frozen=True, slots=True)
class Observation:
    """What one revisit saw: the HTTP status (None when no response came), the numbers the
    detector found on the page, and a network error such as a host that no longer resolves."""

    http_status: int | None
    numbers: frozenset[str] = frozenset()
    host_gone: bool = False
    error: str = ""
    body_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: RecheckOutcome | None  # None: inconclusive (server error, timeout): recorded, no move
    reason: str


@dataclass(frozen=True, slots=True)
class RecheckTarget:
    """A finding to revisit: its page's URL (the page's key) and the number that must be gone."""

    finding_id: int
    page_url: str
    number: str
    status: str


def decide(number: str, seen: Observation) -> Decision:
    """removed (404/410/451, the host gone, or the number no longer on the page), still_live,
    or inconclusive (no answer we can trust: 5xx, 403, 429, timeouts)."""
    if seen.host_gone:
        return Decision(RecheckOutcome.REMOVED, "host_gone")
    if seen.http_status in GONE_STATUSES:
        return Decision(RecheckOutcome.REMOVED, f"http_{seen.http_status}")
    if seen.http_status is None or not 200 <= seen.http_status < 300:
        return Decision(None, f"http_{seen.http_status}" if seen.http_status else f"no_response: {seen.error}")
    if not number:  # an impersonating app: the listing answering at all means it is live
        return Decision(RecheckOutcome.STILL_LIVE, "page_present")
    if number in seen.numbers:
        return Decision(RecheckOutcome.STILL_LIVE, "number_present")
    return Decision(RecheckOutcome.REMOVED, "number_absent")


def _next_status(current: FindingStatus, outcome: RecheckOutcome) -> FindingStatus | None:
    if outcome is RecheckOutcome.REMOVED:
        return FindingStatus.REMOVED if lifecycle.can_move(current, FindingStatus.REMOVED) else None
    if current is FindingStatus.REMOVED:
        return FindingStatus.REAPPEARED
    if current is FindingStatus.SUBMITTED:
        return FindingStatus.STILL_LIVE
    return None


def record_check(session: Session, finding_id: int, seen: Observation, at: datetime) -> tuple[Decision, FindingStatus]:
    """Store the check, move the finding when the outcome says so; returns (decision, new status)."""
    finding = lifecycle.locked_finding(session, finding_id)
    decision = decide(finding.number, seen)
    stored_outcome = decision.outcome or RecheckOutcome.INCONCLUSIVE
    session.add(RecheckResult(finding_id=finding_id, checked_at=at, http_status=seen.http_status,
                              outcome=stored_outcome, reason=decision.reason, body_sha256=seen.body_sha256))
    current = FindingStatus(finding.status)
    target = _next_status(current, decision.outcome) if decision.outcome else None
    if target is None:
        return decision, current
    lifecycle.move(session, finding_id, target, actor=RECHECK_ACTOR, at=at, note=f"recheck: {decision.reason}")
    return decision, target


def due_for_recheck(session: Session, page_url: str | None = None) -> list[RecheckTarget]:
    """Findings whose page must be revisited (submitted, still live, reappeared, or removed, to
    notice a comeback), oldest first; only those on `page_url` when given."""
    query = (
        select(Finding.id, Page.url, Finding.number, Finding.status)
        .join(Page, Finding.page_id == Page.id)
        .where(Finding.status.in_(DUE_STATUSES))
        .order_by(Finding.id)
    )
    if page_url is not None:
        query = query.where(Page.url == page_url)
    return [RecheckTarget(fid, url, number, str(status)) for fid, url, number, status in session.execute(query)]


def checks(session: Session, finding_id: int) -> list[RecheckResult]:
    """Every recorded check of one finding, oldest first."""
    return list(session.scalars(
        select(RecheckResult).where(RecheckResult.finding_id == finding_id)
        .order_by(RecheckResult.checked_at, RecheckResult.id)
    ))
