"""Seal the audit log: every row hashed (NOT NULL), signed checkpoints, TRUNCATE refused on PostgreSQL.

Rows written before revision 0003 carry no hash: they are chained here, in id order, and the
rows after them re-chained. A row that already failed the chain (a hashless row after chained
ones, which only an INSERT behind the application's back makes, or a row whose stored hash does
not match) is never laundered: it keeps the marker hash UNCHAINED, which never verifies, so
`db verify-audit` keeps naming it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from __future__ import annotations

import hashlib
import json
from datetime import timezone

import sqlalchemy as sa
from alembic import op

from takedown.models import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UNCHAINED = "0" * 64  # the hash of no content: marks a row that failed the chain before this revision
MESSAGE = "audit entries are append-only"
ENTRIES = sa.table(
    "audit_entries", sa.column("id", sa.Integer), sa.column("finding_id", sa.Integer), sa.column("actor", sa.Text),
    sa.column("at", UTCDateTime()), sa.column("action", sa.String), sa.column("from_status", sa.String),
    sa.column("to_status", sa.String), sa.column("note", sa.Text), sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)


def _digest(row, prev: str) -> str:
    """takedown.audit.entry_digest as of this revision (frozen here: a migration never changes meaning)."""
    content = [prev, row.finding_id, row.actor, row.at.astimezone(timezone.utc).isoformat(), row.action,
               row.from_status, row.to_status, row.note]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def _chain_every_row(bind) -> None:
    rows = bind.execute(sa.select(ENTRIES).order_by(ENTRIES.c.id)).all()
    previous_stored, chained_before, previous_new = "", False, ""
    for row in rows:
        if row.entry_hash is None:
            intact = not chained_before  # legacy rows come before the chain began, never after
        else:
            intact = (row.prev_hash or "") == previous_stored and _digest(row, row.prev_hash or "") == row.entry_hash
            previous_stored, chained_before = row.entry_hash, True
        new_hash = _digest(row, previous_new) if intact else UNCHAINED
        if (row.prev_hash, row.entry_hash) != (previous_new, new_hash):
            bind.execute(sa.update(ENTRIES).where(ENTRIES.c.id == row.id)
                         .values(prev_hash=previous_new, entry_hash=new_hash))
        previous_new = new_hash


def _sqlite_triggers(table: str, create: bool) -> None:
    for verb in ("UPDATE", "DELETE"):
        name = f"{table}_no_{verb.lower()}"
        op.execute(f"CREATE TRIGGER {name} BEFORE {verb} ON {table} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
                   if create else f"DROP TRIGGER IF EXISTS {name}")


def _create_checkpoints() -> None:
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=False),
        sa.Column("signer", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        _sqlite_triggers("audit_entries", create=False)
    else:
        op.execute("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_rewrite")
    _chain_every_row(bind)
    with op.batch_alter_table("audit_entries") as batch:  # SQLite: a table copy, which drops its triggers
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("entry_hash", existing_type=sa.String(length=64), nullable=False)
    _create_checkpoints()
    if sqlite:
        _sqlite_triggers("audit_entries", create=True)
        _sqlite_triggers("audit_checkpoints", create=True)
        return
    op.execute("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_rewrite")
    op.execute("CREATE TRIGGER audit_checkpoints_no_rewrite BEFORE UPDATE OR DELETE ON audit_checkpoints "
               "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()")
    for table in ("audit_entries", "audit_checkpoints"):  # TRUNCATE fires no row trigger: a statement one
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _sqlite_triggers("audit_checkpoints", create=False)
        _sqlite_triggers("audit_entries", create=False)
    else:
        for table in ("audit_entries", "audit_checkpoints"):
            op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
        op.execute("DROP TRIGGER audit_checkpoints_no_rewrite ON audit_checkpoints")
    op.drop_table("audit_checkpoints")
    with op.batch_alter_table("audit_entries") as batch:
        batch.alter_column("entry_hash", existing_type=sa.String(length=64), nullable=True)
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=True)
    if sqlite:
        _sqlite_triggers("audit_entries", create=True)
