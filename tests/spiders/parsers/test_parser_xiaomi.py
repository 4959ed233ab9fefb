"""Xiaomi app store parser on a detail page written in app.mi.com's markup."""
from __future__ import annotations

from spiders.parsers import xiaomi
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import own_page

URL = "https://app.mi.com/details?id=com.hb.jisu.loan"


def test_detail_page_gives_name_developer_package_and_description():
    result = xiaomi.parse(own_page("xiaomi/details.html", URL))
    assert not result.fallback
    (app,) = result.items
    assert (app.name, app.developer, app.bundle_id, app.store) == (
        "还呗极速版", "深圳市某某网络服务有限公司", "com.hb.jisu.loan", "xiaomi")
    assert "00852-5550-1234" in app.description
    assert app.store_url == URL


def test_unknown_markup_falls_back_to_the_page_title_and_meta():
    page = '<html><head><title>还呗-小米应用商店</title><meta name="description" content="客服 00852 5550 1234"></head><body></body></html>'
    result = xiaomi.parse(SavedResponse(URL, page.encode()))
    assert result.fallback
    (app,) = result.items
    assert app.name == "还呗-小米应用商店" and app.bundle_id == "com.hb.jisu.loan"
