"""GuardedResolver: static hosts, refusal of forbidden answers, and judging of every single lookup."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from twisted.internet.address import IPv4Address, IPv6Address

from crawler.errors import ExitStatus, UserError
from crawler.middlewares.ssrf_policy import SsrfPolicy
from crawler.resolver import GuardedResolver, policy_from_settings


class ScriptedUpstream:
    """A fake system resolver: answers each lookup with the next scripted list, counting lookups."""

    def __init__(self, *answers: list[str]):
        self.answers = list(answers)
        self.lookups: list[str] = []

    def resolveHostName(self, receiver, hostName, portNumber=0, addressTypes=None, transportSemantics="TCP"):
        self.lookups.append(hostName)
        receiver.resolutionBegan(object())
        for host in self.answers.pop(0):
            cls = IPv6Address if ":" in host else IPv4Address
            receiver.addressResolved(cls("TCP", host, portNumber))
        receiver.resolutionComplete()
        return receiver


class Receiver:
    def __init__(self):
        self.addresses: list[str] = []
        self.began = self.completed = False

    def resolutionBegan(self, resolution):
        self.began = True

    def addressResolved(self, address):
        self.addresses.append(f"{address.host}:{address.port}")

    def resolutionComplete(self):
        self.completed = True


class FakeReactor:
    def __init__(self, upstream):
        self.nameResolver = upstream

    def installNameResolver(self, resolver):
        self.nameResolver = resolver


def resolve(resolver: GuardedResolver, host: str, port: int = 80) -> list[str]:
    receiver = Receiver()
    resolver.resolveHostName(receiver, host, port)
    assert receiver.began and receiver.completed
    return receiver.addresses


def guarded(*answers: list[str], **policy) -> GuardedResolver:
    settings = Settings({"SCAMSWEEP_SSRF_ALLOW_PORTS": [80, 443, 8080, 8443], **policy})
    return GuardedResolver(FakeReactor(ScriptedUpstream(*answers)), policy_from_settings(settings))


def test_static_host_answers_without_asking_upstream():
    resolver = guarded(SCAMSWEEP_STATIC_HOSTS={"search.test": "127.0.0.1"}, SCAMSWEEP_SSRF_ALLOW_HOSTS=["127.0.0.1"])
    assert resolve(resolver, "Search.Test.", 38123) == ["127.0.0.1:38123"]
    assert resolver.upstream.lookups == []


@pytest.mark.parametrize("mapped, expected", [("127.0.0.1:43123", "127.0.0.1:43123"), ("[::1]:43123", "::1:43123")])
def test_static_host_with_a_port_connects_there_whatever_the_url_port(mapped, expected):
    resolver = guarded(SCAMSWEEP_STATIC_HOSTS={"bbs.test": mapped}, SCAMSWEEP_SSRF_ALLOW_HOSTS=["127.0.0.1", "::1"])
    assert resolve(resolver, "bbs.test", 80) == [expected]


@pytest.mark.parametrize("bad", ["127.0.0.1:0", "127.0.0.1:70000", "127.0.0.1:http", "[::1]:"])
def test_static_host_with_a_bad_port_is_a_config_error(bad):
    with pytest.raises(UserError, match="bbs.test"):
        guarded(SCAMSWEEP_STATIC_HOSTS={"bbs.test": bad})


def test_static_host_to_loopback_is_still_refused_unless_allowed():
    resolver = guarded(SCAMSWEEP_STATIC_HOSTS={"search.test": "127.0.0.1"})
    assert resolve(resolver, "search.test") == []
    assert resolver.refusal_for("search.test") == "loopback"


def test_public_answer_passes_through():
    resolver = guarded(["93.184.215.14"])
    assert resolve(resolver, "example.com", 443) == ["93.184.215.14:443"]
    assert resolver.refusal_for("example.com") is None


@pytest.mark.parametrize(("answer", "reason"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.31.0.1", "private"),
    ("192.168.1.1", "private"), ("169.254.169.254", "link_local"), ("100.64.0.1", "cgnat"),
    ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"), ("::1", "loopback"), ("::", "unspecified"),
    ("fd00::1", "unique_local"), ("fe80::1", "link_local"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"), ("64:ff9b::a9fe:a9fe", "link_local"), ("2002:7f00:1::", "loopback"),
])
def test_forbidden_answers_are_refused_with_their_reason(answer, reason):
    resolver = guarded([answer])
    assert resolve(resolver, "evil.example") == []
    assert resolver.refusal_for("evil.example") == reason


def test_one_private_record_among_public_ones_refuses_the_whole_name():
    resolver = guarded(["93.184.215.14", "10.0.0.7", "93.184.215.15"])
    assert resolve(resolver, "mixed.example") == []
    assert resolver.refusal_for("mixed.example") == "private"


def test_rebinding_each_connection_is_judged_on_its_own_lookup():
    """First answer public, second loopback (TTL 0): the second connection gets no address.

    One upstream lookup per connection proves there is no separate pre-flight lookup whose
    answer could differ from the address connected.
    """
    resolver = guarded(["93.184.215.14"], ["127.0.0.1"])
    assert resolve(resolver, "rebind.example") == ["93.184.215.14:80"]
    assert resolve(resolver, "rebind.example") == []
    assert resolver.upstream.lookups == ["rebind.example", "rebind.example"]
    assert resolver.refusal_for("rebind.example") == "loopback"


def test_non_web_port_is_refused_for_public_addresses():
    resolver = guarded(["93.184.215.14"])
    assert resolve(resolver, "example.com", 6379) == []
    assert resolver.refusal_for("example.com") == "port"


def test_lookup_without_a_port_still_judges_the_address():
    resolver = guarded(["93.184.215.14"], ["10.0.0.1"])
    assert resolve(resolver, "proxy.example", 0) == ["93.184.215.14:0"]
    assert resolve(resolver, "proxy.example", 0) == []


def test_allow_list_by_cidr_admits_address_and_any_port():
    resolver = guarded(["10.9.8.7"], SCAMSWEEP_SSRF_ALLOW_HOSTS=["10.9.0.0/16"])
    assert resolve(resolver, "intranet.example", 5432) == ["10.9.8.7:5432"]


def test_allow_list_by_name_admits_the_name():
    resolver = guarded(["127.0.0.1"], SCAMSWEEP_SSRF_ALLOW_HOSTS=["fixture.local"])
    assert resolve(resolver, "FIXTURE.local", 9999) == ["127.0.0.1:9999"]


def test_success_after_refusal_clears_the_remembered_reason():
    resolver = guarded(["127.0.0.1"], ["93.184.215.14"])
    resolve(resolver, "flip.example")
    resolve(resolver, "flip.example")
    assert resolver.refusal_for("flip.example") is None


def test_second_resolver_never_wraps_the_first():
    upstream = ScriptedUpstream(["93.184.215.14"])
    reactor = FakeReactor(upstream)
    first = GuardedResolver(reactor, SsrfPolicy())
    first.install_on_reactor()
    second = GuardedResolver(reactor, SsrfPolicy())
    assert second.upstream is upstream


def test_bad_static_host_address_is_a_config_error_naming_the_entry():
    with pytest.raises(UserError, match="SCAMSWEEP_STATIC_HOSTS.*search.test") as caught:
        policy_from_settings(Settings({"SCAMSWEEP_STATIC_HOSTS": {"search.test": "not-an-ip"}}))
    assert caught.value.status == ExitStatus.CONFIG


def test_bad_port_is_a_config_error_naming_the_setting():
    with pytest.raises(UserError, match="SCAMSWEEP_SSRF_ALLOW_PORTS"):
        policy_from_settings(Settings({"SCAMSWEEP_SSRF_ALLOW_PORTS": ["http"]}))


class SilentUpstream:
    """A system resolver that never answers."""

    def resolveHostName(self, receiver, hostName, portNumber=0, addressTypes=None, transportSemantics="TCP"):
        receiver.resolutionBegan(object())
        self.receiver = receiver
        return receiver


class ClockReactor(FakeReactor):
    def __init__(self, upstream):
        super().__init__(upstream)
        self.timers = []

    def callLater(self, delay, call):
        timer = SimpleNamespace(delay=delay, call=call, active=lambda: True, cancel=lambda: None)
        self.timers.append(timer)
        return timer


def test_a_lookup_that_never_answers_ends_after_dns_timeout_and_a_late_answer_is_ignored():
    upstream = SilentUpstream()
    reactor = ClockReactor(upstream)
    resolver = GuardedResolver(reactor, SsrfPolicy(), timeout=20)
    receiver = Receiver()
    resolver.resolveHostName(receiver, "slow-dns.example", 80)
    [timer] = reactor.timers
    assert timer.delay == 20 and not receiver.completed
    timer.call()
    assert receiver.completed and receiver.addresses == []
    upstream.receiver.addressResolved(IPv4Address("TCP", "127.0.0.1", 80))
    upstream.receiver.resolutionComplete()
    assert receiver.addresses == [] and resolver.refusal_for("slow-dns.example") is None
