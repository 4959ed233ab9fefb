"""robots.txt holds for every request that waited for it, not only the first one."""
from __future__ import annotations

import pytest

from tests.spiders.crawl import run_crawl

pytestmark = pytest.mark.slow


def test_requests_waiting_together_for_robots_txt_are_all_refused(fixture_web, tmp_path):
    # Twenty disallowed pages on one host, scheduled at once: all of them wait for the same
    # robots.txt download. None may reach the server.
    web = fixture_web
    web.reset()
    cart = [f"http://shop.test/cart/item-{n}.html" for n in range(20)]
    result = run_crawl(web, "seeds", tmp_path, args={"urls": ",".join(cart), "follow": "0"},
                       settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 32, "CONCURRENT_REQUESTS": 64})
    assert result.returncode == 0, result.log[-2000:]
    hits = web.hits()
    assert not [page for page in hits if page.startswith("shop.test/cart/")], hits
    assert result.stats.get("robotstxt/forbidden") == len(cart)
