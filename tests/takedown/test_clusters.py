"""Clusters: findings sharing a fake number are one campaign, reviewed as a unit."""
from __future__ import annotations

import pytest

from takedown.audit import history
from takedown.clusters import get_cluster, list_clusters, move_cluster, note_cluster
from takedown.errors import NotFound
from takedown.lifecycle import IllegalTransition, move, submissions
from takedown.models import FindingKind, FindingStatus

from .conftest import T0
from .factories import add_finding

RING = "+85261234567"


@pytest.fixture
def campaign(sessions):
    """One number on a forum, a Q&A site (two brands) and a blog; another number elsewhere."""
    ids = [
        add_finding(sessions, url="https://bbs.example/t/1", source_kind="forum"),
        add_finding(sessions, url="https://qa.example/q/7", source_kind="search", days=2),
        add_finding(sessions, url="https://blog.example/p", source_kind="seed", brand="Lumora Pay", days=5),
        add_finding(sessions, url="https://bbs.example/t/2", number="+12025550143", number_raw="+1 202 555 0143"),
        add_finding(sessions, url="https://apps.example/1", number="", kind=FindingKind.IMPERSONATING_APP),
    ]
    return ids


def test_cluster_counts_brands_hosts_and_dates(sessions, campaign):
    with sessions() as session:
        cluster = get_cluster(session, RING)
    assert (cluster.findings, cluster.pages, cluster.brands) == (3, 3, ("Lumora Pay", "还呗"))
    assert cluster.hosts == ("bbs.example", "blog.example", "qa.example")
    assert cluster.source_kinds == ("forum", "search", "seed")
    assert (cluster.first_seen, (cluster.last_seen - T0).days) == (T0, 5)
    assert cluster.statuses == {"new": 3} and cluster.finding_ids == tuple(campaign[:3])


def test_list_clusters_largest_first_and_never_app_findings(sessions, campaign):
    with sessions() as session:
        clusters = list_clusters(session)
        assert [c.number for c in list_clusters(session, brand="Lumora Pay")] == [RING]
        assert list_clusters(session, status="confirmed") == []
    assert [(c.number, c.findings) for c in clusters] == [(RING, 3), ("+12025550143", 1)]


def test_confirming_a_cluster_moves_every_finding_and_audits_each(sessions, campaign):
    with sessions.begin() as session:
        outcome = move_cluster(session, RING, FindingStatus.CONFIRMED, actor="alice", at=T0, note="one ring")
    assert outcome.moved == tuple(campaign[:3]) and outcome.skipped == ()
    with sessions() as session:
        assert get_cluster(session, RING).statuses == {"confirmed": 3}
        assert get_cluster(session, "+12025550143").statuses == {"new": 1}
        assert [e.note for e in history(session, campaign[1])] == [f"cluster {RING}; one ring"]


def test_cluster_move_skips_findings_that_cannot_move(sessions, campaign):
    with sessions.begin() as session:
        move(session, campaign[0], FindingStatus.DISMISSED, actor="bob", at=T0)
    with sessions.begin() as session:
        outcome = move_cluster(session, RING, FindingStatus.CONFIRMED, actor="alice", at=T0)
    assert outcome.moved == tuple(campaign[1:3]) and outcome.skipped == ((campaign[0], "is dismissed"),)


def test_cluster_submit_records_a_submission_per_finding(sessions, campaign):
    with sessions.begin() as session:
        move_cluster(session, RING, FindingStatus.CONFIRMED, actor="alice", at=T0)
        move_cluster(session, RING, FindingStatus.SUBMITTED, actor="alice", at=T0, platform="12321", reference="C-9")
    with sessions() as session:
        sent = [submissions(session, fid)[0] for fid in campaign[:3]]
    assert {(s.platform, s.reference) for s in sent} == {("12321", "C-9")}


def test_cluster_where_nothing_can_move_is_an_error_and_writes_nothing(sessions, campaign):
    with pytest.raises(IllegalTransition, match="no finding can become submitted"), sessions.begin() as session:
        move_cluster(session, RING, FindingStatus.SUBMITTED, actor="alice", at=T0, platform="x")
    with sessions() as session:
        assert get_cluster(session, RING).statuses == {"new": 3}


def test_unknown_cluster_is_not_found(sessions, campaign):
    with sessions() as session, pytest.raises(NotFound, match=r"cluster \+10000000000 does not exist"):
        get_cluster(session, "+10000000000")


def test_note_on_a_cluster_reaches_every_finding(sessions, campaign):
    with sessions.begin() as session:
        assert note_cluster(session, RING, actor="carol", at=T0, text="same voice") == tuple(campaign[:3])
    with sessions() as session:
        assert [e.note for e in history(session, campaign[2])] == [f"cluster {RING}: same voice"]
