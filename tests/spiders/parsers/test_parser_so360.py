"""360 Search parser on a page written in so.com's result markup (res-list, data-mdurl, e_idea ads)."""
from __future__ import annotations

from spiders.parsers import so360
from tests.spiders.parsers.pages import ads, assert_plausible, organic, own_page

URL = "https://www.so.com/s?q=还呗客服电话"


def test_organic_results_use_data_mdurl_over_the_link_redirect():
    result = so360.parse(own_page("so360/s.html", URL))
    assert not result.fallback
    assert [r.url for r in organic(result.items)] == [
        "https://tieba.example.com/p/778899", "https://www.example.gov.cn/fanzha/2025.html"]
    assert "00852 5550 1234" in organic(result.items)[0].snippet
    assert organic(result.items)[1].snippet.startswith("警方提醒")
    assert_plausible(result.items)


def test_e_idea_promotion_is_an_ad():
    result = so360.parse(own_page("so360/s.html", URL))
    (ad,) = ads(result.items)
    assert ad.url.startswith("https://e.so.com/search/eclk")
    assert "0085255501236" in ad.snippet
    assert result.next_page == "https://www.so.com/s?q=%E8%BF%98%E5%91%97&pn=2"
