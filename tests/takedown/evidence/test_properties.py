"""Properties of the pure helpers: marking keeps the text, cells never start a formula, names stay inside."""
from __future__ import annotations

import posixpath

from hypothesis import given, settings
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


def _pack_strategy():
    from datetime import datetime, timezone

    from takedown.evidence.packinput import FindingInput, PackInput, PageInput, ReasonInput

    text = st.text(max_size=40)
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)

    @st.composite
    def packs(draw):
        page_text = draw(text)
        page = PageInput(key="1", url=draw(text), final_url=draw(text), captured_at=when, http_status=200,
                         source_kind="forum", html=draw(st.binary(max_size=40)), texts={"page": page_text},
                         redirect_chain=tuple(draw(st.lists(text, max_size=2))))
        reasons = tuple(ReasonInput(draw(text), 0.5, draw(text), (draw(st.integers(-3, 50)), draw(st.integers(-3, 50))))
                        for _ in range(draw(st.integers(0, 3))))
        finding = FindingInput(id="1", brand=draw(text), official_numbers=(draw(text),), number_e164="+85212345678",
                               number_raw=draw(text), page_key="1", reasons=reasons, first_seen=when, last_seen=when)
        return PackInput(kind="finding", subject="1", platform="search", findings=(finding,), pages=(page,))

    return packs()


@settings(max_examples=40, deadline=None)
@given(_pack_strategy())
def test_any_scraped_strings_give_a_pack_that_verifies(pack) -> None:
    import stix2
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from takedown.evidence.pack import build_pack
    from takedown.evidence.verify import verify_members

    key = Ed25519PrivateKey.from_private_bytes(b"p" * 32)
    members = build_pack(pack, key)
    assert verify_members(members, trusted=key.public_key()).files == len(members)
    stix2.parse(members["stix.json"], allow_custom=False)
