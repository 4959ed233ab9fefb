"""Quality floors (issue 3 targets): precision >= 0.97 and recall >= 0.95 of `scam`, numbers must agree."""
from __future__ import annotations

from pathlib import Path

import pytest

from detectors.evaluation import Report, evaluate, read_corpus

OWN_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cases.jsonl"
PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.95


def scores(path: Path) -> dict:
    report = Report()
    for outcome in evaluate(read_corpus(path)):
        report.add(outcome)
    return report.as_dict()


def assert_floors(result: dict) -> None:
    overall = result["overall"]
    assert overall["precision"] >= PRECISION_FLOOR, (overall, result["errors"])
    assert overall["recall"] >= RECALL_FLOOR, (overall, result["errors"])


def test_shared_dev_corpus_meets_the_floors(shared_dir):
    result = scores(shared_dir / "corpus" / "dev.jsonl")
    assert result["overall"]["cases"] >= 100
    assert_floors(result)


def test_own_corpus_meets_the_floors():
    if not OWN_CORPUS.is_file():
        pytest.skip(f"{OWN_CORPUS} is not there yet")
    result = scores(OWN_CORPUS)
    assert result["overall"]["cases"] >= 300
    assert_floors(result)


def test_every_language_of_the_own_corpus_meets_the_floors():
    if not OWN_CORPUS.is_file():
        pytest.skip(f"{OWN_CORPUS} is not there yet")
    for lang, figures in scores(OWN_CORPUS)["by"]["lang"].items():
        if figures["tp"] + figures["fn"] >= 10:
            assert figures["precision"] >= PRECISION_FLOOR and figures["recall"] >= RECALL_FLOOR, (lang, figures)
