"""HOSTILE 55: reviewers and a crawler writing one SQLite store at once never hit `database is locked`."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import func, select

from takedown.audit import history
from takedown.db import make_engine, session_factory, upgrade
from takedown.lifecycle import move
from takedown.models import AuditEntry, Finding, FindingStatus
from takedown.store import upsert_finding, upsert_page

from .conftest import T0
from .factories import add_finding, finding, page

REVIEWERS = 4
PER_REVIEWER = 5
CRAWLED_PAGES = 30


def crawl(url: str) -> None:
    engine = make_engine(url)  # its own engine and connections, as another process would have
    sessions = session_factory(engine)
    try:
        for index in range(CRAWLED_PAGES):
            with sessions.begin() as session:
                page_id = upsert_page(session, page(url=f"https://crawl.example/{index}", at=T0 + timedelta(seconds=index)))
                upsert_finding(session, page_id, finding())
    finally:
        engine.dispose()


def review(url: str, reviewer: int, finding_ids: list[int]) -> None:
    engine = make_engine(url)
    sessions = session_factory(engine)
    try:
        for finding_id in finding_ids:
            with sessions.begin() as session:
                move(session, finding_id, FindingStatus.CONFIRMED, actor=f"reviewer-{reviewer}", at=T0)
    finally:
        engine.dispose()


def test_reviewers_and_crawler_write_concurrently_without_lock_errors(tmp_path):
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = session_factory(engine)
    try:
        ids = [add_finding(sessions, url=f"https://seed.example/{n}") for n in range(REVIEWERS * PER_REVIEWER)]
        batches = [ids[n::REVIEWERS] for n in range(REVIEWERS)]
        with ThreadPoolExecutor(max_workers=REVIEWERS + 1) as pool:
            futures = [pool.submit(crawl, url)] + [pool.submit(review, url, n, b) for n, b in enumerate(batches)]
            for future in futures:
                future.result()  # re-raises any OperationalError from a worker
        with sessions() as session:
            confirmed = session.scalar(select(func.count()).where(Finding.status == FindingStatus.CONFIRMED))
            audits = session.scalar(select(func.count()).select_from(AuditEntry))
            crawled = session.scalar(select(func.count()).where(Finding.status == FindingStatus.NEW))
            assert len(history(session, ids[0])) == 1
        assert (confirmed, audits, crawled) == (len(ids), len(ids), CRAWLED_PAGES)
    finally:
        engine.dispose()


def test_same_finding_from_two_workers_at_once_is_one_row(store_url):
    """HOSTILE 56/66: two workers deliver the same page and finding concurrently."""
    deliveries = 15

    def deliver(worker: int) -> list[bool]:
        engine = make_engine(store_url)
        sessions = session_factory(engine)
        created = []
        try:
            for n in range(deliveries):
                at = T0 + timedelta(seconds=worker * deliveries + n)
                with sessions.begin() as session:
                    page_id = upsert_page(session, page(at=at))
                    created.append(upsert_finding(session, page_id, finding(at=at))[1])
        finally:
            engine.dispose()
        return created

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [future.result() for future in [pool.submit(deliver, w) for w in range(2)]]
    engine = make_engine(store_url)
    try:
        with session_factory(engine)() as session:
            [row] = session.scalars(select(Finding)).all()
    finally:
        engine.dispose()
    assert row.seen_count == 2 * deliveries
    assert sum(flag for worker in results for flag in worker) == 1  # exactly one delivery created it
