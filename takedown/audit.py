"""The append-only audit log: every lifecycle move and reviewer note, never updated or deleted.

Rows are only ever inserted through `record`. The ORM refuses to flush a change or a deletion
of an AuditEntry, and refuses UPDATE/DELETE statements aimed at the table, so no code path
can rewrite history by accident.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Delete, Update, event, select
from sqlalchemy.orm import Session, UOWTransaction

from takedown.errors import TakedownError
from takedown.models import AuditEntry, FindingStatus
from takedown.store import clean_text


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
    """Append one audit row in the caller's transaction."""
    entry = AuditEntry(
        finding_id=finding_id, actor=check_actor(actor), at=at, action=action,
        from_status=from_status, to_status=to_status, note=clean_text(note)[0],
    )
    session.add(entry)
    return entry


def history(session: Session, finding_id: int) -> list[AuditView]:
    """The audit rows of one finding, oldest first."""
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.finding_id == finding_id).order_by(AuditEntry.at, AuditEntry.id)
    )
    return [
        AuditView(r.id, r.finding_id, r.actor, r.at, r.action, str(r.from_status), str(r.to_status), r.note)
        for r in rows
    ]


@event.listens_for(Session, "before_flush")
def _refuse_rewrites(session: Session, _flush_context: UOWTransaction, _instances: object) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditImmutable(f"audit entry {obj.id} is append-only: it cannot be changed or deleted")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_rewrites(orm_execute_state) -> None:
    statement = orm_execute_state.statement
    if isinstance(statement, (Update, Delete)) and statement.table.name == AuditEntry.__tablename__:
        raise AuditImmutable("audit entries are append-only: UPDATE and DELETE are refused")
