"""The fixture web as a crawler meets it: virtual hosts, realistic markup, control endpoints."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from localweb import EXPECTED_JSON, demo_settings, start_fixture_web
from localweb.sites import all_hosts
from localweb.wire import apply_number_markers


def test_server_prints_one_url_line_and_serves_it():
    process = subprocess.Popen([sys.executable, "-m", "localweb.server"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("FIXTUREWEB http://127.0.0.1:")
        assert int(line.rsplit(":", 1)[1]) > 0
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def test_a_wanted_port_that_is_taken_falls_back_to_one_the_os_picks(fixture_web):
    web = start_fixture_web(port=fixture_web.port)
    try:
        assert web.port not in (fixture_web.port, 0)
        assert web.fetch("huanbei.test", "/contact.html")[0] == 200
    finally:
        web.stop()


def test_pages_are_routed_by_host_header(fixture_web):
    status, _, official = fixture_web.fetch("huanbei.test", "/contact.html")
    assert status == 200 and "400-681-6666" in official.decode()
    status, _, scam = fixture_web.fetch("huanbei-kefu.test", "/")
    assert status == 200 and "0061 491 570 313" in scam.decode()
    assert fixture_web.fetch("nowhere.test", "/")[0] == 404


def test_links_carry_the_port_the_client_used(fixture_web):
    body = fixture_web.fetch("huanbei-kefu.test", "/")[2].decode()
    assert f"http://huanbei-kefu.test:{fixture_web.port}/zhuxiao.html" in body
    assert "{{port}}" not in body and "<!--n-->" not in body


def test_search_page_has_ten_organic_results_an_ad_and_a_next_page(fixture_web):
    body = fixture_web.fetch("search.test", "/search?q=%E8%BF%98%E5%91%97+%E5%AE%A2%E6%9C%8D%E7%94%B5%E8%AF%9D&first=1")[2].decode()
    assert body.count('<li class="b_algo">') == 10
    assert body.count('<li class="b_ad"') == 1
    assert 'class="sb_pagN"' in body and "first=11" in body


def test_last_search_page_has_no_next_link(fixture_web):
    body = fixture_web.fetch("search.test", "/search?q=%E8%BF%98%E5%91%97&first=21")[2].decode()
    assert 0 < body.count('<li class="b_algo">') < 10
    assert 'class="sb_pagN"' not in body


def test_ad_click_redirects_to_the_landing_page(fixture_web):
    body = fixture_web.fetch("search.test", "/search?q=Lumora+Pay+support+phone")[2].decode()
    start = body.index("/aclick?")
    href = body[start : body.index('"', start)].replace("&amp;", "&")
    status, headers, _ = fixture_web.fetch("search.test", href)
    assert status == 302 and headers["location"] == f"http://lumora-help.test:{fixture_web.port}/call-now.html"


def test_itunes_search_answers_in_the_documented_shape(fixture_web):
    status, headers, body = fixture_web.fetch("apps.test", "/search?term=Lumora&entity=software&country=us")
    data = json.loads(body)
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert data["resultCount"] == len(data["results"]) == 2
    for record in data["results"]:
        assert {"trackName", "sellerName", "artistName", "bundleId", "description", "trackViewUrl", "trackId"} <= set(record)
    lookup = json.loads(fixture_web.fetch("apps.test", "/lookup?id=1500000002")[2])
    assert lookup["results"][0]["bundleId"] == "com.lumorahelp.desk"


def test_brave_api_needs_a_token_and_answers_web_results(fixture_web):
    assert fixture_web.fetch("api.search.test", "/res/v1/web/search?q=huanbei")[0] == 401
    data = json.loads(fixture_web.fetch_with_headers("api.search.test", "/res/v1/web/search?q=huanbei", {"X-Subscription-Token": "k"})[2])
    assert data["type"] == "search" and data["web"]["results"][0]["url"].startswith("http://huanbei.test:")


def test_old_forum_is_gbk_and_one_thread_lies_about_its_charset(fixture_web):
    status, headers, body = fixture_web.fetch("oldbbs.test", "/viewthread.php?tid=77")
    assert headers["content-type"] == "text/html; charset=gbk" and "还呗人工客服".encode("gbk") in body
    status, headers, body = fixture_web.fetch("oldbbs.test", "/viewthread.php?tid=78")
    assert headers["content-type"] == "text/html" and b"charset=utf-8" in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "快鹿贷" in body.decode("gb18030")


def test_forum_thread_list_and_threads_paginate(fixture_web):
    first = fixture_web.fetch("bbs.test", "/forum.php?mod=forumdisplay&fid=4")[2].decode()
    assert first.count('id="normalthread_') == 20 and 'class="nxt"' in first
    second = fixture_web.fetch("bbs.test", "/forum.php?mod=viewthread&tid=1001&page=2")[2].decode()
    assert "400 168 7721" in second and 'id="postmessage_100111"' in second


def test_robots_disallows_the_checkout_page(fixture_web):
    assert "Disallow: /cart/" in fixture_web.fetch("shop.test", "/robots.txt")[2].decode()
    assert "Disallow:\n" in fixture_web.fetch("huanbei.test", "/robots.txt")[2].decode()


def test_hits_are_counted_per_host_and_page(fixture_web):
    before = fixture_web.hits("recipes.test")
    fixture_web.fetch("recipes.test", "/hongshaorou.html")
    fixture_web.fetch("recipes.test", "/hongshaorou.html")
    assert fixture_web.hits("recipes.test") == before + 2
    assert fixture_web.hits()["recipes.test/hongshaorou.html"] >= 2
    assert fixture_web.hits("/hongshaorou.html") >= 2


@pytest.mark.parametrize(
    ("mode", "status", "has_number"),
    [("gone", 410, False), ("not_found", 404, False), ("number_removed", 200, False), ("live", 200, True)],
)
def test_state_makes_a_page_gone_missing_or_cleaned(fixture_web, mode, status, has_number):
    fixture_web.set_state("/refund.html", "lumora-help.test", mode)
    try:
        got, _, body = fixture_web.fetch("lumora-help.test", "/refund.html")
        assert got == status
        assert ("1 8 8 8" in body.decode()) is has_number
        if mode == "number_removed":
            assert "Refund desk" in body.decode()
    finally:
        fixture_web.set_state("/refund.html", "lumora-help.test", "live")


def test_unknown_state_is_refused(fixture_web):
    status, _, body = fixture_web.fetch("127.0.0.1", "/__state", "POST", b'{"host": "a.test", "path": "/", "mode": "exploded"}')
    assert status == 400 and b"unknown mode" in body


def test_fault_endpoints(fixture_web):
    assert fixture_web.fetch("shop.test", "/__status/500")[0] == 500
    assert fixture_web.fetch("shop.test", "/__slow?seconds=0")[0] == 200


def test_number_markers_keep_or_drop_what_they_wrap():
    html = "<p>call <!--n-->400 1<!--/n--> now</p>"
    assert apply_number_markers(html, remove_numbers=False) == "<p>call 400 1 now</p>"
    assert apply_number_markers(html, remove_numbers=True) == "<p>call  now</p>"


def test_demo_settings_map_every_host_to_loopback(fixture_web):
    settings = demo_settings(fixture_web)
    assert set(settings["SCAMSWEEP_STATIC_HOSTS"]) == set(all_hosts())
    assert set(settings["SCAMSWEEP_STATIC_HOSTS"].values()) == {f"127.0.0.1:{fixture_web.port}"}
    assert settings["SCAMSWEEP_SSRF_ALLOW_HOSTS"] == ["127.0.0.1"]
    # URLs never carry the port, so the same page has the same URL in every run
    assert settings["SCAMSWEEP_SEARCH_ENGINES"]["bing"]["url"].startswith("http://search.test/search?")


def test_a_request_without_a_port_gets_links_without_one(fixture_web):
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", fixture_web.port, timeout=30)
    try:
        connection.request("GET", "/zhuxiao.html", headers={"Host": "huanbei-kefu.test"})
        body = connection.getresponse().read().decode("utf-8")
    finally:
        connection.close()
    assert "http://huanbei-kefu.test/zhuxiao.html" in body or "http://huanbei-kefu.test/" in body
    assert f":{fixture_web.port}" not in body


def test_every_expected_page_is_served(fixture_web):
    expected = json.loads(EXPECTED_JSON.read_text("utf-8"))
    pages = expected["scam_pages"] + expected["legitimate_pages"] + expected["never_fetched"]
    for entry in pages + expected["scam_apps"] + expected["legitimate_apps"]:
        status, _, _ = fixture_web.fetch(entry["host"], entry["target"])
        assert status == 200, entry


def test_pages_carry_validators_and_answer_304_when_unchanged(fixture_web):
    status, headers, _ = fixture_web.fetch("huanbei.test", "/contact.html")
    assert status == 200 and headers["etag"].startswith('"') and headers["last-modified"].endswith("GMT")
    again = fixture_web.fetch_with_headers("huanbei.test", "/contact.html", {"If-None-Match": headers["etag"]})
    assert again[0] == 304 and again[2] == b""
    assert fixture_web.fetch_with_headers("huanbei.test", "/contact.html", {"If-None-Match": '"other"'})[0] == 200


def test_a_changed_page_gets_a_new_etag(fixture_web):
    live = fixture_web.fetch("lumora-help.test", "/")[1]["etag"]
    fixture_web.set_state("/", "lumora-help.test", "number_removed")
    try:
        status, headers, _ = fixture_web.fetch_with_headers("lumora-help.test", "/", {"If-None-Match": live})
        assert status == 200 and headers["etag"] != live and "last-modified" not in headers
    finally:
        fixture_web.set_state("/", "lumora-help.test", "live")
