"""Safe HTML and JSON loading for parsers: decode by BOM > header > meta > sniff, parse within bounds."""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from spiders.parsers.base import SavedResponse

MAX_PARSE_BYTES = 16 * 1024 * 1024  # same order as DOWNLOAD_MAXSIZE: never parse more than a download may hold
MAX_FIELD_CHARS = 4000  # one title/snippet/post; detection sees the whole page text elsewhere
MAX_JSON_DEPTH = 200
MAX_ANCESTORS = 40
MAX_TAGS = 250_000
LIMITED = "parse_limited"
REPLACED = "decoded_with_replacement"

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^<>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# Labels browsers refuse (UTF-7 smuggles markup) or that name a superset we should use instead.
_REFUSED = {"utf-7", "utf7", "x-user-defined"}
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
              "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
              "big5": "big5hkscs", "shift_jis": "cp932", "euc-kr": "cp949"}
# Structural tags dropped when a page nests deeper than the parser allows; links and headings stay.
# `[^<>]*` (not `[^>]*`) keeps every scan inside one tag, so hostile markup costs linear time.
_FLATTEN = re.compile(
    rb"</?(?:div|span|font|section|article|p|center|table|tr|td|th|tbody|thead|ul|ol|li|dl|dt|dd"
    rb"|em|strong|b|i|u|small|big|nav|main|header|footer|aside|blockquote|form|label)\b[^<>]*>", re.I)
_ALL_BUT_LINKS = re.compile(rb"<(?!/?(?:a|title|meta|html|head|body)\b)/?[A-Za-z][^<>]*>")
_SPACE = re.compile(r"\s+")
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                     "table", "section", "article", "header", "footer", "dd", "dt", "blockquote", "pre",
                     "hr", "option", "cite", "figcaption", "nav", "aside", "main", "form"})
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title"})


@dataclass(frozen=True)
class Decoded:
    """Text of a body and how it was obtained (`source`: bom | header | meta | sniff)."""

    text: str
    encoding: str
    source: str
    notes: tuple[str, ...] = ()


@dataclass
class Document:
    """A parsed HTML page: the lxml root, the page URL, and notes on anything that was limited."""

    root: lxml.html.HtmlElement
    url: str
    encoding: str
    notes: list[str] = field(default_factory=list)

    @property
    def limited(self) -> bool:
        return any(note.startswith(LIMITED) for note in self.notes)

    def select(self, selector: str) -> list:
        return css(selector)(self.root)


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None for a label we will not use."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _REFUSED:
        return None
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in _REFUSED else name


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _declared(body: bytes, content_type: str, declared: str | None) -> list[tuple[str, str | None]]:
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    return [("header", _codec(declared) or _codec(header.group(1) if header else None)),
            ("meta", _codec(meta.group(1).decode("ascii", "replace") if meta else None))]


def decode_body(body: bytes, content_type: str = "", declared: str | None = None) -> Decoded:
    """Decode bytes the way a browser would: BOM, then header, then meta, then sniffing.

    A declared charset loses to UTF-8 when the bytes are valid multi-byte UTF-8, and to
    GB18030 when only GB18030 decodes them (a lying meta tag); otherwise invalid bytes are
    replaced and the result is marked `decoded_with_replacement`.

    >>> decode_body("还呗".encode("gbk"), "text/html; charset=gbk").text
    '还呗'
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return _replacing(body[len(bom):], codec, "bom")
    utf8 = _strict(body, "utf-8")
    for source, codec in _declared(body, content_type, declared):
        if codec is None:
            continue
        if utf8 is not None and codec != "utf-8" and not body.isascii():
            # Multi-byte text that happens to be valid UTF-8 almost never is anything else.
            return Decoded(utf8, "utf-8", "sniff", (_mismatch(codec, "utf-8"),))
        text = _strict(body, codec)
        if text is not None:
            return Decoded(text, codec, source)
        gb = _strict(body, "gb18030") if codec != "gb18030" else None
        if gb is not None:
            return Decoded(gb, "gb18030", "sniff", (_mismatch(codec, "gb18030"),))
        return _replacing(body, codec, source)
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "sniff")
    # Nothing decodes cleanly (mixed encodings): keep whichever loses fewer characters.
    codec = min(("utf-8", "gb18030"), key=lambda name: body.decode(name, errors="replace").count("\ufffd"))
    return _replacing(body, codec, "sniff")


def _mismatch(declared: str, used: str) -> str:
    return f"charset_mismatch: declared {declared}, decoded as {used}"


def _replacing(body: bytes, codec: str, source: str) -> Decoded:
    text = body.decode(codec, errors="replace")
    return Decoded(text, codec, source, () if _strict(body, codec) is not None else (REPLACED,))


def decode_response(resp: SavedResponse) -> Decoded:
    """`decode_body` for a saved response (its Content-Type header and known encoding)."""
    return decode_body(resp.body[:MAX_PARSE_BYTES], resp.headers.get("content-type", ""), resp.encoding)


def _build(text: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """Parse text (huge text nodes allowed, depth capped by libxml2 at 2048); report whether
    the depth cap cut the document short."""
    parser = lxml.html.HTMLParser(encoding="utf-8", recover=True, no_network=True, huge_tree=True,
                                  remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    return root, any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def _first_tags(text: str, notes: list[str]) -> str:
    """The text up to its MAX_TAGS-th tag: every selector scans the whole tree, so a page of a
    million empty elements would make each one slow; real pages have tens of thousands."""
    if text.count("<") <= MAX_TAGS:
        return text
    cut = -1
    for _ in range(MAX_TAGS):
        cut = text.find("<", cut + 1)
    notes.append(f"{LIMITED}: more than {MAX_TAGS} tags; the rest of the page is not parsed")
    return text[:cut]


def parse_html(resp: SavedResponse) -> Document:
    """Parse a saved response into a `Document` that never recurses without bound.

    libxml2 stops at depth 2048; a page nested deeper is parsed again with its layout tags
    removed, then if need be with every tag but links removed, so its text and links
    survive, and the document is marked `parse_limited`.
    """
    decoded = decode_response(resp)
    notes = list(decoded.notes)
    if len(resp.body) > MAX_PARSE_BYTES:
        notes.append(f"{LIMITED}: body cut at {MAX_PARSE_BYTES} bytes")
    text = _first_tags(decoded.text, notes)
    root, hit = _build(text)
    for strip, what in ((_FLATTEN, "layout tags"), (_ALL_BUT_LINKS, "all tags but links")):
        if not hit:
            break
        notes.append(f"{LIMITED}: nesting deeper than the parser allows; {what} removed")
        flat = strip.sub(b" ", text.encode("utf-8")).decode("utf-8", errors="replace")
        root, hit = _build(flat)
    if root is None:
        notes.append(f"{LIMITED}: empty or unparseable document")
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return Document(root, resp.url, decoded.encoding, notes)


def load_json(resp: SavedResponse) -> tuple[object | None, list[str]]:
    """Decode a JSON body; hostile nesting or bad syntax gives (None, notes) instead of raising."""
    decoded = decode_response(resp)
    refused = [*decoded.notes, f"{LIMITED}: JSON nested deeper than {MAX_JSON_DEPTH}"]
    try:
        value = json.loads(decoded.text.lstrip("\ufeff"))
    except RecursionError:
        return None, refused
    except ValueError as exc:
        return None, [*decoded.notes, f"not JSON: {str(exc)[:120]}"]
    return (None, refused) if _too_deep(value) else (value, list(decoded.notes))


def _too_deep(value: object) -> bool:
    """Whether a decoded JSON value nests deeper than MAX_JSON_DEPTH, walked without recursion."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def clean(text: str | None, limit: int = MAX_FIELD_CHARS) -> str:
    """Collapse whitespace and cap the length of one extracted field."""
    if not text:
        return ""
    # Collapse before cutting: hostile pages pad with megabytes of whitespace.
    return _SPACE.sub(" ", text).strip()[:limit]


