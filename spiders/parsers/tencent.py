"""Tencent 应用宝 (MyApp): detail pages (sj.qq.com/myapp/detail.htm?apkName=...) and the search
API's JSON (sj.qq.com/myapp/searchAjax.htm?kw=...): app records."""
from __future__ import annotations

import re
from urllib.parse import urlencode

from spiders.parsers.base import AppRecord, ParseResult, SavedResponse
from spiders.parsers.fallback import app_fallback
from spiders.parsers.html import Document, clean, first, load_json, parse_html, query_value, text_of

SITE = "tencent"
STORE = "tencent"
DEVELOPER_LABELS = ("开发商", "开发者", "Developer")
DETAIL = "https://sj.qq.com/myapp/detail.htm?"
MAX_RESULTS = 200
# The download's file name is <package>_<versionName>_<versionCode>.apk; a package may hold "_" itself.
_APK_NAME = re.compile(r"^([A-Za-z][\w.]{0,200}?)_[^_]{1,40}_\d{1,12}\.apk$")


def package_of(raw: dict) -> str:
    """The package of a search-API entry: pkgName, else the name of the APK file it downloads.

    >>> package_of({"apkUrl": "https://dd.example/x.apk?fsname=com.tencent.mm_7.0.22_1820.apk&csr=1"})
    'com.tencent.mm'
    """
    if raw.get("pkgName"):
        return clean(str(raw["pkgName"]), 300)
    match = _APK_NAME.match(query_value(str(raw.get("apkUrl") or ""), "fsname") or "")
    return match.group(1) if match else ""


def _api_record(raw: object) -> AppRecord | None:
    if not isinstance(raw, dict) or not raw.get("appName"):
        return None
    package = package_of(raw)
    store_url = DETAIL + urlencode({"apkName": package}) if package else ""
    description = clean(str(raw.get("description") or raw.get("editorIntro") or ""), 20_000)
    return AppRecord(clean(str(raw["appName"]), 300), clean(str(raw.get("authorName") or ""), 300), package,
                     description, store_url, STORE)


def parse_search_api(resp: SavedResponse) -> ParseResult:
    """searchAjax.htm answers {"obj": {"appDetails": [...]}}: one record per app, links to their pages."""
    data, notes = load_json(resp)
    obj = data.get("obj") if isinstance(data, dict) else None
    details = obj.get("appDetails") if isinstance(obj, dict) else None
    if not isinstance(details, list):
        return ParseResult(SITE, [], [], None, True, [*notes, "not a 应用宝 search answer (no obj.appDetails)"])
    records = [r for r in map(_api_record, details[:MAX_RESULTS]) if r is not None]
    links = list(dict.fromkeys(r.store_url for r in records if r.store_url))
    return ParseResult(SITE, records, links, None, False, notes)


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
    """Name, developer (开发商), package (the download button's `apk`), description and the URL of a
    detail page; every app of a search-API answer.

    >>> page = '<div class="det-name-int">还呗</div><a class="det-down-btn" apk="com.example">下载</a>'
    >>> parse(SavedResponse("https://sj.qq.com/myapp/detail.htm?apkName=com.example", page.encode())).items[0].bundle_id
    'com.example'
    """
    if resp.body[:256].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        return parse_search_api(resp)
    doc = parse_html(resp)
    name = text_of(first(doc.root, "div.det-name-int", ".det-name-int"), 500)
    if not name:
        return app_fallback(SITE, doc, STORE, "no div.det-name-int")
    description = text_of(first(doc.root, "div.det-app-data-info", "[itemprop='description']"), 20_000)
    record = AppRecord(name, _developer(doc), _package(doc), description, doc.url, STORE)
    return ParseResult(SITE, [record], [], None, False, list(doc.notes))
