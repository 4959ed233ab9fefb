"""The lifecycle table, illegal moves, submissions, and the append-only audit log."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, select, text, update

from takedown.audit import AuditImmutable, history, verify_chain
from takedown.errors import NotFound, TakedownError
from takedown.lifecycle import ALLOWED, IllegalTransition, add_note, can_move, move, submissions, submit
from takedown.models import AuditEntry, Finding, FindingStatus

from .conftest import T0
from .factories import add_finding

S = FindingStatus
LATER = T0 + timedelta(hours=2)


@pytest.mark.parametrize(
    "current, target, allowed",
    [
        (S.NEW, S.CONFIRMED, True), (S.NEW, S.DISMISSED, True), (S.NEW, S.SUBMITTED, False),
        (S.CONFIRMED, S.SUBMITTED, True), (S.CONFIRMED, S.REMOVED, False), (S.DISMISSED, S.CONFIRMED, False),
        (S.SUBMITTED, S.REMOVED, True), (S.SUBMITTED, S.STILL_LIVE, True), (S.SUBMITTED, S.NEW, False),
        (S.STILL_LIVE, S.REMOVED, True), (S.REMOVED, S.REAPPEARED, True), (S.REMOVED, S.STILL_LIVE, False),
        (S.REAPPEARED, S.SUBMITTED, True), (S.DISMISSED, S.DISMISSED, False),
    ],
)
def test_transition_table(current, target, allowed):
    assert can_move(current, target) is allowed


def test_every_status_has_a_row_in_the_table():
    assert set(ALLOWED) == set(FindingStatus)


def test_move_changes_status_and_audits_in_the_same_transaction(sessions):
    finding_id = add_finding(sessions)
    with sessions.begin() as session:
        assert move(session, finding_id, S.CONFIRMED, actor="alice", at=LATER, note="real scam") is S.NEW
    with sessions() as session:
        assert session.get(Finding, finding_id).status is S.CONFIRMED
        [entry] = history(session, finding_id)
    assert (entry.actor, entry.at, entry.from_status, entry.to_status, entry.note, entry.action) == (
        "alice", LATER, "new", "confirmed", "real scam", "transition")


def test_illegal_move_is_a_clear_error_and_writes_nothing(sessions):
    finding_id = add_finding(sessions)
    with pytest.raises(IllegalTransition, match=f"finding {finding_id} is new: it cannot become submitted"):
        with sessions.begin() as session:
            move(session, finding_id, S.SUBMITTED, actor="alice", at=LATER)
    with sessions() as session:
        assert session.get(Finding, finding_id).status is S.NEW
        assert history(session, finding_id) == []


def test_failure_later_in_the_transaction_rolls_back_status_and_audit(sessions):
    finding_id = add_finding(sessions)
    with pytest.raises(RuntimeError), sessions.begin() as session:
        move(session, finding_id, S.CONFIRMED, actor="alice", at=LATER)
        raise RuntimeError("crash before commit")
    with sessions() as session:
        assert session.get(Finding, finding_id).status is S.NEW and history(session, finding_id) == []


def test_submit_records_platform_and_reference(sessions):
    finding_id = add_finding(sessions)
    with sessions.begin() as session:
        move(session, finding_id, S.CONFIRMED, actor="alice", at=LATER)
        submit(session, finding_id, platform="forum-host", reference="T-881", actor="bob", at=LATER)
    with sessions() as session:
        [sent] = submissions(session, finding_id)
        moves = [(e.from_status, e.to_status, e.actor) for e in history(session, finding_id)]
    assert (sent.platform, sent.reference, sent.actor, sent.submitted_at) == ("forum-host", "T-881", "bob", LATER)
    assert moves == [("new", "confirmed", "alice"), ("confirmed", "submitted", "bob")]


def test_note_is_audited_without_a_status_change(sessions):
    finding_id = add_finding(sessions)
    with sessions.begin() as session:
        add_note(session, finding_id, actor="carol", at=LATER, text="called it: voicemail")
    with sessions() as session:
        [entry] = history(session, finding_id)
    assert (entry.action, entry.from_status, entry.to_status, entry.note) == ("note", "new", "new", "called it: voicemail")


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda s, f: move(s, 9999, S.CONFIRMED, actor="a", at=LATER), NotFound),
        (lambda s, f: move(s, f, S.CONFIRMED, actor="  ", at=LATER), TakedownError),
        (lambda s, f: add_note(s, f, actor="a", at=LATER, text=" "), TakedownError),
    ],
)
def test_bad_input_is_refused(sessions, call, error):
    finding_id = add_finding(sessions)
    with pytest.raises(error), sessions.begin() as session:
        call(session, finding_id)


def test_submit_without_platform_is_refused(sessions):
    finding_id = add_finding(sessions)
    with sessions.begin() as session:
        move(session, finding_id, S.CONFIRMED, actor="a", at=LATER)
    with pytest.raises(TakedownError, match="platform"), sessions.begin() as session:
        submit(session, finding_id, platform=" ", reference="", actor="a", at=LATER)


def audited(sessions) -> int:
    finding_id = add_finding(sessions)
    with sessions.begin() as session:
        move(session, finding_id, S.CONFIRMED, actor="alice", at=LATER)
    return finding_id


def test_orm_refuses_to_change_or_delete_audit_rows(sessions):
    audited(sessions)
    with pytest.raises(AuditImmutable), sessions.begin() as session:
        session.scalars(select(AuditEntry)).one().note = "rewritten"
    with pytest.raises(AuditImmutable), sessions.begin() as session:
        session.delete(session.scalars(select(AuditEntry)).one())
    with pytest.raises(AuditImmutable), sessions.begin() as session:
        session.execute(update(AuditEntry).values(note="x"))
    with pytest.raises(AuditImmutable), sessions.begin() as session:
        session.execute(delete(AuditEntry))


@pytest.mark.parametrize("statement", ["UPDATE audit_entries SET note = 'x'", "DELETE FROM audit_entries"])
def test_database_refuses_raw_rewrites_of_audit_rows(sessions, statement):
    audited(sessions)
    with pytest.raises(Exception, match="append-only"), sessions.begin() as session:
        session.execute(text(statement))
    with sessions() as session:
        assert session.scalars(select(AuditEntry.note)).all() == [""]


def chained(sessions, moves=3) -> list[int]:
    ids = [add_finding(sessions, url=f"https://bbs.example/t/{n}") for n in range(moves)]
    with sessions.begin() as session:
        for finding_id in ids:
            move(session, finding_id, S.CONFIRMED, actor="alice", at=LATER)
    with sessions.begin() as session:
        add_note(session, ids[0], actor="bob", at=LATER, text="second transaction")
    with sessions() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def drop_append_only_triggers(session) -> None:
    """What someone with raw database access could do; the chain must still tell."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DROP TRIGGER audit_entries_no_update"))
        session.execute(text("DROP TRIGGER audit_entries_no_delete"))
    else:  # for this transaction only: the schema is shared by the session's tests
        session.execute(text("SET LOCAL session_replication_role = replica"))


