"""SSRF on a machine whose own interface sits in a non-global range (issue 10 item 2), in a namespace of our own.

Canaries listen on those addresses inside a network namespace the test makes; nothing listens,
and nothing is sent, outside it. Every way to a canary (seed, redirect, link, DNS answer) must
be refused with an `ssrf_*` reason and the canaries must count 0 connections.
"""
from __future__ import annotations

import json

import pytest

from tests.hostile.figures import FIGURES_KEY
from tests.hostile.netns import netns_unavailable, run_in_netns
from tests.hostile.ssrf_netns import LIVE_ADDRESSES, MAPPED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def netns_crawl(tmp_path_factory) -> dict:
    reason = netns_unavailable()
    if reason:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("netns") / "out.json"
    proc = run_in_netns("tests.hostile.ssrf_netns", str(out))
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(out.read_text(encoding="utf-8"))


def test_no_canary_on_our_own_non_global_interface_is_connected(netns_crawl, request):
    connections = netns_crawl["connections"]
    tried = len(netns_crawl["outcomes"])
    line = (f"  ssrf (own interface in non-global ranges, private netns): {len(LIVE_ADDRESSES) + 1} addresses x "
            f"4 ways, {tried} outcomes; canary connections {sum(connections.values())}")
    request.config.stash[FIGURES_KEY].append(line)
    assert connections == {address: 0 for address in LIVE_ADDRESSES}


@pytest.mark.parametrize("address", [*LIVE_ADDRESSES, MAPPED])
@pytest.mark.parametrize("way", ["seed", "redirect", "link", "dns"])
def test_every_way_to_a_non_global_address_is_refused_with_a_reason(netns_crawl, way, address):
    outcomes = [o for o in netns_crawl["outcomes"] if o["case"] == f"{way} {address}"]
    refusals = [o for o in outcomes if str(o.get("reason", "")).startswith("ssrf_")]
    assert refusals, outcomes
    assert all(o.get("status") is None or o["url"].startswith("http://public.test") for o in outcomes), outcomes
