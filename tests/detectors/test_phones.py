"""Phone extraction over normalised text: every written form gives the right E.164, kind and span."""
from __future__ import annotations

import pytest

from detectors import normalise
from detectors.phones import MAX_CANDIDATES, extract_phones, official_number_key, tel_link_hits


def numbers(text: str, regions=("CN", "US", "GB")) -> list[tuple[str, str, str]]:
    return [(hit.number, hit.kind, hit.dialled) for hit in extract_phones(normalise(text), text, regions)]


@pytest.mark.parametrize(
    ("text", "regions", "expected"),
    [
        ("客服 400-681-6666", ("CN",), [("+864006816666", "service_400", "4006816666")]),
        ("客服 800 820 8820", ("CN",), [("+868008208820", "service_800", "8008208820")]),
        ("专线 0044 7700 900 128", ("CN",), [("+447700900128", "intl_00", "00447700900128")]),
        ("专线 +44 7700-900-636", ("CN",), [("+447700900636", "intl_plus", "+447700900636")]),
        ("call +1 (888) 429-3088", ("US",), [("+18884293088", "intl_plus", "+18884293088")]),
        ("call 1-844-243-6776", ("CN", "US"), [("+18442436776", "national", "+18442436776")]),
        ("手机 138 0013 8000", ("CN", "US"), [("+8613800138000", "mobile", "13800138000")]),
        ("热线 0755-83765566", ("CN",), [("+8675583765566", "national", "075583765566")]),
        ("客服 95566", ("CN",), [("95566", "short_code", "95566")]),
        ("客服 10104317", ("CN",), [("10104317", "short_code", "10104317")]),
        ("UK 0800 032 7075", ("GB",), [("+448000327075", "national", "08000327075")]),
        ("dial 1 8 8 8 5 7 1 9 7 1 7 now", ("US",), [("+18885719717", "national", "+18885719717")]),
        ("热线 95566 4006695566", ("CN",), [("95566", "short_code", "95566"), ("+864006695566", "service_400", "4006695566")]),
        ("{{<833>}} {{<743>}} {{<5300>}}", ("US",), [("+18337435300", "national", "+18337435300")]),
    ],
)
def test_written_forms_give_e164_kind_and_dialled_form(text, regions, expected):
    assert numbers(text, regions) == expected


@pytest.mark.parametrize(
    "text",
    [
        "发布时间:2026/1/19 7:44:30",
        "2025-02-24 00:32:52",
        "Tracking number format: PX-7734-2291-08",
        "运单号:JY4006815237091",
        "价格:1.00元/台,共 12 件",
        "Ref: WIN-77831",
        "营业时间 09:00-18:00",
        "ABN 41 604 118 927",
    ],
)
def test_dates_times_prices_and_identifiers_are_not_numbers(text):
    assert numbers(text) == []


def test_span_and_raw_point_at_the_original_obfuscated_text():
    text = "拨打 四零零六幺八九幺二三 报修"
    (hit,) = extract_phones(normalise(text), text, ("CN",))
    assert text[hit.span.start:hit.span.end] == hit.raw == "四零零六幺八九幺二三"
    assert hit.obfuscated and hit.number == "+864006189123"


def test_plain_number_is_not_obfuscated():
    text = "call 1-888-247-2262"
    (hit,) = extract_phones(normalise(text), text, ("US",))
    assert not hit.obfuscated


def test_candidates_per_text_are_capped():
    text = " ; ".join(f"4006{n:06d}" for n in range(MAX_CANDIDATES * 3))
    assert len(extract_phones(normalise(text), text, ("CN",))) <= MAX_CANDIDATES


@pytest.mark.parametrize(
    ("raw", "markets", "expected"),
    [
        ("400-681-6666", ("CN",), "+864006816666"),
        ("+1 888-555-0142", (), "+18885550142"),
        ("13 22 00", ("AU",), "+61132200"),
        ("95188", ("CN",), "95188"),
        ("not a number", ("CN",), None),
        ("", ("CN",), None),
    ],
)
def test_official_number_key(raw, markets, expected):
    assert official_number_key(raw, markets) == expected


def test_tel_links_are_read_like_text_and_marked():
    (hit,) = tel_link_hits(["tel:+44-7700-900-128;ext=2"], ("CN",))
    assert (hit.number, hit.source, hit.span) == ("+447700900128", "tel_link", None)


@pytest.mark.parametrize(
    ("text", "regions", "expected"),
    [
        # commas between spelled-out digits, as list spam writes them
        ("call one, eight, eight, eight, five, five, five, zero, one, four, seven", ("US",), ["+18885550147"]),
        # a number repeated in brackets right after itself is one number, not a twelve-digit merge
        ("客服玖伍叁捌肆(95384)", ("CN",), ["95384"]),
        ("热线 400-615-8372(400-615-8372)", ("CN",), ["+864006158372"]),
        # brackets that group an area code are part of the number
        ("call (888) 555-0147", ("US",), ["+18885550147"]),
    ],
)
def test_commas_and_bracketed_repeats(text, regions, expected):
    assert list(dict.fromkeys(n for n, _, _ in numbers(text, regions))) == expected


def test_the_as_written_text_of_a_spelled_out_number_is_whole():
    text = "ring zero one seven seven zero zero nine zero zero one two three, any time"
    (hit,) = extract_phones(normalise(text), text, ("GB", "CN"), markets=("GB",))
    assert hit.raw == "zero one seven seven zero zero nine zero zero one two three"


@pytest.mark.parametrize(
    ("text", "markets", "expected"),
    [
        ("helpline 07700 900461", ("GB",), "+447700900461"),  # reserved for drama, still British beside a GB brand
        ("helpline 07700 900461", (), "+867700900461"),  # with no market, the first region with a valid reading
        ("call (555) 010-4477", ("US",), "+15550104477"),
    ],
)
def test_national_numbers_are_read_in_the_brands_markets_first(text, markets, expected):
    hits = extract_phones(normalise(text), text, ("CN", "US", "GB"), markets=markets)
    assert [hit.number for hit in hits] == [expected]
