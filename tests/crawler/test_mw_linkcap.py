"""Link cap: at most SCAMSWEEP_MAX_LINKS_PER_PAGE requests per response; items always pass."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from crawler.middlewares.linkcap import LinkCapMiddleware

RESPONSE = HtmlResponse("http://links.test/", body=b"<html></html>")


def output(n_requests: int) -> list:
    return [Request(f"http://links.test/{i}") for i in range(n_requests)] + [{"item": 1}]


def capped(limit: int = 5) -> LinkCapMiddleware:
    return LinkCapMiddleware(limit, MemoryStatsCollector(SimpleNamespace(settings=Settings())))


def test_requests_past_the_cap_are_dropped_and_counted():
    cap = capped(5)
    kept = list(cap.process_spider_output(RESPONSE, output(20_000)))
    assert sum(isinstance(o, Request) for o in kept) == 5
    assert {"item": 1} in kept
    assert cap.stats.get_value("scamsweep/linkcap/dropped") == 19_995
    assert cap.stats.get_value("scamsweep/linkcap/capped_pages") == 1


def test_async_output_is_capped_too():
    cap = capped(2)

    async def produce():
        for o in output(10):
            yield o

    async def collect():
        return [o async for o in cap.process_spider_output_async(RESPONSE, produce())]

    kept = asyncio.run(collect())
    assert sum(isinstance(o, Request) for o in kept) == 2


def test_pages_under_the_cap_are_not_counted():
    cap = capped(5)
    assert len(list(cap.process_spider_output(RESPONSE, output(5)))) == 6
    assert cap.stats.get_value("scamsweep/linkcap/capped_pages") is None


def test_switch_off_raises_not_configured():
    with pytest.raises(NotConfigured):
        LinkCapMiddleware.from_crawler(SimpleNamespace(settings=Settings({"SCAMSWEEP_LINKCAP_ENABLED": False})))
