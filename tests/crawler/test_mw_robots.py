"""Robots policy: obeyed by default, skipped only for listed sources, and said so in the log."""
from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from scrapy import Request

from crawler.middlewares.robots import RobotsPolicyMiddleware
from tests.hostile.harness import run_crawl
from tests.hostile.server import HostileServer


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


@pytest.fixture(scope="module")
def web():
    server = HostileServer().start()
    yield server
    server.stop()


def crawl_private_page(web, workdir, **settings) -> dict:
    start = [{"url": web.url("/private/page", host="polite.test"), "case": "private"}]
    return run_crawl(workdir, start, {"ROBOTSTXT_OBEY": True, "SCAMSWEEP_STATIC_HOSTS": {"polite.test": "127.0.0.1"},
                                      "SCAMSWEEP_SSRF_ALLOW_HOSTS": ["127.0.0.1"], **settings})


@pytest.mark.slow
def test_a_crawl_obeys_robots_txt_and_counts_the_skip(web, tmp_path):
    report = crawl_private_page(web, tmp_path)
    assert [o["reason"] for o in report["outcomes"]] == ["robots"]
    assert report["stats"]["robotstxt/forbidden"] == 1
    assert not [s for s in web.seen if s.path == "/private/page"]


@pytest.mark.slow
def test_a_listed_source_skips_robots_txt_and_says_so(web, tmp_path):
    report = crawl_private_page(web, tmp_path, SCAMSWEEP_ROBOTSTXT_IGNORED_SPIDERS=["hostile_probe"])
    assert [o.get("status") for o in report["outcomes"]] == [200]
    assert "NOT obeyed for spider hostile_probe" in report["log"]
