"""BrandIndex: every disguise of a brand name is found, with its kind; ordinary words are not brands."""
from __future__ import annotations

import pytest

from detectors import normalise
from detectors.brands import BrandIndex
from detectors.types import Brand

BRANDS = (
    Brand("还呗", ("还呗", "huanbei")),
    Brand("海尔", ("海尔", "Haier")),
    Brand("西门子", ("西门子", "Siemens")),
    Brand("中国移动", ("中国移动",)),
    Brand("PayPal", ("PayPal",)),
    Brand("Air Canada", ("Air Canada", "AC")),
    Brand("Lumora Pay", ("Lumora Pay", "Lumora")),
)
INDEX = BrandIndex(BRANDS)


def exact(text: str) -> list[tuple[str, str, str]]:
    return [(hit.brand, hit.kind, hit.raw) for hit in INDEX.find_exact(normalise(text), text)]


def near(text: str) -> list[tuple[str, str, str]]:
    view = normalise(text)
    return [(hit.brand, hit.kind, hit.raw) for hit in INDEX.find_near(view, text, [(0, len(view.text))])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("还呗客服电话", [("还呗", "exact", "还呗")]),
        ("还-呗 注销", [("还呗", "separated", "还-呗")]),
        ("西*门*子 冰箱", [("西门子", "separated", "西*门*子")]),
        ("中丨国丨移丨动 套餐", [("中国移动", "separated", "中丨国丨移丨动")]),
        ("P.a.y.P.a.l dispute", [("PayPal", "separated", "P.a.y.P.a.l")]),
        ("РауРаl refund", [("PayPal", "homoglyph", "РауРаl")]),
        ("call Аіr Саnаdа now", [("Air Canada", "homoglyph", "Аіr Саnаdа")]),
        ("ＰａｙＰａｌ help", [("PayPal", "exact", "ＰａｙＰａｌ")]),
        ("西門子 售後", [("西门子", "traditional", "西門子")]),
        ("HUANBEI app", [("还呗", "exact", "HUANBEI")]),
        ("booked on AC 855", [("Air Canada", "exact", "AC")]),
    ],
)
def test_exact_index_finds_every_disguise_with_its_kind(text, expected):
    assert exact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["the fair canada trip", "paypalooza festival", "ac power adapter", "上海。尔后", "haieress"],
)
def test_words_containing_an_alias_are_not_mentions(text):
    assert exact(text) == []


@pytest.mark.parametrize(
    ("text", "brand", "kind"),
    [
        ("还贝注销客服", "还呗", "pinyin"),
        ("环呗人工", "还呗", "pinyin"),
        ("海耳热水器", "海尔", "pinyin"),
        ("西门仔冰箱", "西门子", "pinyin"),
        ("中国移勤客户服务中心", "中国移动", "fuzzy"),
        ("Lumorra Pay refunds", "Lumora Pay", "fuzzy"),
    ],
)
def test_near_spellings_are_found_near_numbers(text, brand, kind):
    assert (brand, kind) in [(b, k) for b, k, _ in near(text)]


def test_unrelated_chinese_text_has_no_near_brand():
    assert near("今天天气很好，我们去公园散步") == []


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("huanbei-kefu.com", "还呗"),
        ("paypa1-support.com", "PayPal"),
        ("www.lumorapay-help.test", "Lumora Pay"),
        ("xn--pypal-4ve.com", "PayPal"),  # pаypal with a Cyrillic а
    ],
)
def test_brand_words_in_host_names(host, brand):
    assert brand in {BRANDS[index].name for index, _, _ in INDEX.find_in_host(host)}


def test_plain_host_has_no_brand():
    assert INDEX.find_in_host("www.example.com") == []


def test_index_of_no_brands_finds_nothing():
    empty = BrandIndex(())
    assert empty.find_exact(normalise("PayPal"), "PayPal") == [] and empty.find_in_host("paypal.com") == []


def test_digits_standing_for_letters_in_a_brand_name_are_read():
    from detectors import Detector

    detector = Detector((Brand("Vantora Security", ("Vantora Security", "Vantora"), (), ("vantora.test",), ("US",)),))
    verdict = detector.analyse("V4nt0ra billing dispute? Reach the refund desk at ¹⁻⁸³³⁻⁵⁵⁵⁻⁰¹⁷⁸ today.")
    assert verdict.label == "scam" and verdict.scam_numbers == ("+18335550178",)
    assert "brand.digits" in {reason.code for reason in verdict.reasons}
    assert detector.analyse("Vantora 2024 annual report, page 18885550178").label != "scam"
