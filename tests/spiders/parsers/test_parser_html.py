"""Safe decoding and bounded parsing shared by all parsers: charsets that lie, hostile markup and JSON."""
from __future__ import annotations

import codecs
import json

import pytest

from spiders.parsers import generic_serp, google
from spiders.parsers.base import SavedResponse
from spiders.parsers.html import LIMITED, REPLACED, decode_body, load_json, parse_html, text_of

TEXT = "还呗客服电话 400-681-6666"

DECODING = [
    # (body, content-type, expected encoding, expected source)
    (TEXT.encode("gbk"), "text/html; charset=gbk", "gb18030", "header"),
    (TEXT.encode("gb18030"), "text/html", "gb18030", "sniff"),
    (b'<meta charset="gb2312">' + TEXT.encode("gbk"), "text/html", "gb18030", "meta"),
    (b'<meta charset="gbk">' + TEXT.encode("utf-8"), "text/html", "utf-8", "sniff"),  # the meta lies
    (TEXT.encode("utf-8"), "text/html; charset=gbk", "utf-8", "sniff"),  # the header lies
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "text/html; charset=gbk", "utf-8", "bom"),  # BOM beats header
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "", "utf-16-le", "bom"),
    (TEXT.encode("utf-8"), "text/html; charset=x-no-such-charset", "utf-8", "sniff"),
]


@pytest.mark.parametrize(("body", "content_type", "encoding", "source"), DECODING)
def test_decoding_order_is_bom_header_meta_sniff(body, content_type, encoding, source):
    decoded = decode_body(body, content_type)
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.source) == (encoding, source)


def test_utf7_is_never_used_even_when_declared():
    decoded = decode_body(b"+ADw-script+AD4-alert(1)", "text/html; charset=utf-7")
    assert "<script>" not in decoded.text
    assert decoded.encoding != "utf-7"


def test_invalid_bytes_are_replaced_and_flagged():
    decoded = decode_body(b"abc \xff\xfe\xfa\x80 def", "text/html; charset=utf-8")
    assert decoded.text.startswith("abc ") and decoded.text.endswith(" def")
    assert "\ufffd" in decoded.text and REPLACED in decoded.notes


def test_half_gb18030_half_latin1_keeps_the_chinese_part():
    decoded = decode_body(TEXT.encode("gb18030") + " café".encode("latin-1"))
    assert TEXT in decoded.text and REPLACED in decoded.notes


def test_text_of_skips_scripts_and_keeps_inline_numbers_whole():
    doc = parse_html(SavedResponse("https://x.example/", b"<p>call <b>400</b>-681-6666<script>var n=1</script></p><p>next</p>"))
    assert text_of(doc.root) == "call 400-681-6666 next"


def test_100000_nested_divs_parse_without_recursion_and_keep_text_and_links():
    body = b"<html><body>" + b"<div>" * 100_000 + b"deep 00852-5555-0123" + b"</div>" * 100_000
    body += b'<a href="https://fake.example/">fake hotline page</a></body></html>'
    doc = parse_html(SavedResponse("https://s.example/", body))
    assert doc.limited
    assert "deep 00852-5555-0123" in text_of(doc.root)
    result = generic_serp.parse(SavedResponse("https://s.example/", body))
    assert any(LIMITED in note for note in result.notes)
    assert [r.url for r in result.items] == ["https://fake.example/"]


def test_engine_parser_on_deeply_nested_page_returns_a_limited_result():
    body = b"<html><body>" + b"<div class='g'>" * 50_000 + b'<a href="/url?q=https://a.example/"><h3>Deep</h3></a></body></html>'
    result = google.parse(SavedResponse("https://www.google.com/search?q=x", body))
    assert any(note.startswith(LIMITED) for note in result.notes)
    assert [r.url for r in result.items] == ["https://a.example/"]


def test_five_megabyte_text_node_is_parsed_and_fields_are_capped():
    body = b'<div class="g"><a href="https://a.example/"><h3>T</h3></a><span class="st">' + b"x" * 5_000_000 + b"</span></div>"
    result = google.parse(SavedResponse("https://www.google.com/search?q=x", body))
    (item,) = result.items
    assert 0 < len(item.snippet) <= 4000


