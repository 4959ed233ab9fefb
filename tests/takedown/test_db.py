"""Tests of connecting, upgrading and the schema matching the models, on SQLite and PostgreSQL."""
from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from takedown.db import display_url, make_engine, upgrade
from takedown.errors import DatabaseUnavailable
from takedown.models import Base

TABLES = {"crawl_runs", "pages", "findings", "audit_entries", "submissions", "recheck_results"}


def test_upgrade_from_empty_creates_every_table(empty_store_url):
    upgrade(empty_store_url)
    engine = make_engine(empty_store_url)
    try:
        assert TABLES | {"alembic_version"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_twice_is_a_no_op(store_url):
    upgrade(store_url)


def test_autogenerate_finds_no_difference_between_models_and_migrations(store_engine):
    with store_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_uses_wal_and_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'wal.db'}")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        engine.dispose()


def test_sqlite_transactions_take_the_write_lock_at_begin(tmp_path):
    """BEGIN IMMEDIATE: a second writer waits at BEGIN, not at a later, surprising statement."""
    engine = make_engine(f"sqlite:///{tmp_path / 'lock.db'}")
    try:
        with engine.begin():
            other = engine.raw_connection()
            try:
                cursor = other.cursor()
                cursor.execute("PRAGMA busy_timeout = 0")
                with pytest.raises(Exception, match="locked"):
                    cursor.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "url, fragment",
    [
        ("postgresql+psycopg://nobody:secret@127.0.0.1:1/x", "127.0.0.1"),
        ("nonsense://somewhere", "not a usable database URL"),
        ("not a url at all", "not a usable database URL"),
        ("sqlite:////nonexistent-folder/for/sure/x.db", "unable to open"),
    ],
)
def test_unusable_database_url_is_a_clear_error_without_the_password(url, fragment):
    with pytest.raises(DatabaseUnavailable) as caught:
        make_engine(url)
    message = str(caught.value)
    assert message.startswith("cannot reach database")
    assert fragment in message
    assert "secret" not in message


def test_display_url_hides_the_password():
    assert display_url("postgresql+psycopg://u:hunter2@h/db") == "postgresql+psycopg://u:***@h/db"


def test_simultaneous_upgrades_from_empty_both_succeed(empty_store_url):
    """Two crawler machines (here: processes) starting at once on an empty database."""
    code = "import sys; from takedown.db import upgrade; upgrade(sys.argv[1])"
    workers = [subprocess.Popen([sys.executable, "-c", code, empty_store_url], stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    errors = [worker.communicate(timeout=120)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], errors
    engine = make_engine(empty_store_url)
    try:
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
