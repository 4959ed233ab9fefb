"""Any fetched page made safe to judge: visible text, title, language and tel: links."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote

from spiders.parsers.base import SavedResponse
from spiders.parsers.html import LIMITED, REPLACED, absolute_url, clean, decode_response, parse_html, text_of

MAX_TEXT_CHARS = 1_000_000  # detection caps its own input too; a page is judged on at most this much
MAX_TEL_LINKS = 100
MAX_LINKS = 500
TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/json", "application/ld+json")


@dataclass
class PageText:
    text: str
    title: str = ""
    lang: str | None = None
    tel_links: list[str] = field(default_factory=list)
    encoding: str = ""
    flags: list[str] = field(default_factory=list)  # parse_limited, decoded_with_replacement, charset_mismatch, not_html


def is_html(resp: SavedResponse) -> bool:
    content_type = resp.headers.get("content-type", "").lower()
    if content_type:
        return "html" in content_type
    return b"<html" in resp.body[:4096].lower() or b"<!doctype html" in resp.body[:4096].lower()


def _flags(notes) -> list[str]:
    """Short flag names for the notes the decoder and parser left (first word before a colon)."""
    flags = []
    for note in notes:
        name = note.split(":", 1)[0].strip()
        if name in (LIMITED, REPLACED, "charset_mismatch") and name not in flags:
            flags.append(name)
    return flags


def _tel_links(root) -> list[str]:
    found: dict[str, None] = {}
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href[:4].lower() == "tel:":
            found.setdefault(clean(unquote(href[4:]), 64))
            if len(found) >= MAX_TEL_LINKS:
                break
    return [number for number in found if number]


def extract_page(resp: SavedResponse) -> PageText:
    """The text a visitor sees (scripts, styles and comments dropped), never raising on content.

    >>> page = extract_page(SavedResponse("http://a.test/", b'<html lang="zh"><title>T</title><p>call <a href="tel:400-1">us</a></p>', {"content-type": "text/html"}))
    >>> (page.text, page.title, page.lang, page.tel_links)
    ('call us', 'T', 'zh', ['400-1'])
    """
    if not is_html(resp):
        return _plain(resp)
    doc = parse_html(resp)
    body = doc.root.find("body")
    text = text_of(body if body is not None else doc.root, MAX_TEXT_CHARS)
    flags = _flags(doc.notes)
    if len(text) >= MAX_TEXT_CHARS and LIMITED not in flags:
        flags.append(LIMITED)
    title_el = doc.root.find(".//title")
    title = clean(title_el.text_content(), 500) if title_el is not None else ""
    lang = clean(doc.root.get("lang") or doc.root.get("xml:lang") or resp.headers.get("content-language", ""), 35) or None
    return PageText(text, title, lang, _tel_links(doc.root), doc.encoding, flags)


def _plain(resp: SavedResponse) -> PageText:
    content_type = resp.headers.get("content-type", "").lower()
    if content_type and not content_type.startswith(TEXT_TYPES):
        return PageText("", encoding="", flags=["not_text"])
    decoded = decode_response(resp)
    text = clean(decoded.text, MAX_TEXT_CHARS)
    flags = _flags(decoded.notes) + (["not_html"])
    return PageText(text, "", resp.headers.get("content-language") or None, [], decoded.encoding, flags)


def links_containing(resp: SavedResponse, marker: str, limit: int = MAX_LINKS) -> list[str]:
    """Absolute http(s) links of a page whose URL contains `marker` (e.g. an app store's detail path), in order.

    >>> links_containing(SavedResponse("http://s.test/search", b'<a href="/details?id=a">A</a><a href="/x">X</a>'), "/details?id=")
    ['http://s.test/details?id=a']
    """
    doc = parse_html(resp)
    found: dict[str, None] = {}
    for anchor in doc.root.iter("a"):
        url = absolute_url(resp.url, anchor.get("href"))
        if url and marker in url:
            found.setdefault(url)
            if len(found) >= limit:
                break
    return list(found)
