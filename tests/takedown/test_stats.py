"""Store figures: counts per status and time-to-takedown per platform."""
from __future__ import annotations

from datetime import timedelta

import pytest

from takedown.lifecycle import move, submit
from takedown.models import FindingStatus
from takedown.recheck import Observation, record_check
from takedown.stats import compute, nearest_rank

from .conftest import T0
from .factories import add_finding


@pytest.mark.parametrize(
    "values, percent, expected",
    [([], 50, None), ([5.0], 90, 5.0), ([1.0, 2.0], 50, 1.0), ([float(v) for v in range(1, 11)], 90, 9.0),
     ([float(v) for v in range(1, 11)], 50, 5.0), ([1.0, 2.0, 3.0], 90, 3.0)],
)
def test_nearest_rank(values, percent, expected):
    assert nearest_rank(values, percent) == expected


def taken_down(sessions, url, platform, hours_to_removal):
    finding_id = add_finding(sessions, url=url)
    with sessions.begin() as session:
        move(session, finding_id, FindingStatus.CONFIRMED, actor="a", at=T0)
        submit(session, finding_id, platform=platform, reference="", actor="a", at=T0)
        record_check(session, finding_id, Observation(200, frozenset({"+85261234567"})), T0 + timedelta(hours=1))
        if hours_to_removal is not None:
            record_check(session, finding_id, Observation(404), T0 + timedelta(hours=hours_to_removal))
    return finding_id


def test_time_to_takedown_per_platform_and_counts_per_status(sessions):
    for index, hours in enumerate([2, 4, 10, None]):
        taken_down(sessions, f"https://bbs.example/t/{index}", "forum-host", hours)
    taken_down(sessions, "https://apps.example/x", "app-store", 48)
    add_finding(sessions, url="https://new.example/")
    with sessions() as session:
        figures = compute(session)
    assert figures.statuses == {"new": 1, "confirmed": 0, "dismissed": 0, "submitted": 0, "removed": 4,
                                "still_live": 1, "reappeared": 0}
    by_platform = {p.platform: p for p in figures.time_to_takedown}
    forum = by_platform["forum-host"]
    assert (forum.submitted, forum.removed, forum.median_seconds, forum.p90_seconds) == (4, 3, 4 * 3600, 10 * 3600)
    assert by_platform["app-store"].median_seconds == 48 * 3600


def test_removal_before_a_resubmission_does_not_count_for_it(sessions):
    finding_id = taken_down(sessions, "https://bbs.example/t/1", "forum-host", 3)
    with sessions.begin() as session:
        record_check(session, finding_id, Observation(200, frozenset({"+85261234567"})), T0 + timedelta(hours=5))
        submit(session, finding_id, platform="hosting", reference="", actor="a", at=T0 + timedelta(hours=6))
    with sessions() as session:
        hosting = {p.platform: p for p in compute(session).time_to_takedown}["hosting"]
    assert (hosting.submitted, hosting.removed, hosting.median_seconds) == (1, 0, None)


def test_empty_store_has_zero_counts_and_no_platforms(sessions):
    with sessions() as session:
        figures = compute(session)
    assert figures.findings == 0 and figures.time_to_takedown == []
