"""HOSTILE 14: many hosts that never answer must not starve a healthy host.

The bound is behavioural, not a speed target: beside 200 hosts that never answer (each holding a
connection until the 3 s timeout), the healthy host keeps at least SHARE of the page rate it has
alone, with SLACK_S for a shared machine. Before the global cap stopped binding (crawler/settings.py),
the healthy host waited for the slow ones' timeouts: 9.6 s against 0.5 s alone.
"""
from __future__ import annotations

import pytest

from crawler.run import project_settings
from tests.hostile.figures import FIGURES_KEY
from tests.hostile.harness import run_crawl
from tests.hostile.server import HostileServer

pytestmark = pytest.mark.slow

SLOW_HOSTS = 200
HEALTHY_PAGES = 20
SHARE = 0.25  # the healthy host's rate beside the slow hosts, as a share of its rate alone
SLACK_S = 1.0


def crawl(server: HostileServer, workdir, slow_hosts: int) -> list[dict]:
    slow = [f"slow{i}.test" for i in range(slow_hosts)]
    start = [{"url": server.url("/slow/never", host=h), "case": "slow", "download_timeout": 3} for h in slow]
    start.append({"url": server.url("/trap/cal?m=0", host="healthy.test"), "case": "healthy", "follow": True})
    ours = project_settings()
    settings = {"SCAMSWEEP_STATIC_HOSTS": {h: "127.0.0.1" for h in [*slow, "healthy.test"]},
                "SCAMSWEEP_SSRF_ALLOW_HOSTS": ["127.0.0.1"], "SCAMSWEEP_DOMAIN_PAGE_BUDGET": HEALTHY_PAGES,
                "DEPTH_LIMIT": 0, "RETRY_TIMES": 0,
                # our concurrency, not the harness's: that is what decides whether slow hosts starve others
                "CONCURRENT_REQUESTS": ours.getint("CONCURRENT_REQUESTS"),
                "CONCURRENT_REQUESTS_PER_DOMAIN": ours.getint("CONCURRENT_REQUESTS_PER_DOMAIN")}
    report = run_crawl(workdir, start, settings)
    return [o for o in report["outcomes"] if o["case"] == "healthy" and "status" in o]


def test_slow_hosts_hold_only_their_own_slots(tmp_path_factory, request):
    server = HostileServer().start()
    try:
        alone = crawl(server, tmp_path_factory.mktemp("alone"), 0)
        loaded = crawl(server, tmp_path_factory.mktemp("loaded"), SLOW_HOSTS)
    finally:
        server.stop()
    assert len(alone) == len(loaded) == HEALTHY_PAGES
    line = (f"  slow hosts: healthy host's {HEALTHY_PAGES} pages done at {max(o['at'] for o in loaded):.1f} s "
            f"beside {SLOW_HOSTS} hosts that never answer, {max(o['at'] for o in alone):.1f} s alone "
            f"(bound: {SHARE:.0%} of the rate alone + {SLACK_S:.0f} s)")
    request.config.stash[FIGURES_KEY].append(line)
    print(line)
    done_alone, done_loaded = max(o["at"] for o in alone), max(o["at"] for o in loaded)
    assert done_loaded <= done_alone / SHARE + SLACK_S, line
