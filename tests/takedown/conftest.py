"""Case-store fixtures: every store test runs on a SQLite file and on PostgreSQL (when CI gives one)."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

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


@pytest.fixture
def store_url(empty_store_url) -> str:
    """The URL of a database upgraded to the newest schema."""
    upgrade(empty_store_url)
    return empty_store_url


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
    from crawler.cli import main

    monkeypatch.delenv("SCAMSWEEP_DB_URL", raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run
