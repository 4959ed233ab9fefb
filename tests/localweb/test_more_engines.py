"""Yahoo-, Yandex- and 360-like result pages of the fixture web, read by the real parsers and clicked through."""
from __future__ import annotations

from urllib.parse import quote_plus, urlsplit

import pytest

from localweb.catalogue import ADS, BRAND_RESULTS, ORDINARY
from spiders.parsers.base import SavedResponse
from spiders.common import parser_for

QUERY = quote_plus("还呗 客服电话")
# engine -> (host, first results page, last results page): 还呗 has 23 results, so three pages.
ENGINES = {
    "yahoo": ("yahoo.test", f"/search?p={QUERY}&b=1", f"/search?p={QUERY}&b=21"),
    "yandex": ("yandex.test", f"/search/?text={QUERY}&p=0", f"/search/?text={QUERY}&p=2"),
    "so360": ("so360.test", f"/s?q={QUERY}&pn=1", f"/s?q={QUERY}&pn=3"),
}


def parsed(fixture_web, engine: str, target: str):
    host = ENGINES[engine][0]
    status, headers, body = fixture_web.fetch(host, target)
    assert status == 200
    url = f"http://{host}:{fixture_web.port}{target}"
    return parser_for(engine)(SavedResponse(url, body, {"content-type": headers["content-type"]}))


def landing_of(fixture_web, url: str, hops: int = 3) -> str:
    """Where a result link ends up for a visitor: redirects followed on the fixture web."""
    for _ in range(hops):
        parts = urlsplit(url)
        status, headers, _ = fixture_web.fetch(parts.hostname, f"{parts.path}?{parts.query}" if parts.query else parts.path)
        if status != 302:
            assert status == 200, url
            return url
        url = headers["location"]
    raise AssertionError(f"{url}: more than {hops} redirects")


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_first_page_has_ten_organic_results_and_the_brands_ad_without_fallback(fixture_web, engine):
    found = parsed(fixture_web, engine, ENGINES[engine][1])
    assert not found.fallback, found.notes
    organic = [r for r in found.items if not r.is_ad]
    ads = [r for r in found.items if r.is_ad]
    assert [r.rank for r in organic] == list(range(1, 11)) and len(ads) == 1
    assert [r.title for r in organic] == [listing.title for listing in [*BRAND_RESULTS["还呗"], *ORDINARY][:10]]
    assert ads[0].title == ADS["还呗"].title and ads[0].snippet == ADS["还呗"].snippet
    assert found.next_page


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_result_link_leads_to_its_landing_page(fixture_web, engine):
    found = parsed(fixture_web, engine, ENGINES[engine][1])
    listings = {r.title: r for r in found.items}
    expected = {ADS["还呗"].title: ADS["还呗"], **{listing.title: listing for listing in [*BRAND_RESULTS["还呗"], *ORDINARY][:10]}}
    assert set(listings) == set(expected)
    for title, result in listings.items():
        listing = expected[title]
        if listing.host == "shop.test" and listing.path.startswith("/cart/"):
            continue  # robots.txt forbids it; a visitor would still land there
        assert landing_of(fixture_web, result.url) == f"http://{listing.host}:{fixture_web.port}{listing.path}", title


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_last_page_has_the_remaining_results_and_no_next_link(fixture_web, engine):
    found = parsed(fixture_web, engine, ENGINES[engine][2])
    assert not found.fallback and found.next_page is None
    assert [r.title for r in found.items] == [listing.title for listing in [*BRAND_RESULTS["还呗"], *ORDINARY][20:]]


@pytest.mark.parametrize(("host", "target"), [
    ("r.search.yahoo.test", "/_ylt=x/RV=2/RU=javascript%3aalert(1)/RK=2/RS=y-"),
    ("r.search.yahoo.test", "/_ylt=x/RV=2/RK=2"),
    ("yandex.test", "/clck/jsredir?data=%%%"),
    ("yabs.yandex.test", "/count/"),
    ("so360.test", "/link?m="),
    ("e.so360.test", "/search/eclk?p=1"),
])
def test_click_endpoints_without_a_usable_target_answer_not_found(fixture_web, host, target):
    assert fixture_web.fetch(host, target)[0] == 404
