"""Spider middleware that caps the requests a spider may yield from one response (HOSTILE 38).

A page with 200,000 links would otherwise flood the scheduler. Items pass untouched; requests
past `SCAMSWEEP_MAX_LINKS_PER_PAGE` are dropped, logged once per page and counted. Building
200,000 Requests costs the spider tens of seconds even when they are dropped here, so spiders
should cap their extracted links first with `cap_links` and keep this middleware as the backstop.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class LinkCap:
    """Counts the requests one response produced; `admit()` says whether the next may pass."""

    def __init__(self, limit: int):
        self.limit = limit
        self.seen = 0

    def admit(self, output: Any) -> bool:
        if not isinstance(output, Request):
            return True
        self.seen += 1
        return self.seen <= self.limit

    @property
    def dropped(self) -> int:
        return max(0, self.seen - self.limit)


def cap_links(hrefs: Iterable[str], crawler: Any, page_url: str = "") -> list[str]:
    """The first distinct `hrefs`, at most SCAMSWEEP_MAX_LINKS_PER_PAGE of them; drops are logged and counted.

    >>> from types import SimpleNamespace; from scrapy.settings import Settings
    >>> crawler = SimpleNamespace(settings=Settings({"SCAMSWEEP_MAX_LINKS_PER_PAGE": 2}), stats=None)
    >>> cap_links(["/a", "/a", "/b", "/c"], crawler)
    ['/a', '/b']
    """
    limit = crawler.settings.getint("SCAMSWEEP_MAX_LINKS_PER_PAGE")
    kept: dict[str, None] = {}
    total = 0
    for href in hrefs:
        total += 1
        if len(kept) < limit:
            kept.setdefault(href, None)
    if total > len(kept) and len(kept) == limit:
        logger.warning("link cap: following %d of %d links from %s (SCAMSWEEP_MAX_LINKS_PER_PAGE)", limit, total, page_url)
        if crawler.stats is not None:
            crawler.stats.inc_value("scamsweep/linkcap/capped_pages")
            crawler.stats.inc_value("scamsweep/linkcap/dropped", total - limit)
    return list(kept)


class LinkCapMiddleware:
    def __init__(self, limit: int, stats: Any):
        self.limit = limit
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> LinkCapMiddleware:
        if not crawler.settings.getbool("SCAMSWEEP_LINKCAP_ENABLED"):
            raise NotConfigured("SCAMSWEEP_LINKCAP_ENABLED is off")
        return cls(crawler.settings.getint("SCAMSWEEP_MAX_LINKS_PER_PAGE"), crawler.stats)

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterable[Any]:
        cap = LinkCap(self.limit)
        for output in result:
            if cap.admit(output):
                yield output
        self._report(response, cap)

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        cap = LinkCap(self.limit)
        async for output in result:
            if cap.admit(output):
                yield output
        self._report(response, cap)

    def _report(self, response: Any, cap: LinkCap) -> None:
        if not cap.dropped:
            return
        logger.warning("link cap: kept %d of %d requests from %s (SCAMSWEEP_MAX_LINKS_PER_PAGE)",
                       self.limit, cap.seen, response.url)
        self.stats.inc_value("scamsweep/linkcap/capped_pages")
        self.stats.inc_value("scamsweep/linkcap/dropped", cap.dropped)
