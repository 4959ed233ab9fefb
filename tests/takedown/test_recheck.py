"""Recheck: the removed / still-live decision, and how each check moves a submitted finding."""
from __future__ import annotations

from datetime import timedelta

import pytest

from takedown.audit import history
from takedown.lifecycle import move, submit
from takedown.models import FindingKind, FindingStatus, RecheckOutcome
from takedown.recheck import Observation, checks, decide, due_for_recheck, record_check

from .conftest import T0
from .factories import add_finding

FAKE = "+85261234567"
ON_PAGE = Observation(200, frozenset({FAKE, "+864006816666"}))
REMOVED, LIVE = RecheckOutcome.REMOVED, RecheckOutcome.STILL_LIVE


@pytest.mark.parametrize(
    "number, seen, outcome, reason",
    [
        (FAKE, Observation(404), REMOVED, "http_404"),
        (FAKE, Observation(410), REMOVED, "http_410"),
        (FAKE, Observation(451), REMOVED, "http_451"),
        (FAKE, Observation(None, host_gone=True, error="DNS lookup failed"), REMOVED, "host_gone"),
        (FAKE, Observation(200, frozenset({"+864006816666"})), REMOVED, "number_absent"),
        (FAKE, ON_PAGE, LIVE, "number_present"),
        ("", Observation(200), LIVE, "page_present"),
        (FAKE, Observation(503), None, "http_503"),
        (FAKE, Observation(403), None, "http_403"),
        (FAKE, Observation(None, error="timeout"), None, "no_response: timeout"),
    ],
)
def test_decide(number, seen, outcome, reason):
    decision = decide(number, seen)
    assert (decision.outcome, decision.reason) == (outcome, reason)


@pytest.fixture
def submitted(sessions):
    finding_id = add_finding(sessions)
    with sessions.begin() as session:
        move(session, finding_id, FindingStatus.CONFIRMED, actor="alice", at=T0)
        submit(session, finding_id, platform="forum-host", reference="T-1", actor="alice", at=T0)
    return finding_id


def check(sessions, finding_id, seen, hours):
    with sessions.begin() as session:
        return record_check(session, finding_id, seen, T0 + timedelta(hours=hours))[1]


def test_page_that_disappears_is_removed(sessions, submitted):
    assert check(sessions, submitted, Observation(404), 5) is FindingStatus.REMOVED
    with sessions() as session:
        [result] = checks(session, submitted)
        last = history(session, submitted)[-1]
    assert (result.outcome, result.reason, result.http_status) == (REMOVED, "http_404", 404)
    assert (last.actor, last.from_status, last.to_status, last.note) == ("recheck", "submitted", "removed", "recheck: http_404")


def test_page_that_stays_is_still_live_and_every_check_is_kept(sessions, submitted):
    assert check(sessions, submitted, ON_PAGE, 1) is FindingStatus.STILL_LIVE
    assert check(sessions, submitted, ON_PAGE, 2) is FindingStatus.STILL_LIVE
    with sessions() as session:
        assert [c.outcome for c in checks(session, submitted)] == [LIVE, LIVE]
        assert [e.to_status for e in history(session, submitted)][-1] == "still_live"


def test_page_that_comes_back_is_reappeared_then_removed_again(sessions, submitted):
    assert check(sessions, submitted, Observation(410), 1) is FindingStatus.REMOVED
    assert check(sessions, submitted, ON_PAGE, 2) is FindingStatus.REAPPEARED
    assert check(sessions, submitted, Observation(200), 3) is FindingStatus.REMOVED


def test_inconclusive_check_is_recorded_without_a_move(sessions, submitted):
    assert check(sessions, submitted, Observation(503), 1) is FindingStatus.SUBMITTED
    with sessions() as session:
        assert [c.outcome for c in checks(session, submitted)] == [RecheckOutcome.INCONCLUSIVE]


def test_removed_stays_removed_while_gone(sessions, submitted):
    check(sessions, submitted, Observation(404), 1)
    assert check(sessions, submitted, Observation(404), 2) is FindingStatus.REMOVED


def test_due_for_recheck_lists_only_findings_out_in_the_world(sessions, submitted):
    add_finding(sessions, url="https://other.example/new-one")
    app_id = add_finding(sessions, url="https://apps.example/1", number="", kind=FindingKind.IMPERSONATING_APP)
    with sessions() as session:
        due = due_for_recheck(session)
    assert [(t.finding_id, t.page_url, t.number) for t in due] == [(submitted, "https://forum.example/thread-1", FAKE)]
    assert app_id not in [t.finding_id for t in due]
    with sessions() as session:
        assert due_for_recheck(session, page_url="https://other.example/new-one") == []
        assert len(due_for_recheck(session, page_url="https://forum.example/thread-1")) == 1
