"""`scamsweep demo` end to end: crawl the local web twice, then read back what was stored.

The ground truth is localweb/expected.json (which the detector never reads): every
scam page, snippet and impersonating app is found with its brand and numbers, nothing is
reported on the legitimate pages, and a second run adds no duplicate finding.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from localweb import EXPECTED_JSON
from tests.e2e.cli import run_cli

pytestmark = pytest.mark.slow


def location(url: str) -> tuple[str, str]:
    """(host, path?sorted-query): how a stored URL is compared with the ground truth."""
    parts = urlsplit(url)
    query = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.hostname or "", parts.path + (f"?{query}" if query else "")


def findings_json(db_url: str, cwd) -> list[dict]:
    result = run_cli("findings", "--json", "--db", db_url, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory):
    """Run the demo twice in a fresh folder; return both outputs and the findings after each."""
    folder = tmp_path_factory.mktemp("demo")
    db_url = f"sqlite:///{folder / 'scamsweep.db'}"
    first = run_cli("demo", "--db", db_url, cwd=folder)
    after_first = findings_json(db_url, folder)
    second = run_cli("demo", "--db", db_url, cwd=folder)
    after_second = findings_json(db_url, folder)
    return {"folder": folder, "first": first, "second": second,
            "after_first": after_first, "after_second": after_second}


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(EXPECTED_JSON.read_text(encoding="utf-8"))


def numbers_at(findings, host, target, brand) -> set[str]:
    wanted = location(f"http://{host}{target}")
    return {f["number"] for f in findings
            if location(f["url"]) == wanted and f["brand"] == brand and f["kind"] == "fake_number"}


def test_demo_exits_zero_and_prints_the_summary(demo_runs):
    first = demo_runs["first"]
    assert first.returncode == 0, first.stderr
    assert "Findings per brand and source kind" in first.stdout
    assert "Top fake numbers" in first.stdout
    assert "scamsweep.db" in first.stdout


def test_every_scam_page_is_found_with_its_brand_and_numbers(demo_runs, expected):
    findings = demo_runs["after_first"]
    for page in expected["scam_pages"]:
        found = numbers_at(findings, page["host"], page["target"], page["brand"])
        assert found == set(page["numbers"]), (page, found)


def test_impersonating_apps_are_findings_of_their_own_kind(demo_runs, expected):
    findings = demo_runs["after_first"]
    for app in expected["scam_apps"]:
        here = [f for f in findings if location(f["url"]) == location(f"http://{app['host']}{app['target']}")]
        assert any(f["kind"] == "impersonating_app" and f["brand"] == app["brand"] for f in here), app
        assert {f["number"] for f in here if f["kind"] == "fake_number"} == set(app["numbers"]), app


def test_search_snippets_are_judged_on_their_own(demo_runs, expected):
    snippet_pairs = {(f["brand"], f["number"]) for f in demo_runs["after_first"]
                     if f["source_kind"] == "search" and f.get("segment", "").split(":")[0] in {"snippet", "ad_snippet"}}
    for snippet in expected["scam_snippets"]:
        for number in snippet["numbers"]:
            assert (snippet["brand"], number) in snippet_pairs, snippet


def test_legitimate_pages_and_apps_are_not_reported(demo_runs, expected):
    reported = {location(f["url"]) for f in demo_runs["after_first"]}
    for page in expected["legitimate_pages"]:
        assert location(f"http://{page['host']}{page['target']}") not in reported, page
    for app in expected["legitimate_apps"]:
        assert location(f"http://{app['host']}{app['target']}") not in reported, app


def test_no_number_is_reported_that_the_ground_truth_does_not_name(demo_runs, expected):
    allowed = {(entry["brand"], number)
               for key in ("scam_pages", "scam_apps", "scam_snippets") for entry in expected[key]
               for number in entry["numbers"]}
    reported = {(f["brand"], f["number"]) for f in demo_runs["after_first"] if f["kind"] == "fake_number"}
    assert reported <= allowed, reported - allowed


def test_a_second_run_adds_no_duplicates_and_updates_last_seen(demo_runs):
    assert demo_runs["second"].returncode == 0, demo_runs["second"].stderr
    first = {f["id"]: f for f in demo_runs["after_first"]}
    second = {f["id"]: f for f in demo_runs["after_second"]}
    assert set(second) == set(first)
    second_words = " ".join(demo_runs["second"].stdout.split())
    assert "0 new this run" in second_words
    # the local web does not change between runs, so nothing is judged twice
    crawled, unchanged = re.search(r"from (\d+) pages crawled; (\d+) of them were already stored", second_words).groups()
    assert int(crawled) > 0 and unchanged == crawled
    for finding_id, finding in second.items():
        assert finding["last_seen"] > first[finding_id]["last_seen"]
        assert finding["first_seen"] == first[finding_id]["first_seen"]
