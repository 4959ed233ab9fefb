"""Alembic migrations of the case store (run them with takedown.db.upgrade or `scamsweep db upgrade`)."""
