"""Each spider end to end against the fixture web, checked against its ground truth (expected.json)."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from localweb import EXPECTED_JSON, engine_settings
from localweb.catalogue import ADS, BRAND_RESULTS, ORDINARY
from tests.spiders.crawl import run_crawl

pytestmark = pytest.mark.slow
EXPECTED = json.loads(EXPECTED_JSON.read_text("utf-8"))
FORUM_HOSTS = ("bbs.test", "oldbbs.test", "phpbb.test", "discourse.test", "tieba.test")


def items_by_url(result) -> dict[str, dict]:
    return {item["url"]: item for item in result.items}


@pytest.fixture(scope="module")
def search_crawl(fixture_web, tmp_path_factory):
    hits_before = fixture_web.hits()
    result = run_crawl(fixture_web, "search", tmp_path_factory.mktemp("search"))
    assert result.returncode == 0, result.log[-3000:]
    result.hits = {key: n - hits_before.get(key, 0) for key, n in fixture_web.hits().items()}
    return result


@pytest.fixture(scope="module")
def forum_crawl(fixture_web, tmp_path_factory):
    result = run_crawl(fixture_web, "forum", tmp_path_factory.mktemp("forum"))
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_search_fetches_every_landing_page_once_with_where_it_was_found(fixture_web, search_crawl):
    found = items_by_url(search_crawl)
    assert len(found) == len(search_crawl.items), "a page was yielded twice"
    listed = [*ORDINARY, *ADS.values(), *(listing for group in BRAND_RESULTS.values() for listing in group)]
    never = {fixture_web.host_url(e["host"], e["target"]) for e in EXPECTED["never_fetched"]}
    landings = {fixture_web.host_url(listing.host, listing.path) for listing in listed} - never
    assert landings <= set(found), sorted(landings - set(found))
    for url in landings:
        item = found[url]
        assert item["engine"] in ("bing", "baidu", "duckduckgo") and item["query"] and item["rank"] >= 1, url
        assert item["status"] == 200 and item["ip_address"] == "127.0.0.1" and item["source_kind"] == "search"
        assert item["title"] and item["text"] and item["fetched_at"].endswith("+00:00")


def test_search_marks_ad_landings_and_keeps_snippets_as_segments(fixture_web, search_crawl):
    found = items_by_url(search_crawl)
    for entry in (e for e in EXPECTED["scam_pages"] if e.get("ad")):
        assert found[fixture_web.host_url(entry["host"], entry["target"])]["is_ad"] is True
    segments = [s for item in search_crawl.items if "results_page" in item["flags"] for s in item["segments"]]
    for entry in EXPECTED["scam_snippets"]:
        landing = fixture_web.host_url(entry["landing_host"], entry["landing_target"])
        kind = "ad_snippet" if entry["is_ad"] else "snippet"
        assert any(s["url"] == landing and s["kind"] == kind and s["text"] for s in segments), (landing, kind)


def test_search_pages_carry_ten_organic_snippets_and_paginate(fixture_web, search_crawl):
    serps = [item for item in search_crawl.items if item["url"].startswith(fixture_web.host_url("search.test", "/search"))]
    first_pages = [item for item in serps if item["url"].endswith("first=1")]
    assert len(first_pages) == 20  # one per brand query (3x2 + 4x2 + 3x2)
    baidu_first = [item for item in search_crawl.items if item["engine"] == "baidu" and item["url"].endswith("pn=0")]
    assert len(baidu_first) == 20 and all(len(item["segments"]) == 11 for item in baidu_first)
    for item in first_pages:
        assert item["text"] == "" and "results_page" in item["flags"]  # judged per snippet only
        assert sum(s["kind"] == "snippet" for s in item["segments"]) == 10
        assert sum(s["kind"] == "ad_snippet" for s in item["segments"]) == 1
    assert any(item["url"].endswith("first=21") for item in serps), "no third result page"


def test_search_follows_engine_redirects_and_keeps_the_chain(fixture_web, tmp_path):
    result = run_crawl(fixture_web, "search", tmp_path, args={"engines": "baidu", "brands": "快鹿贷", "pages": "1"})
    redirected = [item for item in result.items if item["redirect_chain"]]
    assert redirected, "no result reached through Baidu's /link?url= redirect"
    for item in redirected:  # the page is known by its landing URL; the wrapper heads its redirect chain
        assert item["redirect_chain"][0].startswith(fixture_web.host_url("baidu.test", "/link?url="))
        assert item["url"] == item["final_url"] and not item["url"].startswith(fixture_web.host_url("baidu.test", "/"))
        assert item["engine"] == "baidu"


def test_duckduckgo_html_results_and_its_ad_click(fixture_web, tmp_path):
    result = run_crawl(fixture_web, "search", tmp_path, args={"engines": "duckduckgo", "brands": "Lumora Pay"})
    pages = [item for item in result.items if "results_page" in item["flags"]]
    assert len(pages) == 8 and all(sum(s["kind"] == "snippet" for s in p["segments"]) == 10 for p in pages)
    ad = next(item for item in result.items if item["is_ad"])
    assert ad["url"] == fixture_web.host_url("lumora-help.test", "/call-now.html")
    assert ad["redirect_chain"][0].startswith(fixture_web.host_url("ddg.test", "/y.js?"))


@pytest.mark.parametrize("engine", ["google", "sogou", "yahoo", "yandex", "so360"])
def test_more_engines_run_end_to_end(fixture_web, tmp_path, engine):
    result = run_crawl(fixture_web, "search", tmp_path, args={"engines": engine, "brands": "还呗", "pages": "2"},
                       settings={"SCAMSWEEP_SEARCH_ENGINES": engine_settings(fixture_web)})
    pages = [item for item in result.items if "results_page" in item["flags"]]
    assert len(pages) == 6 * 2  # 还呗's six queries (3 aliases x 2 templates), two pages each
    first_pages = [p for p in pages if sum(s["kind"] == "ad_snippet" for s in p["segments"]) == 1]
    assert first_pages and all(sum(s["kind"] == "snippet" for s in p["segments"]) == 10 for p in first_pages)
    landings = {item["url"] for item in result.items if item["rank"]}
    assert fixture_web.host_url("huanbei-kefu.test", "/kefu.html") in landings  # the ad, through its click URL
    assert fixture_web.host_url("ask.test", "/q/10086.html") in landings


def test_search_obeys_robots_txt(fixture_web, search_crawl):
    never = EXPECTED["never_fetched"][0]
    assert search_crawl.hits.get(f"{never['host']}{never['target']}", 0) == 0
    assert search_crawl.hits["shop.test/robots.txt"] == 1
    assert search_crawl.stats.get("downloader/exception_type_count/scrapy.exceptions.IgnoreRequest", 0) >= 1


def test_forum_yields_every_thread_page_with_its_posts(fixture_web, forum_crawl):
    found = items_by_url(forum_crawl)
    assert len(found) == len(forum_crawl.items)
    threads = [e for e in EXPECTED["scam_pages"] + EXPECTED["legitimate_pages"] if e["host"] in FORUM_HOSTS]
    for entry in threads:
        item = found[fixture_web.host_url(entry["host"], entry["target"])]
        assert item["source_kind"] == "forum" and item["segments"], entry
        assert all(s["kind"] == "post" and s["author"] and s["time"] for s in item["segments"]), entry
        if entry.get("post"):
            post = item["segments"][(entry["post"] - 1) % 10]
            assert post["text"] and entry["brand"][:2].lower() in (post["text"] + item["title"]).lower(), entry


def test_forum_reads_gbk_and_overrules_a_lying_charset(fixture_web, forum_crawl):
    found = items_by_url(forum_crawl)
    gbk = found[fixture_web.host_url("oldbbs.test", "/viewthread.php?tid=77")]
    assert "００ ６１ ４９１ ５７１ ８０４" in gbk["segments"][0]["text"] and gbk["encoding"] == "gb18030"
    lying = found[fixture_web.host_url("oldbbs.test", "/viewthread.php?tid=78")]
    assert "charset_mismatch" in lying["flags"] and "00 61 491 570 159" in lying["text"]


def test_forum_yields_thread_pages_and_search_hits_only(fixture_web, forum_crawl):
    hosts = Counter(item["url"].split("/")[2].split(":")[0] for item in forum_crawl.items if "search" not in item["url"])
    assert hosts == {"bbs.test": 27 + 1, "oldbbs.test": 3, "phpbb.test": 3 + 1, "discourse.test": 2, "tieba.test": 2}
    hits = [item for item in forum_crawl.items if "search" in item["url"] and not any("fallback" in f for f in item["flags"])]
    assert all(segment["url"] for item in hits for segment in item["segments"])


def test_forum_search_hits_carry_the_scam_excerpt(fixture_web, forum_crawl):
    found = items_by_url(forum_crawl)
    hit = found[fixture_web.host_url("discourse.test", "/search.json?q=huanbei")]
    assert any("00 61 491 572 549" in s["text"] and s["url"].endswith("/t/huanbei-account-cancel/41") for s in hit["segments"])
    gbk = found[fixture_web.host_url("tieba.test", "/f/search/res?ie=utf-8&qw=%E8%BF%98%E5%91%97")]
    assert gbk["encoding"] == "gb18030" and any("零零六一" in s["text"] and s["author"] == "还呗客服专员" for s in gbk["segments"])


def test_forum_pagination_stops_at_the_page_cap(fixture_web, tmp_path):
    endless = fixture_web.host_url("bbs.test", "/forum.php?mod=forumdisplay&fid=99")
    before = sum(n for key, n in fixture_web.hits().items() if "fid=99" in key)
    result = run_crawl(fixture_web, "forum", tmp_path, args={"pages": "3"},
                       settings={"SCAMSWEEP_FORUM_SEEDS": [{"url": endless, "parser": "discuz"}]})
    assert result.returncode == 0 and result.stats["scamsweep/forum/page_cap"] == 1
    pages_fetched = sum(n for key, n in fixture_web.hits().items() if "fid=99" in key)
    assert pages_fetched - before == 3


def test_apps_yields_each_listing_once_from_every_store(fixture_web, tmp_path):
    result = run_crawl(fixture_web, "apps", tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    apps = {(item["app"]["store"], item["app"]["bundle_id"]): item for item in result.items}
    assert len(apps) == len(result.items)
    expected = EXPECTED["scam_apps"] + [a for a in EXPECTED["legitimate_apps"] if a["brand"]]
    assert set(apps) == {(a["store"], a["bundle_id"]) for a in expected}
    for entry in expected:  # the URL fetched is the one the ground truth names, whichever search found it
        assert apps[(entry["store"], entry["bundle_id"])]["url"] == fixture_web.host_url(entry["host"], entry["target"])
    for entry in EXPECTED["scam_apps"]:
        item = apps[(entry["store"], entry["bundle_id"])]
        assert item["app"]["developer"] == entry["developer"] and item["source_kind"] == "app"
        assert item["segments"][0]["kind"] == "app_description" and item["app"]["description"] in item["text"]
        assert item["app"]["store_url"].startswith(fixture_web.host_url(entry["host"], "/"))


def test_apps_store_argument_limits_the_stores(fixture_web, tmp_path):
    result = run_crawl(fixture_web, "apps", tmp_path, args={"stores": "xiaomi", "brands": "快鹿贷"})
    assert {item["app"]["bundle_id"] for item in result.items} == {"com.kuailudai.app", "com.klkefu.zhuxiao"}


def test_seeds_follow_the_sitemap_within_its_domain(fixture_web, tmp_path):
    news_before = fixture_web.hits("news.test")
    result = run_crawl(fixture_web, "seeds", tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    assert {item["url"] for item in result.items} == {
        fixture_web.host_url("huanbei-kefu.test", path) for path in ("/", "/zhuxiao.html", "/tuikuan.html")}
    assert fixture_web.hits("news.test") == news_before  # listed in the sitemap, outside the domain
    assert all(item["source_kind"] == "seed" for item in result.items)


def test_seeds_read_a_gzipped_sitemap(fixture_web, tmp_path):
    result = run_crawl(fixture_web, "seeds", tmp_path, args={"urls": fixture_web.host_url("lumora-help.test", "/sitemap.xml.gz"), "follow": "0"})
    assert {item["url"] for item in result.items} == {fixture_web.host_url("lumora-help.test", p) for p in ("/", "/refund.html")}


def test_brave_backend_on_with_a_key_and_off_without(fixture_web, tmp_path):
    args = {"brands": "Lumora Pay", "engines": "bing", "pages": "1"}
    result = run_crawl(fixture_web, "search", tmp_path / "on", args=args, env={"BRAVE_SEARCH_API_KEY": "fixture-key"})
    brave = [item for item in result.items if item["engine"] == "brave"]
    api_pages = [item for item in brave if item["url"].startswith(fixture_web.host_url("api.search.test", "/"))]
    assert api_pages and all(item["segments"] for item in api_pages)
    assert ("X-Subscription-Token", "REDACTED") in [tuple(h) for h in api_pages[0]["request_headers"]]
    assert "fixture-key" not in json.dumps(result.items)
    off = run_crawl(fixture_web, "search", tmp_path / "off", args=args, env={"BRAVE_SEARCH_API_KEY": ""})
    assert "Brave Search API backend off: environment variable BRAVE_SEARCH_API_KEY is not set" in off.log
    assert not any(item["engine"] == "brave" for item in off.items)
