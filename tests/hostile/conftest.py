"""The hostile web for the suite: two servers and canaries on loopback, one crawl, and the figures block."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.hostile import payloads
from tests.hostile.cases import (
    CATEGORY_HOSTS, COOKIE_HOSTS, PAGE_BUDGET, TRAP_HOSTS, Case, content_cases, cookie_cases, network_cases,
)
from tests.hostile.figures import FIGURES_KEY
from tests.hostile.harness import run_crawl
from tests.hostile.server import Canary, HostileServer
from tests.hostile.targets import SSRF_SETTINGS
from tests.hostile.tls import server_context

MAXSIZE = 16 * 1024 * 1024


@dataclass
class HostileRun:
    servers: list[HostileServer]
    canaries: list[Canary]
    cases: list[Case]
    report: dict

    def outcomes(self, name: str) -> list[dict]:
        return [o for o in self.report["outcomes"] if o["case"] == name]

    def seen_at(self, marker: str) -> list:
        return [s for server in self.servers for s in server.seen if marker in s.path]

    @property
    def server(self) -> HostileServer:
        return self.servers[0]


def crawl_settings() -> dict:
    hosts = TRAP_HOSTS + CATEGORY_HOSTS + COOKIE_HOSTS
    static = {**SSRF_SETTINGS["SCAMSWEEP_STATIC_HOSTS"], **{h: "127.0.0.1" for h in hosts}}
    return {**SSRF_SETTINGS, "SCAMSWEEP_STATIC_HOSTS": static, "SCAMSWEEP_DOMAIN_PAGE_BUDGET": PAGE_BUDGET,
            "DEPTH_LIMIT": 0,  # so the trap defences, not the depth limit, are what stop the traps
            "DOWNLOAD_MAXSIZE": MAXSIZE, "DOWNLOAD_TIMEOUT": 20}  # generous: two cores are shared


@pytest.fixture(scope="session")
def hostile_run(tmp_path_factory) -> HostileRun:
    """Three real crawls: the wire cases; the content cases (their parsing would stall the wire
    cases' timeouts); and the cookie cases with the cookie jar on, which our settings keep off."""
    payloads.warm()
    server, other, tls = HostileServer().start(), HostileServer().start(), HostileServer(tls=server_context()).start()
    canaries = [Canary("127.0.0.2", server.port), Canary("::1", server.port)]
    for each in (server, other, tls):
        each.canary_url = f"http://127.0.0.2:{server.port}"
    crawls = [(network_cases(server.port, other.port, tls.port), {}), (content_cases(server.port), {}),
              (cookie_cases(server.port, tls.port), {"COOKIES_ENABLED": True})]
    try:
        reports = [run_crawl(tmp_path_factory.mktemp("hostile"), [c.start() for c in cases],
                             {**crawl_settings(), **extra}, timeout=170) for cases, extra in crawls]
        report = reports[0]
        for later in reports[1:]:
            report["outcomes"] += later["outcomes"]
            report["rss_peak_kb"] = max(report["rss_peak_kb"], later["rss_peak_kb"])
        report["other_stats"] = [later["stats"] for later in reports[1:]]
        yield HostileRun([server, other, tls], canaries, [c for cases, _ in crawls for c in cases], report)
    finally:
        for each in (server, other, tls):
            each.stop()
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
