"""A crawl paused with SIGINT and resumed from its JOBDIR fetches every page exactly once."""
from __future__ import annotations

import signal
import time
from collections import Counter

import pytest

from localweb import demo_settings
from tests.spiders.crawl import read_result, start_crawl

pytestmark = pytest.mark.slow
# Slow enough that the interrupt lands midway; the check is on counts, never on time.
PACED = {"CONCURRENT_REQUESTS": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 0.05, "DOWNLOAD_DELAY_JITTER": 0}


def wait_for_items(folder, count: int, process, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    items = folder / "items.jsonl"
    while time.monotonic() < deadline and process.poll() is None:
        if items.exists() and len(items.read_text("utf-8").splitlines()) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"the crawl ended or stalled before {count} items (exit {process.poll()})")


def hit_delta(before: dict[str, int], after: dict[str, int]) -> Counter:
    return Counter({key: count - before.get(key, 0) for key, count in after.items() if count != before.get(key, 0)})


def test_interrupted_forum_crawl_resumes_and_fetches_each_page_once(fixture_web, tmp_path):
    jobdir = tmp_path / "job"
    discuz_only = demo_settings(fixture_web)["SCAMSWEEP_FORUM_SEEDS"][:2]  # bbs.test and oldbbs.test
    settings = {**PACED, "JOBDIR": str(jobdir), "SCAMSWEEP_FORUM_SEEDS": discuz_only}
    before = fixture_web.hits()

    first = start_crawl(fixture_web, "forum", tmp_path / "first", settings=settings)
    wait_for_items(tmp_path / "first", 8, first)
    first.send_signal(signal.SIGINT)
    output, _ = first.communicate(timeout=120)
    paused = read_result(tmp_path / "first", first.returncode, output)
    assert paused.stats.get("finish_reason") == "shutdown", paused.log[-2000:]
    assert (jobdir / "requests.queue").is_dir()

    second = start_crawl(fixture_web, "forum", tmp_path / "second", settings=settings)
    output, _ = second.communicate(timeout=180)
    resumed = read_result(tmp_path / "second", second.returncode, output)
    assert resumed.stats.get("finish_reason") == "finished", resumed.log[-2000:]

    pages = [item["url"] for item in paused.items + resumed.items]
    threads = [url for url in pages if "search.php" not in url]  # bbs.test's searches yield their hits too
    assert len(pages) == len(set(pages)), "every thread and search page yielded exactly once"
    assert len(threads) == 27 + 1 + 3, "every thread page yielded"
    assert paused.items and resumed.items, "the interrupt did not land midway"
    fetched = hit_delta(before, fixture_web.hits())
    pages_fetched = {key: n for key, n in fetched.items() if not key.endswith("/robots.txt")}
    assert pages_fetched and set(pages_fetched.values()) == {1}, {k: n for k, n in pages_fetched.items() if n != 1}
    for run in (paused, resumed):
        assert "scheduler/unserializable" not in run.stats
