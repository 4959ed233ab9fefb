"""Sogou SERP parser on a page written in Sogou's result markup (vrwrap / vr-title / sponsor blocks)."""
from __future__ import annotations

from spiders.parsers import sogou
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import ads, assert_plausible, organic, own_page

URL = "https://www.sogou.com/web?query=还呗客服电话"


def test_organic_results_keep_the_printed_target_or_the_sogou_redirect():
    result = sogou.parse(own_page("sogou/web.html", URL))
    assert not result.fallback
    first, second = organic(result.items)
    assert first.url == "https://wenda.example.com/q/8812"
    assert "00８５２－５５５０－１２３４" in first.snippet
    assert second.url == "https://www.sogou.com/link?url=hedJjaC291OqcBt8SoIHgA"
    assert second.snippet == "还呗官方客服电话 400-681-6666"
    assert_plausible(result.items)


def test_sponsored_block_is_an_ad_with_its_number():
    (ad,) = ads(sogou.parse(own_page("sogou/web.html", URL)).items)
    assert ad.title.startswith("还呗官方人工客服")
    assert "00-852-5550-1239" in ad.snippet


def test_next_page_link_is_absolute():
    result = sogou.parse(own_page("sogou/web.html", URL))
    assert result.next_page.startswith("https://www.sogou.com/web?query=") and "page=2" in result.next_page


def test_unrecognised_markup_falls_back_and_drops_sogou_own_links():
    page = '<a href="https://www.sogou.com/help">帮助中心</a><p><a href="https://other.example/x">其他结果页面</a></p>'
    result = sogou.parse(SavedResponse(URL, page.encode()))
    assert result.fallback and [r.url for r in result.items] == ["https://other.example/x"]
