"""Properties of the pure helpers: marking keeps the text, cells never start a formula, names stay inside."""
from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from takedown.evidence.container import unsafe_name_reason
from takedown.evidence.scrub import REDACTED, scrub_url
from takedown.evidence.textmark import CLOSE, OPEN, mark_spans, merge_spans, one_line
from takedown.exports.csv import _FORMULA_STARTS, safe_cell

spans = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=8)


@given(st.text(max_size=50), spans)
def test_marking_only_adds_marks(text: str, raw_spans) -> None:
    marked = mark_spans(text, raw_spans)
    unmarked = marked.replace(OPEN, "").replace(CLOSE, "")
    assert unmarked == text.replace(OPEN, "⟪").replace(CLOSE, "⟫")
    assert marked.count(OPEN) == marked.count(CLOSE) == len(merge_spans(raw_spans, len(text)))


@given(st.text(max_size=30))
def test_no_cell_starts_a_formula(value: str) -> None:
    cell = safe_cell(value)
    assert not cell.startswith(_FORMULA_STARTS)
    assert cell == ("'" + value if value.startswith(_FORMULA_STARTS) else value)


@given(st.text(max_size=40))
def test_one_line_has_no_line_breaks_or_bidi_controls(value: str) -> None:
    shown = one_line(value)
    assert not any(ch in shown for ch in "\n\r\u2028\u2029\u202e\u2066\x00")


@given(st.text(alphabet=st.sampled_from(list("ab./\\:C\x00")), max_size=12))
def test_names_judged_safe_stay_inside_the_folder(name: str) -> None:
    if unsafe_name_reason(name) is None:
        joined = posixpath.normpath(posixpath.join("/pack", name))
        assert joined.startswith("/pack/") and "\\" not in name


@given(st.text(alphabet=st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=12))
def test_secret_query_values_never_survive_scrubbing(secret: str) -> None:
    url = f"https://api.example/s?q=x&api_key={secret}&access_token={secret}"
    scrubbed = scrub_url(url)
    assert scrubbed == f"https://api.example/s?q=x&api_key={REDACTED}&access_token={REDACTED}"
