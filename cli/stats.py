"""`scamsweep stats`: findings per status and time-to-takedown per platform (median, p90)."""
from __future__ import annotations

import click

from cli.findings import echo_json, print_rich
from cli.options import db_option, db_url, json_option


def human_duration(seconds: float | None) -> str:
    """`3d 4h`, `5h 12m`, `40m`, `12s`; a dash when there is nothing to measure."""
    if seconds is None:
        return "-"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m" if minutes else f"{secs}s"


@click.command("stats")
@json_option
@db_option
def command(as_json: bool, db: str | None) -> None:
    """Counts per finding status, and time to takedown per platform (submission to first
    recheck that found the content removed; median and p90, nearest rank). --json: one object."""
    from rich.table import Table

    from takedown.db import open_store
    from takedown.stats import compute

    with open_store(db_url(db)) as sessions, sessions() as session:
        figures = compute(session)
    if as_json:
        echo_json(figures)
        return
    statuses = Table(title=f"{figures.findings} findings by status")
    statuses.add_column("status")
    statuses.add_column("findings", justify="right")
    for status, count in figures.statuses.items():
        statuses.add_row(status, str(count))
    takedown = Table(title="Time to takedown per platform")
    for name in ("platform", "submitted", "removed", "median", "p90"):
        takedown.add_column(name, justify="left" if name == "platform" else "right")
    for row in figures.time_to_takedown:
        takedown.add_row(row.platform, str(row.submitted), str(row.removed),
                         human_duration(row.median_seconds), human_duration(row.p90_seconds))
    print_rich(statuses)
    print_rich(takedown)
