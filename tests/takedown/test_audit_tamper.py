"""Every tampering of issue 10 ("Why", audit log) on SQLite and PostgreSQL: `db verify-audit` names the first bad row.

Each test plays someone with raw database access: a back-dated row with no hash, triggers
dropped or disabled and a row rewritten then re-chained with the project's own digest,
TRUNCATE, and a finding's status changed with no audit row. Figures are printed for the
report (`-s`): tamperings tried / detected.
"""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from takedown.audit import entry_digest, history, verify_chain
from takedown.auditseal import head_from_json
from takedown.db import make_engine, session_factory, upgrade
from takedown.evidence.signing import fingerprint, load_signing_key
from takedown.lifecycle import add_note, move
from takedown.models import AuditEntry, FindingStatus

from .conftest import T0
from .factories import add_finding

S = FindingStatus
LATER = T0 + timedelta(hours=2)


@pytest.fixture
def signing_key(tmp_path, monkeypatch):
    """The pack signing key of this machine: present, so every audited commit signs the head."""
    path = tmp_path / "keys" / "signing_key.pem"
    monkeypatch.setenv("SCAMSWEEP_SIGNING_KEY", str(path))
    return load_signing_key()[0]


def reviewed(sessions) -> list[int]:
    """Three findings moved in three transactions, a note in a fourth: the audit ids in order."""
    ids = [add_finding(sessions, url=f"https://bbs.example/t/{n}") for n in range(3)]
    for n, finding_id in enumerate(ids):
        with sessions.begin() as session:
            move(session, finding_id, S.CONFIRMED if n != 1 else S.DISMISSED, actor="alice", at=LATER + timedelta(minutes=n))
    with sessions.begin() as session:
        add_note(session, ids[0], actor="bob", at=LATER + timedelta(hours=1), text="called the number")
    with sessions() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def without_triggers(session) -> None:
    """What raw access allows: SQLite's triggers dropped; PostgreSQL's off for this transaction."""
    if session.get_bind().dialect.name == "sqlite":
        for name in ("audit_entries_no_update", "audit_entries_no_delete"):
            session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    else:
        session.execute(text("SET LOCAL session_replication_role = replica"))


def rechain_from(session, first_id: int) -> None:
    """Recompute prev/entry hashes from `first_id` on with takedown.audit's own digest (no key needed)."""
    rows = session.execute(select(AuditEntry.__table__).order_by(AuditEntry.id)).all()
    previous = ""
    for row in rows:
        if row.id >= first_id:
            copy = AuditEntry(**{**row._mapping, "prev_hash": previous})
            session.execute(text("UPDATE audit_entries SET prev_hash = :p, entry_hash = :h WHERE id = :id"),
                            {"p": previous, "h": entry_digest(copy), "id": row.id})
            previous = entry_digest(copy)
        else:
            previous = row.entry_hash


def verify(scamsweep, store_url, *extra: str) -> tuple[int, str]:
    status, out, err = scamsweep("db", "verify-audit", "--db", store_url, *extra)
    return status, (err or out).strip()


def test_untampered_log_verifies_with_every_commit_signed(scamsweep, store_url, sessions, signing_key):
    ids = reviewed(sessions)
    status, out, _ = scamsweep("db", "verify-audit", "--db", store_url, "--json")
    report = json.loads(out)
    assert status == 0 and report["intact"] and report["entries"] == len(ids)
    assert report["signed_heads"] == 4 and report["unsigned_tail"] == 0
    assert fingerprint(signing_key.public_key()) in report["trust"]


def test_back_dated_row_without_a_hash_is_refused_by_the_schema(sessions, signing_key):
    finding_id = reviewed(sessions) and 1
    with pytest.raises(DBAPIError), sessions.begin() as session:
        session.execute(text(
            "INSERT INTO audit_entries (finding_id, actor, at, action, from_status, to_status, note) "
            "VALUES (:f, 'mallory', :at, 'transition', 'new', 'dismissed', '')"), {"f": finding_id, "at": T0})


def test_back_dated_row_appended_with_the_projects_digest_is_shown_last_and_unsigned(scamsweep, store_url, sessions,
                                                                                       signing_key):
    ids = reviewed(sessions)
    with sessions.begin() as session:
        [last] = session.execute(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).one()
        forged = AuditEntry(finding_id=1, actor="mallory", at=T0 - timedelta(days=30), action="note",
                            from_status=S.CONFIRMED, to_status=S.CONFIRMED, note="approved long ago", prev_hash=last)
        session.execute(text("INSERT INTO audit_entries (finding_id, actor, at, action, from_status, to_status, note,"
                             " prev_hash, entry_hash) VALUES (1, 'mallory', :at, 'note', 'confirmed', 'confirmed',"
                             " 'approved long ago', :p, :h)"),
                        {"at": forged.at.replace(tzinfo=None) if store_url.startswith("sqlite") else forged.at,
                         "p": last, "h": entry_digest(forged)})
    with sessions() as session:
        assert [e.actor for e in history(session, 1)][-1] == "mallory"  # chain order: it cannot jump to the front
    status, out, _ = scamsweep("db", "verify-audit", "--db", store_url, "--json")
    assert status == 0 and json.loads(out)["unsigned_tail"] == 1 and json.loads(out)["signed_up_to_entry"] == ids[-1]


