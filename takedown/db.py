"""Connect to the case store: one engine per process, sessions, and schema upgrades.

Example::

    engine = make_engine("sqlite:///scamsweep.db")
    upgrade(engine)
    Session = session_factory(engine)
    with Session.begin() as session:
        ...
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

import takedown.audit  # noqa: F401 - every session refuses to rewrite the audit log
import takedown.auditseal  # noqa: F401 - and signs the audit head at each commit that appended to it
from takedown.errors import DatabaseUnavailable

MIGRATIONS = Path(__file__).with_name("migrations")
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
SQLITE_BUSY_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 10
UPGRADE_LOCK_KEY = 0x5CA55EE9  # any constant; names the "schema upgrade" advisory lock
_UPGRADE_TURN = threading.Lock()


def display_url(url: str | URL) -> str:
    """The URL as it may be shown to a user: the password is never printed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<not a database URL>"


def make_engine(url: str | URL) -> Engine:
    """An engine for `url`, checked by one connection; DatabaseUnavailable when it fails.

    SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE, so a console and a crawler can write
    at the same time without `database is locked`.
    """
    shown = display_url(url)
    try:
        parsed = make_url(url)
        _check_backend(parsed)
        engine = _create(parsed)
    except (ArgumentError, NoSuchModuleError, ValueError, ImportError) as exc:
        raise DatabaseUnavailable(f"cannot reach database {shown}: not a usable database URL ({exc})") from exc
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        reason = " ".join(str(exc.orig).split()) or type(exc.orig).__name__
        raise DatabaseUnavailable(f"cannot reach database {shown}: {reason}") from exc
    return engine


def _check_backend(url: URL) -> None:
    if url.get_backend_name() not in SUPPORTED_BACKENDS:
        raise ValueError(f"{url.get_backend_name()} is not supported: scamsweep keeps its cases in SQLite "
                         "(sqlite:///FILE) or PostgreSQL (postgresql+psycopg://USER@HOST/DB)")


def refuse_missing_sqlite_file(url: str | URL) -> None:
    """DatabaseUnavailable when `url` names a SQLite file that does not exist: a command that only
    reads or changes stored cases must never create an empty database at a mistyped path."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return  # make_engine says what is wrong with it
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    if parsed.database.startswith("file:") or Path(parsed.database).exists():
        return
    raise DatabaseUnavailable(f"database {display_url(parsed)} does not exist (no file {parsed.database}); "
                              "check the path, or create it with `scamsweep db upgrade --db URL`")


def _create(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        _make_sqlite_concurrent(engine)
        return engine
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _make_sqlite_concurrent(engine: Engine) -> None:
    """WAL + busy_timeout on every connection, and BEGIN IMMEDIATE for every transaction."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own BEGIN handling is switched off so that ours (below) is the only one
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: no corruption, fsync at checkpoints
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """The sessionmaker of this process; use `with Session.begin() as session:` per unit of work."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(connection: Any | None = None) -> Config:
    """An Alembic configuration pointing at the migrations shipped inside this package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(url_or_engine: str | URL | Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (default: the newest); a no-op when it is already there.

    Several crawler machines may start at once: on PostgreSQL an advisory lock makes them
    upgrade one after the other (SQLite's BEGIN IMMEDIATE already does). Alembic keeps its
    migration context in module globals, so within a process upgrades take turns too.
    """
    engine = url_or_engine if isinstance(url_or_engine, Engine) else make_engine(url_or_engine)
    try:
        with _UPGRADE_TURN, engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
            command.upgrade(alembic_config(connection), revision)
    except DBAPIError as exc:
        reason = " ".join(str(exc.orig).split())
        raise DatabaseUnavailable(f"cannot upgrade database {display_url(engine.url)}: {reason}") from exc
    finally:
        if engine is not url_or_engine:
            engine.dispose()


def connect_store(url: str | URL) -> tuple[Engine, sessionmaker[Session]]:
    """The engine and sessionmaker of an up-to-date store at `url`; the caller disposes the engine."""
    engine = make_engine(url)
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine, session_factory(engine)


@contextmanager
def open_store(url: str | URL) -> Iterator[sessionmaker[Session]]:
    """The sessionmaker of an up-to-date store at `url`, disposed of on exit (for short commands
    that work on stored cases: a SQLite file that does not exist is refused, never created).

    >>> with open_store("sqlite:///scamsweep.db") as Session:   # doctest: +SKIP
    ...     with Session.begin() as session: ...
    """
    refuse_missing_sqlite_file(url)
    engine, sessions = connect_store(url)
    try:
        yield sessions
    finally:
        engine.dispose()