def test_oversized_body_is_cut_and_marked_limited(monkeypatch):
    monkeypatch.setattr("spiders.parsers.html.MAX_PARSE_BYTES", 1000)
    doc = parse_html(SavedResponse("https://x.example/", b"<p>" + b"y" * 5000 + b"</p>"))
    assert doc.limited


def test_empty_and_garbage_bodies_parse_to_an_empty_document():
    for body in (b"", b"\x00\x00\x00", b"<<<>>>", b"\xff" * 100):
        doc = parse_html(SavedResponse("https://x.example/", body))
        assert text_of(doc.root) is not None


def test_deeply_nested_json_is_refused_without_recursion_error():
    value, notes = load_json(SavedResponse("https://x.example/t.json", b"[" * 200_000 + b"]" * 200_000))
    assert value is None and any(note.startswith(LIMITED) for note in notes)


def test_json_with_brackets_inside_strings_is_not_counted_as_nesting():
    text = json.dumps({"cooked": "[" * 5000, "n": [1, 2]})
    value, notes = load_json(SavedResponse("https://x.example/t.json", text.encode()))
    assert value["n"] == [1, 2] and notes == []


def test_bad_json_gives_a_note_not_an_exception():
    value, notes = load_json(SavedResponse("https://x.example/t.json", b"<html>not json"))
    assert value is None and notes[0].startswith("not JSON")


def test_a_12_megabyte_text_node_does_not_lose_the_rest_of_the_page():
    body = b"<html><body><p>" + b"7" * 12_000_000 + b'</p><a href="https://after.example/">after</a></body></html>'
    doc = parse_html(SavedResponse("https://x.example/", body))
    assert doc.root.xpath("//a/@href") == ["https://after.example/"]


def test_deep_nesting_of_unknown_tags_keeps_text_and_links_after_removing_all_tags_but_links():
    body = b"<html><body>" + b"<x-a>" * 100_000 + b"deep text" + b"</x-a>" * 100_000
    doc = parse_html(SavedResponse("https://x.example/", body + b'<a href="https://after.example/">after</a></body></html>'))
    assert len(doc.notes) == 2 and all(note.startswith(LIMITED) for note in doc.notes)
    assert "deep text" in text_of(doc.root) and doc.root.xpath("//a/@href") == ["https://after.example/"]


def test_only_redirector_paths_are_unwrapped():
    from spiders.parsers.generic_serp import unwrap

    assert unwrap("https://duckduckgo.com/l/?uddg=https%3A%2F%2Fa.example%2F") == "https://a.example/"
    assert unwrap("https://shop.example/search?q=https://b.example/") == "https://shop.example/search?q=https://b.example/"
    assert unwrap("https://blog.example/RU=https%3a%2f%2fc.example/") == "https://blog.example/RU=https%3a%2f%2fc.example/"


@pytest.mark.timeout(60)  # a hang guard, not a speed check: quadratic scanning would take hours here
def test_unclosed_tags_after_deep_nesting_do_not_make_the_reparse_quadratic():
    body = b"<html><body>" + b"<div>" * 3_000 + b"<div " * 400_000 + b'<a href="https://a.example/">link text</a>'
    doc = parse_html(SavedResponse("https://x.example/", body))
    assert doc.limited


def test_a_page_of_a_million_empty_elements_is_parsed_up_to_the_tag_cap():
    body = b'<html><body><a href="https://first.example/">first link</a>' + b"<i></i>" * 1_000_000
    doc = parse_html(SavedResponse("https://x.example/", body + b"</body></html>"))
    assert doc.limited and any("tags" in note for note in doc.notes)
    assert doc.root.xpath("//a/@href") == ["https://first.example/"]


def test_many_links_in_empty_markup_are_capped_per_page():
    body = b"<html><body><div>" + b"".join(
        b'<a href="https://x%d.example/">link text</a>' % i + b"<i></i>" * 20 for i in range(3_000)) + b"</div></body></html>"
    result = generic_serp.parse(SavedResponse("https://s.example/", body))
    assert len(result.items) == generic_serp.MAX_RESULTS
