"""A rebinding DNS server in a resolver: `rebind.test` answers 127.0.0.1 first, then 127.0.0.2 (TTL 0)."""
from __future__ import annotations

import logging
from typing import Any

from twisted.internet.address import IPv4Address

from crawler.resolver import GuardedResolver

logger = logging.getLogger(__name__)

ANSWERS = ("127.0.0.1", "127.0.0.2")


class RebindingUpstream:
    """Answers `rebind.test` with the next address of ANSWERS (the last one forever); logs every lookup."""

    def __init__(self, fallback: Any):
        self.fallback = fallback
        self.lookups = 0

    def resolveHostName(self, receiver, hostName, portNumber=0, addressTypes=None, transportSemantics="TCP"):
        if hostName != "rebind.test":
            return self.fallback.resolveHostName(receiver, hostName, portNumber, addressTypes, transportSemantics)
        answer = ANSWERS[min(self.lookups, len(ANSWERS) - 1)]
        self.lookups += 1
        logger.info("fake upstream lookup #%d rebind.test -> %s", self.lookups, answer)
        receiver.resolutionBegan(None)
        receiver.addressResolved(IPv4Address("TCP", answer, portNumber))
        receiver.resolutionComplete()
        return receiver


class RebindingResolver(GuardedResolver):
    """GuardedResolver whose upstream is the rebinding fake (set as TWISTED_DNS_RESOLVER in tests)."""

    def __init__(self, reactor: Any, policy: Any, upstream: Any | None = None, timeout: float = 0):
        super().__init__(reactor, policy, upstream, timeout)
        self.upstream = RebindingUpstream(self.upstream)
