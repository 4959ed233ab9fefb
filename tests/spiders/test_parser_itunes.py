"""The iTunes parser: Search/Lookup API JSON and App Store detail pages."""
from __future__ import annotations

import json

from spiders.parsers.base import SavedResponse
from spiders.parsers.itunes import parse
from tests.spiders.parsers.pages import own_page

API = "http://apps.test:8000/search?term=Lumora"


def test_search_answer_gives_one_record_per_app():
    result = parse(own_page("itunes/search-lumora.json", API, "application/json; charset=utf-8"))
    assert not result.fallback
    official, fake = result.items
    assert (official.name, official.developer, official.bundle_id) == ("Lumora Pay - Wallet", "Lumora Payments Inc.", "com.lumorapay.wallet")
    assert fake.bundle_id == "com.lumorahelp.desk" and "1-888-555-0188" in fake.description
    assert fake.store_url == "http://apps.test:8000/us/app/lumora-pay-help-desk/id1500000002?uo=4" and fake.store == "itunes"


def test_seller_missing_falls_back_to_artist_and_non_software_is_skipped():
    body = json.dumps({"resultCount": 2, "results": [
        {"kind": "song", "trackName": "Hello"},
        {"kind": "software", "trackName": "A", "artistName": "Dev", "bundleId": "a.b", "trackViewUrl": "https://apps.apple.com/app/id9"},
    ]}).encode()
    (record,) = parse(SavedResponse(API, body, {"content-type": "text/javascript; charset=utf-8"})).items
    assert (record.name, record.developer, record.description) == ("A", "Dev", "")


def test_detail_page_gives_name_developer_and_description():
    result = parse(own_page("itunes/detail-fake-huanbei.html", "http://apps.test:8000/cn/app/x/id1400000002"))
    (record,) = result.items
    assert (record.name, record.developer) == ("还呗-客服助手", "HB Service Studio")
    assert "00 61 2 5550 3617" in record.description and record.bundle_id == ""


def test_error_answers_and_garbage_are_a_noted_fallback():
    for body in (b'{"errorMessage": "Invalid value(s) for key(s): [country]"}', b"[" * 5000, b"not json {"):
        result = parse(SavedResponse(API, body, {"content-type": "application/json"}))
        assert result.fallback and result.items == [] and result.notes
