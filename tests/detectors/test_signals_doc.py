"""docs/signals.md documents every signal code with its weight, and nothing else."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from detectors import scoring
from detectors.rules.brand import KIND_PREFERENCE

REPO = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| `(?P<code>[a-z_.0-9]+)` \| (?P<weight>[+−-]\d\.\d\d) \|", re.MULTILINE)


def documented() -> dict[str, float]:
    text = (REPO / "docs" / "signals.md").read_text("utf-8")
    return {m["code"]: float(m["weight"].replace("−", "-")) for m in ROW.finditer(text)}


def emitted_codes() -> set[str]:
    """Every literal code a rule passes to Reason(...), read from the rule sources."""
    codes = set()
    for path in (REPO / "detectors").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Reason" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    codes.add(first.value)
    return codes | {f"brand.{kind}" for kind in KIND_PREFERENCE}


def test_every_weighted_code_is_documented_with_its_weight():
    docs = documented()
    missing = sorted(set(scoring.WEIGHTS) - set(docs))
    assert not missing, f"undocumented signal codes: {missing}"
    wrong = {code: (docs[code], weight) for code, weight in scoring.WEIGHTS.items() if abs(docs[code] - weight) > 1e-9}
    assert not wrong, f"docs/signals.md weights differ from scoring.WEIGHTS: {wrong}"


def test_docs_list_no_unknown_code():
    assert not sorted(set(documented()) - set(scoring.WEIGHTS))


def test_every_code_a_rule_emits_has_a_weight():
    assert not sorted(emitted_codes() - set(scoring.WEIGHTS))


def test_thresholds_in_docs_match_the_table():
    text = (REPO / "docs" / "signals.md").read_text("utf-8")
    assert f"**{scoring.SCAM_THRESHOLD:.2f}**" in text and f"**{scoring.SUSPICIOUS_THRESHOLD:.2f}**" in text
