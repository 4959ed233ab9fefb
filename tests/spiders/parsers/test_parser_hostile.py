"""Every registered parser survives hostile markup (HOSTILE.md section 6): deep nesting, huge text,
a million elements, lying charsets, random bytes.

Each test calls the site's parse function itself (`SITES[site].parse`), never `registry.run`:
run() turns a parser's exception into a generic fallback, which would hide exactly the failure
these tests look for.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.registry import SITES

NESTED = b"<html><body>" + b"<div>" * 3_000 + "客服 00852-5550-1234".encode() + b"</div>" * 3_000 + b"</body></html>"
JSON_OR_XML_FIRST = {"brave", "discourse", "itunes", "sitemap"}  # they say "not JSON/XML" instead
WRONG_CHARSETS = [
    ("text/html; charset=utf-7", "<p>+ADw-script+AD4- 客服</p>".encode("utf-8")),
    ("text/html; charset=gbk", "<p>客服 café</p>".encode("utf-8") + b"\xff\xfe"),
    ("text/html; charset=no-such-codec", "<p>客服</p>".encode("gb18030") + "café".encode("latin-1")),
    ("application/json; charset=utf-16", b"\xff\xfe{\x00}\x00"),
    ("text/html", b"\xef\xbb\xbf" + "<p>客服</p>".encode("gbk")),  # a UTF-8 BOM in front of GBK bytes
]
FIELD_CAP = 200_000  # no extracted field may carry a whole hostile page


def parse_directly(site: str, body: bytes, headers: dict | None = None) -> ParseResult:
    """The parser itself, so that any exception it raises fails the test."""
    result = SITES[site].parse(SavedResponse(SITES[site].home, body, headers or {}))
    assert isinstance(result, ParseResult)
    return result


def field_sizes(record) -> list[int]:
    """The length of every field of an item, and of the fields of the posts a thread holds."""
    sizes = []
    for value in vars(record).values():
        parts = value if isinstance(value, list) else [value]
        sizes += [size for part in parts for size in (field_sizes(part) if hasattr(part, "__dict__") else [len(str(part))])]
    return sizes


def assert_bounded(site: str, result: ParseResult) -> None:
    if site == "sitemap":  # its items are URLs to request: URLLENGTH_LIMIT drops long ones there
        return
    for item in result.items:
        assert max(field_sizes(item), default=0) <= FIELD_CAP, (site, type(item).__name__)


@pytest.mark.parametrize("site", sorted(SITES))
def test_nesting_deeper_than_the_parser_allows_is_noted_as_parse_limited(site):
    result = parse_directly(site, NESTED)
    if site not in JSON_OR_XML_FIRST:
        assert any("parse_limited" in note for note in result.notes), result.notes


@pytest.mark.slow
@pytest.mark.parametrize("site", sorted(SITES))
def test_200000_nested_divs_do_not_break_any_parser(site):
    nested = b"<html><body>" + b"<div>" * 200_000 + "客服 00852-5550-1234".encode() + b"</div>" * 200_000 + b"</body></html>"
    result = parse_directly(site, nested)
    assert_bounded(site, result)
    if site not in JSON_OR_XML_FIRST:
        assert any("parse_limited" in note for note in result.notes), result.notes


@pytest.mark.slow
@pytest.mark.parametrize("site", sorted(SITES))
def test_a_5mb_text_node_and_a_million_empty_elements_do_not_break_any_parser(site):
    huge_text = b"<html><body><p>" + b"7" * 5_000_000 + b"</p></body></html>"
    many = b"<html><body>" + b"<i></i>" * 1_000_000 + b"</body></html>"
    for body in (huge_text, many):
        assert_bounded(site, parse_directly(site, body))


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize(("content_type", "body"), WRONG_CHARSETS)
def test_wrong_or_hostile_charsets_never_raise(site, content_type, body):
    parse_directly(site, body, {"content-type": content_type})


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_forum_or_store_page_cut_off_mid_tag_never_raises(site):
    cut = ('<html><head><meta name="generator" content="Discuz! X3.4"></head><body>'
           '<div id="post_1"><em id="authorposton1">发表于 <span title="2025-1-1').encode()
    parse_directly(site, cut)
    parse_directly(site, b'{"post_stream": {"posts": [{"id": "x", "post_number": {}, "cooked": 7}]}, "id": []}')
    parse_directly(site, b'{"obj": {"appDetails": [null, 1, {"appName": ["x"], "apkUrl": 5}]}, "results": [{"trackName": 1}]}')


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(site=st.sampled_from(sorted(SITES)), body=st.one_of(
    st.binary(max_size=400),
    st.text(alphabet="<>/=\"' adivhp3{}[]:,ul", max_size=400).map(str.encode),
))
def test_arbitrary_bytes_never_raise(site, body):
    result = parse_directly(site, body)
    assert result.items or result.fallback or result.notes  # never nothing, silently
