"""`scamsweep review` and `scamsweep stats` as a reviewer meets them."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from takedown.lifecycle import submissions
from takedown.recheck import Observation, record_check

from .factories import add_finding

RING = "+85261234567"


@pytest.fixture
def seeded(sessions):
    return [
        add_finding(sessions, url="https://bbs.example/t/1"),
        add_finding(sessions, url="https://qa.example/q/7", brand="Lumora Pay"),
        add_finding(sessions, url="https://bbs.example/t/2", number="+12025550143"),
    ]


@pytest.fixture
def review(scamsweep, store_url):
    def run(*args: str):
        return scamsweep("review", *args, "--db", store_url)
    return run


def as_json(result):
    status, out, err = result
    assert status == 0, err
    return json.loads(out)


def test_list_findings_and_clusters_as_json(review, seeded):
    assert [f["id"] for f in as_json(review("list", "--json"))] == seeded
    clusters = as_json(review("list", "--clusters", "--json"))
    assert [(c["number"], c["findings"], c["brands"]) for c in clusters] == [
        (RING, 2, ["Lumora Pay", "还呗"]), ("+12025550143", 1, ["还呗"])]


def test_confirm_a_cluster_then_submit_it_with_the_reviewer_in_the_audit(review, seeded):
    moved = as_json(review("confirm", "--cluster", RING, "--as", "alice", "--note", "one ring", "--json"))
    assert moved == {"status": "confirmed", "moved": seeded[:2], "skipped": []}
    as_json(review("submit", "--cluster", RING, "--platform", "forum-host", "--reference", "T-9", "--as", "bob", "--json"))
    shown = as_json(review("show", str(seeded[0]), "--json"))
    assert shown["finding"]["status"] == "submitted"
    assert [(h["actor"], h["to_status"]) for h in shown["history"]] == [("alice", "confirmed"), ("bob", "submitted")]
    assert shown["submissions"][0]["platform"] == "forum-host" and shown["submissions"][0]["reference"] == "T-9"
    assert as_json(review("list", "--status", "new", "--json"))[0]["id"] == seeded[2]


def test_show_a_cluster(review, seeded):
    shown = as_json(review("show", "--cluster", RING, "--json"))
    assert shown["cluster"]["hosts"] == ["bbs.example", "qa.example"]
    assert [f["id"] for f in shown["findings"]] == seeded[:2]


def test_dismiss_and_note_by_id_with_human_output(review, seeded):
    status, out, _ = review("dismiss", str(seeded[2]), "--as", "carol")
    assert status == 0 and out.strip() == f"finding {seeded[2]}: dismissed"
    status, out, _ = review("note", str(seeded[2]), "--text", "legit shop after all", "--as", "carol")
    assert status == 0
    status, out, _ = review("show", str(seeded[2]))
    assert "carol: new -> dismissed" in out and "legit shop after all" in out


def test_several_ids_move_together_or_not_at_all(review, seeded):
    review("confirm", str(seeded[0]), "--as", "a")
    status, _, err = review("confirm", str(seeded[1]), str(seeded[0]), "--as", "a")
    assert status == 1 and err.startswith(f"error: finding {seeded[0]} is confirmed: it cannot become confirmed")
    assert as_json(review("show", str(seeded[1]), "--json"))["finding"]["status"] == "new"


@pytest.mark.parametrize(
    "args, status, message",
    [
        (("confirm", "999", "--as", "a"), 6, "error: finding 999 does not exist"),
        (("confirm", "--as", "a"), 2, "error: name finding ids or one --cluster"),
        (("submit", "1", "--as", "a"), 2, "Missing option '--platform'"),
        (("show", "--cluster", "+19999999999"), 6, "error: cluster +19999999999 does not exist"),
        (("confirm", "1", "--as", " "), 1, "error: a reviewer name is required"),
    ],
)
def test_bad_review_input_is_one_clear_line(review, seeded, args, status, message):
    code, _, err = review(*args)
    assert code == status and message in err and "Traceback" not in err


def test_stats_json_after_a_takedown(scamsweep, review, seeded, sessions, store_url):
    review("confirm", str(seeded[0]), "--as", "a")
    review("submit", str(seeded[0]), "--platform", "forum-host", "--as", "a")
    with sessions.begin() as session:
        [sent] = submissions(session, seeded[0])
        record_check(session, seeded[0], Observation(404), sent.submitted_at + timedelta(hours=3))
    status, out, _ = scamsweep("stats", "--json", "--db", store_url)
    figures = json.loads(out)
    assert status == 0 and figures["statuses"]["removed"] == 1 and figures["statuses"]["new"] == 2
    assert figures["time_to_takedown"] == [
        {"platform": "forum-host", "submitted": 1, "removed": 1, "median_seconds": 10800.0, "p90_seconds": 10800.0}]
    status, out, _ = scamsweep("stats", "--db", store_url)
    assert status == 0 and "forum-host" in out and "3h 0m" in out

