"""Recheck against the fixture web: a page that disappears, one that loses its number, one that
stays, and one that comes back; then time-to-takedown in the stats."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from w3lib.url import canonicalize_url

from takedown.db import make_engine, session_factory, upgrade
from takedown.lifecycle import move, submit
from takedown.models import FindingStatus
from takedown.recheck import checks
from takedown.stats import compute
from takedown.store import FindingRecord, PageRecord, list_findings, upsert_finding, upsert_page
from tests.localweb.plugin import fixture_web  # noqa: F401 - the session's fixture web
from tests.spiders.crawl import run_crawl

pytestmark = pytest.mark.slow

# (host, target, fake number) from localweb/expected.json
GONE = ("huanbei-kefu.test", "/", "+61491570313")
NUMBER_REMOVED = ("lumora-help.test", "/refund.html", "+18885550173")
STAYS = ("ask.test", "/q/20417.html", "+61491571266")
SUBMITTED_AT = datetime.now(timezone.utc) - timedelta(hours=6)


def seed_submitted(sessions, web, pages) -> None:
    """Findings as an earlier crawl stored them, confirmed and submitted six hours ago."""
    with sessions.begin() as session:
        for host, target, number in pages:
            url = canonicalize_url(web.host_url(host, target))
            page_id = upsert_page(session, PageRecord(url=url, final_url=url, fetched_at=SUBMITTED_AT, http_status=200,
                                                      body_sha256="0" * 64, source_kind="seed"))
            finding_id, _ = upsert_finding(session, page_id, FindingRecord(
                brand="test", number=number, number_raw=number, score=0.9, label="scam", seen_at=SUBMITTED_AT))
            move(session, finding_id, FindingStatus.CONFIRMED, actor="alice", at=SUBMITTED_AT)
            submit(session, finding_id, platform=host, reference="T-1", actor="alice", at=SUBMITTED_AT)


def recheck(web, tmp_path, db_url, run_no):
    result = run_crawl(web, "recheck", tmp_path / f"run{run_no}", settings={
        "ITEM_PIPELINES": {"crawler.pipelines.detect.DetectPipeline": 300, "crawler.pipelines.store.StorePipeline": 500},
        "SCAMSWEEP_DB_URL": db_url, "SCAMSWEEP_EVIDENCE_DIR": str(tmp_path / "evidence"),
        "SCAMSWEEP_CAPTURE_ENABLED": False,
    })
    assert result.returncode == 0, result.log[-3000:]
    return result


def statuses(sessions) -> dict[str, str]:
    with sessions() as session:
        return {f.number: f.status for f in list_findings(session)}


def test_recheck_decides_removed_still_live_and_reappeared(fixture_web, tmp_path):  # noqa: F811
    db_url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(db_url)
    engine = make_engine(db_url)
    sessions = session_factory(engine)
    try:
        seed_submitted(sessions, fixture_web, [GONE, NUMBER_REMOVED, STAYS])
        fixture_web.reset()
        fixture_web.set_state(GONE[1], GONE[0], "gone")
        fixture_web.set_state(NUMBER_REMOVED[1], NUMBER_REMOVED[0], "number_removed")
        recheck(fixture_web, tmp_path, db_url, 1)
        assert statuses(sessions) == {GONE[2]: "removed", NUMBER_REMOVED[2]: "removed", STAYS[2]: "still_live"}
        with sessions() as session:
            reasons = {f.number: [c.reason for c in checks(session, f.id)] for f in list_findings(session)}
        assert reasons == {GONE[2]: ["http_410"], NUMBER_REMOVED[2]: ["number_absent"], STAYS[2]: ["number_present"]}

        fixture_web.set_state(GONE[1], GONE[0], "live")  # the scam page comes back
        recheck(fixture_web, tmp_path, db_url, 2)
        assert statuses(sessions)[GONE[2]] == "reappeared"
        assert statuses(sessions)[NUMBER_REMOVED[2]] == "removed"

        with sessions() as session:
            figures = {p.platform: p for p in compute(session).time_to_takedown}
        assert figures["lumora-help.test"].removed == 1 and figures["ask.test"].removed == 0
        assert 6 * 3600 <= figures["lumora-help.test"].median_seconds < 7 * 3600
    finally:
        engine.dispose()
        fixture_web.reset()
