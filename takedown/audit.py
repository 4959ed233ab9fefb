"""The append-only audit log: every lifecycle move and reviewer note, never updated or deleted.

Rows are only ever inserted through `record`. The ORM refuses to flush a change or a deletion
of an AuditEntry, and refuses UPDATE/DELETE statements aimed at the table, so no code path
can rewrite history by accident; database triggers refuse it too (revisions 0002, 0005); each row
carries a hash chained to the row before it, so a change made behind all that shows
(`verify_chain`); and signed checkpoints of the chain's head (`takedown.auditseal`) show a
rewrite that was re-chained with this module's own digest.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Delete, Update, event, select, text
from sqlalchemy.orm import Session, UOWTransaction

from takedown.errors import TakedownError
from takedown.models import AuditCheckpoint, AuditEntry, FindingStatus
from takedown.store import clean_text


AUDIT_LOCK_KEY = 0x5CA5A0D1  # any constant; names the "append to the audit log" advisory lock
APPENDED = "scamsweep.audit_appended"  # session.info flag: this transaction appended audit rows


class AuditImmutable(TakedownError):
    """Something tried to change or delete an audit row."""


@dataclass(frozen=True, slots=True)
class AuditView:
    id: int
    finding_id: int
    actor: str
    at: datetime
    action: str
    from_status: str
    to_status: str
    note: str


def check_actor(actor: str) -> str:
    """A reviewer name fit for the log: stripped, non-empty, one line."""
    name = " ".join(clean_text(actor or "")[0].split())
    if not name:
        raise TakedownError("a reviewer name is required (--as NAME)")
    return name


def record(
    session: Session, *, finding_id: int, actor: str, at: datetime, action: str,
    from_status: FindingStatus, to_status: FindingStatus, note: str = "",
) -> AuditEntry:
    """Append one audit row in the caller's transaction, chained to the row before it."""
    entry = AuditEntry(
        finding_id=finding_id, actor=check_actor(actor), at=at, action=action,
        from_status=FindingStatus(from_status), to_status=FindingStatus(to_status), note=clean_text(note)[0],
    )
    entry.prev_hash = _last_hash(session)
    entry.entry_hash = entry_digest(entry)
    session.add(entry)
    session.info[APPENDED] = True  # takedown.auditseal signs the new head at commit
    return entry


def entry_digest(entry: AuditEntry) -> str:
    """SHA-256 over the previous row's hash and this row's content (id excluded: it is assigned later)."""
    content = [entry.prev_hash or "", entry.finding_id, entry.actor, entry.at.astimezone(timezone.utc).isoformat(),
               entry.action, FindingStatus(entry.from_status).value, FindingStatus(entry.to_status).value, entry.note]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def _last_hash(session: Session) -> str:
    """The newest row's hash. Appends take turns (PostgreSQL: an advisory lock held to commit;
    SQLite: BEGIN IMMEDIATE), so two reviewers never fork the chain."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    last = session.execute(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).scalar_one_or_none()
    return last or ""


def chain_break(entry: AuditEntry, previous: str) -> str | None:
    """Why `entry` does not follow a row whose hash is `previous`, or None when it does."""
    if entry.entry_hash is None or entry.prev_hash is None:
        return "has no hash (inserted behind the application's back)"
    if entry.prev_hash != previous:
        return "does not follow the row before it (a row was removed or inserted)"
    if entry_digest(entry) != entry.entry_hash:
        return "does not match its hash (changed after it was written)"
    return None


def verify_chain(session: Session) -> int | None:
    """The id of the first audit row whose chain is broken (changed, removed or inserted behind
    our back, or without a hash), or None when the whole chain checks out."""
    previous = ""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if chain_break(entry, previous):
            return entry.id
        previous = entry.entry_hash
    return None


def history(session: Session, finding_id: int) -> list[AuditView]:
    """The audit rows of one finding in the order they were appended (chain order: a row
    back-dated behind our back cannot move itself to the front)."""
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.finding_id == finding_id).order_by(AuditEntry.id)
    )
    return [
        AuditView(r.id, r.finding_id, r.actor, r.at, r.action, str(r.from_status), str(r.to_status), r.note)
        for r in rows
    ]


@event.listens_for(Session, "before_flush")
def _refuse_rewrites(session: Session, _flush_context: UOWTransaction, _instances: object) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, (AuditEntry, AuditCheckpoint)) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditImmutable(f"audit {obj.__tablename__} row {obj.id} is append-only: "
                                 "it cannot be changed or deleted")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_rewrites(orm_execute_state) -> None:
    statement = orm_execute_state.statement
    audit_tables = (AuditEntry.__tablename__, AuditCheckpoint.__tablename__)
    if isinstance(statement, (Update, Delete)) and statement.table.name in audit_tables:
        raise AuditImmutable("audit entries are append-only: UPDATE and DELETE are refused")
