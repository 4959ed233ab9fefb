"""Generic page extraction: what a visitor sees, its title, language and tel: links, on any bytes."""
from __future__ import annotations

import pytest

from spiders.parsers.base import SavedResponse
from spiders.parsers.page import extract_page


def page(body: bytes, content_type: str = "text/html; charset=utf-8", **headers) -> SavedResponse:
    return SavedResponse("http://a.test/", body, {"content-type": content_type, **headers})


def test_visible_text_only():
    html = b"<html><head><title>T</title><style>p{}</style></head><body><script>var n='400-1'</script><!-- 400-2 --><p>call <b>400</b>-681-6666</p><noscript>x</noscript></body></html>"
    result = extract_page(page(html))
    assert result.text == "call 400-681-6666" and result.title == "T"


def test_tel_links_are_unquoted_and_unique():
    html = b'<a href="tel:+1%20888-555-0199">a</a><a href="TEL:+1 888-555-0199">b</a><a href="tel:">c</a><a href="mailto:x@y">d</a>'
    assert extract_page(page(html)).tel_links == ["+1 888-555-0199"]


@pytest.mark.parametrize(("html", "headers", "lang"), [
    (b'<html lang="zh-CN"><p>x</p></html>', {}, "zh-CN"),
    (b"<html><p>x</p></html>", {"content-language": "en"}, "en"),
    (b"<html><p>x</p></html>", {}, None),
])
def test_language_from_markup_then_header(html, headers, lang):
    assert extract_page(page(html, **headers)).lang == lang


def test_gbk_page_with_lying_meta_is_decoded_and_flagged():
    body = '<html><meta charset="utf-8"><title>快鹿贷</title><p>客服 00 61 491 570 159</p></html>'.encode("gb18030")
    result = extract_page(page(body, "text/html"))
    assert result.title == "快鹿贷" and "charset_mismatch" in result.flags and result.encoding == "gb18030"


def test_undecodable_bytes_are_replaced_and_flagged():
    result = extract_page(page(b"<p>ok \xff\xfe\xfa end</p>" + "还".encode("gbk") + b"\xff", "text/html; charset=utf-8"))
    assert "ok" in result.text and "decoded_with_replacement" in result.flags


def test_plain_text_and_binary_bodies():
    assert extract_page(page(b"call 400 1", "text/plain")).text == "call 400 1"
    assert extract_page(page(b"\x89PNG\r\n", "image/png")).flags == ["not_text"]


def test_deeply_nested_page_keeps_its_text_and_is_flagged():
    body = b"<html><body>" + b"<div>" * 5000 + b"<p>call 400-830-2468</p>" + b"</div>" * 5000 + b"</body></html>"
    result = extract_page(page(body))
    assert "400-830-2468" in result.text and "parse_limited" in result.flags