@pytest.mark.parametrize("target", [0, 1, 3])
def test_row_rewritten_and_rechained_without_the_key_names_the_row(scamsweep, store_url, sessions, signing_key, target):
    ids = reviewed(sessions)
    with sessions.begin() as session:
        without_triggers(session)
        session.execute(text("UPDATE audit_entries SET actor = 'mallory' WHERE id = :id"), {"id": ids[target]})
        rechain_from(session, ids[target])
    with sessions() as session:
        assert verify_chain(session) is None  # the chain alone is fooled: that is the attack
    status, message = verify(scamsweep, store_url)
    assert status == 7 and message.startswith(f"error: audit log was rewritten at or after entry {ids[target]}: "
                                              f"signed checkpoint {target + 1} of entry {ids[target]} ")
    assert "no longer matches the row's hash (rewritten and re-chained without the signing key)" in message


def test_rechained_log_with_its_checkpoints_deleted_fails_against_a_pack_head(scamsweep, store_url, sessions,
                                                                             signing_key, tmp_path):
    ids = reviewed(sessions)
    head = tmp_path / "audit_head.json"
    assert scamsweep("db", "sign-audit", "--db", store_url, "-o", str(head))[0] == 0
    assert head_from_json(head.read_bytes(), "head").entry_id == ids[-1]
    with sessions.begin() as session:
        without_triggers(session)
        if session.get_bind().dialect.name == "sqlite":
            for name in ("audit_checkpoints_no_update", "audit_checkpoints_no_delete"):
                session.execute(text(f"DROP TRIGGER {name}"))
        session.execute(text("DELETE FROM audit_checkpoints"))
        session.execute(text("UPDATE audit_entries SET note = 'never called' WHERE id = :id"), {"id": ids[3]})
        rechain_from(session, ids[3])
    status, message = verify(scamsweep, store_url, "--head", str(head))
    assert status == 7 and message.startswith(f"error: audit log was rewritten at or after entry {ids[0]}: "
                                              f"exported head {head} of entry {ids[3]}")


def test_truncate_is_refused_on_postgresql_and_shows_when_forced(scamsweep, store_url, sessions, signing_key):
    ids = reviewed(sessions)
    if not store_url.startswith("postgresql"):
        pytest.skip("TRUNCATE is PostgreSQL's; SQLite has none (DELETE is refused by its triggers)")
    with pytest.raises(DBAPIError, match="append-only"), sessions.begin() as session:
        session.execute(text("TRUNCATE audit_entries"))
    with sessions.begin() as session:
        without_triggers(session)
        session.execute(text("TRUNCATE audit_entries"))
    status, message = verify(scamsweep, store_url)
    assert status == 7 and message.startswith(f"error: audit log was rewritten at or after entry {ids[0]}")
    status, out, _ = scamsweep("db", "verify-audit", "--db", store_url, "--json")
    problems = [p["message"] for p in json.loads(out)["problems"]]
    assert any("finding 1 is confirmed but it has no audit row" in p for p in problems)


def test_status_changed_without_an_audit_row_names_the_finding_and_its_last_row(scamsweep, store_url, sessions,
                                                                               signing_key):
    ids = reviewed(sessions)
    with sessions.begin() as session:
        session.execute(text("UPDATE findings SET status = 'dismissed' WHERE id = 3"))
    status, message = verify(scamsweep, store_url)
    assert (status, message) == (7, f"error: finding 3 is dismissed but its last audit row (entry {ids[2]}) left it "
                                    "confirmed: its status was changed without an audit row")


def test_head_signed_by_another_key_is_not_trusted(scamsweep, store_url, sessions, signing_key):
    reviewed(sessions)
    status, message = verify(scamsweep, store_url, "--fingerprint", "ab" * 32)
    assert status == 7 and "which is not trusted" in message


@pytest.fixture
def old_store_url(empty_store_url, monkeypatch, tmp_path):
    """A store at revision 0004 (hash columns still nullable), with no signing key on the machine."""
    monkeypatch.setenv("SCAMSWEEP_SIGNING_KEY", str(tmp_path / "absent" / "key.pem"))
    upgrade(empty_store_url, "0004")
    return empty_store_url


def test_upgrade_chains_legacy_rows_but_never_launders_a_back_dated_one(scamsweep, old_store_url, monkeypatch):
    engine = make_engine(old_store_url)
    sessions = session_factory(engine)
    try:
        ids = [add_finding(sessions, url=f"https://bbs.example/t/{n}") for n in range(2)]
        insert = ("INSERT INTO audit_entries (finding_id, actor, at, action, from_status, to_status, note) "
                  "VALUES (:f, :a, :at, 'note', 'new', 'new', '')")
        with sessions.begin() as session:  # rows from before revision 0003: no hash
            session.execute(text(insert), {"f": ids[0], "a": "legacy", "at": T0.replace(tzinfo=None)})
        with sessions.begin() as session:
            move(session, ids[0], S.CONFIRMED, actor="alice", at=LATER)
        with sessions.begin() as session:  # the attack: a plain INSERT, back-dated, no hash
            session.execute(text(insert), {"f": ids[1], "a": "mallory", "at": (T0 - timedelta(days=9)).replace(tzinfo=None)})
        with sessions() as session:
            forged = session.scalar(select(AuditEntry.id).where(AuditEntry.actor == "mallory"))
    finally:
        engine.dispose()
    upgrade(old_store_url)
    status, message = verify(scamsweep, old_store_url)
    assert (status, message.split(": it ")[0]) == (7, f"error: audit log chain is broken at entry {forged}")
