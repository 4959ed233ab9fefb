"""Xiaomi GetApps / 小米应用商店 detail pages (app.mi.com/details?id=...): one app record."""
from __future__ import annotations

from spiders.parsers.base import AppRecord, ParseResult, SavedResponse
from spiders.parsers.fallback import app_fallback
from spiders.parsers.html import Document, clean, first, parse_html, query_value, text_of

SITE = "xiaomi"
STORE = "xiaomi"
PACKAGE_LABELS = ("包名", "包名：", "包名:", "Package name")


def _package(doc: Document) -> str:
    """The 包名 value: the list item after the one labelled 包名, else the URL's id."""
    items = doc.select("div.details ul.cf li, div.details li, ul.cf li")
    for label, value in zip(items, items[1:]):
        if text_of(label, 20) in PACKAGE_LABELS:
            return text_of(value, 300)
    return query_value(doc.url, "id") or ""


def _titles(doc: Document) -> tuple[str, str]:
    """div.intro-titles holds the developer (a <p> before the name) and the name (<h3>)."""
    block = first(doc.root, "div.intro-titles")
    if block is None:
        return "", ""
    name = text_of(first(block, "h3"), 500)
    developer = next((text_of(p, 500) for p in block.cssselect("p") if text_of(p, 500)), "")
    return name, developer


def parse(resp: SavedResponse) -> ParseResult:
    """Name, developer (开发者), package (包名), description (应用介绍) and the detail URL.

    >>> page = '<div class="intro-titles"><p>某科技公司</p><h3>还呗</h3></div>'
    >>> parse(SavedResponse("https://app.mi.com/details?id=com.example", page.encode())).items[0].name
    '还呗'
    """
    doc = parse_html(resp)
    name, developer = _titles(doc)
    if not name:
        return app_fallback(SITE, doc, STORE, "no div.intro-titles with a name")
    description = text_of(first(doc.root, "div.app-text p.pslide", "div.app-text", "p.pslide"), 20_000)
    record = AppRecord(name, clean(developer, 500), _package(doc), description, doc.url, STORE)
    return ParseResult(SITE, [record], [], None, False, list(doc.notes))
