"""Identifier awareness (issue 9 item 4): digit runs of tracking, order, ticket, card … numbers are not phones."""
from __future__ import annotations

import pytest

from detectors import normalise
from detectors.identifiers import find_identifiers
from detectors.phones import extract_phones


def numbers(text: str, regions=("US", "CN", "GB")) -> list[str]:
    return [hit.number for hit in extract_phones(normalise(text), text, regions)]


@pytest.mark.parametrize(
    "text",
    [
        "Your parcel is on its way. Tracking number: 9400 1118 9922 3344 5566 77",
        "Order #113-5590214-8873204 placed on 14 March",
        "Ticket No. 0162345678901, seat 14C",
        "Booking reference 5528147306 confirmed",
        "Serial number 4481 2273 9930 (see the sticker under the base)",
        "Card ending 4111 1111 1111 1111 was charged",
        "Account no. 62258812345678",
        "运单号：7733 4455 6677 88,请注意查收",
        "订单号 202603141234567890 已发货",
        "快递单号SF1402233445566",
        "京ICP备18005566号-2",
        "工单号 8852 3399 12",
        "Total USD 1,888,555,014 (wire)",
        "合计 4006815237 元",
        "Invoice # 2025-8885550147",
    ],
)
def test_labelled_and_shaped_identifiers_are_not_phones(text):
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To cancel your order call 1-888-555-0147 today", ["+18885550147"]),
        ("Lumora reservations line 1 (888) 555-0147", ["+18885550147"]),
        ("Order questions? Call +44 20 7946 0311", ["+442079460311"]),
        ("运单号 7733445566,客服 400-681-6666", ["+864006816666"]),
    ],
)
def test_a_phone_beside_an_identifier_is_still_read(text, expected):
    assert numbers(text) == expected


def test_identifiers_are_reported_with_what_they_are():
    text = "Tracking number: 9400 1118 9922 3344 5566 77"
    skipped = []
    extract_phones(normalise(text), text, ("US",), skipped=skipped)
    assert skipped and text[skipped[0].start:skipped[0].end] == "9400 1118 9922 3344 5566 77"
    assert skipped[0].what == "tracking number"


def test_a_card_shape_needs_the_luhn_check():
    assert [item.what for item in find_identifiers("4111 1111 1111 1112")] == ["grouped identifier"]
    assert "card" in [item.what for item in find_identifiers("4111 1111 1111 1111")]
