"""Robots policy: obeyed by default, skipped only for listed sources, and said so in the log."""
from __future__ import annotations

import logging
from types import SimpleNamespace

from scrapy import Request

from crawler.middlewares.robots import RobotsPolicyMiddleware


def component(obey: bool, ignored: set[str], spider_name: str) -> RobotsPolicyMiddleware:
    crawler = SimpleNamespace(spider=SimpleNamespace(name=spider_name))
    return RobotsPolicyMiddleware(obey, frozenset(ignored), crawler)


def test_listed_source_skips_robots_and_logs_it(caplog):
    middleware = component(True, {"search_api"}, "search_api")
    request = Request("http://api.test/q")
    middleware.process_request(request)
    assert request.meta["dont_obey_robotstxt"] is True
    with caplog.at_level(logging.WARNING):
        middleware.spider_opened(middleware.crawler.spider)
    assert "NOT obeyed for spider search_api" in caplog.text


def test_other_sources_obey_robots():
    request = Request("http://forum.test/")
    component(True, {"search_api"}, "forum").process_request(request)
    assert "dont_obey_robotstxt" not in request.meta


def test_robots_off_globally_is_logged(caplog):
    middleware = component(False, set(), "forum")
    with caplog.at_level(logging.WARNING):
        middleware.spider_opened(middleware.crawler.spider)
    assert "ROBOTSTXT_OBEY is off" in caplog.text
