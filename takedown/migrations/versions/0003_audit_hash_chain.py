"""Chain the audit log: every row carries the hash of the row before it and its own.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN, not a batch copy: recreating the table on SQLite would drop the
    # append-only triggers of revision 0002
    op.add_column("audit_entries", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_entries", sa.Column("entry_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_entries", "entry_hash")
    op.drop_column("audit_entries", "prev_hash")
