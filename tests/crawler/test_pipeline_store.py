"""The store pipeline: judged items become pages, findings and crawl runs; bodies kept for findings."""
from __future__ import annotations

import asyncio
import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
from scrapy import Spider
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from crawler.items import PageItem
from crawler.pipelines.store import StorePipeline, canonical_url, finding_records
from detectors.types import BrandHit, Label, PhoneHit, Reason, Span, Verdict
from takedown.db import make_engine, session_factory
from takedown.errors import DatabaseUnavailable
from takedown.models import CrawlRun, Page
from takedown.store import list_findings

FETCHED = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
FAKE = PhoneHit("+85261234567", "00852 6123 4567", Span(40, 55), "intl_00")
FAKE_2 = PhoneHit("+12025550143", "+1 202 555 0143", Span(70, 85), "intl_plus")
OFFICIAL = PhoneHit("+864006816666", "400-681-6666", Span(5, 17), "service_400", official=True)


def scam(*hits: PhoneHit, score: float = 0.9, brand: str = "还呗") -> Verdict:
    return Verdict(
        label=Label.SCAM, score=score, brand=brand, numbers=(OFFICIAL, *hits),
        scam_numbers=tuple(hit.number for hit in hits),
        reasons=(Reason("phone.intl_prefix_00", 0.5, Span(40, 55), "00 prefix"),), detector_version="t1",
    )


BENIGN = Verdict(label=Label.BENIGN, score=0.1, brand="还呗", numbers=(OFFICIAL,), detector_version="t1")


def item(url="https://forum.example/thread-1?b=2&a=1#post3", verdicts=(), app_finding=None, body=b"<html>scam</html>"):
    page = PageItem(url=url, final_url=url, status=200, fetched_at=FETCHED, body=body, source_kind="forum",
                    spider="forum", text="...", title="还呗客服电话")
    page.verdicts = list(verdicts)
    page.app_finding = app_finding
    return page


@pytest.fixture
def crawler(tmp_path):
    crawler = get_crawler(Spider, {
        "SCAMSWEEP_DB_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "SCAMSWEEP_EVIDENCE_DIR": str(tmp_path / "evidence"),
        "SCAMSWEEP_STORE_RETRY_DELAY": 0.0,
    })
    crawler.spider = crawler._create_spider("forum")
    crawler.stats.open_spider()
    return crawler


@pytest.fixture
def pipeline(crawler):
    pipeline = StorePipeline.from_crawler(crawler)
    asyncio.run(pipeline.open_spider())
    yield pipeline
    if pipeline.engine is not None:
        pipeline.engine.dispose()


def stored(crawler):
    engine = make_engine(crawler.settings.get("SCAMSWEEP_DB_URL"))
    try:
        with session_factory(engine)() as session:
            return list_findings(session), session.scalars(select(Page)).all(), session.scalars(select(CrawlRun)).all()
    finally:
        engine.dispose()


def run(pipeline, *items):
    for each in items:
        asyncio.run(pipeline.process_item(each))


def test_scam_numbers_become_findings_and_the_body_is_kept(crawler, pipeline):
    run(pipeline, item(verdicts=[("page", scam(FAKE, FAKE_2)), ("post:3", scam(FAKE, score=0.95))]))
    findings, [page], _ = stored(crawler)
    assert sorted((f.number, f.number_raw, f.brand) for f in findings) == [
        ("+12025550143", "+1 202 555 0143", "还呗"), ("+85261234567", "00852 6123 4567", "还呗")]
    assert {f.number: f.segment for f in findings} == {"+85261234567": "post:3", "+12025550143": "page"}
    sha = hashlib.sha256(b"<html>scam</html>").hexdigest()
    assert page.body_sha256 == sha and Path(page.body_path).read_bytes() == b"<html>scam</html>"
    assert page.url == "https://forum.example/thread-1?a=1&b=2"
    assert crawler.stats.get_value("scamsweep/store/findings_new") == 2


def test_benign_page_is_stored_without_findings_or_body(crawler, pipeline, tmp_path):
    run(pipeline, item(verdicts=[("page", BENIGN)]))
    findings, [page], _ = stored(crawler)
    assert findings == [] and page.body_path is None
    assert not (tmp_path / "evidence" / "bodies").exists()
    assert crawler.stats.get_value("scamsweep/store/pages") == 1


def test_the_same_item_twice_adds_no_finding(crawler, pipeline):
    judged = [("page", scam(FAKE))]
    run(pipeline, item(verdicts=judged), item(verdicts=judged))
    [finding], _, _ = stored(crawler)
    assert finding.seen_count == 2
    assert crawler.stats.get_value("scamsweep/store/findings_seen_again") == 1


