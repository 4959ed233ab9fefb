"""The finding lifecycle: a table of allowed moves, each one written to the audit log.

    new -> confirmed | dismissed        confirmed -> submitted (platform, reference)
    submitted -> removed | still_live   removed -> reappeared
and, so a case can be followed to its end: still_live -> removed | submitted (resubmitted),
reappeared -> submitted | removed.

Example::

    with Session.begin() as session:
        move(session, 12, FindingStatus.CONFIRMED, actor="alice", at=now)
        submit(session, 12, platform="forum-host", reference="T-881", actor="alice", at=now)
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from takedown import audit
from takedown.errors import NotFound, TakedownError
from takedown.models import Finding, FindingStatus, Submission
from takedown.store import clean_text

S = FindingStatus
ALLOWED: dict[FindingStatus, frozenset[FindingStatus]] = {
    S.NEW: frozenset({S.CONFIRMED, S.DISMISSED}),
    S.CONFIRMED: frozenset({S.SUBMITTED}),
    S.DISMISSED: frozenset(),
    S.SUBMITTED: frozenset({S.REMOVED, S.STILL_LIVE}),
    S.STILL_LIVE: frozenset({S.REMOVED, S.SUBMITTED}),
    S.REMOVED: frozenset({S.REAPPEARED}),
    S.REAPPEARED: frozenset({S.SUBMITTED, S.REMOVED}),
}


class IllegalTransition(TakedownError):
    """A move the lifecycle table does not allow."""


def can_move(current: FindingStatus, target: FindingStatus) -> bool:
    """Whether the table allows `current -> target`."""
    return target in ALLOWED[current]


def check_move(finding_id: int, current: FindingStatus, target: FindingStatus) -> None:
    """Raise IllegalTransition, naming the finding and the allowed moves, unless the move is allowed."""
    if can_move(current, target):
        return
    allowed = ", ".join(sorted(ALLOWED[current])) or "none (final)"
    raise IllegalTransition(
        f"finding {finding_id} is {current.value}: it cannot become {target.value} (allowed: {allowed})"
    )


def locked_finding(session: Session, finding_id: int) -> Finding:
    """The finding, locked for the rest of the transaction (row lock on PostgreSQL; SQLite's
    BEGIN IMMEDIATE already serialises writers)."""
    finding = session.scalars(select(Finding).where(Finding.id == finding_id).with_for_update()).one_or_none()
    if finding is None:
        raise NotFound(f"finding {finding_id} does not exist")
    return finding


def move(
    session: Session, finding_id: int, target: FindingStatus, *, actor: str, at: datetime, note: str = "",
) -> FindingStatus:
    """Move the finding to `target` and audit it in the same transaction; returns the old status."""
    finding = locked_finding(session, finding_id)
    current = FindingStatus(finding.status)
    check_move(finding_id, current, FindingStatus(target))
    finding.status = FindingStatus(target)
    audit.record(session, finding_id=finding_id, actor=actor, at=at, action="transition",
                 from_status=current, to_status=FindingStatus(target), note=note)
    return current


def submit(
    session: Session, finding_id: int, *, platform: str, reference: str, actor: str, at: datetime, note: str = "",
) -> Submission:
    """Record a takedown request to `platform` and move the finding to submitted."""
    platform = " ".join(clean_text(platform or "")[0].split())
    if not platform:
        raise TakedownError("a platform is required to submit (--platform P)")
    reference = clean_text(reference or "")[0].strip()
    detail = f"platform={platform} reference={reference}" + (f"; {note}" if note else "")
    move(session, finding_id, FindingStatus.SUBMITTED, actor=actor, at=at, note=detail)
    submission = Submission(finding_id=finding_id, platform=platform, reference=reference,
                            actor=audit.check_actor(actor), submitted_at=at)
    session.add(submission)
    return submission


def add_note(session: Session, finding_id: int, *, actor: str, at: datetime, text: str) -> None:
    """A reviewer's note on the finding, in the audit log, without a status change."""
    if not clean_text(text or "")[0].strip():
        raise TakedownError("a note needs some text")
    finding = locked_finding(session, finding_id)
    status = FindingStatus(finding.status)
    audit.record(session, finding_id=finding_id, actor=actor, at=at, action="note",
                 from_status=status, to_status=status, note=text)


def submissions(session: Session, finding_id: int) -> list[Submission]:
    """The takedown requests sent for one finding, oldest first."""
    return list(session.scalars(
        select(Submission).where(Submission.finding_id == finding_id).order_by(Submission.submitted_at, Submission.id)
    ))
