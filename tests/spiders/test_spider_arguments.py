"""Spider arguments and source settings are checked before any request, with clear errors."""
from __future__ import annotations

import subprocess
import sys

import pytest
from scrapy.settings import Settings

from localweb import BRANDS_TOML
from spiders.appstore import AppStoreSpider, html_stores_from_setting, track_id
from spiders.parsers.base import SavedResponse
from spiders.common import SpiderArgumentError, expand_queries, parser_for, pick_brands, positive_int
from spiders.forum import ForumSpider, seeds_from_setting
from spiders.seeds import SeedsSpider, is_sitemap_url
from spiders.serp import BraveBackend, BraveKeyMiddleware, Engine, SearchSpider, engines_from_setting, same_site
from tests.spiders.crawl import REPO_ROOT


def settings(**overrides) -> Settings:
    base = Settings()
    base.setmodule("crawler.settings")
    base.setdict({"SCAMSWEEP_CONFIG": str(BRANDS_TOML), **overrides})
    return base


def test_search_spider_expands_brand_templates_over_aliases():
    spider = SearchSpider()
    spider.configure(settings())
    queries = [q for _, q in spider.queries]
    assert "还呗 客服电话" in queries and "huanbei 人工客服" in queries and "Lumora Pay support phone" in queries
    assert len(queries) == len(set(queries)) == 3 * 2 + 4 * 2 + 3 * 2


def test_search_spider_restricts_brands_and_takes_explicit_queries():
    spider = SearchSpider(brands="快鹿贷")
    spider.configure(settings())
    assert {brand for brand, _ in spider.queries} == {"快鹿贷"}
    spider = SearchSpider(queries="a b| c ")
    spider.configure(settings())
    assert [q for _, q in spider.queries] == ["a b", "c"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: SearchSpider(brands="Nope"), "unknown brand 'Nope'"),
    (lambda: SearchSpider(engines="altavista"), "unknown engine 'altavista'"),
    (lambda: SearchSpider(pages="0"), "pages='0' must be at least 1"),
    (lambda: ForumSpider(pages="two"), "pages='two' is not a whole number"),
    (lambda: AppStoreSpider(countries="china"), "'china' is not a two-letter"),
    (lambda: AppStoreSpider(stores="appgallery"), "unknown store 'appgallery'"),
    (lambda: SeedsSpider(urls="file:///etc/passwd"), "is not an http(s) URL"),
    (lambda: SeedsSpider(follow="yes"), "follow='yes' must be 0 or 1"),
])
def test_bad_arguments_are_refused_with_a_clear_message(make, message):
    with pytest.raises(SpiderArgumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make().configure(settings())


@pytest.mark.parametrize(("engines", "message"), [
    ({"x": {"url": "https://x.example/?p={first}"}}, "needs a url with {query}"),
    ({"x": {"url": "https://x.example/?q={query}", "parser": "nope"}}, "unknown parser 'nope'"),
    ({"x": {"url": "https://x.example/?q={query}", "parser": "bing", "pages": -1}}, "must be at least 1"),
])
def test_bad_engine_settings_are_refused(engines, message):
    with pytest.raises(SpiderArgumentError, match=message.replace("{", r"\{").replace("}", r"\}")):
        engines_from_setting(engines, None)


def test_engine_page_urls():
    engine = Engine("bing", "https://www.bing.com/search?q={query}&first={first}", "bing", 2)
    assert engine.page_url("还呗 客服", 1) == "https://www.bing.com/search?q=%E8%BF%98%E5%91%97+%E5%AE%A2%E6%9C%8D&first=11"
    assert Engine("e", "https://e.example/?q={query}&o={offset}&p={page}&n={page1}", "bing", 1).page_url("a", 2) == "https://e.example/?q=a&o=20&p=2&n=3"


def test_app_store_settings_are_checked():
    with pytest.raises(SpiderArgumentError, match="needs a search URL"):
        html_stores_from_setting({"play": {"search": "https://play.example/search", "detail": "/details?id="}})
    with pytest.raises(SpiderArgumentError, match="unknown parser 'nope'"):
        html_stores_from_setting({"play": {"search": "https://p.example/?q={query}", "detail": "/d", "parser": "nope"}})
    spider = AppStoreSpider(stores="itunes")
    spider.configure(settings())
    assert spider.use_itunes and spider.html_stores == ()


def test_forum_seeds_are_checked():
    with pytest.raises(SpiderArgumentError, match="needs an http"):
        seeds_from_setting([{"url": "bbs.test/forum.php"}])
    with pytest.raises(SpiderArgumentError, match="search needs"):
        seeds_from_setting([{"url": "http://bbs.test/", "search": "http://bbs.test/search.php?q="}])
    assert seeds_from_setting([{"url": "http://bbs.test/"}])[0].parser == "discuz"


def test_seeds_spider_defaults_to_the_seed_hosts():
    spider = SeedsSpider(urls="http://a.test/sitemap.xml,https://B.test/x")
    spider.configure(settings())
    assert spider.allowed_domains == ["a.test", "b.test"]
    with pytest.raises(SpiderArgumentError, match="needs urls"):
        SeedsSpider().configure(settings())


@pytest.mark.parametrize(("url", "expected"), [
    ("http://a.test/sitemap.xml", True), ("http://a.test/sitemap_index.xml.gz", True), ("http://a.test/sitemap", True),
    ("http://a.test/", False), ("http://a.test/page.html", False),
])
def test_is_sitemap_url(url, expected):
    assert is_sitemap_url(url) is expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://apps.apple.com/cn/app/x/id1400000002?uo=4", "1400000002"), ("http://apps.test:1/us/app/y/id15", "15"),
    ("https://apps.apple.com/cn/app/x", None), ("https://apps.apple.com/app/idea", None),
])
def test_track_id(url, expected):
    assert track_id(url) == expected


