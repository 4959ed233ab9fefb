"""Idempotent writes and plain reads of crawl runs, pages and findings; callers own the transaction.

Writes are INSERT ... ON CONFLICT upserts on the natural keys (page URL; page + brand + kind +
number), so a page crawled twice updates `last_seen` and never duplicates a finding.

Text that no database can hold the same way everywhere (NUL characters, lone surrogates) is
replaced by U+FFFD and the row gets the flag ``text_sanitised``; free text is TEXT on every
backend, and a value too long for a bounded column raises ValueError before any SQL runs.

Example::

    with Session.begin() as session:
        page_id = upsert_page(session, PageRecord(url=..., ...))
        finding_id, created = upsert_finding(session, page_id, FindingRecord(brand=..., ...))
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from detectors.types import Reason
from takedown.errors import NotFound
from takedown.models import E164_MAX, CrawlRun, Finding, FindingKind, FindingStatus, Page

SANITISED_FLAG = "text_sanitised"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SHA256 = re.compile("[0-9a-f]{64}")


def clean_text(value: str) -> tuple[str, bool]:
    """`value` with NUL and lone surrogates replaced by U+FFFD, and whether anything changed."""
    cleaned = _UNSTORABLE.sub("\ufffd", value)
    return cleaned, cleaned != value


def clean_json(value: Any) -> tuple[Any, bool]:
    """clean_text applied to every string (keys too) inside a JSON-shaped value."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        pairs = [(clean_text(str(k)), clean_json(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in pairs}, any(kc or vc for (_, kc), (_, vc) in pairs)
    if isinstance(value, (list, tuple)):
        items = [clean_json(v) for v in value]
        return [v for v, _ in items], any(changed for _, changed in items)
    return value, False


def _check_length(name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ValueError(f"{name} is {len(value)} characters, longer than the {limit} the case store keeps")


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One fetched page as the store keeps it; `url` is the canonical URL (the natural key)."""

    url: str
    final_url: str
    fetched_at: datetime
    http_status: int
    body_sha256: str
    source_kind: str
    title: str = ""
    content_type: str = ""
    body_path: str | None = None
    run_id: int | None = None
    flags: tuple[str, ...] = ()
    detector_version: str = ""

    def __post_init__(self) -> None:
        _check_length("detector_version", self.detector_version, 32)
        if not _SHA256.fullmatch(self.body_sha256):
            raise ValueError(f"body_sha256 {self.body_sha256[:80]!r} is not 64 lowercase hex digits")
        _check_length("source_kind", self.source_kind, 16)


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """One finding as detected: brand, number (E.164 or short code; '' for apps) and why."""

    brand: str
    number: str
    number_raw: str
    score: float
    label: str
    seen_at: datetime
    kind: FindingKind = FindingKind.FAKE_NUMBER
    reasons: tuple[Reason, ...] = ()
    detector_version: str = ""
    segment: str = "page"
    body_sha256: str | None = None

    def __post_init__(self) -> None:
        _check_length("number", self.number, E164_MAX)
        _check_length("label", self.label, 16)
        if self.kind is FindingKind.FAKE_NUMBER and not self.number:
            raise ValueError("a fake_number finding needs a number")
        if not math.isfinite(self.score):
            raise ValueError(f"score {self.score!r} is not a finite number")


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding joined with its page, as reviewers, the CLI and the console read it."""

    id: int
    brand: str
    kind: str
    number: str
    number_raw: str
    url: str
    source_kind: str
    score: float
    label: str
    reasons: list[dict[str, Any]]
    status: str
    first_seen: datetime
    last_seen: datetime
    seen_count: int
    segment: str
    page_id: int = 0
    final_url: str = ""
    title: str = ""
    detector_version: str = ""
    body_sha256: str | None = None
    flags: list[str] = field(default_factory=list)


def reason_to_json(reason: Reason) -> dict[str, Any]:
    """The stored form of a Reason: {code, weight, span: [start, end] | null, detail}.

    A non-finite weight is kept as its name ("nan", "inf"): JSON has no such number, and
    PostgreSQL would refuse what SQLite stores.
    """
    span = [reason.span.start, reason.span.end] if reason.span is not None else None
    weight = reason.weight if math.isfinite(reason.weight) else str(reason.weight)
    return {"code": reason.code, "weight": weight, "span": span, "detail": reason.detail}


_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
_PAGE_REFRESHED = ("final_url", "fetched_at", "http_status", "body_sha256", "source_kind", "title",
                   "content_type", "flags", "last_seen", "last_run_id", "detector_version")


def _dialect(session: Session) -> str:
    """The session's dialect name; only those with INSERT ... ON CONFLICT are supported."""
    name = session.get_bind().dialect.name
    if name not in _INSERTS:
        raise ValueError(f"the case store supports SQLite and PostgreSQL, not {name}")
    return name


def start_run(session: Session, spider: str, started_at: datetime) -> int:
    """Record that a crawl started; returns the run id."""
    run = CrawlRun(spider=clean_text(spider)[0], started_at=started_at)
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, finished_at: datetime, stats: dict[str, Any]) -> None:
    """Record the end of a crawl and its stats (values that are not JSON become strings)."""
    run = session.get(CrawlRun, run_id)
    if run is None:
        raise NotFound(f"crawl run {run_id} does not exist")
    run.finished_at = finished_at
    run.stats = clean_json(_jsonable(stats))[0]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return value.isoformat() if isinstance(value, datetime) else str(value)


