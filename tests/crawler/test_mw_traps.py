"""Trap guard: URL shapes (Heritrix-style) and the per-host page budget."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from crawler.middlewares.traps import TrapGuardMiddleware, repeats_segments, url_shape_refusal


@pytest.mark.parametrize(("path", "reason"), [
    ("/a/a/a/", "repeated_segments"), ("/x/y/x/y/x/y", "repeated_segments"), ("/p/a/b/c/a/b/c/a/b/c", "repeated_segments"),
    ("/" + "/".join(str(i) for i in range(21)), "too_many_segments"),
    ("/a/a/", None), ("/x/y/x/y", None), ("/2024/11/28/news", None), ("/" + "/".join(str(i) for i in range(20)), None),
    ("/", None),
])
def test_url_shapes(path, reason):
    assert url_shape_refusal(path, 20) == reason


def test_repeat_count_is_configurable():
    assert repeats_segments(["a", "a"], max_repeats=1)
    assert not repeats_segments(["a", "b"], max_repeats=1)


def middleware(budget: int = 3) -> TrapGuardMiddleware:
    stats = MemoryStatsCollector(SimpleNamespace(settings=Settings()))
    return TrapGuardMiddleware(page_budget=budget, max_segments=20, stats=stats)


def test_budget_is_per_host_and_counts_the_skips():
    guard = middleware(budget=3)
    for n in range(3):
        guard.process_request(Request(f"http://cal.test/cal?m={n}"))
        guard.process_request(Request(f"http://other.test/{n}"))
    with pytest.raises(IgnoreRequest, match="trap_budget_hit"):
        guard.process_request(Request("http://cal.test/cal?m=4"))
    guard.process_request(Request("http://cal.test/robots.txt"))
    assert guard.stats.get_value("scamsweep/traps/trap_budget_hit") == 1


def test_retries_do_not_spend_the_budget():
    guard = middleware(budget=1)
    guard.process_request(Request("http://a.test/1"))
    guard.process_request(Request("http://a.test/1", meta={"retry_times": 1}))
    with pytest.raises(IgnoreRequest):
        guard.process_request(Request("http://a.test/2"))


def test_trap_shape_is_refused_with_its_reason():
    guard = middleware()
    with pytest.raises(IgnoreRequest, match="repeated_segments"):
        guard.process_request(Request("http://a.test/a/a/a/a"))
    assert guard.stats.get_value("scamsweep/traps/repeated_segments") == 1


def test_switch_off_raises_not_configured():
    crawler = SimpleNamespace(settings=Settings({"SCAMSWEEP_TRAPS_ENABLED": False}), stats=None)
    with pytest.raises(NotConfigured):
        TrapGuardMiddleware.from_crawler(crawler)
