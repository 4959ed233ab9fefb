"""The end-to-end demo: start the bundled local web, crawl it, detect, store, and summarise."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crawler.config import load_brands
from crawler.errors import UserError
from crawler.run import CrawlProgress, project_settings, run_spiders
from crawler.summary import CrawlSummary, summarise
from takedown.errors import EvidenceError


@dataclass
class DemoResult:
    summary: CrawlSummary
    new_findings: int
    pages_crawled: int
    pages_unchanged: int
    db_display: str
    evidence_dir: Path
    spider_stats: dict


def ensure_writable_folder(folder: Path) -> None:
    """Fail before crawling, not after, when the evidence folder cannot take files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as exc:
        raise EvidenceError(f"evidence folder {folder} is not writable: {exc.strerror or exc}") from None


def stored_findings(db_url: str) -> list:
    """Every finding in the (upgraded) store at `db_url`."""
    from takedown.db import open_store
    from takedown.store import list_findings

    with open_store(db_url) as sessions, sessions() as session:
        return list_findings(session)


def run_demo(*, db_url: str, evidence_dir: Path, brand_book: Path, spiders: Sequence[str],
             verbose: bool = False, console=None) -> DemoResult:
    """Crawl the local web with `spiders` into `db_url`; the same call twice adds no duplicates."""
    from localweb import demo_settings
    from localweb.run import start_fixture_web
    from takedown.db import display_url, upgrade

    load_brands(brand_book)  # a bad brand book fails here, before anything starts
    ensure_writable_folder(evidence_dir)
    upgrade(db_url)  # creates or upgrades the store, and fails early if it is unreachable
    before = len(stored_findings(db_url))
    with start_fixture_web() as web:
        settings = project_settings({
            **demo_settings(web),
            "SCAMSWEEP_DB_URL": db_url,
            "SCAMSWEEP_EVIDENCE_DIR": str(evidence_dir),
            "SCAMSWEEP_CONFIG": str(brand_book),
            "LOG_LEVEL": "INFO" if verbose else "ERROR",
        })
        stats = _crawl_with_progress(spiders, settings, console)
    errors = sum(int(s.get("log_count/ERROR", 0)) for s in stats.values())
    if errors:
        raise UserError(f"the demo crawl logged {errors} errors; run `scamsweep demo --verbose` to see them")
    findings = stored_findings(db_url)
    return DemoResult(
        summary=summarise(findings),
        new_findings=len(findings) - before,
        pages_crawled=sum(int(s.get("item_scraped_count", 0)) for s in stats.values()),
        pages_unchanged=sum(int(s.get("scamsweep/unchanged/not_judged", 0)) for s in stats.values()),
        db_display=display_url(db_url),
        evidence_dir=Path(os.path.abspath(evidence_dir)),
        spider_stats=stats,
    )


def _crawl_with_progress(spiders: Sequence[str], settings, console) -> dict:
    if console is None:
        return run_spiders(spiders, settings)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("crawling the local web", total=None)

        def show(state: CrawlProgress) -> None:
            per_spider = ", ".join(f"{name} {count}" for name, count in sorted(state.per_spider.items()))
            progress.update(task, description=f"crawling: {state.responses} responses, {state.pages} pages judged ({per_spider})")

        stats = run_spiders(spiders, settings, on_progress=show)
        progress.update(task, description=f"crawled {len(spiders)} spiders", total=1, completed=1)
    return stats
