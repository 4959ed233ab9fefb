"""`scamsweep findings`: list the stored findings as a table, or as one JSON array with --json."""
from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import datetime
from enum import Enum
from typing import Any

import click

from cli.options import db_option, db_url, json_option
from takedown.models import FindingStatus

STATUS_CHOICE = click.Choice([status.value for status in FindingStatus])
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def json_ready(value: Any) -> Any:
    """Dataclasses, datetimes (ISO 8601, UTC) and enums as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_ready(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(key): json_ready(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_ready(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def printable(value: Any) -> str:
    """Captured text made safe for a terminal: control, format (bidi, zero-width) and line/paragraph
    separator characters are shown as escapes, so a scraped title cannot move the cursor,
    recolour the screen or reorder what the reviewer reads."""
    return "".join(
        ch if unicodedata.category(ch) not in _UNSAFE_CATEGORIES else ch.encode("unicode_escape").decode("ascii")
        for ch in str(value)
    )


def echo_json(value: Any) -> None:
    """Print one JSON document (UTF-8, not ASCII-escaped) on stdout."""
    click.echo(json.dumps(json_ready(value), ensure_ascii=False, indent=2))


def findings_table(findings: list, title: str):
    """A rich table of FindingViews, for people."""
    from rich.table import Table

    table = Table(title=title)
    for name in ("id", "status", "brand", "kind", "number", "as written", "source", "score", "seen", "url"):
        table.add_column(name, justify="right" if name in ("id", "score", "seen") else "left", overflow="fold")
    for f in findings:
        cells = (f.id, f.status, f.brand, f.kind, f.number, f.number_raw, f.source_kind,
                 f"{f.score:.2f}", f.seen_count, f.url)
        table.add_row(*(safe_cell(cell) for cell in cells))
    return table


def safe_cell(value: Any):
    """A table cell that shows captured text literally: no rich markup, no terminal controls."""
    from rich.text import Text

    return Text(printable(value))


def print_rich(renderable) -> None:
    """Render with rich into text, then print through click (so tests and pipes see it)."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, highlight=False, width=160, color_system=None).print(renderable)
    click.echo(buffer.getvalue(), nl=False)


@click.command("findings")
@json_option
@click.option("--brand", metavar="B", help="Only findings for this brand (its canonical name).")
@click.option("--status", type=STATUS_CHOICE, help="Only findings in this lifecycle status.")
@db_option
def command(as_json: bool, brand: str | None, status: str | None, db: str | None) -> None:
    """List stored findings, oldest first. --json prints one JSON array of finding objects."""
    from takedown.db import open_store
    from takedown.store import list_findings

    with open_store(db_url(db)) as sessions, sessions() as session:
        findings = list_findings(session, brand=brand, status=status)
    if as_json:
        echo_json(findings)
        return
    print_rich(findings_table(findings, f"{len(findings)} findings"))
