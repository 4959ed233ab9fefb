"""The User-Agent always names scamsweep and the contact URL in force, however it was configured."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.settings import Settings

from crawler.middlewares.useragent import ContactUserAgentMiddleware, identify
from crawler.run import project_settings


@pytest.mark.parametrize(("agent", "contact", "expected"), [
    ("scamsweep/0.1 (+https://scamsweep.invalid/crawler)", "https://team.example/c",
     "scamsweep/0.1 (+https://team.example/c)"),
    ("scamsweep/0.1", "https://team.example/c", "scamsweep/0.1 (+https://team.example/c)"),
    ("Scrapy/2.19", "https://team.example/c", "Scrapy/2.19 scamsweep (+https://team.example/c)"),
    ("", "https://team.example/c", "scamsweep (+https://team.example/c)"),
])
def test_identify(agent, contact, expected):
    assert identify(agent, contact) == expected


def test_contact_url_from_the_environment_reaches_the_header():
    settings = project_settings(environ={"SCAMSWEEP_CONTACT_URL": "https://brand-team.example/about-our-crawler"})
    middleware = ContactUserAgentMiddleware.from_crawler(SimpleNamespace(settings=settings))
    request = Request("http://a.test/")
    middleware.process_request(request)
    assert request.headers[b"User-Agent"] == b"scamsweep/0.1 (+https://brand-team.example/about-our-crawler)"


def test_a_spider_set_header_is_kept():
    middleware = ContactUserAgentMiddleware.from_crawler(SimpleNamespace(settings=Settings(
        {"USER_AGENT": "scamsweep", "SCAMSWEEP_CONTACT_URL": "https://x.example/"})))
    request = Request("http://a.test/", headers={"User-Agent": "scamsweep-recheck (+https://x.example/)"})
    middleware.process_request(request)
    assert request.headers[b"User-Agent"] == b"scamsweep-recheck (+https://x.example/)"
