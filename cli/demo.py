"""`scamsweep demo`: crawl the bundled local web end to end and show what was found."""
from __future__ import annotations

from pathlib import Path

import click

from cli.options import db_option, db_url, evidence_dir, evidence_option
from localweb.demo import DemoResult, run_demo

DEMO_SPIDERS = ("search", "forum", "apps")


@click.command("demo")
@db_option
@evidence_option
@click.option("--verbose", is_flag=True, help="Show Scrapy's log while crawling.")
def command(db: str | None, evidence: str | None, verbose: bool) -> None:
    """Start the bundled local web, crawl it with the search, forum and app spiders, detect, store, summarise."""
    from rich.console import Console

    from localweb import BRANDS_TOML

    console = Console(stderr=False, highlight=False)
    result = run_demo(
        db_url=db_url(db),
        evidence_dir=Path(evidence_dir(evidence)),
        brand_book=BRANDS_TOML,
        spiders=DEMO_SPIDERS,
        verbose=verbose,
        console=console,
    )
    render_result(console, result)


def render_result(console, result: DemoResult) -> None:
    from rich.table import Table

    summary = result.summary
    table = Table(title="Findings per brand and source kind")
    table.add_column("brand")
    table.add_column("source kind")
    table.add_column("findings", justify="right")
    for (brand, kind), count in summary.by_brand_and_kind.items():
        table.add_row(brand, kind, str(count))
    console.print(table)
    numbers = Table(title="Top fake numbers")
    for name in ("number", "pages", "findings", "brands"):
        numbers.add_column(name, justify="right" if name in ("pages", "findings") else "left")
    for row in summary.top_numbers:
        numbers.add_row(row.number, str(row.pages), str(row.findings), ", ".join(row.brands))
    console.print(numbers)
    console.print(
        f"{summary.findings} findings stored ({result.new_findings} new this run, "
        f"{summary.impersonating_apps} impersonating apps) from {result.pages_crawled} pages crawled; "
        f"{result.pages_unchanged} of them were already stored with the same body and not judged again."
    )
    console.print(f"Data: database {result.db_display}; page evidence in {result.evidence_dir}")
