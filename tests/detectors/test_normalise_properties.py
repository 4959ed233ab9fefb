"""Hypothesis properties of the normalisers (issue 3 item 9) and of phone extraction built on them."""
from __future__ import annotations

import phonenumbers
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from detectors import Detector, Label, normalise
from detectors.normalise.pipeline import STEPS
from detectors.phones import extract_phones
from detectors.types import Brand

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text built from the characters the normalisers care about, where their interactions hide.
TRICKY = st.lists(
    st.sampled_from(list("0123456789OolI+-. _()|/~一二四零〇两肆幺adlпаоеΟ２４９①⓪𝟏⁸ \n")
                    + ["\u200b", "\ufe0f", "\u20e3", "🔥", "one", "four", "zero", "hundred", "double"]),
    max_size=60,
).map("".join)

FULLWIDTH = {d: chr(0xFF10 + int(d)) for d in "0123456789"}
MATH_BOLD = {d: chr(0x1D7CE + int(d)) for d in "0123456789"}
MONOSPACE = {d: chr(0x1D7F6 + int(d)) for d in "0123456789"}
SUPERSCRIPT = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
CIRCLED = {"0": "⓪", **{d: chr(0x2460 + int(d) - 1) for d in "123456789"}}
KEYCAP = {d: d + "\ufe0f\u20e3" for d in "0123456789"}
CHINESE = {
    "0": "零〇", "1": "一幺壹", "2": "二两贰", "3": "三叁", "4": "四肆", "5": "五伍",
    "6": "六陆", "7": "七柒", "8": "八捌", "9": "九玖",
}
WORDS = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))
DIGIT_STYLES = (None, FULLWIDTH, MATH_BOLD, MONOSPACE, SUPERSCRIPT, CIRCLED, KEYCAP)
SEPARATORS = ("", " ", "-", ".", "—", "_", "~", "/", "·", "🔥", "☎️", "\u200b", "\u2060", " | ", ")(", "}{", "✾")


def _real(digits: str) -> bool:
    """A number phonenumbers accepts (the fictional UK drama range is only 'possible')."""
    if digits.startswith("00"):
        return phonenumbers.is_possible_number(phonenumbers.parse("+" + digits[2:]))
    region = "US" if len(digits) == 11 and digits[1] in "8" else "CN"
    return phonenumbers.is_valid_number(phonenumbers.parse(digits, region))


# Realistic numbers: Chinese service and mobile lines, UK mobile (fictional range), US toll free.
NUMBERS = st.one_of(
    st.from_regex(r"\A400[0-9]{7}\Z"),
    st.from_regex(r"\A1[3-7][0-9]{9}\Z"),
    st.from_regex(r"\A00447700900[0-9]{3}\Z"),
    st.from_regex(r"\A18(?:00|88|77|66|55|44|33)[2-9][0-9]{6}\Z"),
).filter(_real)


@st.composite
def obfuscated_numbers(draw) -> tuple[str, str]:
    """(digits, the same digits written in one supported obfuscation family)."""
    digits = draw(NUMBERS)
    family = draw(st.sampled_from(["glyphs", "chinese", "words", "letters"]))
    if family == "words":
        sep = draw(st.sampled_from([" ", "-"]))
        return digits, sep.join(WORDS[d] for d in digits)
    if family == "chinese":
        chars = [draw(st.sampled_from(CHINESE[d])) for d in digits]
    elif family == "letters":
        chars = _letters(draw, digits)
    else:
        chars = [(style[d] if style else d) for d, style in zip(digits, draw(st.lists(
            st.sampled_from(DIGIT_STYLES), min_size=len(digits), max_size=len(digits))), strict=True)]
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(digits) - 1, max_size=len(digits) - 1))
    return digits, chars[0] + "".join(s + c for s, c in zip(seps, chars[1:], strict=True))


def _letters(draw, digits: str) -> list[str]:
    """At most three 0/1 digits written as O/o/l/I; the rest stay digits."""
    positions = [i for i, d in enumerate(digits) if d in "01"]
    chosen = set(draw(st.lists(st.sampled_from(positions), max_size=3))) if positions else set()
    return [draw(st.sampled_from("Oo" if d == "0" else "lI")) if i in chosen else d for i, d in enumerate(digits)]


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())


