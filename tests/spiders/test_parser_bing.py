"""The Bing parser on real saved SERPs, fixture-web pages and hand-written Bing markup."""
from __future__ import annotations

import pytest

from spiders.parsers.base import SavedResponse
from spiders.parsers.bing import decode_click_url, parse
from tests.spiders.parsers.pages import ads, assert_plausible, organic, own_page, shared_page

BING = "https://www.bing.com/search?q=x"


@pytest.mark.parametrize(("name", "organic_count", "ad_count"), [("bing-hello.html", 9, 0), ("bing-test-keyword-p1.html", 6, 1)])
def test_real_bing_pages_give_organic_results_and_ads(shared_dir, name, organic_count, ad_count):
    result = parse(shared_page(shared_dir, name, BING))
    assert not result.fallback
    assert len(organic(result.items)) == organic_count and len(ads(result.items)) == ad_count
    assert_plausible(result.items, ("www.bing.com",))
    assert result.next_page.startswith("https://www.bing.com/search?")


def test_real_bing_ad_url_is_the_advertisers_not_the_click_tracker(shared_dir):
    ad = ads(parse(shared_page(shared_dir, "bing-test-keyword-p1.html", BING)).items)[0]
    assert ad.url.startswith("https://pixel.everesttech.net/")
    assert ad.snippet.startswith("5 raisons") and not ad.snippet.startswith("Ad")


def test_real_bing_first_result_title_and_snippet(shared_dir):
    first = parse(shared_page(shared_dir, "bing-hello.html", BING)).items[0]
    assert (first.rank, first.url) == (1, "https://www.hellomagazine.com/")
    assert first.title.startswith("HELLO!") and "celebrity" in first.snippet


def test_fixture_serp_has_ten_organic_one_ad_and_a_next_page():
    result = parse(own_page("bing/fixture-huanbei-kefu-p1.html", "http://search.test:8000/search?q=x"))
    assert len(organic(result.items)) == 10 and len(ads(result.items)) == 1
    ad = ads(result.items)[0]
    assert ad.url == "http://huanbei-kefu.test:8000/kefu.html" and "0061 491 570 313" in ad.snippet
    assert organic(result.items)[1].url == "http://huanbei-kefu.test:8000/"
    assert result.next_page == "http://search.test:8000/search?q=%E8%BF%98%E5%91%97+%E5%AE%A2%E6%9C%8D%E7%94%B5%E8%AF%9D&first=11&FORM=PORE"


def test_fixture_second_page_has_a_bottom_ad_and_no_next_page():
    result = parse(own_page("bing/fixture-lumora-p2.html", "http://search.test:8000/search?q=x&first=11"))
    assert [r.rank for r in organic(result.items)] == list(range(1, 11))
    assert ads(result.items)[0].url == "http://lumora-help.test:8000/call-now.html"
    assert result.next_page is None


def test_handwritten_ck_links_are_decoded_and_ad_badge_dropped():
    result = parse(own_page("bing/handwritten-ck-links-and-ads.html", "https://www.bing.com/search?q=lumora"))
    assert [r.url for r in organic(result.items)] == ["https://lumora-refunds.example/help?ref=bing", "https://lumorapay.test/support.html"]
    assert "1-888-555-0177" in organic(result.items)[0].snippet
    (ad,) = ads(result.items)
    assert ad.url == "https://kefu-center.example/" and ad.snippet == "Refund help 24/7 · Call 1-888-555-0177 now"
    assert result.next_page.endswith("first=11&FORM=PORE")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.bing.com/aclick?ld=x&u=aHR0cHMlM2ElMmYlMmZhLmV4YW1wbGUlMmY", "https://a.example/"),
    ("https://www.bing.com/ck/a?!&p=1&u=a1aHR0cHM6Ly9iLmV4YW1wbGUv&ntb=1", "https://b.example/"),
    ("https://www.bing.com/aclick?ld=x&u=%%%notbase64", "https://www.bing.com/aclick?ld=x&u=%%%notbase64"),
    ("https://www.bing.com/aclick?ld=x", "https://www.bing.com/aclick?ld=x"),
    ("https://c.example/page", "https://c.example/page"),
    (None, None),
])
def test_decode_click_url(url, expected):
    assert decode_click_url(url) == expected


def test_unknown_markup_falls_back_to_outbound_links_and_says_so():
    page = b"<html><body><div class='new-layout'><a href='https://d.example/x'>A landing page</a> text</div></body></html>"
    result = parse(SavedResponse(BING, page, {"content-type": "text/html"}))
    assert result.fallback and result.items[0].url == "https://d.example/x"
    assert any("not recognised as bing" in note for note in result.notes)


def test_hostile_bytes_never_raise():
    result = parse(SavedResponse(BING, b"\xff\xfe<li class='b_algo'><h2><a href='javascript:alert(1)'>x</a></h2>" * 100))
    assert all(r.url.startswith("http") for r in result.items)
