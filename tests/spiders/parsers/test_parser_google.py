"""Google SERP parser on real saved pages (basic and desktop layouts) and on unknown markup."""
from __future__ import annotations

import pytest

from spiders.parsers import google
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import ads, assert_plausible, organic, own_page, shared_page

REAL = [
    ("google-hello.html", "https://www.google.com/search?gbv=1&q=Hello", 11, 0),
    ("google-test-keyword-p1.html", "https://www.google.com/search?q=test+keyword", 10, 1),
]


@pytest.mark.parametrize(("name", "url", "min_organic", "min_ads"), REAL)
def test_real_google_pages_yield_organic_results_and_ads(shared_dir, name, url, min_organic, min_ads):
    result = google.parse(shared_page(shared_dir, name, url))
    assert not result.fallback, result.notes
    assert len(organic(result.items)) >= min_organic
    assert len(ads(result.items)) >= min_ads
    assert_plausible(result.items, ("www.google.com",))
    assert result.next_page and "start=10" in result.next_page


def test_url_q_redirects_are_unwrapped_to_the_target(shared_dir):
    result = google.parse(shared_page(shared_dir, "google-hello.html", "https://www.google.com/search?gbv=1&q=Hello"))
    urls = [r.url for r in result.items]
    assert "https://en.wikipedia.org/wiki/Hello_(Adele_song)" in urls
    assert not any("google.com/url" in url for url in urls)


def test_headingless_cards_count_but_sitelinks_and_durations_do_not(shared_dir):
    result = google.parse(shared_page(shared_dir, "google-hello.html", "https://www.google.com/search?gbv=1&q=Hello"))
    urls = [r.url for r in result.items]
    assert urls[0].startswith("https://abcnews.go.com/")  # a top-stories card, in page order
    assert not any("#" in url for url in urls)  # Wikipedia sitelinks stay inside their result
    assert "https://www.youtube.com/watch?v=YQHsXMglC9A" not in urls  # its only link text is "6:07"


def test_ads_region_marks_the_paid_result_with_its_landing_url(shared_dir):
    result = google.parse(shared_page(shared_dir, "google-test-keyword-p1.html", "https://www.google.com/search?q=test+keyword"))
    (ad,) = ads(result.items)
    assert ad.url.startswith("https://www.semrush.com/")
    assert "Keyword" in ad.title
    assert organic(result.items)[0].url == "https://keywordtool.io/"
    assert organic(result.items)[0].snippet.startswith("Keyword Tool is #1")


def test_snippet_keeps_a_number_split_by_inline_tags_whole():
    page = ('<div class="g"><a href="/url?q=https://fake.example/&amp;sa=U"><h3>还呗客服电话</h3></a>'
            '<div class="VwiC3b">客服热线 <em>00</em>852-<b>5555</b>-0123 全天</div></div>').encode()
    (item,) = google.parse(SavedResponse("https://www.google.com/search?q=x", page)).items
    assert item.snippet == "客服热线 00852-5555-0123 全天"
    assert item.url == "https://fake.example/"


def test_unknown_markup_falls_back_to_outbound_links_and_says_so():
    page = b'<html><body><main><a href="https://elsewhere.example/x">A landing page</a> with text</main></body></html>'
    result = google.parse(SavedResponse("https://www.google.com/search?q=x", page))
    assert result.fallback
    assert any("not recognised" in note for note in result.notes)
    assert [r.url for r in result.items] == ["https://elsewhere.example/x"]


def test_current_layout_with_a_text_ad_and_heading_role_titles():
    result = google.parse(own_page("google/current-layout.html", "https://www.google.com/search?q=还呗客服电话"))
    assert not result.fallback
    (ad,) = ads(result.items)
    assert (ad.title, ad.url) == ("还呗人工客服 - 官方注销通道", "https://huanbei-kefu.example/?gclid=abc")
    assert "00852-5550-1234" in ad.snippet
    first, second = organic(result.items)
    assert (first.url, first.snippet) == ("https://www.huanbei.example.cn/contact", "还呗官方客服电话：400-681-6666，工作时间 9:00-21:00。")
    assert "00852 5550 1234" in second.snippet
    assert result.next_page == "https://www.google.com/search?q=%E8%BF%98%E5%91%97&start=10"
