"""Retry backoff: doubling waits, capped, only for retried requests."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from crawler.middlewares.backoff import RetryBackoffMiddleware, backoff_delay


@pytest.mark.parametrize(("retry", "delay"), [(0, 0.0), (1, 2.0), (2, 4.0), (3, 8.0), (10, 60.0)])
def test_backoff_doubles_and_caps(retry, delay):
    assert backoff_delay(retry, 2.0, 60.0) == delay


def test_settings_feed_the_component():
    crawler = SimpleNamespace(settings=Settings({"SCAMSWEEP_RETRY_BACKOFF_ENABLED": True,
                                                 "SCAMSWEEP_RETRY_BACKOFF_BASE": 0.5,
                                                 "SCAMSWEEP_RETRY_BACKOFF_MAX": 3}), stats=None)
    component = RetryBackoffMiddleware.from_crawler(crawler)
    assert (component.base, component.cap) == (0.5, 3.0)


def test_switch_off_raises_not_configured():
    with pytest.raises(NotConfigured):
        RetryBackoffMiddleware.from_crawler(SimpleNamespace(settings=Settings({"SCAMSWEEP_RETRY_BACKOFF_ENABLED": False})))
