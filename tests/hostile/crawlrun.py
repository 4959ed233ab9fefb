"""Run one real Scrapy crawl with scamsweep's settings and report what happened to every request.

Run in a subprocess (Twisted's reactor starts once per process):
``python -m tests.hostile.crawlrun SPEC.json OUT.json``. SPEC holds `settings` (overrides of
crawler/settings.py) and `start` (requests: url, follow, headers, method, body, sitemap).
OUT holds the final stats, one outcome per response or failure, and the peak RSS.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.sitemap import Sitemap

from crawler.middlewares.linkcap import cap_links
from crawler.middlewares.skips import count_skip
from crawler.run import project_settings


class AttemptClock:
    """Downloader middleware: stamps each attempt's start, so a retried request's time per attempt
    (what DOWNLOAD_TIMEOUT bounds) is told apart from its time over all attempts."""

    def process_request(self, request):
        request.meta["attempt_started"] = time.monotonic()


class ProbeSpider(scrapy.Spider):
    """Fetches the start requests, follows links where asked, and records each outcome."""

    name = "hostile_probe"

    def __init__(self, start: list[dict], outcomes: list[dict], **kwargs: Any):
        super().__init__(**kwargs)
        self.start_specs = start
        self.outcomes = outcomes
        self.began = time.monotonic()

    async def start(self):
        for spec in self.start_specs:
            meta = {"case": spec.get("case", spec["url"]), "follow": spec.get("follow", False),
                    "sitemap": spec.get("sitemap", False), "started": time.monotonic()}
            for key in ("download_timeout", "proxy"):
                if spec.get(key):
                    meta[key] = spec[key]
            yield scrapy.Request(spec["url"], method=spec.get("method", "GET"), body=spec.get("body", ""),
                                 headers=spec.get("headers"), cookies=spec.get("cookies"), meta=meta, callback=self.parse,
                                 errback=self.failed, dont_filter=spec.get("dont_filter", False))

    def parse(self, response):
        outcome = self._outcome(response.request, status=response.status, bytes=len(response.body),
                                url=response.url, redirects=len(response.meta.get("redirect_urls", [])))
        if isinstance(response, TextResponse):
            self._read_text(response, outcome)
        if response.meta.get("sitemap"):
            outcome["sitemap_urls"] = [entry.get("loc", "") for entry in Sitemap(response.body)]
        self.outcomes.append(outcome)
        if response.meta.get("follow") and isinstance(response, TextResponse):
            # Raw lxml strings: parsel would wrap 200,000 hrefs in Selector objects first.
            hrefs = (str(h) for h in response.selector.root.xpath("//a/@href"))
            for href in cap_links(hrefs, self.crawler, response.url):
                yield response.follow(href, callback=self.parse, errback=self.failed, meta={
                    "case": response.meta["case"], "follow": True, "started": time.monotonic()})

    def _read_text(self, response: TextResponse, outcome: dict) -> None:
        try:
            text = response.text
            outcome.update(encoding=response.encoding, replaced="\ufffd" in text,
                           has_text="400-681-6666" in text or "400-123-4567" in text)
            outcome["text_nodes"] = int(float(response.xpath("count(//text())").get()))
        except Exception as exc:  # recorded, not raised: the crawl must go on
            outcome["parse_error"] = f"{type(exc).__name__}: {exc}"[:200]

    def failed(self, failure):
        reason = count_skip(failure, self.crawler.stats)
        outcome = self._outcome(failure.request, error=type(failure.value).__name__, reason=reason,
                                url=failure.request.url)
        cause = failure.value.__cause__
        if cause is not None and hasattr(cause, "decompressed_size"):
            outcome["decompressed"] = cause.decompressed_size
        self.outcomes.append(outcome)

    def _outcome(self, request, **fields: Any) -> dict:
        now = time.monotonic()
        started = request.meta.get("started", now)
        attempt = request.meta.get("attempt_started", started)
        return {"case": request.meta.get("case"), "seconds": round(now - started, 2), "at": round(now - self.began, 2),
                "attempt_seconds": round(now - attempt, 2), "attempts": request.meta.get("retry_times", 0) + 1,
                **fields}


def main(spec_path: str, out_path: str) -> None:
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    settings = project_settings({"ITEM_PIPELINES": {}, "LOG_LEVEL": "INFO", **spec.get("settings", {})})
    settings.set("DOWNLOADER_MIDDLEWARES", {**settings.getdict("DOWNLOADER_MIDDLEWARES"),
                                            "tests.hostile.crawlrun.AttemptClock": 990}, priority="cmdline")
    from scrapy.crawler import CrawlerProcess

    outcomes: list[dict] = []
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ProbeSpider)
    process.crawl(crawler, start=spec["start"], outcomes=outcomes)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    process.start()
    report = {
        "stats": {k: (v if isinstance(v, (int, float, str)) else str(v)) for k, v in crawler.stats.get_stats().items()},
        "outcomes": outcomes,
        "rss_before_kb": rss_before,
        "rss_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
