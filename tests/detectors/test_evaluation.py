"""detectors.evaluation: the corpus scoring rule, metrics and bad corpus files."""
from __future__ import annotations

import json

import pytest

from detectors.errors import CorpusError
from detectors.evaluation import Report, case_brand, evaluate, number_set, prediction_line, read_corpus


def case(**fields) -> dict:
    base = {"id": "c-1", "lang": "zh", "source_kind": "forum", "synthetic": True, "text": "", "brand": "还呗",
            "brand_aliases": ["还呗"], "official_numbers": ["4006816666"], "official_domains": [], "label": "benign",
            "scam_numbers": []}
    return base | fields


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (["+447700900128"], ["00447700900128"], True),
        (["+18442436776"], ["+18442436776"], True),
        (["+18442436776"], ["8442436776"], False),
        (["4006189123"], ["4006189123"], True),
        (["+864006189123"], ["4006189123"], False),
    ],
)
def test_numbers_compare_by_digits_after_one_prefix(left, right, same):
    assert (number_set(left) == number_set(right)) is same


def test_a_scam_counts_only_when_its_numbers_agree():
    scam = case(id="s", label="scam", text="还呗人工客服 0044 7700 900 128", scam_numbers=["+447700900128"])
    wrong = case(id="w", label="scam", text="还呗人工客服 0044 7700 900 128", scam_numbers=["+447700900999"])
    benign = case(id="b", text="还呗官方客服 400-681-6666")
    report = Report()
    for outcome in evaluate([scam, wrong, benign]):
        report.add(outcome)
    figures = report.as_dict()["overall"]
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 1, 1)
    assert figures["precision"] == 0.5 and figures["recall"] == 0.5 and figures["accuracy"] == round(2 / 3, 4)
    assert report.as_dict()["errors"] == ["w"]


def test_prediction_line_has_the_issue_fields_and_the_dialled_form():
    (outcome,) = evaluate([case(label="scam", text="还呗人工客服 0044 7700 900 128")])
    line = prediction_line(outcome)
    assert {"id", "label", "score", "brand", "scam_numbers", "reasons"} <= set(line)
    assert line["scam_numbers"] == ["00447700900128"] and line["label"] == "scam"


def test_case_brand_reads_markets_from_official_numbers():
    brand = case_brand(case(official_numbers=["+18882472262"], lang="en", brand="Air Canada"))
    assert brand.markets == ("US",) and brand.official_numbers == ("+18882472262",)
    assert case_brand(case(brand=None)) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "line 1 is not JSON"),
        (json.dumps({"id": "x", "text": "t"}) + "\n", "lacks label"),
        (json.dumps({"id": "x", "label": "benign"}) + "\n", "lacks text"),
        (json.dumps({"id": "x", "text": 5, "label": "benign"}) + "\n", "text is not a string"),
        (json.dumps({"id": "x", "text": "t", "label": "maybe"}) + "\n", "is not one of scam, suspicious, benign"),
        (json.dumps({"id": "x", "text": "t", "label": "scam"}) + "\n", "lists no scam_numbers"),
        ("[1, 2]\n", "is not a JSON object"),
        ("\n", "holds no cases"),
    ],
)
def test_bad_corpus_lines_are_user_errors_naming_file_and_line(tmp_path, content, message):
    path = tmp_path / "corpus.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(CorpusError, match=message):
        read_corpus(path)


def test_missing_corpus_is_a_user_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        read_corpus(tmp_path / "nope.jsonl")


def test_a_case_may_say_its_brand_reads_vanity_letters():
    from detectors.evaluation import case_brand

    case = {"id": "v-1", "brand": "Lumora Pay", "brand_aliases": ["Lumora Pay"], "official_numbers": [],
            "official_domains": [], "lang": "en"}
    assert case_brand(case).vanity is False
    assert case_brand({**case, "brand_vanity": True}).vanity is True
