"""Google Play parser on a detail page written in Play's markup, with and without JSON-LD."""
from __future__ import annotations

import re

from spiders.parsers import googleplay
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import own_page

URL = "https://play.google.com/store/apps/details?id=com.hbkefu.assist"


def test_detail_page_gives_name_developer_package_description_and_canonical_url():
    result = googleplay.parse(own_page("googleplay/details.html", URL))
    assert not result.fallback
    (app,) = result.items
    assert (app.name, app.developer, app.bundle_id, app.store) == (
        "Huanbei Kefu Assistant", "HB Service Studio", "com.hbkefu.assist", "googleplay")
    assert "00852 5550 1234" in app.description and "不是还呗官方应用" in app.description
    assert app.store_url == "https://play.google.com/store/apps/details?id=com.hbkefu.assist&hl=en_US"


def test_markup_alone_is_enough_when_json_ld_is_missing():
    page = own_page("googleplay/details.html", URL)
    body = re.sub(rb'<script type="application/ld\+json".*?</script>', b"", page.body, flags=re.S)
    (app,) = googleplay.parse(SavedResponse(URL, body)).items
    assert (app.name, app.developer) == ("Huanbei Kefu Assistant", "HB Service Studio")


def test_unknown_markup_falls_back_to_meta_tags():
    page = (b'<html><head><meta property="og:title" content="Some App"><meta name="description" '
            b'content="Call 00852 5550 1234"></head><body><div>new layout</div></body></html>')
    result = googleplay.parse(SavedResponse(URL, page))
    assert result.fallback
    (app,) = result.items
    assert (app.name, app.bundle_id, app.description) == ("Some App", "com.hbkefu.assist", "Call 00852 5550 1234")
