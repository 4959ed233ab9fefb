"""Paid results are marked as ads, with their landing URL, on pages written in each engine's ad markup."""
from __future__ import annotations

import pytest

from spiders.parsers import baidu, duckduckgo, yahoo, yandex
from tests.spiders.parsers.pages import ads, assert_plausible, organic, own_page

CASES = [
    (baidu, "baidu/ads.html", "https://www.baidu.com/s?wd=还呗客服电话", "https://huanbei-kefu.example/", "0085-2555-01234"),
    (duckduckgo, "duckduckgo/html-ads.html", "https://html.duckduckgo.com/html/", "https://duckduckgo.com/y.js", "555-0199"),
    (yahoo, "yahoo/ads.html", "https://search.yahoo.com/search?p=lumora", "https://lumora-refunds.example/", "888 555 0177"),
    (yandex, "yandex/direct.html", "https://yandex.ru/search/?text=lumora", "https://yabs.yandex.ru/", "800 555-01-23"),
]


@pytest.mark.parametrize(("parser", "page", "url", "ad_url", "ad_number"), CASES, ids=[c[1] for c in CASES])
def test_ad_is_marked_with_its_landing_url_and_snippet(parser, page, url, ad_url, ad_number):
    result = parser.parse(own_page(page, url))
    assert not result.fallback
    (ad,) = ads(result.items)
    assert ad.url.startswith(ad_url)
    assert ad_number in ad.snippet
    assert len(organic(result.items)) >= 1
    assert_plausible(result.items)


def test_baidu_snippet_carries_the_fake_number_split_by_em_tags():
    result = baidu.parse(own_page("baidu/ads.html", "https://www.baidu.com/s?wd=x"))
    second = organic(result.items)[1]
    assert "00852-5550-1234" in second.snippet
    assert organic(result.items)[0].url == "https://news.example.cn/anti-fraud/123.html"
    assert result.next_page == "https://www.baidu.com/s?wd=%E8%BF%98%E5%91%97&pn=10"


def test_duckduckgo_html_version_unwraps_uddg_and_finds_the_next_page_form():
    result = duckduckgo.parse(own_page("duckduckgo/html-ads.html", "https://html.duckduckgo.com/html/"))
    assert organic(result.items)[0].url == "https://forum.example.org/thread/42"
    assert result.next_page == "https://html.duckduckgo.com/html/"
