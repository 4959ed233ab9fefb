"""The hostile web for the suite: two servers and canaries on loopback, one crawl, and the figures block."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.hostile import payloads
from tests.hostile.cases import CATEGORY_HOSTS, PAGE_BUDGET, TRAP_HOSTS, Case, content_cases, network_cases
from tests.hostile.figures import FIGURES_KEY
from tests.hostile.harness import run_crawl
from tests.hostile.server import Canary, HostileServer
from tests.hostile.targets import SSRF_SETTINGS

MAXSIZE = 16 * 1024 * 1024


@dataclass
class HostileRun:
    server: HostileServer
    other: HostileServer
    canaries: list[Canary]
    cases: list[Case]
    report: dict

    def outcomes(self, name: str) -> list[dict]:
        return [o for o in self.report["outcomes"] if o["case"] == name]

    def seen_at(self, marker: str) -> list:
        return [s for s in self.server.seen + self.other.seen if marker in s.path]


def crawl_settings() -> dict:
    static = {**SSRF_SETTINGS["SCAMSWEEP_STATIC_HOSTS"], **{h: "127.0.0.1" for h in TRAP_HOSTS + CATEGORY_HOSTS}}
    return {**SSRF_SETTINGS, "SCAMSWEEP_STATIC_HOSTS": static, "SCAMSWEEP_DOMAIN_PAGE_BUDGET": PAGE_BUDGET,
            "DEPTH_LIMIT": 0,  # so the trap defences, not the depth limit, are what stop the traps
            "DOWNLOAD_MAXSIZE": MAXSIZE, "DOWNLOAD_TIMEOUT": 5}


@pytest.fixture(scope="session")
def hostile_run(tmp_path_factory) -> HostileRun:
    """Two real crawls: the wire cases, then the content cases (their parsing would stall the first)."""
    payloads.warm()
    server, other = HostileServer().start(), HostileServer().start()
    canaries = [Canary("127.0.0.2", server.port), Canary("::1", server.port)]
    server.canary_url = other.canary_url = f"http://127.0.0.2:{server.port}"
    wire, content = network_cases(server.port, other.port), content_cases(server.port)
    try:
        report = run_crawl(tmp_path_factory.mktemp("hostile"), [c.start() for c in wire], crawl_settings(), timeout=170)
        second = run_crawl(tmp_path_factory.mktemp("hostile"), [c.start() for c in content], crawl_settings(), timeout=170)
        report["outcomes"] += second["outcomes"]
        report["rss_peak_kb"] = max(report["rss_peak_kb"], second["rss_peak_kb"])
        report["content_stats"] = second["stats"]
        yield HostileRun(server, other, canaries, wire + content, report)
    finally:
        for thing in (server, other):
            thing.stop()
        for canary in canaries:
            canary.close()


def pytest_configure(config):
    config.stash[FIGURES_KEY] = []


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(FIGURES_KEY, [])
    if lines:
        terminalreporter.section("hostile-web figures")
        for line in lines:
            terminalreporter.write_line(line)
