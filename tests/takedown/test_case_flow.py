"""A case from crawl to takedown on the fixture web: the seeds spider finds the scam pages (real
detection), a reviewer confirms the 还呗 campaign's cluster and submits it, the forum host takes
one page down, the recheck spider notices, and the stats show the time to takedown."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from tests.localweb.plugin import fixture_web  # noqa: F401 - the session's fixture web
from tests.spiders.crawl import run_crawl

pytestmark = pytest.mark.slow

CAMPAIGN = "+61491570313"  # huanbei-kefu.test "/" and "/tuikuan.html" (localweb/expected.json)
PIPELINES = {"crawler.pipelines.detect.DetectPipeline": 300, "crawler.pipelines.store.StorePipeline": 500}


def crawl(web, spider, folder, db_url, evidence, **args):
    result = run_crawl(web, spider, folder, args=args or None, settings={
        "ITEM_PIPELINES": PIPELINES, "SCAMSWEEP_DB_URL": db_url, "SCAMSWEEP_EVIDENCE_DIR": str(evidence),
    })
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_crawl_review_submit_recheck_stats(fixture_web, tmp_path, scamsweep):  # noqa: F811
    db_url, evidence = f"sqlite:///{tmp_path / 'cases.db'}", tmp_path / "evidence"
    fixture_web.reset()
    sitemap = fixture_web.host_url("huanbei-kefu.test", "/sitemap.xml")
    crawl(fixture_web, "seeds", tmp_path / "crawl1", db_url, evidence, urls=sitemap)
    crawl(fixture_web, "seeds", tmp_path / "crawl2", db_url, evidence, urls=sitemap)  # same web again

    def cli(*args):
        status, out, err = scamsweep(*args, "--db", db_url)
        assert status == 0, err
        return json.loads(out) if "--json" in args else out

    findings = cli("findings", "--json")
    campaign = [f for f in findings if f["number"] == CAMPAIGN]
    assert len(campaign) >= 2 and {f["brand"] for f in campaign} == {"还呗"}
    assert all(f["seen_count"] == 2 for f in findings)  # the second crawl added no finding
    assert cli("db", "reconcile", "--evidence", str(evidence)).startswith(f"{len(findings)} bodies referenced")

    cli("review", "confirm", "--cluster", CAMPAIGN, "--as", "alice", "--json")
    cli("review", "submit", "--cluster", CAMPAIGN, "--platform", "hosting-provider", "--reference", "AB-1",
        "--as", "alice", "--json")
    gone_url = campaign[0]["url"]
    fixture_web.set_state(urlsplit(gone_url).path, urlsplit(gone_url).hostname, "gone")
    try:
        crawl(fixture_web, "recheck", tmp_path / "recheck", db_url, evidence)
    finally:
        fixture_web.reset()

    statuses = {f["url"]: f["status"] for f in cli("findings", "--json") if f["number"] == CAMPAIGN}
    assert statuses.pop(gone_url) == "removed"
    assert set(statuses.values()) == {"still_live"}
    shown = cli("review", "show", str(campaign[0]["id"]), "--json")
    assert [h["to_status"] for h in shown["history"]] == ["confirmed", "submitted", "removed"]
    assert shown["rechecks"][0]["reason"] == "http_410"
    [platform] = cli("stats", "--json")["time_to_takedown"]
    assert (platform["platform"], platform["submitted"], platform["removed"]) == (
        "hosting-provider", len(campaign), 1)
    assert platform["median_seconds"] >= 0
