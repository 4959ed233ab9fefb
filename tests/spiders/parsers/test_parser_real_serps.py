"""Every SERP parser on the real saved pages of ../shared/pages/serp: counts, URLs, snippets, paging."""
from __future__ import annotations

import pytest

from spiders.parsers import baidu, duckduckgo, generic_serp, yahoo, yandex
from tests.spiders.parsers.pages import assert_plausible, organic, shared_page

REAL = [
    (baidu, "baidu-hello.html", "https://www.baidu.com/s?wd=Hello", 10),
    (duckduckgo, "duckduckgo-test-keyword-p1.html", "https://duckduckgo.com/?q=test+keyword", 10),
    (yahoo, "yahoo-hello.html", "https://search.yahoo.com/search?p=Hello", 9),
    (yandex, "yandex-hello.html", "https://yandex.com/search/?text=Hello", 10),
]


@pytest.mark.parametrize(("parser", "name", "url", "min_organic"), REAL, ids=[r[1] for r in REAL])
def test_real_pages_yield_organic_results_with_titles_urls_and_snippets(shared_dir, parser, name, url, min_organic):
    result = parser.parse(shared_page(shared_dir, name, url))
    assert not result.fallback, result.notes
    assert len(organic(result.items)) >= min_organic
    assert_plausible(result.items)
    with_snippet = [r for r in result.items if len(r.snippet) >= 20]
    assert len(with_snippet) >= len(result.items) * 0.8


def test_yahoo_ru_redirects_are_unwrapped(shared_dir):
    result = yahoo.parse(shared_page(shared_dir, "yahoo-hello.html", "https://search.yahoo.com/search?p=Hello"))
    assert result.items[0].url == "https://www.merriam-webster.com/dictionary/hello"
    assert not any("r.search.yahoo.com" in r.url for r in result.items)
    assert "b=11" in result.next_page


def test_baidu_uses_the_real_url_when_the_page_gives_it_and_keeps_the_redirect_otherwise(shared_dir):
    items = baidu.parse(shared_page(shared_dir, "baidu-hello.html", "https://www.baidu.com/s?wd=Hello")).items
    by_title = {r.title: r for r in items}
    assert by_title["hello(词语释义) - 百度百科"].url == "https://baike.baidu.com/item/hello/38467"
    assert by_title["hello network"].url.startswith("http://www.baidu.com/link?url=")
    assert by_title["hello(词语释义) - 百度百科"].snippet.startswith("Hello出自英语")


def test_baidu_next_page_is_the_下一页_link(shared_dir):
    result = baidu.parse(shared_page(shared_dir, "baidu-hello.html", "https://www.baidu.com/s?wd=Hello"))
    assert "pn=10" in result.next_page


def test_yandex_titles_are_the_link_text_not_the_favicon_block(shared_dir):
    items = yandex.parse(shared_page(shared_dir, "yandex-hello.html", "https://yandex.com/search/?text=Hello")).items
    assert items[0].title == "hello - Wiktionary"
    assert items[0].url == "https://en.wiktionary.org/wiki/hello"


GENERIC = [("baidu-hello.html", "https://www.baidu.com/s?wd=Hello", "baidu.com"),
           ("bing-hello.html", "https://www.bing.com/search?q=Hello", "bing.com"),
           ("google-hello.html", "https://www.google.com/search?q=Hello", "google.com"),
           ("yahoo-hello.html", "https://search.yahoo.com/search?p=Hello", "yahoo.com"),
           ("yandex-hello.html", "https://yandex.com/search/?text=Hello", "yandex.com")]


@pytest.mark.parametrize(("name", "url", "own"), GENERIC, ids=[g[0] for g in GENERIC])
def test_generic_fallback_still_finds_the_results_on_real_pages(shared_dir, name, url, own):
    result = generic_serp.parse(shared_page(shared_dir, name, url))
    assert result.fallback
    assert len(result.items) >= 8
    assert not any(r.url.split("/")[2].endswith(own) for r in result.items if not r.is_ad)


def test_site_domain_keeps_country_second_level_domains():
    assert generic_serp.site_domain("https://www.google.co.uk/search") == "google.co.uk"
    assert generic_serp.site_domain("https://news.sina.com.cn/x") == "sina.com.cn"
    assert generic_serp.site_domain("https://search.yahoo.com/search") == "yahoo.com"
