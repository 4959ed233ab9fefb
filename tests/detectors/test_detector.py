"""The Detector as the crawl pipeline meets it: verdicts on scam pages, official pages and warnings."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from detectors import DETECTOR_VERSION, Detector, Label, parse_brands

FIXTURE_BRANDS = Path(__file__).resolve().parents[2] / "localweb" / "brands.toml"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(parse_brands(tomllib.loads(FIXTURE_BRANDS.read_text("utf-8")), source="brands.toml"))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("还呗人工客服电话 0044 7700 900 128,24小时在线", ("+447700900128",)),
        ("还呗注销账户客服:００４４ ７７００ ９００ ３１２", ("+447700900312",)),
        ("还-呗 退款专线 零零四四七七零零九零零一二八", ("+447700900128",)),
        ("快鹿贷官方客服热线 4OO-8l2-3456 转人工", ("+864008123456",)),
        ("Lumora Pay customer care: call +1 (415) 555-0134 for refunds", ("+14155550134",)),
        ("Need a refund? LumoraPay helpline 1-8OO-555-0199, 24/7", ("+18005550199",)),
    ],
)
def test_fake_hotlines_are_scams_with_their_numbers(detector, text, numbers):
    verdict = detector.analyse(text)
    assert verdict.label is Label.SCAM
    assert verdict.scam_numbers == numbers
    assert verdict.detector_version == DETECTOR_VERSION
    assert all(reason.code and isinstance(reason.weight, float) for reason in verdict.reasons)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("还呗官方客服电话:400-681-6666(工作日 9:00-21:00)", None),
        ("联系我们 客服热线 400-681-6666", "https://www.huanbei.test/contact"),
        ("警惕!冒充还呗客服的诈骗电话 0044 7700 900 128 已被警方通报,请勿拨打。", None),
        ("还呗是一款借款 App,2024 年用户数 12345678 人。", None),
        ("Call our office at +44 20 7946 0311 for the quarterly report.", None),
    ],
)
def test_official_pages_warnings_and_ordinary_text_are_not_scams(detector, text, url):
    assert detector.analyse(text, url=url).label is not Label.SCAM


def test_official_number_is_marked_official(detector):
    verdict = detector.analyse("还呗客服 400-681-6666;注销专线 0044 7700 900 128")
    official = {hit.number: hit.official for hit in verdict.numbers}
    assert official == {"+864006816666": True, "+447700900128": False}
    assert verdict.scam_numbers == ("+447700900128",)


def test_number_spans_point_at_the_original_text(detector):
    text = "还呗人工客服 ０ ０ ４ ４ 7700 900 128!"
    (hit,) = detector.analyse(text).numbers
    assert text[hit.span.start:hit.span.end] == hit.raw == "０ ０ ４ ４ 7700 900 128"
    assert hit.obfuscated and hit.kind == "intl_00" and hit.dialled == "00447700900128"


def test_tel_link_that_differs_from_visible_text_is_kept_separately(detector):
    verdict = detector.analyse("还呗客服 400-681-6666", tel_links=("tel:+447700900128",))
    sources = {(hit.number, hit.source) for hit in verdict.numbers}
    assert sources == {("+864006816666", "text"), ("+447700900128", "tel_link")}
    assert "phone.tel_link_differs" in {reason.code for reason in verdict.reasons}


def test_impersonated_app_is_found_and_official_app_is_not(detector):
    hit = detector.impersonated_brand("还呗-注销客服助手", "Quick Tools Ltd", "com.quick.tools", "itunes")
    assert hit is not None and hit.brand == "还呗"
    official = detector.impersonated_brand("还呗", "Shanghai Huanbei Technology Co., Ltd.", "com.huanbei.app", "itunes")
    assert official is None
    assert detector.impersonated_brand("Weather Now", "Sky Ltd", "com.sky.weather", "itunes") is None
