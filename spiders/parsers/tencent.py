"""Tencent 应用宝 (MyApp) detail pages (sj.qq.com/myapp/detail.htm?apkName=...): one app record."""
from __future__ import annotations

from spiders.parsers.base import AppRecord, ParseResult, SavedResponse
from spiders.parsers.fallback import app_fallback
from spiders.parsers.html import Document, first, parse_html, query_value, text_of

SITE = "tencent"
STORE = "tencent"
DEVELOPER_LABELS = ("开发商", "开发者", "Developer")


def _developer(doc: Document) -> str:
    """The det-othinfo block alternates labels (det-othinfo-tit) and values (det-othinfo-data)."""
    label = None
    for cell in doc.select("div.det-othinfo-container > div"):
        classes = cell.get("class") or ""
        if "det-othinfo-tit" in classes:
            label = text_of(cell, 40)
        elif "det-othinfo-data" in classes and label and any(label.startswith(d) for d in DEVELOPER_LABELS):
            return text_of(cell, 500)
    return ""


def _package(doc: Document) -> str:
    button = first(doc.root, "a.det-down-btn[apk]", "a.det-ins-btn[apk]", "[apk]")
    return (button.get("apk") if button is not None else None) or query_value(doc.url, "apkName") or ""


def parse(resp: SavedResponse) -> ParseResult:
    """Name, developer (开发商), package (the download button's `apk`), description and the URL.

    >>> page = '<div class="det-name-int">还呗</div><a class="det-down-btn" apk="com.example">下载</a>'
    >>> parse(SavedResponse("https://sj.qq.com/myapp/detail.htm?apkName=com.example", page.encode())).items[0].bundle_id
    'com.example'
    """
    doc = parse_html(resp)
    name = text_of(first(doc.root, "div.det-name-int", ".det-name-int"), 500)
    if not name:
        return app_fallback(SITE, doc, STORE, "no div.det-name-int")
    description = text_of(first(doc.root, "div.det-app-data-info", "[itemprop='description']"), 20_000)
    record = AppRecord(name, _developer(doc), _package(doc), description, doc.url, STORE)
    return ParseResult(SITE, [record], [], None, False, list(doc.notes))
