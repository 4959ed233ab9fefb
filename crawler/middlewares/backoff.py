"""Downloader middleware that waits before each retry, doubling the wait per attempt.

Scrapy 2.19's RetryMiddleware re-sends at once; a struggling server deserves a pause.
The wait for retry n is `SCAMSWEEP_RETRY_BACKOFF_BASE * 2**(n-1)`, capped at
`SCAMSWEEP_RETRY_BACKOFF_MAX` seconds, and only the retried request waits.
"""
from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured


def backoff_delay(retry_times: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number `retry_times` (0 means a first attempt: no wait).

    >>> [backoff_delay(n, 1.0, 5.0) for n in range(5)]
    [0.0, 1.0, 2.0, 4.0, 5.0]
    """
    if retry_times <= 0:
        return 0.0
    return min(cap, base * 2 ** (retry_times - 1))


class RetryBackoffMiddleware:
    def __init__(self, base: float, cap: float, stats: Any):
        self.base = base
        self.cap = cap
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryBackoffMiddleware:
        settings = crawler.settings
        if not settings.getbool("SCAMSWEEP_RETRY_BACKOFF_ENABLED"):
            raise NotConfigured("SCAMSWEEP_RETRY_BACKOFF_ENABLED is off")
        return cls(settings.getfloat("SCAMSWEEP_RETRY_BACKOFF_BASE"), settings.getfloat("SCAMSWEEP_RETRY_BACKOFF_MAX"),
                   crawler.stats)

    async def process_request(self, request: Request) -> None:
        delay = backoff_delay(request.meta.get("retry_times", 0), self.base, self.cap)
        if delay > 0:
            self.stats.inc_value("scamsweep/backoff/waits")
            await asyncio.sleep(delay)
