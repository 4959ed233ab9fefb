"""Alembic environment: runs migrations on the connection `takedown.db.upgrade` hands over."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from takedown.models import Base

TARGET_METADATA = Base.metadata


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=TARGET_METADATA,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    # the `alembic` command line: sqlalchemy.url comes from the ini file or -x db=URL
    url = context.get_x_argument(as_dictionary=True).get("db") or context.config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as connection:
        _configure_and_run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("scamsweep migrations run online only: use `scamsweep db upgrade`")
run_migrations_online()
