"""Store every judged page, and one finding per scam number or impersonating app, in the case store."""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from sqlalchemy.exc import DBAPIError, OperationalError
from w3lib.url import canonicalize_url

from crawler.items import PageItem
from detectors import DETECTOR_VERSION
from detectors.types import BrandHit, Label, Reason, Verdict
from takedown.errors import DatabaseUnavailable
from takedown.models import FindingKind
from takedown.recheck import Observation, due_for_recheck, record_check
from takedown.store import FindingRecord, PageRecord, finish_run, start_run, touch_page, upsert_finding, upsert_page

logger = logging.getLogger(__name__)

APP_REASON_CODE = "app.impersonation"
RECHECK_SOURCE_KIND = "recheck"  # items of the recheck spider: checks to record, not pages to store


def canonical_url(url: str) -> str:
    """The page's natural key: query arguments sorted, fragment dropped (w3lib's canonical form)."""
    return canonicalize_url(url)


def _scam_number_records(segment: str, verdict: Verdict, seen_at: datetime, sha: str) -> list[FindingRecord]:
    if verdict.label != Label.SCAM:
        return []
    raw_by_number: dict[str, str] = {}
    for hit in verdict.numbers:
        raw_by_number.setdefault(hit.number, hit.raw)
    return [
        FindingRecord(
            brand=verdict.brand_of(number) or "", number=number, number_raw=raw_by_number.get(number, number),
            score=verdict.score, label=str(verdict.label), seen_at=seen_at, reasons=verdict.reasons,
            detector_version=verdict.detector_version, segment=segment, body_sha256=sha,
        )
        for number in verdict.scam_numbers
    ]


def _app_record(hit: BrandHit, app_verdict: Verdict | None, seen_at: datetime, sha: str) -> FindingRecord:
    own = Reason(APP_REASON_CODE, hit.similarity, hit.span, f"{hit.kind} match of {hit.alias!r} in {hit.raw!r}")
    return FindingRecord(
        brand=hit.brand, number="", number_raw=hit.raw, kind=FindingKind.IMPERSONATING_APP,
        score=max(hit.similarity, app_verdict.score if app_verdict else 0.0), label=str(Label.SCAM),
        seen_at=seen_at, reasons=(own, *(app_verdict.reasons if app_verdict else ())),
        detector_version=app_verdict.detector_version if app_verdict else "", segment="app", body_sha256=sha,
    )


def finding_records(item: PageItem, body_sha256: str) -> list[FindingRecord]:
    """The findings a judged item yields: one per (brand, kind, number), the best-scored segment wins.

    A number judged a scam both on the whole page and in one post is one finding, not two, so
    a crawl sees each finding once and `seen_count` counts crawls.
    """
    best: dict[tuple[str, str, str], FindingRecord] = {}
    candidates = [
        record
        for segment, verdict in item.verdicts
        for record in _scam_number_records(segment, verdict, item.fetched_at, body_sha256)
    ]
    if isinstance(item.app_finding, BrandHit):
        app_verdict = next((verdict for segment, verdict in item.verdicts if segment == "app"), None)
        candidates.append(_app_record(item.app_finding, app_verdict, item.fetched_at, body_sha256))
    for record in candidates:
        key = (record.brand, str(record.kind), record.number)
        if key not in best or record.score > best[key].score:
            best[key] = record
    return list(best.values())


def observation_of(item: PageItem) -> Observation:
    """What a recheck visit saw: status, the numbers the detector found, or why nothing came back."""
    if item.status == 0:
        error = next((flag[len("error: "):] for flag in item.flags if flag.startswith("error: ")), "")
        return Observation(None, host_gone="host_gone" in item.flags, error=error)
    numbers = frozenset(hit.number for _, verdict in item.verdicts for hit in verdict.numbers)
    return Observation(item.status, numbers, body_sha256=hashlib.sha256(item.body).hexdigest())


def page_record(item: PageItem, body_sha256: str, body_path: str | None, run_id: int | None) -> PageRecord:
    """The page row of an item; the body path only when the body was kept as evidence."""
    return PageRecord(
        url=canonical_url(item.url), final_url=item.final_url or item.url, fetched_at=item.fetched_at,
        http_status=item.status, body_sha256=body_sha256, source_kind=item.source_kind,
        title=item.title, content_type=item.content_type, body_path=body_path, run_id=run_id,
        flags=tuple(item.flags), detector_version=DETECTOR_VERSION,
    )


