"""Alembic revisions of the case store, oldest first."""
