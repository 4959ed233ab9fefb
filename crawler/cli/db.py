"""`scamsweep db upgrade`: bring the case store's schema to the newest revision."""
from __future__ import annotations

import click

from crawler.cli.options import db_option, db_url


@click.group("db")
def command() -> None:
    """Manage the case store's database."""


@command.command("upgrade")
@db_option
def upgrade_command(db: str | None) -> None:
    """Create or migrate the schema to the newest revision (safe to run again)."""
    from takedown.db import display_url, upgrade

    url = db_url(db)
    upgrade(url)
    click.echo(f"database {display_url(url)} is at the newest schema")
