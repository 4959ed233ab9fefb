"""Validate the team's own labelled corpus (tests/corpus/cases.jsonl) as data, independently of the engine."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
CASES_PATH = CORPUS_DIR / "cases.jsonl"
FIELDS = {
    "id": str, "lang": str, "source_kind": str, "url": (str, type(None)), "synthetic": bool,
    "derived_from": type(None), "text": str, "brand": (str, type(None)), "brand_aliases": list,
    "official_numbers": list, "official_domains": list, "label": str, "scam_numbers": list, "why": str,
    "families": list,
}
SOURCE_KINDS = {"search", "forum", "app", "blog", "news", "official", "other"}
FAMILIES = (
    "fullwidth", "circled", "math_digits", "superscript", "keycap", "zero_width", "chinese_numerals", "financial_numerals",
    "letter_digits", "separators", "spelled_out", "intl_00", "intl_plus", "short_code", "tel_link", "mobile",
    "homoglyph", "homophone", "traditional", "brand_separators", "lookalike_domain", "genuine_plus_fake",
)

# An independent, deliberately simple de-obfuscation: enough to find every written number again.
CHINESE_DIGITS = dict(zip("零〇一幺二两兩三四五六七八九", "00112223456789"))
CHINESE_DIGITS.update(zip("壹贰貳叁參叄肆伍陆陸柒捌玖", "1223334566789"))
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORD_RE = re.compile(r"\b(" + "|".join(WORDS) + r")\b")
LETTERS_AS_DIGITS = str.maketrans({"o": "0", "l": "1", "i": "1"})


def digits_view(text: str) -> str:
    """The text with every digit disguise undone and every separator removed (letters and CJK stay)."""
    text = unicodedata.normalize("NFKC", text).lower().replace("eight hundred", "800")
    text = WORD_RE.sub(lambda match: str(WORDS.index(match.group(1))), text)
    text = "".join(CHINESE_DIGITS.get(ch, ch) for ch in text).translate(LETTERS_AS_DIGITS)
    return "".join(ch for ch in text if ch.isalnum())


def dialled_digits(number: str) -> str:
    """The digits a page must show: the national part for NANP, otherwise everything but a leading '+'."""
    if number.startswith("+1"):
        return number[2:]
    return number.lstrip("+")


def load_cases() -> list[dict]:
    with CASES_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


CASES = load_cases()
SCAMS = [case for case in CASES if case["label"] == "scam"]


def test_every_line_is_one_json_object():
    lines = CASES_PATH.read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert len(lines) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["id"])
def test_case_has_every_field_with_its_type(case):
    assert set(case) == set(FIELDS)
    for name, expected in FIELDS.items():
        assert isinstance(case[name], expected), name
    assert case["lang"] in {"zh", "en", "mixed"}
    assert case["source_kind"] in SOURCE_KINDS
    assert case["label"] in {"scam", "benign"}
    assert case["synthetic"] is True
    assert set(case["families"]) <= set(FAMILIES)
    assert 40 <= len(case["text"]) <= 900


def test_ids_are_unique_and_numbered():
    ids = [case["id"] for case in CASES]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"t-\d{4}", case_id) for case_id in ids)


def test_corpus_is_big_balanced_and_bilingual():
    labels = Counter(case["label"] for case in CASES)
    langs = Counter(case["lang"] for case in CASES)
    assert len(CASES) >= 300
    assert labels["benign"] * 3 >= len(CASES)
    assert langs["zh"] >= 100 and langs["en"] >= 100


@pytest.mark.parametrize("family", FAMILIES)
def test_every_obfuscation_family_has_six_scam_cases(family):
    assert sum(family in case["families"] for case in SCAMS) >= 6


def test_benign_cases_cover_warnings_news_and_official_pages():
    kinds = Counter(case["source_kind"] for case in CASES if case["label"] == "benign")
    assert kinds["news"] >= 10 and kinds["official"] >= 10 and kinds["forum"] >= 10


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["id"])
def test_scam_cases_name_numbers_and_benign_cases_none(case):
    if case["label"] == "scam":
        assert case["scam_numbers"] and len(set(case["scam_numbers"])) == len(case["scam_numbers"])
    else:
        assert case["scam_numbers"] == []


@pytest.mark.parametrize("case", SCAMS, ids=lambda case: case["id"])
def test_each_scam_number_is_written_in_the_text(case):
    view = digits_view(case["text"])
    for number in case["scam_numbers"]:
        assert dialled_digits(number) in view, number


@pytest.mark.parametrize("case", SCAMS, ids=lambda case: case["id"])
def test_no_scam_number_is_an_official_number(case):
    def key(number: str) -> str:
        return number.removeprefix("+").removeprefix("00")
    assert not {key(n) for n in case["scam_numbers"]} & {key(n) for n in case["official_numbers"]}


@pytest.mark.parametrize("case", SCAMS, ids=lambda case: case["id"])
def test_scam_numbers_are_normalised_and_fictional_safe(case):
    for number in case["scam_numbers"]:
        assert re.fullmatch(
            r"\+1(800|8[3-8]{2})55501\d\d"           # NANP toll-free 555-01xx
            r"|(\+|00)44(7700900\d{3}|2079460\d{3})"  # Ofcom drama ranges
            r"|07700900\d{3}"                          # the same mobile range, dialled in the UK
            r"|[48]00\d{7}"                            # invented Chinese 400/800 service numbers
            r"|95\d{3}|1010\d{4}",                     # invented Chinese short codes
            number,
        ), number


def test_urls_are_invented_hosts_only():
    hosts = [re.match(r"https://([^/]+)/", case["url"]).group(1) for case in CASES if case["url"]]
    assert hosts and all(host.endswith((".test", ".example")) for host in hosts)


def test_checker_finds_disguised_numbers_and_rejects_absent_ones():
    assert "4006158372" in digits_view("热线 四零零-六幺五-捌叁柒两")
    assert "8885550147" in digits_view("call one-eight eight eight 555 O1 4 7")
    assert "8005550147" in digits_view("1 eight hundred 5️⃣5️⃣5️⃣ ０１4\u200b7")
    assert "4006158372" not in digits_view("订单号 400615 金额 8372 元")


CJK = re.compile(r"[\u4e00-\u9fff]")


def shingles(text: str) -> set[str]:
    """Runs of 48 characters, and runs of 12 Chinese characters (denser, so shorter runs already copy)."""
    flat = " ".join(text.split())
    long_runs = {flat[i:i + 48] for i in range(max(len(flat) - 47, 0))}
    return long_runs | {run for i in range(max(len(flat) - 11, 0))
                        if len(CJK.findall(run := flat[i:i + 12])) == 12}


def test_no_passage_copies_the_shared_dev_corpus(shared_dir):
    """Our passages are written, not pasted: no long run of text is shared with a dev.jsonl passage."""
    with (shared_dir / "corpus" / "dev.jsonl").open(encoding="utf-8") as handle:
        dev = set().union(*(shingles(json.loads(line)["text"]) for line in handle if line.strip()))
    copied = {case["id"]: sorted(shingles(case["text"]) & dev)[:1] for case in CASES}
    assert not {case_id: runs for case_id, runs in copied.items() if runs}


def test_cases_file_is_what_the_builder_writes():
    builder = CORPUS_DIR / "build_cases.py"
    result = subprocess.run([sys.executable, str(builder), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
