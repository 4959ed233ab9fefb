"""Tests of idempotent upserts and reads of pages and findings, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from detectors.types import Reason
from takedown.errors import NotFound
from takedown.models import CrawlRun, Finding, FindingKind, Page
from takedown.store import (
    SANITISED_FLAG, FindingRecord, PageRecord, clean_text, finish_run, get_finding, list_findings,
    start_run, upsert_finding, upsert_page,
)

from .conftest import T0
from .factories import finding, page


def store_once(sessions, page_record, finding_record):
    with sessions.begin() as session:
        page_id = upsert_page(session, page_record)
        return page_id, upsert_finding(session, page_id, finding_record)


def test_first_write_creates_page_and_finding(sessions):
    page_id, (finding_id, created) = store_once(sessions, page(), finding())
    assert created
    with sessions() as session:
        [view] = list_findings(session)
    assert (view.id, view.page_id, view.brand, view.number, view.seen_count, view.status) == (
        finding_id, page_id, "还呗", "+85261234567", 1, "new")
    assert view.reasons == [{"code": "phone.intl_prefix_00", "weight": 0.4, "span": [10, 25], "detail": "00 prefix"}]
    assert view.first_seen == view.last_seen == T0


def test_second_write_bumps_last_seen_and_seen_count_only(sessions):
    later = T0 + timedelta(days=1)
    first_page, (first_id, _) = store_once(sessions, page(), finding())
    second_page, (second_id, created) = store_once(
        sessions, page(at=later), finding(at=later, score=0.5, number_raw="other", segment="page"))
    assert (second_page, second_id, created) == (first_page, first_id, False)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 1
        assert session.scalar(select(func.count()).select_from(Page)) == 1
        view = get_finding(session, first_id)
    assert (view.first_seen, view.last_seen, view.seen_count) == (T0, later, 2)
    assert (view.score, view.number_raw, view.segment) == (0.92, "00852 6123 4567", "post:2")


def test_same_number_on_two_pages_is_two_findings(sessions):
    store_once(sessions, page(), finding())
    store_once(sessions, page(url="https://qa.example/q/9"), finding())
    with sessions() as session:
        assert len(list_findings(session, number="+85261234567")) == 2


def test_app_finding_has_an_empty_number_and_stays_unique(sessions):
    app = finding(number="", number_raw="还呗-官方", kind=FindingKind.IMPERSONATING_APP, segment="app")
    store_once(sessions, page(source_kind="app"), app)
    _, (_, created) = store_once(sessions, page(source_kind="app"), app)
    assert not created
    with sessions() as session:
        [view] = list_findings(session)
    assert (view.kind, view.number, view.seen_count) == ("impersonating_app", "", 2)


def test_refetch_without_findings_keeps_the_stored_body_path(sessions):
    with sessions.begin() as session:
        upsert_page(session, page(body_path="/evidence/bodies/ab/ab/x"))
        upsert_page(session, page(at=T0 + timedelta(hours=1), body_sha256="cd" * 32))
    with sessions() as session:
        stored = session.scalars(select(Page)).one()
    assert (stored.body_path, stored.body_sha256, stored.last_seen) == (
        "/evidence/bodies/ab/ab/x", "cd" * 32, T0 + timedelta(hours=1))


def test_filters_by_brand_and_status(sessions):
    store_once(sessions, page(), finding())
    store_once(sessions, page(url="https://x.example/"), finding(brand="Lumora Pay"))
    with sessions() as session:
        assert [v.brand for v in list_findings(session, brand="Lumora Pay")] == ["Lumora Pay"]
        assert len(list_findings(session, status="new")) == 2
        assert list_findings(session, status="confirmed") == []


def test_get_finding_of_unknown_id_is_not_found(sessions):
    with sessions() as session, pytest.raises(NotFound, match="finding 99 does not exist"):
        get_finding(session, 99)


def test_crawl_run_records_start_finish_and_stats(sessions):
    with sessions.begin() as session:
        run_id = start_run(session, "forum", T0)
        finish_run(session, run_id, T0 + timedelta(minutes=3), {"item_scraped_count": 7, "start_time": T0, "rate": float("nan")})
    with sessions() as session:
        run = session.get(CrawlRun, run_id)
    assert (run.spider, run.started_at, run.finished_at) == ("forum", T0, T0 + timedelta(minutes=3))
    assert run.stats == {"item_scraped_count": 7, "start_time": T0.isoformat(), "rate": "nan"}


# HOSTILE 50-53: the same stored result on both backends.
# NUL and lone surrogates cannot be stored by PostgreSQL (NUL) or encoded as UTF-8 (surrogates):
# they become U+FFFD and the row is flagged text_sanitised; SQL-looking text is stored verbatim.
@pytest.mark.parametrize(
    "title, stored, flagged",
    [
        ("还呗\x00客服", "还呗\ufffd客服", True),
        ("lone \ud800 surrogate", "lone \ufffd surrogate", True),
        ("'); DROP TABLE findings;--", "'); DROP TABLE findings;--", False),
        ("%s %(x)s {} {0} \\x00 ?", "%s %(x)s {} {0} \\x00 ?", False),
        ("😀 \U0010ffff \u2028", "😀 \U0010ffff \u2028", False),
    ],
)
def test_hostile_text_is_stored_the_same_on_every_backend(sessions, title, stored, flagged):
    record = finding(number_raw=title, reasons=(Reason("x.y", 1.0, None, title),))
    store_once(sessions, page(title=title, url=f"https://e.example/{title}"), record)
    with sessions() as session:
        [view] = list_findings(session)
    assert (view.title, view.number_raw, view.reasons[0]["detail"]) == (stored, stored, stored)
    assert view.url == f"https://e.example/{stored}"
    assert (SANITISED_FLAG in view.flags) is flagged


def test_very_long_free_text_is_kept_whole(sessions):
    title = "还呗" * 50_000
    store_once(sessions, page(title=title), finding(number_raw="0" * 5000))
    with sessions() as session:
        [view] = list_findings(session)
    assert (len(view.title), len(view.number_raw)) == (100_000, 5000)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: finding(number="+" + "1" * 40), "number is 41 characters"),
        (lambda: finding(number=""), "needs a number"),
        (lambda: finding(score=float("nan")), "not a finite number"),
        (lambda: page(body_sha256="nothex"), "64 lowercase hex"),
        (lambda: page(source_kind="s" * 17), "source_kind is 17 characters"),
    ],
)
def test_values_too_long_for_bounded_columns_fail_before_any_backend_sees_them(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_naive_timestamps_are_refused(sessions):
    with sessions.begin() as session, pytest.raises(Exception, match="naive datetime"):
        upsert_page(session, page(at=T0.replace(tzinfo=None)))


def test_clean_text_is_idempotent_and_reports_changes():
    assert clean_text("a\x00b") == ("a\ufffdb", True)
    assert clean_text("a\ufffdb") == ("a\ufffdb", False)


def test_list_findings_pages_through_results(sessions):
    for index in range(5):
        store_once(sessions, page(url=f"https://e.example/{index}"), finding())
    with sessions() as session:
        ids = [view.id for view in list_findings(session)]
        assert [view.id for view in list_findings(session, limit=2, offset=2)] == ids[2:4]


def test_non_finite_reason_weights_are_stored_by_name_on_every_backend(sessions):
    reasons = (Reason("a.b", float("nan")), Reason("c.d", float("inf")))
    store_once(sessions, page(), finding(reasons=reasons))
    with sessions() as session:
        [view] = list_findings(session)
    assert [r["weight"] for r in view.reasons] == ["nan", "inf"]