def test_query_expansion_and_brand_picking_helpers():
    class Brand:
        def __init__(self, name, aliases):
            self.name, self.aliases = name, aliases
    brands = [Brand("A", ("A", "a")), Brand("B", ("B",))]
    assert expand_queries(brands, lambda b: ["{alias}  x"]) == [("A", "A x"), ("A", "a x"), ("B", "B x")]
    assert [b.name for b in pick_brands(brands, " B ,")] == ["B"] and len(pick_brands(brands, "")) == 2
    assert positive_int("n", "3") == 3
    for site in ("bing", "brave", "discuz", "itunes", "sitemap"):
        assert parser_for(site)(SavedResponse("http://a.test/", b"")).site == site


def test_scrapy_crawl_with_a_bad_argument_fails_before_crawling():
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "search", "-a", "brands=Nope", "-s", f"SCAMSWEEP_CONFIG={BRANDS_TOML}"],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "unknown brand 'Nope'" in result.stderr
    assert "downloader/request_count" not in result.stderr


def test_brave_key_is_added_when_sent_to_the_api_host_only():
    backend_request = BraveBackend("https://api.search.test/res/v1/web/search", "s3cret", 1).request("q", None)
    assert BraveKeyMiddleware.HEADER.encode() not in backend_request.headers  # never queued with the request
    middleware = BraveKeyMiddleware("api.search.test", "s3cret")
    middleware.process_request(backend_request)
    assert backend_request.headers[BraveKeyMiddleware.HEADER] == b"s3cret"
    redirected = backend_request.replace(url="https://elsewhere.test/")
    middleware.process_request(redirected)
    assert BraveKeyMiddleware.HEADER.encode() not in redirected.headers


def test_search_spider_installs_the_key_middleware_without_dropping_others():
    merged = settings()
    SearchSpider.update_settings(merged)
    middlewares = merged.getdict("DOWNLOADER_MIDDLEWARES")
    assert "spiders.serp.BraveKeyMiddleware" in middlewares and "crawler.middlewares.ssrf.SsrfGuardMiddleware" in middlewares


@pytest.mark.parametrize(("url", "serp", "expected"), [
    ("https://duckduckgo.com/y.js?u3=x", "https://html.duckduckgo.com/html/?q=a", True),
    ("http://baidu.test:1/link?url=x", "http://baidu.test:1/s?wd=a", True),
    ("http://huanbei-kefu.test:1/", "http://search.test:1/search?q=a", False),
    ("https://a.example/", "not a url", False),
])
def test_engine_click_wrappers_are_recognised_by_site(url, serp, expected):
    assert same_site(url, serp) is expected
