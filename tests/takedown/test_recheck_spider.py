"""The recheck spider offline: which URLs it plans, and what a failed revisit becomes."""
from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError, TCPTimedOutError
from twisted.python.failure import Failure

from spiders.recheck import RecheckSpider
from takedown.lifecycle import move, submit
from takedown.models import FindingStatus

from .conftest import T0
from .factories import add_finding


def spider(**settings_and_args):
    args = {k: settings_and_args.pop(k) for k in list(settings_and_args) if k == "urls"}
    crawler = get_crawler(RecheckSpider, settings_and_args)
    crawler.spider = crawler._create_spider(**args)
    crawler.stats.open_spider()
    return crawler.spider


def planned(recheck) -> list[Request]:
    async def collect():
        return [request async for request in recheck.start()]

    return asyncio.run(collect())


def test_plans_each_due_page_once_from_the_store(sessions, store_url):
    due = [add_finding(sessions, url="https://bbs.example/t/1"),
           add_finding(sessions, url="https://bbs.example/t/1", number="+12025550143"),
           add_finding(sessions, url="https://qa.example/q/2")]
    add_finding(sessions, url="https://new.example/not-submitted")
    with sessions.begin() as session:
        for finding_id in due:
            move(session, finding_id, FindingStatus.CONFIRMED, actor="a", at=T0)
            submit(session, finding_id, platform="p", reference="", actor="a", at=T0)
    requests = planned(spider(SCAMSWEEP_DB_URL=store_url))
    assert [r.url for r in requests] == ["https://bbs.example/t/1", "https://qa.example/q/2"]
    assert all(r.dont_filter and {404, 410, 451} <= set(r.meta["handle_httpstatus_list"]) for r in requests)


def test_urls_argument_overrides_the_store():
    requests = planned(spider(urls="https://a.example/x, https://b.example/y"))
    assert [r.meta["recheck_url"] for r in requests] == ["https://a.example/x", "https://b.example/y"]


def failed(recheck, error) -> object:
    request = Request("https://gone.example/p", meta={"recheck_url": "https://gone.example/p"})
    failure = Failure(error)
    failure.request = request
    [item] = list(recheck.on_failure(failure))
    return item


def test_host_that_no_longer_resolves_is_reported_gone():
    item = failed(spider(urls="https://gone.example/p"), DNSLookupError("gone.example"))
    assert (item.url, item.status, item.source_kind) == ("https://gone.example/p", 0, "recheck")
    assert "host_gone" in item.flags


def test_timeout_is_no_response_not_gone():
    item = failed(spider(urls="https://slow.example/p"), TCPTimedOutError())
    assert "no_response" in item.flags and "host_gone" not in item.flags
