"""robots.txt: switched off only for the sources listed in a setting, loudly, and obeyed by every request.

`ROBOTSTXT_OBEY` stays on for the whole crawl; `SCAMSWEEP_ROBOTSTXT_IGNORED_SPIDERS` names the
spiders (sources) that may skip it, such as a documented search API. Every such crawl, and a
crawl with `ROBOTSTXT_OBEY` off altogether, says so in the log when the spider opens.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)


class RobotsPolicyMiddleware:
    def __init__(self, obey: bool, ignored_spiders: frozenset[str], crawler: Any):
        self.obey = obey
        self.ignored_spiders = ignored_spiders
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> RobotsPolicyMiddleware:
        settings = crawler.settings
        middleware = cls(settings.getbool("ROBOTSTXT_OBEY"),
                         frozenset(settings.getlist("SCAMSWEEP_ROBOTSTXT_IGNORED_SPIDERS")), crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def robots_off(self) -> bool:
        return self.crawler.spider.name in self.ignored_spiders

    def spider_opened(self, spider: Any) -> None:
        if not self.obey:
            logger.warning("robots.txt is NOT obeyed: ROBOTSTXT_OBEY is off for spider %s", spider.name)
        elif self.robots_off():
            logger.warning("robots.txt is NOT obeyed for spider %s (SCAMSWEEP_ROBOTSTXT_IGNORED_SPIDERS)", spider.name)

    def process_request(self, request: Request) -> None:
        if self.obey and self.robots_off():
            request.meta.setdefault("dont_obey_robotstxt", True)


class SettledRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every waiting request judged by the parsed file.

    Scrapy 2.19 hands one Deferred to all requests that wait for a host's robots.txt, and
    turning a Deferred into an asyncio Future consumes its result: only the first waiter
    gets the parser, the others get None, which means "allowed", so disallowed pages were
    fetched whenever several requests to a new host started together. Once the download
    has settled, the parser table holds the real answer (a parser, or None after an error).
    """

    async def robot_parser(self, request: Request):
        parser = await super().robot_parser(request)
        settled = self._parsers.get(urlparse_cached(request).netloc, parser)
        return parser if isinstance(settled, Deferred) else settled