def test_impersonating_app_becomes_one_app_finding(crawler, pipeline):
    hit = BrandHit("还呗", "还呗", "还呗-极速版", Span(0, 6), "fuzzy", similarity=0.88)
    run(pipeline, item(url="https://apps.example/app/1", app_finding=hit, verdicts=[("app", BENIGN)]))
    [finding], _, _ = stored(crawler)
    assert (finding.kind, finding.number, finding.number_raw, finding.segment) == (
        "impersonating_app", "", "还呗-极速版", "app")
    assert finding.reasons[0]["code"] == "app.impersonation"


def test_crawl_run_is_started_and_finished_with_stats(crawler, pipeline):
    run(pipeline, item(verdicts=[("page", BENIGN)]))
    asyncio.run(pipeline.spider_closed())
    _, _, [crawl_run] = stored(crawler)
    assert crawl_run.spider == "forum" and crawl_run.finished_at >= crawl_run.started_at
    assert crawl_run.stats["scamsweep/store/pages"] == 1


def test_a_briefly_unavailable_database_is_retried(crawler, pipeline, monkeypatch):
    real_store, calls = pipeline._store, []

    def flaky(page):
        calls.append(page)
        if len(calls) == 1:
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return real_store(page)

    monkeypatch.setattr(pipeline, "_store", flaky)
    run(pipeline, item(verdicts=[("page", scam(FAKE))]))
    assert len(stored(crawler)[0]) == 1
    assert crawler.stats.get_value("scamsweep/store/retries") == 1


def test_unreachable_database_fails_at_open_with_a_clear_error(tmp_path):
    crawler = get_crawler(Spider, {"SCAMSWEEP_DB_URL": "postgresql+psycopg://nobody@127.0.0.1:1/x",
                                   "SCAMSWEEP_EVIDENCE_DIR": str(tmp_path)})
    pipeline = StorePipeline.from_crawler(crawler)
    with pytest.raises(DatabaseUnavailable, match="cannot reach database"):
        asyncio.run(pipeline.open_spider())


def test_switched_off_pipeline_is_not_configured():
    with pytest.raises(NotConfigured):
        StorePipeline.from_crawler(get_crawler(Spider, {"SCAMSWEEP_STORE_ENABLED": False}))


def test_suspicious_and_benign_verdicts_yield_no_findings():
    suspicious = Verdict(label=Label.SUSPICIOUS, score=0.5, brand="还呗", numbers=(FAKE,), scam_numbers=())
    assert finding_records(item(verdicts=[("page", suspicious), ("page", BENIGN)]), "0" * 64) == []


def test_canonical_url_sorts_the_query_and_drops_the_fragment():
    assert canonical_url("https://a.example/x?b=1&a=2#frag") == "https://a.example/x?a=2&b=1"


def recheck_item(url, status=200, numbers=(), flags=()):
    page = item(url=url)
    page.source_kind, page.status, page.flags = "recheck", status, list(flags)
    hits = tuple(PhoneHit(n, n, None, "intl_plus") for n in numbers)
    page.verdicts = [("page", Verdict(label=Label.BENIGN, score=0.0, brand=None, numbers=hits))]
    return page


def submitted_on(crawler, url):
    """Store a scam finding on `url` and take it through confirm and submit."""
    from takedown.lifecycle import move, submit
    from takedown.models import FindingStatus

    engine = make_engine(crawler.settings.get("SCAMSWEEP_DB_URL"))
    try:
        with session_factory(engine).begin() as session:
            [finding] = [f for f in list_findings(session) if f.url == canonical_url(url)]
            move(session, finding.id, FindingStatus.CONFIRMED, actor="a", at=FETCHED)
            submit(session, finding.id, platform="forum-host", reference="", actor="a", at=FETCHED)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "status, numbers, flags, expected",
    [
        (410, (), (), "removed"),
        (200, ("+864006816666",), (), "removed"),
        (200, (FAKE.number,), (), "still_live"),
        (0, (), ("host_gone", "error: DNS lookup failed"), "removed"),
        (503, (), (), "submitted"),
    ],
)
def test_recheck_items_record_checks_instead_of_pages(crawler, pipeline, status, numbers, flags, expected):
    url = "https://forum.example/thread-9"
    run(pipeline, item(url=url, verdicts=[("page", scam(FAKE))]))
    submitted_on(crawler, url)
    run(pipeline, recheck_item(url, status, numbers, flags))
    [finding], [page], _ = stored(crawler)
    assert finding.status == expected
    assert page.http_status == 200  # the captured page stays as it was captured


def test_recheck_of_a_page_with_nothing_due_is_counted(crawler, pipeline):
    run(pipeline, recheck_item("https://nowhere.example/"))
    assert crawler.stats.get_value("scamsweep/store/recheck/unknown_page") == 1