def text_of(element, limit: int = MAX_FIELD_CHARS) -> str:
    """Visible text of an element (scripts and styles skipped), collapsed and capped, no recursion.

    Block elements separate words; inline ones do not, so `400-<b>681</b>-6666` stays whole.
    """
    if element is None:
        return ""
    parts: list[str] = []
    size, skipping = 0, 0
    budget = max(2_000, limit * 2)  # events visited: empty markup must not cost more than text
    for event, node in etree.iterwalk(element, events=("start", "end")):
        budget -= 1
        if budget < 0:
            break
        hidden = node is not element and (not isinstance(node.tag, str) or node.tag in _INVISIBLE)
        if event == "start":
            skipping += hidden
            piece = node.text if not skipping else None
        else:
            skipping -= hidden
            piece = node.tail if node is not element and not skipping else None
        if node.tag in _BLOCKS:
            parts.append(" ")
        if piece:
            piece = _SPACE.sub(" ", piece)
            parts.append(piece)
            size += len(piece)
            if size > limit * 4:
                break
    return clean("".join(parts), limit)


def ancestors(element, tag: str | None = None, limit: int = MAX_ANCESTORS) -> list:
    """The nearest `limit` ancestors (of one tag, if given): result blocks sit close to their
    links, and a bounded walk keeps thousands of links in deep markup from costing n x depth."""
    found = []
    for _, parent in zip(range(limit), element.iterancestors()):
        if tag is None or parent.tag == tag:
            found.append(parent)
    return found


def css(selector: str) -> CSSSelector:
    """A compiled CSS selector; parsers reuse the same few hundred on every page.

    `:contains()` compiles to an lxml extension function, and a cached XPath that calls one
    breaks after garbage collection (lxml reads a freed namespace), so those are never cached.
    """
    if "contains(" in selector:
        return CSSSelector(selector, translator="html")
    return _cached_css(selector)


@lru_cache(maxsize=1024)
def _cached_css(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def first(element, *selectors: str):
    """The first element matching any of the CSS selectors, in the order given."""
    for selector in selectors:
        found = css(selector)(element)
        if found:
            return found[0]
    return None


def link_url(doc: Document, *selectors: str) -> str | None:
    """The absolute URL of the first link matching any selector (a next-page link, say)."""
    found = first(doc.root, *selectors)
    return absolute_url(doc.url, found.get("href")) if found is not None else None


def absolute_url(base: str, href: str | None) -> str | None:
    """An absolute http(s) URL for a link, or None for javascript:, mailto:, data: and the like."""
    if not href:
        return None
    href = href.strip()
    try:
        url = urljoin(base, href)
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def query_value(url: str, name: str) -> str | None:
    """The first value of a query parameter, percent-decoded, or None."""
    try:
        values = parse_qs(urlsplit(url).query).get(name)
    except ValueError:
        return None
    return values[0] if values else None


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def on_domain(url: str, domains: tuple[str, ...]) -> bool:
    """True when the URL's host is one of the domains or a subdomain of one."""
    host = host_of(url)
    return any(host == domain or host.endswith("." + domain) for domain in domains)
