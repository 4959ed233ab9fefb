"""Scores of a judged corpus: the README's three-label rule, precision and strict recall of `scam`, a confusion matrix."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

LABELS = ("scam", "suspicious", "benign")
BREAKDOWNS = ("lang", "source_kind", "synthetic")
SPLITS = ("tune", "test")


def number_set(numbers: Iterable[str]) -> frozenset[str]:
    """Numbers compared by digits after stripping one leading '+' or '00' (the corpus rule).

    >>> number_set(["+447700900128"]) == number_set(["00447700900128"])
    True
    """
    out = set()
    for number in numbers:
        text = number.strip()
        text = text[1:] if text.startswith("+") else text[2:] if text.startswith("00") else text
        out.add("".join(ch for ch in text if ch.isdigit()))
    return frozenset(out)


def is_correct(gold: str, predicted: str, gold_numbers: Iterable[str], predicted_numbers: Iterable[str]) -> bool:
    """The scoring rule: the labels agree (suspicious is not benign) and, for a scam, the sets of fake numbers too.

    >>> is_correct("scam", "scam", ["+447700900128"], ["00447700900128"]), is_correct("benign", "suspicious", [], [])
    (True, False)
    """
    if gold != predicted:
        return False
    return gold != "scam" or number_set(gold_numbers) == number_set(predicted_numbers)


@dataclass(slots=True)
class Tally:
    """Counts under the numbers-must-agree rule: accuracy over all labels, precision and strict recall of `scam`."""

    cases: int = 0
    correct: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    # gold label -> predicted label -> cases; a scam judged scam with other numbers counts under "scam*"
    matrix: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, gold: str, predicted: str, correct: bool) -> None:
        self.cases += 1
        self.correct += correct
        if predicted == "scam":
            self.true_pos += correct
            self.false_pos += not correct
        if gold == "scam" and not correct:
            self.false_neg += 1
        column = "scam*" if gold == predicted == "scam" and not correct else predicted
        row = self.matrix.setdefault(gold, {})
        row[column] = row.get(column, 0) + 1

    def figures(self) -> dict:
        found = self.true_pos + self.false_pos
        wanted = self.true_pos + self.false_neg
        precision = self.true_pos / found if found else 1.0
        recall = self.true_pos / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "cases": self.cases, "accuracy": round(self.correct / self.cases, 4) if self.cases else 1.0,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": self.true_pos, "fp": self.false_pos, "fn": self.false_neg,
        }

    def confusion(self) -> dict[str, dict[str, int]]:
        """Gold label (rows) by predicted label (columns, plus `scam*`: scam with the wrong numbers)."""
        columns = (*LABELS, "scam*")
        return {gold: {column: self.matrix.get(gold, {}).get(column, 0) for column in columns}
                for gold in LABELS if gold in self.matrix}


@dataclass(slots=True)
class Report:
    """Every tally of one run: overall, per held-out split, per language / source kind / synthetic flag."""

    overall: Tally = field(default_factory=Tally)
    splits: dict[str, Tally] = field(default_factory=dict)
    groups: dict[str, dict[str, Tally]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, outcome) -> None:
        """Count one `detectors.evaluation.Outcome`."""
        gold, predicted, correct = outcome.case["label"], outcome.predicted_label, outcome.correct
        self.overall.add(gold, predicted, correct)
        self.splits.setdefault(outcome.split, Tally()).add(gold, predicted, correct)
        for name in BREAKDOWNS:
            value = str(outcome.case.get(name, "?")).lower()
            self.groups.setdefault(name, {}).setdefault(value, Tally()).add(gold, predicted, correct)
        if not correct:
            self.errors.append(outcome.case["id"])

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.figures(),
            "confusion": self.overall.confusion(),
            "splits": {name: {"overall": self.splits[name].figures(), "confusion": self.splits[name].confusion()}
                       for name in SPLITS if name in self.splits},
            "by": {name: {value: tally.figures() for value, tally in sorted(values.items())}
                   for name, values in self.groups.items()},
            "errors": list(self.errors),
        }
