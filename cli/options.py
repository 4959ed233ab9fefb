"""Options shared by several commands, and how their defaults are resolved."""
from __future__ import annotations

import os

import click

DEFAULT_DB_URL = "sqlite:///scamsweep.db"
DEFAULT_EVIDENCE_DIR = "evidence"


def db_url(explicit: str | None) -> str:
    """--db, else $SCAMSWEEP_DB_URL, else a SQLite file in the working folder."""
    return explicit or os.environ.get("SCAMSWEEP_DB_URL") or DEFAULT_DB_URL


def evidence_dir(explicit: str | None) -> str:
    """--evidence, else $SCAMSWEEP_EVIDENCE_DIR, else ./evidence."""
    return explicit or os.environ.get("SCAMSWEEP_EVIDENCE_DIR") or DEFAULT_EVIDENCE_DIR


db_option = click.option("--db", "db", metavar="URL", help="Database URL (default: $SCAMSWEEP_DB_URL or sqlite:///scamsweep.db).")
evidence_option = click.option("--evidence", "evidence", metavar="DIR", help="Evidence folder (default: $SCAMSWEEP_EVIDENCE_DIR or ./evidence).")
config_option = click.option("--config", "config", metavar="FILE", help="Brand book (default: $SCAMSWEEP_CONFIG or ./brands.toml).")
json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