@PROPERTY_SETTINGS
@given(obfuscated_numbers())
@example(("4006816666", "四〇〇六八一六六六六"))
@example(("18885719717", "1 8 8 8 5 7 1 9 7 1 7"))
def test_any_obfuscation_normalises_back_to_the_same_digits(case):
    digits, written = case
    assert digits_of(normalise(f"call {written} now").text) == digits


@PROPERTY_SETTINGS
@given(st.one_of(st.text(), TRICKY))
@example("\ud800 1️⃣ ＡＢＣ ⑴ ﷺ ǅ")
def test_origin_map_stays_in_bounds_and_never_decreases(text):
    result = normalise(text)
    assert len(result.origin) == len(result.text)
    assert all(0 <= index < len(text) for index in result.origin)
    assert all(a <= b for a, b in zip(result.origin, result.origin[1:]))


@PROPERTY_SETTINGS
@given(st.one_of(st.text(), TRICKY))
@example("四O四四四四")
@example("l 1234 l")
def test_normalising_twice_changes_nothing(text):
    once = normalise(text).text
    assert normalise(once).text == once


@PROPERTY_SETTINGS
@given(st.one_of(st.text(), TRICKY))
def test_each_step_is_idempotent_on_its_own(text):
    for step in STEPS:
        once, _ = step(text)
        assert step(once)[0] == once, step.__name__


PROSE_WORDS = (
    "the", "customer", "service", "is", "open", "on", "Monday", "one", "two", "of", "our", "team", "I", "O'Brien",
    "lol", "call", "us", "today", "refund", "order", "我们", "的", "一个", "两天", "三月", "第一", "客服", "服务", "很",
    "好", "今天", "一些", "十五", "电话", "联系", "and", "phone", "please", "a", "lot", "Io", "oil", "ll",
)


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(PROSE_WORDS), max_size=60), st.sampled_from([" ", ", ", "。", "\n", " - "]))
def test_ordinary_prose_never_produces_a_phone_hit(words, joiner):
    text = joiner.join(words)
    assert extract_phones(normalise(text), text, ("CN", "US", "GB")) == []


@PROPERTY_SETTINGS
@given(obfuscated_numbers().filter(lambda case: not case[0].startswith("1") or len(case[0]) == 11),
       st.sampled_from(SEPARATORS[1:]))
def test_separators_and_emoji_do_not_change_the_numbers_found(case, filler):
    digits, _ = case
    plain = f"客服电话 {digits} 转人工"
    spread = f"客服电话 {filler.join(digits)} 转人工"
    found = [hit.number for hit in extract_phones(normalise(plain), plain, ("CN", "US"))]
    assert found == [hit.number for hit in extract_phones(normalise(spread), spread, ("CN", "US"))]


@PROPERTY_SETTINGS
@given(NUMBERS)
def test_fullwidth_and_ascii_digits_give_the_same_numbers(digits):
    ascii_text = f"hotline {digits}"
    wide_text = f"hotline {''.join(FULLWIDTH[d] for d in digits)}"
    ascii_hits = extract_phones(normalise(ascii_text), ascii_text, ("US", "CN"))
    wide_hits = extract_phones(normalise(wide_text), wide_text, ("US", "CN"))
    assert [h.number for h in ascii_hits] == [h.number for h in wide_hits]
    assert all(hit.obfuscated for hit in wide_hits)


@PROPERTY_SETTINGS
@given(NUMBERS)
def test_e164_survives_format_then_parse(digits):
    text = f"call {digits}"
    for hit in extract_phones(normalise(text), text, ("CN", "US")):
        parsed = phonenumbers.parse(hit.number)
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == hit.number


DETECTOR = Detector((Brand("还呗", ("还呗", "huanbei"), ("+864006816666",), ("huanbei.test",), ("CN",)),))


@settings(max_examples=200, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text(max_size=40)), st.sampled_from(["other", "news", "forum"]))
def test_arbitrary_text_never_makes_the_detector_raise(text, url, kind):
    verdict = DETECTOR.analyse(text, url=url, source_kind=kind, tel_links=(text[:30],))
    assert verdict.label in set(Label)
    assert 0.0 <= verdict.score <= 1.0


def test_a_keycap_mark_after_a_dingbat_digit_goes_in_one_pass():
    from detectors.normalise.digits import emoji_digits

    once, _ = emoji_digits("⓪⃣❶\ufe0f\u20e3")
    assert once == "01" and emoji_digits(once)[0] == once
