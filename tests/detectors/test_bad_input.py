"""Hostile text (issue 3 "Bad input"): each returns a verdict, never an exception or a hang."""
from __future__ import annotations

import random

import pytest

from detectors import Detector, Label
from detectors.detector import MAX_TEXT
from detectors.types import Brand

DETECTOR = Detector((Brand("还呗", ("还呗", "huanbei"), ("+864006816666",), ("huanbei.test",), ("CN",)),
                     Brand("PayPal", ("PayPal",), ("+18882211161",), ("paypal.com",), ("US",))))


def garbage(size: int) -> str:
    generator = random.Random(1234)  # fixed seed: the same bytes every run
    return bytes(generator.getrandbits(8) for _ in range(size)).decode("latin-1")


HOSTILE = {
    "empty": "",
    "binary garbage": garbage(200_000),
    "all digits": "7" * 1_000_000,
    "digits and dashes": "1-" * 500_000,
    "separators in a row": "4" + "-" * 100_000 + "00" + " " * 100_000 + "681",
    "emoji separators in a row": "还呗客服 4" + "🔥" * 100_000 + "006816666",
    "nested brackets": "(" * 50_000 + "还呗客服 400 681 6666" + ")" * 50_000,
    "lone surrogates": "还呗客服 \ud800\udfff\udc00 0044 7700 900 128 \ud83d",
    "plus signs": "+" * 200_000 + "1",
    "number words": "one " * 100_000,
    "chinese numerals": "四零零" * 100_000,
    "letters as digits": "O1l0" * 100_000,
    "phone-context": "+dwPAA;phone-context=AA 还呗 " * 1_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_returns_a_verdict(name):
    verdict = DETECTOR.analyse(HOSTILE[name], url="http://[::1", tel_links=(HOSTILE[name][:100],))
    assert verdict.label in set(Label)
    assert 0.0 <= verdict.score <= 1.0


def test_ten_megabyte_page_is_judged_on_its_start_and_flagged():
    page = ("还呗人工客服热线 0044 7700 900 128。" + "正文内容" * 200) * 3000
    assert len(page) > MAX_TEXT
    verdict = DETECTOR.analyse(page)
    assert verdict.label is Label.SCAM
    assert "input.truncated" in {reason.code for reason in verdict.reasons}


def test_nested_brackets_still_find_the_official_number():
    verdict = DETECTOR.analyse(HOSTILE["nested brackets"])
    assert [hit.number for hit in verdict.numbers] == ["+864006816666"]
    assert all(hit.official for hit in verdict.numbers)
