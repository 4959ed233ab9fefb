"""Every app-store parser on the real saved answers and pages of ../shared/pages/app, read in place.

Expected values are those of ../shared/pages/README.md. Each test calls the parser itself.
"""
from __future__ import annotations

from spiders.parsers import googleplay, itunes, tencent
from tests.spiders.parsers.pages import real_page

ITUNES = "app/itunes/"
PLAY = "https://play.google.com/store/apps/details?id="


def test_itunes_search_of_39_mac_apps_keeps_both_kinds_and_names_the_seller(shared_dir):
    page = real_page(shared_dir, ITUNES + "itunes-search-macsoftware-slack-39results.json",
                     "https://itunes.apple.com/search?term=slack&entity=macSoftware", "text/javascript; charset=utf-8")
    result = itunes.parse(page)
    assert not result.fallback and len(result.items) == 39  # 37 "mac-software" and 2 "software"
    first, second, last = result.items[0], result.items[1], result.items[-1]
    assert (first.name, first.bundle_id, first.developer) == ("Slack", "com.tinyspeck.slackmacgap", "Slack Technologies, Inc.")
    assert first.store_url == "https://apps.apple.com/us/app/slack/id803453959?mt=12&uo=4"
    assert second.name == "Spark – Email App by Readdle"
    assert (last.name, last.bundle_id, last.developer) == ("DaysPast", "com.100hps.dayspast.mas", "Lei Liu")
    assert {app.store for app in result.items} == {"itunes"}


def test_itunes_lookup_gives_the_one_app(shared_dir):
    page = real_page(shared_dir, ITUNES + "itunes-lookup-macsoftware-slack-id803453959.json",
                     "https://itunes.apple.com/lookup?id=803453959")
    (app,) = itunes.parse(page).items
    assert (app.name, app.bundle_id, app.developer) == ("Slack", "com.tinyspeck.slackmacgap", "Slack Technologies, Inc.")
    assert app.store_url.startswith("https://itunes.apple.com/us/app/slack/id803453959?mt=12")


def test_itunes_empty_answer_with_odd_whitespace_is_an_empty_result_not_an_error(shared_dir):
    page = real_page(shared_dir, ITUNES + "itunes-search-nonexistent-0results.json",
                     "https://itunes.apple.com/search?term=nonexistent")
    assert page.body.startswith(b"\n\n\n{")
    result = itunes.parse(page)
    assert (result.items, result.fallback, result.notes) == ([], False, [])


def test_itunes_developer_is_the_seller_not_the_artist_name(shared_dir):
    page = real_page(shared_dir, ITUNES + "itunes-lookup-ios-apple-developer-id640199958.json",
                     "https://itunes.apple.com/lookup?id=640199958")
    (app,) = itunes.parse(page).items
    assert (app.name, app.bundle_id, app.developer) == ("Apple Developer", "developer.apple.wwdc-Release", "Apple Inc.")
    assert app.store_url == "https://apps.apple.com/us/app/apple-developer/id640199958?uo=4"


def test_google_play_2019_page_saved_by_a_browser_gives_name_developer_and_package(shared_dir):
    page = real_page(shared_dir, "app/googleplay/googleplay-details-com.trixi.bike.stunts.driving-2019.html",
                     PLAY + "com.trixi.bike.stunts.driving&hl=en")
    assert b"<!-- saved from url=" in page.body[:100]
    result = googleplay.parse(page)
    assert not result.fallback
    (app,) = result.items
    assert (app.name, app.developer, app.bundle_id) == ("Bike Games: Bike Racing Games", "Trixi Craft",
                                                         "com.trixi.bike.stunts.driving")
    assert app.description.startswith("Do you like stunt bike games?")


def test_google_play_2019_page_with_a_rating(shared_dir):
    page = real_page(shared_dir, "app/googleplay/googleplay-details-com.instagram.igtv-2019.html", PLAY + "com.instagram.igtv&hl=en")
    (app,) = googleplay.parse(page).items
    assert (app.name, app.developer, app.bundle_id) == ("IGTV", "Instagram", "com.instagram.igtv")
    assert app.store_url == PLAY + "com.instagram.igtv&hl=en"


def test_yingyongbao_search_answer_gives_each_app_with_its_package_from_the_apk_name(shared_dir):
    page = real_page(shared_dir, "app/cn-markets/yingyongbao-sj.qq.com-searchAjax-weixin-fragment.json",
                     "https://sj.qq.com/myapp/searchAjax.htm?kw=%E5%BE%AE%E4%BF%A1")
    result = tencent.parse(page)
    assert not result.fallback
    assert [(app.name, app.bundle_id) for app in result.items] == [("微信", "com.tencent.mm"), ("多开助手", "com.boly.wxmultopen")]
    assert result.links == ["https://sj.qq.com/myapp/detail.htm?apkName=com.tencent.mm",
                            "https://sj.qq.com/myapp/detail.htm?apkName=com.boly.wxmultopen"]
    assert {app.store for app in result.items} == {"tencent"}
