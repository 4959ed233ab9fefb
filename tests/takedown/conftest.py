"""Case-store fixtures: every store test runs on a SQLite file and on PostgreSQL (when CI gives one)."""
from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import make_url

from takedown.db import make_engine, session_factory, upgrade

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)


@contextmanager
def fresh_postgres_schema(base_url: str) -> Iterator[str]:
    """A URL whose connections live in a new, empty schema, dropped afterwards.

    Others use the same `test` database at the same time: our tables never meet theirs.
    """
    schema = f"scamsweep_t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_store_url(request, tmp_path) -> Iterator[str]:
    """The URL of an empty database (no tables) on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with fresh_postgres_schema(request.getfixturevalue("postgres_url")) as url:
        yield url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> Path:
    """One SQLite file upgraded to head; each test gets a copy (upgrading per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _postgres_session_url(postgres_url) -> Iterator[str]:
    """A schema of our own for this test session, upgraded to head once, dropped at the end."""
    with fresh_postgres_schema(postgres_url) as url:
        upgrade(url)
        yield url


def _empty_tables(url: str) -> None:
    from takedown.models import Base

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
            # the audit tables refuse TRUNCATE (revision 0005); replica mode skips triggers, this transaction only
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    """The URL of an empty database at the newest schema, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "store.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("_postgres_session_url")
    _empty_tables(url)
    return url


@pytest.fixture
def store_engine(store_url):
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(store_engine):
    """The sessionmaker over an up-to-date, empty store."""
    return session_factory(store_engine)


@pytest.fixture
def scamsweep(capsys, monkeypatch):
    """Run the `scamsweep` command in process: returns (exit status, stdout, stderr)."""
    from cli import main

    monkeypatch.delenv("SCAMSWEEP_DB_URL", raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run