def upsert_page(session: Session, record: PageRecord) -> int:
    """Insert the page or refresh the stored one (same canonical URL); returns its id."""
    (url, final_url, title, content_type), sanitised = _clean_fields(
        record.url, record.final_url, record.title, record.content_type
    )
    flags = sorted(set(record.flags) | ({SANITISED_FLAG} if sanitised else set()))
    values = dict(
        url=url, final_url=final_url, fetched_at=record.fetched_at, http_status=record.http_status,
        body_sha256=record.body_sha256, body_path=record.body_path, source_kind=record.source_kind,
        title=title, content_type=content_type, flags=flags, first_seen=record.fetched_at,
        last_seen=record.fetched_at, last_run_id=record.run_id, detector_version=record.detector_version,
    )
    return session.execute(_page_upsert(_dialect(session)), values).scalar_one()


def judged_state(session: Session, url: str) -> tuple[str, str] | None:
    """(body SHA-256, detector version) of the stored page at this canonical URL, or None."""
    row = session.execute(select(Page.body_sha256, Page.detector_version).where(Page.url == url)).one_or_none()
    return None if row is None else (row[0], row[1])


def touch_page(session: Session, url: str, seen_at: datetime, run_id: int | None = None) -> int:
    """A page fetched again with the same body: bump its last_seen and that of its findings.

    Returns how many findings were touched. Nothing is judged or rewritten: the stored
    verdicts already describe this very body.
    """
    page_id = session.execute(
        update(Page).where(Page.url == url)
        .values(last_seen=seen_at, fetched_at=seen_at, last_run_id=run_id).returning(Page.id)
    ).scalar_one()
    touched = session.execute(
        update(Finding).where(Finding.page_id == page_id)
        .values(last_seen=seen_at, seen_count=Finding.seen_count + 1)
    )
    return touched.rowcount or 0


@lru_cache(maxsize=None)
def _page_upsert(dialect: str):
    """INSERT ... ON CONFLICT (url) DO UPDATE, built once per dialect (building it is the slow part)."""
    insert = _INSERTS[dialect](Page)
    refreshed = {key: insert.excluded[key] for key in _PAGE_REFRESHED}
    # a refetch without findings has no body on disk; keep the pointer to the one we have
    refreshed["body_path"] = func.coalesce(insert.excluded.body_path, Page.body_path)
    return insert.on_conflict_do_update(index_elements=[Page.url], set_=refreshed).returning(Page.id)


def _clean_fields(*values: str) -> tuple[list[str], bool]:
    cleaned = [clean_text(value) for value in values]
    return [text for text, _ in cleaned], any(changed for _, changed in cleaned)


def upsert_finding(session: Session, page_id: int, record: FindingRecord) -> tuple[int, bool]:
    """Insert the finding, or bump last_seen and seen_count of the same one; (id, created).

    Only `last_seen` and `seen_count` change on a repeat: the first detection stays the record.
    """
    (brand, number, number_raw, detector_version, segment), text_changed = _clean_fields(
        record.brand, record.number, record.number_raw, record.detector_version, record.segment
    )
    reasons, reasons_changed = clean_json([reason_to_json(reason) for reason in record.reasons])
    values = dict(
        page_id=page_id, brand=brand, kind=record.kind, number=number, number_raw=number_raw,
        score=record.score, label=record.label, reasons=reasons, detector_version=detector_version,
        segment=segment, body_sha256=record.body_sha256,
        flags=[SANITISED_FLAG] if text_changed or reasons_changed else [],
        first_seen=record.seen_at, last_seen=record.seen_at, seen_count=1, status=FindingStatus.NEW,
    )
    finding_id, seen_count = session.execute(_finding_upsert(_dialect(session)), values).one()
    return finding_id, seen_count == 1


@lru_cache(maxsize=None)
def _finding_upsert(dialect: str):
    """INSERT ... ON CONFLICT (natural key) DO UPDATE last_seen, seen_count; built once per dialect."""
    insert = _INSERTS[dialect](Finding)
    return insert.on_conflict_do_update(
        index_elements=[Finding.page_id, Finding.brand, Finding.kind, Finding.number],
        set_={"last_seen": insert.excluded.last_seen, "seen_count": Finding.seen_count + 1},
    ).returning(Finding.id, Finding.seen_count)


def _view_query() -> Select:
    return select(Finding, Page).join(Page, Finding.page_id == Page.id)


def _to_view(finding: Finding, page: Page) -> FindingView:
    return FindingView(
        id=finding.id, brand=finding.brand, kind=str(finding.kind), number=finding.number,
        number_raw=finding.number_raw, url=page.url, source_kind=page.source_kind, score=finding.score,
        label=finding.label, reasons=list(finding.reasons), status=str(finding.status),
        first_seen=finding.first_seen, last_seen=finding.last_seen, seen_count=finding.seen_count,
        segment=finding.segment, page_id=page.id, final_url=page.final_url, title=page.title,
        detector_version=finding.detector_version, body_sha256=finding.body_sha256 or page.body_sha256,
        flags=list(finding.flags),
    )


def list_findings(
    session: Session, brand: str | None = None, status: str | FindingStatus | None = None,
    number: str | None = None, limit: int | None = None, offset: int = 0,
) -> list[FindingView]:
    """Findings, oldest first, optionally only one brand, one status or one number; `limit` and
    `offset` page through them."""
    query = _view_query().order_by(Finding.id).offset(offset).limit(limit)
    if brand is not None:
        query = query.where(Finding.brand == brand)
    if status is not None:
        query = query.where(Finding.status == FindingStatus(status))
    if number is not None:
        query = query.where(Finding.number == number)
    return [_to_view(finding, page) for finding, page in session.execute(query)]


def get_finding(session: Session, finding_id: int) -> FindingView:
    """One finding by id; NotFound when there is none."""
    row = session.execute(_view_query().where(Finding.id == finding_id)).one_or_none()
    if row is None:
        raise NotFound(f"finding {finding_id} does not exist")
    return _to_view(*row)
