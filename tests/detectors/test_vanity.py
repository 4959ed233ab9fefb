"""Vanity letters (1-800-FLOWERS): read as keypad digits near a brand with `vanity = true`, and nowhere else."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cli import main
from crawler.errors import ExitStatus
from detectors import ConfigError, Detector, Label, normalise, parse_brands
from detectors.normalise.vanity import keypad_digits
from detectors.phones import official_number_key, vanity_phones

LUMORA_OFFICIAL = "1-888-555-0142"
SCAM_TEXT = "Lumora Pay refund hotline: call 1-888-PAY-LUMO today, our agents answer 24/7."


def lumora(vanity: bool, official: tuple[str, ...] = (LUMORA_OFFICIAL,), markets=("US",)) -> Detector:
    table = {"name": "Lumora Pay", "aliases": ["Lumora"], "official_numbers": list(official),
             "markets": list(markets), "vanity": vanity}
    return Detector(parse_brands({"brand": [table]}))


def readings(text: str, regions=("US",)) -> list[tuple[str, str]]:
    return [(hit.number, hit.raw) for hit in vanity_phones(normalise(text), text, regions)]


def test_keypad_letters_give_their_digits():
    assert keypad_digits("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "22233344455566677778889999"
    assert keypad_digits("1-800-flowers SKU") == "1-800-flowers 758"


@pytest.mark.parametrize(
    ("text", "regions", "expected"),
    [
        ("call 1-800-FLOWERS", ("US",), [("+18003569377", "1-800-FLOWERS")]),
        ("call 1-888-PAY-LUMO today", ("US",), [("+18887295866", "1-888-PAY-LUMO")]),
        ("call 1 (888) PAY-LUMO now", ("US",), [("+18887295866", "1 (888) PAY-LUMO")]),
        ("call (888) PAY-LUMO", ("US",), [("+18887295866", "(888) PAY-LUMO")]),
        ("call 1-844-LUMORA-1", ("US",), [("+18445866721", "1-844-LUMORA-1")]),
        ("call 1.800.GO.FEDEX", ("US",), [("+18004633339", "1.800.GO.FEDEX")]),
        ("call 1800FLOWERS.com", ("US",), [("+18003569377", "1800FLOWERS")]),
        ("call +1 800 FLOWERS", ("US",), [("+18003569377", "+1 800 FLOWERS")]),
        ("call +44 800 FLOWERS", ("US",), [("+448003569377", "+44 800 FLOWERS")]),
        ("ring 0800 FLOWERS", ("GB",), [("+448003569377", "0800 FLOWERS")]),
        ("call １-８００-ＦＬＯＷＥＲＳ", ("US",), [("+18003569377", "１-８００-ＦＬＯＷＥＲＳ")]),
        # extra letters past the number's length are not dialled
        ("call 1-800-MATTRESS", ("US",), [("+18006288737", "1-800-MATTRES")]),
        ("call 1-877-KARS-4-KIDS", ("US",), [("+18775277454", "1-877-KARS-4-KI")]),
        ("call 1-888-JKL-0142", ("US",), [("+18885550142", "1-888-JKL-0142")]),
        # the number starts after the words before it, not at "24"
        ("open 24/7 1-888-PAY-LUMO", ("US",), [("+18887295866", "1-888-PAY-LUMO")]),
        ("call 1-800-FLOWERS or 1-888-PAY-LUMO", ("US",),
         [("+18003569377", "1-800-FLOWERS"), ("+18887295866", "1-888-PAY-LUMO")]),
    ],
)
def test_vanity_runs_read_as_the_number_they_dial(text, regions, expected):
    assert readings(text, regions) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order SKU-ABC-123 ships today",
        "CALL NOW and read the FAQ 24 hours a day",
        "1-888-555-0142 CALL NOW",  # an ordinary number followed by words: nothing for the letters to complete
        "call 1-800-Flowers",  # mixed case is a word
        "Model 4K UHD TV, 2 HDMI ports",
        "Route 66 USA, exit 12B",
        "ABC123DEF456 GHI",
        "1-800-A",  # one capital is an initial
        "1-888-555-01 AM",  # two letters are a unit, not a word
        "call 2026 FAQ NOW",  # a space between capital words ends the number: they are prose
        "model 2403 (GB NOW)",
        "UK 1888 PAY LUMO",  # 1888… is not a UK number as dialled (it would need its trunk 0)
    ],
)
def test_words_and_codes_next_to_digits_are_not_vanity_numbers(text):
    regions = ("GB",) if text.startswith("UK") else ("US",)
    assert readings(text, regions) == []


def test_vanity_brand_finds_its_fake_number_written_in_letters():
    verdict = lumora(vanity=True).analyse(SCAM_TEXT)
    assert verdict.label is Label.SCAM
    assert verdict.scam_numbers == ("+18887295866",)
    (hit,) = verdict.numbers
    assert (hit.raw, hit.vanity, hit.obfuscated) == ("1-888-PAY-LUMO", True, True)
    assert SCAM_TEXT[hit.span.start:hit.span.end] == "1-888-PAY-LUMO"
    vanity = next(reason for reason in verdict.reasons if reason.code == "phone.vanity")
    assert vanity.span == hit.span and "+18887295866" in vanity.detail
    assert "phone.obfuscated" in {reason.code for reason in verdict.reasons}


def test_without_vanity_the_same_text_has_no_number():
    verdict = lumora(vanity=False).analyse(SCAM_TEXT)
    assert verdict.numbers == () and verdict.label is Label.BENIGN


def test_official_number_written_in_letters_is_benign():
    text = "Lumora Pay customer service: call 1-888-JKL-0142, open 24/7 for refunds."
    verdict = lumora(vanity=True).analyse(text)
    assert verdict.label is Label.BENIGN and verdict.scam_numbers == ()
    (hit,) = verdict.numbers
    assert (hit.number, hit.official, hit.vanity) == ("+18885550142", True, True)
    assert "phone.official" in {reason.code for reason in verdict.reasons}


def test_official_numbers_of_a_vanity_brand_may_be_configured_in_letters():
    detector = lumora(vanity=True, official=("1-888-PAY-LUMO",))
    assert detector.brands[0].official_numbers == ("+18887295866",)
    assert detector.analyse(SCAM_TEXT).label is Label.BENIGN
    assert official_number_key("1-888-PAY-LUMO", ["US"], vanity=True) == "+18887295866"


def test_official_number_in_letters_without_vanity_fails_at_load():
    with pytest.raises(ConfigError, match="set vanity = true") as caught:
        lumora(vanity=False, official=("1-888-PAY-LUMO",))
    assert (caught.value.brand, caught.value.field) == ("Lumora Pay", "official_numbers")


def test_vanity_run_far_from_the_brand_name_is_not_read():
    text = "Lumora Pay news. " + "Nothing to see here. " * 15 + "Refund hotline: call 1-888-PAY-LUMO today."
    assert lumora(vanity=True).analyse(text).numbers == ()


def test_only_a_vanity_brand_nearby_opens_the_letters():
    brands = parse_brands({"brand": [
        {"name": "Lumora Pay", "official_numbers": [LUMORA_OFFICIAL], "markets": ["US"], "vanity": True},
        {"name": "Parcelio", "official_numbers": ["+1 877-555-0100"], "markets": ["US"]},
    ]})
    detector = Detector(brands)
    assert detector.analyse("Parcelio refund hotline: call 1-888-PAY-LUMO today.").numbers == ()
    assert detector.analyse("Lumora Pay refund hotline: call 1-888-PAY-LUMO today.").scam_numbers == ("+18887295866",)


def test_host_named_after_a_vanity_brand_opens_the_letters():
    text = "Refund hotline: call 1-888-PAY-LUMO today."
    verdict = lumora(vanity=True).analyse(text, url="https://lumorapay-help.example/")
    assert [hit.number for hit in verdict.numbers] == ["+18887295866"]


def test_letters_read_in_the_brands_market():
    detector = lumora(vanity=True, official=("+44 20 7946 0000",), markets=("GB",))
    verdict = detector.analyse("Lumora Pay refund helpline: ring 0800 FLOWERS now.")
    assert [hit.dialled for hit in verdict.numbers] == ["08003569377"]


@pytest.mark.parametrize("value", ["yes", 1, [True], {"on": True}])
def test_a_vanity_that_is_not_a_boolean_fails_naming_brand_and_field(value):
    with pytest.raises(ConfigError) as caught:
        parse_brands({"brand": [{"name": "Lumora Pay", "vanity": value}]}, source="brands.toml")
    assert (caught.value.source, caught.value.brand, caught.value.field) == ("brands.toml", "Lumora Pay", "vanity")


def test_brands_default_to_no_vanity():
    assert parse_brands({"brand": [{"name": "Lumora Pay"}]})[0].vanity is False


def test_scan_with_a_bad_vanity_value_is_a_one_line_error(capsys, tmp_path):
    book = tmp_path / "brands.toml"
    book.write_text('[[brand]]\nname = "Lumora Pay"\nvanity = "yes"\n', "utf-8")
    page = tmp_path / "page.txt"
    page.write_text(SCAM_TEXT, "utf-8")
    status = main(["scan", "--brands", str(book), str(page)])
    _, err = capsys.readouterr()
    assert status != ExitStatus.OK
    assert err.startswith("error:") and "vanity" in err and "Lumora Pay" in err and len(err.strip().splitlines()) == 1


def test_scan_json_reports_the_vanity_number_with_its_span(capsys, tmp_path):
    book = tmp_path / "brands.toml"
    book.write_text('[[brand]]\nname = "Lumora Pay"\nofficial_numbers = ["1-888-555-0142"]\nmarkets = ["US"]\n'
                    "vanity = true\n", "utf-8")
    page = tmp_path / "page.txt"
    page.write_text(SCAM_TEXT, "utf-8")
    assert main(["scan", "--brands", str(book), "--json", str(page)]) == ExitStatus.OK
    record = json.loads(capsys.readouterr().out)
    assert record["label"] == "scam" and record["scam_numbers"] == ["+18887295866"]
    (number,) = record["numbers"]
    assert SCAM_TEXT[slice(*number["span"])] == "1-888-PAY-LUMO" and number["obfuscated"] is True


# Prose that puts capitals right after digits: acronyms, codes, units, years.
CAPITALS = st.sampled_from(["FAQ", "CALL", "NOW", "SKU", "USA", "TV", "HD", "PDF", "OK", "VIP", "ATM", "PIN", "GB", "AM"])
# Digits always followed by capitals ("24-FAQ", "2026 USA"), so no two digit groups touch and any
# number found could only come from reading letters.
CODES = st.tuples(st.integers(0, 9999).map(str), st.sampled_from([" ", "-", ".", "", " ("]), CAPITALS).map("".join)
WORDS = st.sampled_from(["the", "order", "refund", "open", "hours", "item", "page", "Lumora", "Pay", "model", "code"])
PROSE = st.lists(st.one_of(CODES, CAPITALS, WORDS), max_size=40).map(" ".join)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VANITY_BOOK = Detector(parse_brands({"brand": [
    {"name": "Lumora Pay", "official_numbers": [LUMORA_OFFICIAL], "markets": ["US"], "vanity": True},
    {"name": "Parcelio", "official_numbers": ["+1 877-555-0100"], "markets": ["US"]},
]}))


@PROPERTY
@given(PROSE)
@example("2026 FAQ NOW")
def test_prose_with_capitals_next_to_digits_has_no_number(prose):
    text = prose.replace("Lumora", "Parcelio").replace("Pay", "pays")
    assert VANITY_BOOK.analyse(f"Parcelio support: {text}").numbers == ()
    assert lumora(vanity=False).analyse(f"Lumora Pay support: {prose}").numbers == ()
    # even beside a vanity brand, words split by spaces ("2026 FAQ NOW" would dial 202-632-7669) stay words
    assert VANITY_BOOK.analyse(f"Lumora Pay support: {prose}").numbers == ()
