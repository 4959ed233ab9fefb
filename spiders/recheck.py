"""The `recheck` spider: revisit the pages of submitted findings so the store can tell removed from live.

It only plans requests and routes responses: every answer (a page, a 404/410/451, or a host
that no longer resolves) becomes a PageItem with source_kind ``recheck``; the detect pipeline
finds the numbers still on the page and the store pipeline decides and records each check
(takedown.recheck). Which pages to revisit comes from the case store (SCAMSWEEP_DB_URL), or
from the `urls` argument.
"""
from __future__ import annotations

from datetime import UTC, datetime

import scrapy
from twisted.internet.error import DNSLookupError

from crawler.items import PageItem
from spiders.common import page_item

SOURCE_KIND = "recheck"
HOST_GONE_FLAG = "host_gone"
NO_RESPONSE_FLAG = "no_response"
# answers that mean something for a takedown; redirects are still followed
JUDGED_STATUSES = [400, 401, 403, 404, 410, 429, 451, 500, 502, 503, 504]


def due_urls(db_url: str) -> list[str]:
    """The page URLs of the findings the case store wants rechecked, each once, oldest first."""
    from takedown.db import open_store
    from takedown.recheck import due_for_recheck

    with open_store(db_url) as sessions, sessions() as session:
        return list(dict.fromkeys(target.page_url for target in due_for_recheck(session)))


def failure_item(url: str, reason: str, host_gone: bool) -> PageItem:
    """What a revisit that got no HTTP answer at all looked like."""
    return PageItem(
        url=url, final_url=url, status=0, fetched_at=datetime.now(UTC), body=b"", source_kind=SOURCE_KIND,
        spider="recheck", flags=[HOST_GONE_FLAG if host_gone else NO_RESPONSE_FLAG, f"error: {reason}"],
    )


class RecheckSpider(scrapy.Spider):
    """Arguments: urls=U1,U2 (default: every submitted, still-live, removed or reappeared
    finding's page in the case store)."""

    name = "recheck"
    custom_settings = {"DEPTH_LIMIT": 1}

    def __init__(self, *args, urls: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.url_argument = urls

    async def start(self):
        if self.url_argument:
            urls = [u.strip() for u in self.url_argument.split(",") if u.strip()]
        else:
            urls = due_urls(self.crawler.settings.get("SCAMSWEEP_DB_URL"))
        self.crawler.stats.set_value("scamsweep/recheck/pages_due", len(urls))
        for url in urls:
            yield scrapy.Request(
                url, callback=self.parse_page, errback=self.on_failure, dont_filter=True,
                meta={"handle_httpstatus_list": JUDGED_STATUSES, "recheck_url": url},
            )

    def parse_page(self, response):
        item = page_item(response, spider=self.name, source_kind=SOURCE_KIND)
        item.url = response.meta.get("recheck_url", item.url)  # the stored page's key, not a redirect hop
        yield item

    def on_failure(self, failure):
        url = failure.request.meta.get("recheck_url", failure.request.url)
        host_gone = failure.check(DNSLookupError) is not None
        self.crawler.stats.inc_value(f"scamsweep/recheck/{HOST_GONE_FLAG if host_gone else NO_RESPONSE_FLAG}")
        yield failure_item(url, failure.getErrorMessage(), host_gone)
