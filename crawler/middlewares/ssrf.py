"""Downloader middleware of the SSRF guard: refuses forbidden URLs on every hop and counts refusals.

The URL check (scheme, IP literals and their odd spellings, forbidden names, ports) runs on
every request, redirect hops included, because a redirect comes back through the middleware
chain. Names are judged after DNS by `crawler.resolver.GuardedResolver`, which this middleware
(re)installs whenever the reactor's resolver is not one. The resolver's refusals surface here
as DNSLookupError (CannotResolveHostError in Scrapy 2.19) and become a counted `SsrfRefused`,
so they are not retried. Order 555: after RetryMiddleware (550) for process_request, so that
its process_exception runs before RetryMiddleware's.
"""
from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import CannotResolveHostError
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import load_object
from twisted.internet.error import DNSLookupError

from crawler.errors import ExitStatus, UserError
from crawler.middlewares.skips import SkippedRequest
from crawler.middlewares.ssrf_policy import SsrfPolicy
from crawler.resolver import GuardedResolver, policy_from_settings

logger = logging.getLogger(__name__)

# Handlers that connect through the Twisted reactor, and so through GuardedResolver.
GUARDED_HANDLERS = frozenset({
    "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler",
    "scrapy.core.downloader.handlers.http2.H2DownloadHandler",
})


class SsrfRefused(SkippedRequest):
    """A request the SSRF guard refused; `reason` is the counted reason code."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"SSRF guard refused {url} (reason: {reason})", f"ssrf_{reason}")
        self.reason = reason


def unguarded_handlers(settings: Any) -> list[str]:
    """The http/https handlers in `settings` that would connect without our resolver."""
    handlers = {**settings.getdict("DOWNLOAD_HANDLERS_BASE"), **settings.getdict("DOWNLOAD_HANDLERS")}
    found = []
    for scheme in ("http", "https"):
        handler = handlers.get(scheme)
        path = handler if isinstance(handler, str) or handler is None else f"{handler.__module__}.{handler.__qualname__}"
        if path is not None and path not in GUARDED_HANDLERS:
            found.append(f"{scheme}: {path}")
    return found


def guarded_resolver(reactor: Any, policy: SsrfPolicy, dns_timeout: float = 0) -> GuardedResolver:
    """The GuardedResolver on `reactor`, installed now if a runner did not (or replaced ours since)."""
    current = reactor.nameResolver
    if not isinstance(current, GuardedResolver):
        current = GuardedResolver(reactor, policy, timeout=dns_timeout)
        current.install_on_reactor()
    return current


class SsrfGuardMiddleware:
    def __init__(self, policy: SsrfPolicy, reactor: Any, stats: Any, dns_timeout: float = 0):
        self.policy = policy
        self.reactor = reactor
        self.stats = stats
        self.dns_timeout = dns_timeout

    @classmethod
    def from_crawler(cls, crawler: Any) -> SsrfGuardMiddleware:
        if not crawler.settings.getbool("TWISTED_REACTOR_ENABLED", True):
            raise UserError("the SSRF guard needs the Twisted reactor: TWISTED_REACTOR_ENABLED must stay on",
                            status=ExitStatus.CONFIG)
        bad = unguarded_handlers(crawler.settings)
        if bad:
            raise UserError(f"DOWNLOAD_HANDLERS bypass the SSRF guard ({'; '.join(bad)})",
                            status=ExitStatus.CONFIG)
        policy = policy_from_settings(crawler.settings)
        resolver_path = crawler.settings.get("TWISTED_DNS_RESOLVER")
        if not issubclass(load_object(resolver_path), GuardedResolver):
            logger.warning("TWISTED_DNS_RESOLVER is %s; the SSRF guard wraps it with its own resolver", resolver_path)
        from twisted.internet import reactor

        return cls(policy, reactor, crawler.stats, crawler.settings.getfloat("DNS_TIMEOUT"))

    def process_request(self, request: Request) -> None:
        guarded_resolver(self.reactor, self.policy, self.dns_timeout)  # checked per request: runners install resolvers late
        reason = self.policy.url_refusal(request.url)
        if reason:
            self.refuse(request, reason)

    def process_exception(self, request: Request, exception: BaseException) -> None:
        if isinstance(exception, (DNSLookupError, CannotResolveHostError)):
            resolver = guarded_resolver(self.reactor, self.policy, self.dns_timeout)
            proxy = urlsplit(request.meta.get("proxy") or "").hostname  # a proxy's own address is judged too
            for host in filter(None, (proxy, urlparse_cached(request).hostname)):
                reason = resolver.refusal_for(host)
                if reason:
                    self.refuse(request, reason)

    def refuse(self, request: Request, reason: str) -> None:
        logger.warning("SSRF guard refused %s (reason: %s)", request.url, reason)
        self.stats.inc_value("scamsweep/ssrf/refused")
        self.stats.inc_value(f"scamsweep/ssrf/{reason}")
        raise SsrfRefused(request.url, reason)
