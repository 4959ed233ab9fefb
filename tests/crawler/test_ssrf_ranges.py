"""SSRF by principle (issue 10 item 2): every non-global range, and every IPv4 hidden in IPv6, is refused.

Each range is tried at its first, a middle and its last address, twice: as the planted DNS
answer of a name (through GuardedResolver, which hands the connecting endpoint no address),
and as a literal seed (through the SSRF middleware, which raises before the downloader runs).
No test here opens a socket.
"""
from __future__ import annotations

import ipaddress
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy import Request
from scrapy.settings import Settings

from crawler.middlewares.ssrf import SsrfGuardMiddleware, SsrfRefused
from crawler.middlewares.ssrf_addresses import FORBIDDEN_NETWORKS, embedded_ipv4, forbidden_reason
from crawler.resolver import GuardedResolver, policy_from_settings
from tests.crawler.test_resolver import FakeReactor, ScriptedUpstream, resolve

# The ranges the issue found passing, with the reason now given.
# (An IPv6 sample that hides a forbidden IPv4 address is refused with that address's reason.)
ISSUE_RANGES = [
    ("192.0.2.0/24", "192.0.2.77", "documentation"), ("198.51.100.0/24", "198.51.100.7", "documentation"),
    ("203.0.113.0/24", "203.0.113.9", "documentation"), ("192.88.99.0/24", "192.88.99.1", "relay_anycast"),
    ("2001:db8::/32", "2001:db8::1", "documentation"), ("100::/64", "100::1", "discard"),
    ("64:ff9b:1::/48", "64:ff9b:1:5db8:d7:e00::", "nat64_local"), ("::ffff:0:0/96", "::ffff:93.184.215.14", "ipv4_mapped"),
    ("2001::/32", "2001:0:4136:e378:8000:63bf:a247:28f1", "teredo"),
]
# IANA special-purpose ranges that are not globally reachable, left to `is_global` (not in our list).
OTHER_SPECIAL = ["192.0.0.0/29", "192.0.0.170/31", "2001:2::/48", "2001:10::/28", "2001:20::/28"]


def samples(network: str) -> list[str]:
    net = ipaddress.ip_network(network)
    middle = net.network_address + net.num_addresses // 2
    return [str(a) for a in {net.network_address, middle, net.broadcast_address}]


ALL_RANGES = [str(net) for net, _ in FORBIDDEN_NETWORKS] + OTHER_SPECIAL
FORBIDDEN_SAMPLES = sorted({address for network in ALL_RANGES for address in samples(network)})
# IPv4 hidden in IPv6: mapped, compatible, SIIT, NAT64 (both prefixes), 6to4, Teredo (client obfuscated)
EMBEDDING = [
    ("::ffff:{}", lambda v4: v4), ("::{}", lambda v4: v4), ("::ffff:0:{}", lambda v4: v4),
    ("64:ff9b::{}", lambda v4: v4),
]


def hidden_forms(v4: str) -> list[str]:
    packed = ipaddress.IPv4Address(v4).packed
    sixtofour = ipaddress.IPv6Address(b"\x20\x02" + packed + bytes(10))
    nat64_local = ipaddress.IPv6Address(bytes.fromhex("0064ff9b0001") + packed[:2] + b"\x00" + packed[2:] + bytes(5))
    teredo = ipaddress.IPv6Address(bytes.fromhex("20010000") + bytes.fromhex("41 36 e3 78".replace(" ", ""))
                                   + bytes(4) + bytes(b ^ 0xFF for b in packed))
    return [form.format(v4) for form, _ in EMBEDDING] + [str(sixtofour), str(nat64_local), str(teredo)]


def guarded(*answers: list[str]) -> GuardedResolver:
    settings = Settings({"SCAMSWEEP_SSRF_ALLOW_PORTS": [80, 443]})
    return GuardedResolver(FakeReactor(ScriptedUpstream(*answers)), policy_from_settings(settings))


def literal_url(address: str) -> str:
    return f"http://[{address}]/" if ":" in address else f"http://{address}/"


class Stats:
    def __init__(self):
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


def middleware() -> SsrfGuardMiddleware:
    reactor = FakeReactor(ScriptedUpstream())
    policy = policy_from_settings(Settings({"SCAMSWEEP_SSRF_ALLOW_PORTS": [80, 443]}))
    return SsrfGuardMiddleware(policy, reactor, Stats())


@pytest.mark.parametrize(("network", "example", "reason"), ISSUE_RANGES)
def test_ranges_the_issue_found_passing_are_refused_with_their_reason(network, example, reason):
    assert forbidden_reason(ipaddress.ip_address(example)) == reason
    for address in samples(network):
        assert forbidden_reason(ipaddress.ip_address(address)) is not None, address


@pytest.mark.parametrize("address", FORBIDDEN_SAMPLES)
def test_every_non_global_range_is_refused_as_a_planted_dns_answer(address):
    resolver = guarded([address])
    assert resolve(resolver, "planted.example") == []
    assert resolver.refusal_for("planted.example")


@pytest.mark.parametrize("address", FORBIDDEN_SAMPLES)
def test_every_non_global_range_is_refused_as_a_literal_seed_before_any_download(address):
    guard = middleware()
    with pytest.raises(SsrfRefused) as refused:
        guard.process_request(Request(literal_url(address)))
    assert guard.stats.values[f"scamsweep/ssrf/{refused.value.reason}"] == 1


@pytest.mark.parametrize(("v4", "reason"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("169.254.169.254", "link_local"),
    ("192.0.2.1", "documentation"), ("100.64.0.1", "cgnat"), ("0.0.0.0", "unspecified"),
])
def test_an_ipv4_address_hidden_in_ipv6_is_judged_by_what_it_hides(v4, reason):
    for address in hidden_forms(v4):
        if int(ipaddress.IPv6Address(address)) > 1:  # "::" is the unspecified address itself, hiding nothing
            assert ipaddress.IPv4Address(v4) in embedded_ipv4(ipaddress.IPv6Address(address)), address
        assert resolve(guarded([address]), "hidden.example") == [], address
        assert forbidden_reason(ipaddress.ip_address(address)) == reason, address


def test_nat64_and_6to4_of_a_public_address_stay_reachable():
    for address in ("64:ff9b::5db8:d70e", "2002:5db8:d70e::1", "93.184.215.14", "2606:2800:220:1::1"):
        assert resolve(guarded([address]), "public.example") != [], address


def test_a_public_name_with_one_hidden_loopback_record_is_refused_whole():
    assert resolve(guarded(["93.184.215.14", "64:ff9b::7f00:1"]), "mixed.example") == []


@given(st.ip_addresses())
def test_only_globally_routable_addresses_ever_pass(address):
    if forbidden_reason(address) is None:
        assert address.is_global
        for inner in embedded_ipv4(address) if address.version == 6 else []:
            assert inner.is_global


def test_refused_seed_never_reaches_the_downloader():
    """The refusal is an exception from process_request: Scrapy drops the request before any handler."""
    guard = middleware()
    reached = SimpleNamespace(count=0)
    for address in ("192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1"):
        try:
            guard.process_request(Request(literal_url(address)))
            reached.count += 1
        except SsrfRefused:
            pass
    assert reached.count == 0
