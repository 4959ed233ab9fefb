"""Tencent 应用宝 parser on a detail page written in its det-* markup."""
from __future__ import annotations

from spiders.parsers import tencent
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import own_page

URL = "https://sj.qq.com/myapp/detail.htm?apkName=com.hbzs.kefu.assist"


def test_detail_page_gives_name_developer_package_and_description():
    result = tencent.parse(own_page("tencent/detail.html", URL))
    assert not result.fallback
    (app,) = result.items
    assert (app.name, app.developer, app.bundle_id, app.store) == (
        "还呗贷款助手", "广州某某信息咨询有限公司", "com.hbzs.kefu.assist", "tencent")
    assert "00852 5550 1234" in app.description


def test_new_layout_without_det_markup_falls_back_to_meta_and_the_url_package():
    page = '<html><head><title>还呗-应用宝官网</title><meta name="description" content="客服 00852"></head><body></body></html>'
    result = tencent.parse(SavedResponse("https://sj.qq.com/appdetail/com.x?apkName=com.x", page.encode()))
    assert result.fallback
    assert result.items[0].name == "还呗-应用宝官网"
