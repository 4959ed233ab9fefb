"""Session ids and tracking parameters are stripped before fingerprinting."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.request import RequestFingerprinter

from crawler.middlewares.urlnorm import UrlNormMiddleware, strip_session_params


@pytest.mark.parametrize(("url", "clean"), [
    ("http://a.test/p;jsessionid=0AB12?id=3", "http://a.test/p?id=3"),
    ("http://a.test/p?PHPSESSID=abc&id=3", "http://a.test/p?id=3"),
    ("http://a.test/p?sid=1&utm_source=x&utm_medium=y&q=还呗", "http://a.test/p?q=%E8%BF%98%E5%91%97"),
    ("http://a.test/p?gclid=1", "http://a.test/p"),
    ("http://a.test/p?id=3&b=", "http://a.test/p?id=3&b="),
    ("http://a.test/thread-1-1.html", "http://a.test/thread-1-1.html"),
])
def test_strip_session_params(url, clean):
    assert strip_session_params(url) == clean


def test_session_variants_share_one_fingerprint():
    fingerprint = RequestFingerprinter().fingerprint
    urls = ["http://a.test/p?PHPSESSID=1&id=3", "http://a.test/p?PHPSESSID=2&id=3", "http://a.test/p;jsessionid=9?id=3"]
    assert len({fingerprint(Request(strip_session_params(u))) for u in urls}) == 1


def test_middleware_rewrites_requests_and_counts():
    crawler = SimpleNamespace(settings=Settings({"SCAMSWEEP_URLNORM_ENABLED": True}))
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = UrlNormMiddleware(crawler)
    out = list(middleware.process_spider_output(None, [Request("http://a.test/?sid=5&x=1"), {"item": 1}]))
    assert out[0].url == "http://a.test/?x=1" and out[1] == {"item": 1}
    assert crawler.stats.get_value("scamsweep/urlnorm/session_stripped") == 1