class StorePipeline:
    """Writes pages and findings (idempotently) and the crawl run; keeps bodies of pages with findings."""

    def __init__(self, db_url: str, evidence_dir: str, stats=None, retry_times: int = 6, retry_delay: float = 0.5):
        self.db_url = db_url
        self.evidence_dir = Path(evidence_dir)
        self.stats = stats
        self.retry_times = retry_times
        self.retry_delay = retry_delay
        self.crawler = None
        self.engine = None
        self.sessions = None
        self.bodies = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("SCAMSWEEP_STORE_ENABLED", True):
            raise NotConfigured("SCAMSWEEP_STORE_ENABLED is off")
        pipeline = cls(
            settings.get("SCAMSWEEP_DB_URL"), settings.get("SCAMSWEEP_EVIDENCE_DIR"), crawler.stats,
            retry_times=settings.getint("SCAMSWEEP_STORE_RETRY_TIMES", 6),
            retry_delay=settings.getfloat("SCAMSWEEP_STORE_RETRY_DELAY", 0.5),
        )
        pipeline.crawler = crawler
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def open_spider(self) -> None:
        await asyncio.to_thread(self._open)

    def _open(self) -> None:
        from takedown.db import connect_store
        from takedown.evidence.bodies import BodyStore

        self.engine, self.sessions = connect_store(self.db_url)
        self.bodies = BodyStore(self.evidence_dir)
        spider = self.crawler.spider.name if self.crawler and self.crawler.spider else "unknown"
        with self.sessions.begin() as session:
            self.run_id = start_run(session, spider, datetime.now(timezone.utc))

    async def spider_closed(self) -> None:
        if self.sessions is None:
            return
        stats = self.stats.get_stats() if self.stats is not None else {}
        await asyncio.to_thread(self._close, stats)

    def _close(self, stats: dict) -> None:
        try:
            with self.sessions.begin() as session:
                finish_run(session, self.run_id, datetime.now(timezone.utc), stats)
        finally:
            self.engine.dispose()

    async def process_item(self, item):
        if not isinstance(item, PageItem):
            return item
        recheck = item.source_kind == RECHECK_SOURCE_KIND
        try:
            outcomes = await asyncio.to_thread(self._with_retry, self._recheck if recheck else self._store, item)
        except Exception:
            self._count("item_error")
            raise
        for outcome, count in outcomes.items():
            self._count(outcome, count)
        return item

    def _with_retry(self, work, item: PageItem) -> dict[str, int]:
        """Do the item's database work; a database that is briefly away (restart, lock) is waited for."""
        for attempt in range(self.retry_times + 1):
            try:
                return work(item)
            except DatabaseUnavailable:
                raise
            except Exception as exc:  # noqa: BLE001 - only connection-level errors are retried
                if attempt == self.retry_times or not _is_transient(exc):
                    raise
                self._count("retries")
                logger.warning("case store unavailable (%s); retry %d for %s", exc, attempt + 1, item.url)
                time.sleep(self.retry_delay * 2**attempt)
        raise AssertionError("unreachable")

    def _recheck(self, item: PageItem) -> dict[str, int]:
        """Record a revisit against every finding due on that page; counts per decision reason."""
        seen = observation_of(item)
        counts: dict[str, int] = {}
        with self.sessions.begin() as session:
            targets = due_for_recheck(session, page_url=canonical_url(item.url))
            for target in targets:
                decision, _ = record_check(session, target.finding_id, seen, item.fetched_at)
                key = f"recheck/{decision.outcome.value if decision.outcome else 'inconclusive'}"
                counts[key] = counts.get(key, 0) + 1
        return counts or {"recheck/unknown_page": 1}

    def _store(self, item: PageItem) -> dict[str, int]:
        if item.unchanged:
            with self.sessions.begin() as session:
                touched = touch_page(session, canonical_url(item.url), item.fetched_at, self.run_id)
            return {"pages_unchanged": 1, "findings_seen_again": touched}
        body_sha256 = hashlib.sha256(item.body).hexdigest()
        records = finding_records(item, body_sha256)
        body_path = None
        if records:  # the body goes to disk before any row points at it
            _, path = self.bodies.put(item.body)
            body_path = str(path)
        with self.sessions.begin() as session:
            page_id = upsert_page(session, page_record(item, body_sha256, body_path, self.run_id))
            created = sum(upsert_finding(session, page_id, record)[1] for record in records)
        return {"pages": 1, "findings_new": created, "findings_seen_again": len(records) - created}

    def _count(self, outcome: str, count: int = 1) -> None:
        if self.stats is not None and count:
            self.stats.inc_value(f"scamsweep/store/{outcome}", count)



def _is_transient(exc: Exception) -> bool:
    """Errors of a database that is away for a while (restart, lock), not of the data."""
    return isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)