def test_audit_chain_links_every_entry_across_transactions(sessions):
    entry_ids = chained(sessions)
    with sessions() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert verify_chain(session) is None
    assert [r.prev_hash for r in rows[1:]] == [r.entry_hash for r in rows[:-1]] and rows[0].prev_hash == ""
    assert len(entry_ids) == 4


@pytest.mark.parametrize("tamper", ["update", "delete"])
def test_audit_chain_names_the_first_row_changed_behind_the_triggers(sessions, tamper):
    entry_ids = chained(sessions)
    with sessions.begin() as session:
        drop_append_only_triggers(session)
        if tamper == "update":
            session.execute(text("UPDATE audit_entries SET actor = 'mallory' WHERE id = :id"), {"id": entry_ids[1]})
        else:
            session.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": entry_ids[1]})
    with sessions() as session:
        assert verify_chain(session) == (entry_ids[1] if tamper == "update" else entry_ids[2])


def test_verify_audit_command(scamsweep, store_url, sessions):
    entry_ids = chained(sessions)
    status, out, _ = scamsweep("db", "verify-audit", "--db", store_url)
    assert (status, out.startswith("audit log chain intact: 4 entries")) == (0, True)
    with sessions.begin() as session:
        drop_append_only_triggers(session)
        session.execute(text("UPDATE audit_entries SET note = 'x' WHERE id = :id"), {"id": entry_ids[0]})
    status, _, err = scamsweep("db", "verify-audit", "--db", store_url)
    assert status == 7 and err.startswith(f"error: audit log chain is broken at entry {entry_ids[0]}: ")
