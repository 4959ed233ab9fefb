"""Every SERP parser on the real saved pages of ../shared/pages/serp: counts, URLs, snippets, paging."""
from __future__ import annotations

import pytest

from spiders.parsers import baidu, bing, duckduckgo, generic_serp, google, yahoo, yandex
from spiders.parsers.html import host_of
from tests.spiders.parsers.pages import ads, assert_plausible, organic, shared_page

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


# --- pages with ads (se-scraper's static tests, Swiss/German locale, browser "Save page as") --------

BING_ADS = [
    ("bing-ads-kaffeemaschine-kaufen.html", "kaffeemaschine+kaufen",
     ("Kaffeemaschinen und Teemaschinen - Günstig …",
      "https://www.fust.ch/de/r/kuechengeraete/kaffeemaschinen-und-teemaschinen-10.html"),
     "Kaffeemaschine neu oder gebraucht auf ricardo.ch",
     ("Alternative zu Mespresso - Kapselmaschine kaufen ab 9 Fr", "www.beanarella.ch")),
    ("bing-ads-best-cloud-services.html", "best+cloud+services",
     ("The Best Cloud Storage and File-Sharing Services for 2019 ...",
      "https://www.pcmag.com/roundup/306323/the-best-cloud-storage-providers-and-file-syncing-services"),
     "Cloud Storage Comparison 2019",
     ("Cloud Service für KMU - Cloud Service Management", "www.onventoo.com")),
]


@pytest.mark.parametrize(("name", "query", "first", "last_title", "first_ad"), BING_ADS, ids=[b[0] for b in BING_ADS])
def test_bing_pages_with_ads_give_six_organic_results_and_the_advertisers_urls(shared_dir, name, query, first, last_title,
                                                                                first_ad):
    result = bing.parse(shared_page(shared_dir, name, f"https://www.bing.com/search?q={query}"))
    assert not result.fallback
    results = organic(result.items)
    assert len(results) == 6 and (results[0].title, results[0].url) == first
    assert results[-1].title.startswith(last_title)
    paid = ads(result.items)
    # Mainline: 4 ads on top, 3 at the bottom repeating three of them (7 `h2 a`, 4 distinct); the sidebar
    # (#b_context) holds 5 more. Every one is reported once, under the advertiser's URL, not bing.com/aclick.
    assert len(paid) == 4 + 5
    assert (paid[0].title, host_of(paid[0].url)) == first_ad
    assert not any("bing.com" in host_of(ad.url) for ad in paid)
    assert_plausible(result.items)


def test_google_100_results_page_counts_the_featured_result_once_and_leaves_people_also_ask_out(shared_dir):
    result = google.parse(shared_page(shared_dir, "google-ads-cloud-services.html",
                                      "https://www.google.ch/search?q=cloud+services&num=100"))
    results = organic(result.items)
    # The README counts 100 distinct `div.r > a` hrefs in top-level `div.g`; one of them is a
    # "People also ask" answer (eigene-cloud-einrichten.de), which is not a ranked result.
    assert len(results) == 99
    assert [r.url for r in results].count("https://de.wikipedia.org/wiki/Cloud_Computing") == 1
    assert (results[0].rank, results[0].title) == (1, "Cloud Computing – Wikipedia")
    assert results[-1].url == "https://www.zanet.ch/cloud-computing/"
    assert not any("eigene-cloud-einrichten.de" in r.url for r in results)
    assert len(ads(result.items)) == 4 + 1  # #tads and #tadsb
    assert_plausible(result.items)


def test_google_page_with_shopping_units_counts_neither_them_nor_its_image_block_as_organic(shared_dir):
    result = google.parse(shared_page(shared_dir, "google-ads-rueckspiegel-schwarz.html",
                                      "https://www.google.ch/search?q=r%C3%BCckspiegel+schwarz"))
    results = organic(result.items)
    assert len(results) == 9
    assert results[0].title == "▷ CatEye BM 500 G Rückspiegel schwarz online bei Bikester.ch"
    assert not any(host_of(r.url).endswith("google.ch") for r in results)  # "Bilder zu …" links to google.ch
    assert len(ads(result.items)) == 3  # all in #tadsb
