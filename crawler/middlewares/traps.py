"""Downloader middleware against spider traps: a per-host page budget and URL-shape limits.

Infinite calendars, soft-404 sites and `/a/a/a/…` paths (HOSTILE 34, 35, 39) are cut off
here, on every request including redirect hops. The shape rules follow Heritrix's defaults:
a path segment (or a run of up to four) repeated three times in a row, or more than 20
segments, is refused. Each refusal is logged and counted as `scamsweep/traps/<reason>`.
"""
from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.utils.httpobj import urlparse_cached

from crawler.middlewares.skips import SkippedRequest

logger = logging.getLogger(__name__)

MAX_REPEATS = 2
MAX_REPEATED_RUN = 4


def repeats_segments(segments: list[str], max_repeats: int = MAX_REPEATS) -> bool:
    """True when a run of 1..4 segments occurs more than `max_repeats` times in a row.

    >>> repeats_segments("a a a".split()), repeats_segments("x y x y x y".split()), repeats_segments("a a b".split())
    (True, True, False)
    """
    for size in range(1, MAX_REPEATED_RUN + 1):
        needed = size * (max_repeats + 1)
        for start in range(0, len(segments) - needed + 1):
            run = segments[start:start + size]
            if all(segments[start + k * size:start + (k + 1) * size] == run for k in range(1, max_repeats + 1)):
                return True
    return False


def url_shape_refusal(path: str, max_segments: int) -> str | None:
    """The trap reason code for a URL path, or None when its shape is ordinary."""
    segments = [s for s in path.split("/") if s]
    if len(segments) > max_segments:
        return "too_many_segments"
    if repeats_segments(segments):
        return "repeated_segments"
    return None


class TrapGuardMiddleware:
    def __init__(self, page_budget: int, max_segments: int, stats: Any):
        self.page_budget = page_budget
        self.max_segments = max_segments
        self.stats = stats
        self.pages_per_host: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Any) -> TrapGuardMiddleware:
        settings = crawler.settings
        if not settings.getbool("SCAMSWEEP_TRAPS_ENABLED"):
            raise NotConfigured("SCAMSWEEP_TRAPS_ENABLED is off")
        return cls(settings.getint("SCAMSWEEP_DOMAIN_PAGE_BUDGET"), settings.getint("SCAMSWEEP_MAX_PATH_SEGMENTS"),
                   crawler.stats)

    def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        if parts.path == "/robots.txt":
            return
        reason = url_shape_refusal(parts.path, self.max_segments)
        host = (parts.hostname or "").lower()
        if reason is None and not request.meta.get("retry_times"):
            self.pages_per_host[host] += 1
            if self.page_budget and self.pages_per_host[host] > self.page_budget:
                reason = "trap_budget_hit"
        if reason:
            self.refuse(request, host, reason)

    def refuse(self, request: Request, host: str, reason: str) -> None:
        if reason != "trap_budget_hit" or self.pages_per_host[host] == self.page_budget + 1:
            logger.warning("trap guard skipped %s (reason: %s)", request.url, reason)
        self.stats.inc_value(f"scamsweep/traps/{reason}")
        raise SkippedRequest(f"trap guard: {reason}: {request.url}", reason)
