"""The DNS resolver of the crawl: answers static hosts and refuses forbidden addresses at connect time.

Twisted's HostnameEndpoint asks the reactor's name resolver for the addresses it is about to
connect to, IP literals included, so judging the answer here judges the address actually
connected: there is no separate pre-flight lookup that a rebinding DNS server could fool.
A refused name resolves to nothing (the connection fails with DNSLookupError); the refusal
is remembered per host so `crawler.middlewares.ssrf` can log and count it with its reason.

Install with ``TWISTED_DNS_RESOLVER = "crawler.resolver.GuardedResolver"`` (the deprecated
``DNS_RESOLVER`` name works too); the SSRF middleware installs it itself when a runner did not.
"""
from __future__ import annotations

import ipaddress
import logging
from collections import OrderedDict
from typing import Any

from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IHostnameResolver, IHostResolution, IResolutionReceiver
from zope.interface import implementer, provider

from crawler.errors import ExitStatus, UserError
from crawler.middlewares.ssrf_policy import SsrfPolicy, normal_name

logger = logging.getLogger(__name__)

MAX_REMEMBERED_REFUSALS = 10_000


def policy_from_settings(settings: Any) -> SsrfPolicy:
    """The SSRF policy named by the SCAMSWEEP_SSRF_* and SCAMSWEEP_STATIC_HOSTS settings.

    Raises UserError (exit status CONFIG) naming the setting when a value is malformed; call it
    before starting a crawl to fail early, since Scrapy only logs errors raised inside `crawl()`.
    """
    try:
        return SsrfPolicy.build(
            settings.getlist("SCAMSWEEP_SSRF_ALLOW_HOSTS"),
            settings.getlist("SCAMSWEEP_SSRF_ALLOW_PORTS"),
            settings.getdict("SCAMSWEEP_STATIC_HOSTS"),
        )
    except (TypeError, ValueError) as exc:
        raise UserError(str(exc) if "SCAMSWEEP_" in str(exc) else f"SCAMSWEEP_SSRF_ALLOW_PORTS: {exc}",
                        status=ExitStatus.CONFIG) from None


@implementer(IHostResolution)
class _StaticResolution:
    def __init__(self, name: str):
        self.name = name

    def cancel(self) -> None:
        """Static answers are delivered at once; nothing is left to cancel."""


@provider(IResolutionReceiver)
class _JudgingReceiver:
    """Collects the upstream answer, then passes it on only if the policy allows all of it.

    The system resolver has no timeout of its own; after `timeout` seconds the lookup ends
    with no address (a DNS failure, not a refusal) and a late answer is ignored.
    """

    def __init__(self, resolver: GuardedResolver, receiver: Any, host: str, port: int, timeout: float):
        self.resolver, self.receiver, self.host, self.port = resolver, receiver, host, port
        self.addresses: list[Any] = []
        self.done = False
        self.timer = resolver.reactor.callLater(timeout, self.give_up) if timeout else None

    def resolutionBegan(self, resolution: Any) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: Any) -> None:
        if not self.done:
            self.addresses.append(address)

    def resolutionComplete(self) -> None:
        if self.done:
            return
        self.done = True
        if self.timer is not None and self.timer.active():
            self.timer.cancel()
        self.resolver.deliver(self.receiver, self.host, self.port, self.addresses)

    def give_up(self) -> None:
        if not self.done:
            self.done = True
            logger.warning("DNS lookup of %s gave up (DNS_TIMEOUT)", self.host)
            self.receiver.resolutionComplete()


@implementer(IHostnameResolver)
class GuardedResolver:
    """An IHostnameResolver that wraps the reactor's own resolver with the SSRF policy."""

    def __init__(self, reactor: Any, policy: SsrfPolicy, upstream: Any | None = None, timeout: float = 0):
        self.reactor = reactor
        self.policy = policy
        self.timeout = timeout
        upstream = upstream if upstream is not None else reactor.nameResolver
        # Never wrap ourselves: a second crawler in the process reuses the original upstream.
        self.upstream = upstream.upstream if isinstance(upstream, GuardedResolver) else upstream
        self.refusals: OrderedDict[str, str] = OrderedDict()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        return cls(reactor, policy_from_settings(crawler.settings), timeout=crawler.settings.getfloat("DNS_TIMEOUT"))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def resolveHostName(self, resolutionReceiver: Any, hostName: str, portNumber: int = 0,
                        addressTypes: Any = None, transportSemantics: str = "TCP") -> Any:
        static = self.policy.static_hosts.get(normal_name(hostName))
        if static is not None:
            resolution = _StaticResolution(hostName)
            resolutionReceiver.resolutionBegan(resolution)
            port = self.policy.static_ports.get(normal_name(hostName), portNumber)
            self.deliver(resolutionReceiver, hostName, portNumber, [_twisted_address(static, port)])
            return resolution
        judging = _JudgingReceiver(self, resolutionReceiver, hostName, portNumber, self.timeout)
        return self.upstream.resolveHostName(judging, hostName, portNumber, addressTypes, transportSemantics)

    def deliver(self, receiver: Any, host: str, port: int, addresses: list[Any]) -> None:
        """Hand `addresses` to the connecting endpoint, or none of them when the policy refuses."""
        reason = self.policy.connection_refusal(host, port, [ipaddress.ip_address(a.host) for a in addresses])
        key = normal_name(host)
        if reason is None:
            self.refusals.pop(key, None)
            for address in addresses:
                receiver.addressResolved(address)
        else:
            logger.warning("SSRF guard refused to connect to %s:%s at %s (reason: %s)",
                           host, port, ", ".join(a.host for a in addresses) or "-", reason)
            self.refusals[key] = reason
            self.refusals.move_to_end(key)
            while len(self.refusals) > MAX_REMEMBERED_REFUSALS:
                self.refusals.popitem(last=False)
        receiver.resolutionComplete()

    def refusal_for(self, host: str) -> str | None:
        """The reason the last connection to `host` was refused, if it was."""
        return self.refusals.get(normal_name(host))


def _twisted_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> Any:
    if address.version == 4:
        return IPv4Address("TCP", str(address), port)
    return IPv6Address("TCP", str(address), port)
