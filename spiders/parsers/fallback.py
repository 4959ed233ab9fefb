"""Generic extraction for forum and app pages whose markup a site parser does not recognise."""
from __future__ import annotations

import json

from spiders.parsers.base import AppRecord, ForumPost, ForumThread, ParseResult
from spiders.parsers.html import Document, clean, first, query_value, text_of

MAIN_CONTENT = ("main", "article", "[role='main']", "#content", "#main", ".content", "#wrapper", "body")


def meta(doc: Document, *names: str) -> str:
    """The content of the first <meta name|property=...> present, in the order given."""
    for name in names:
        for element in doc.root.iter("meta"):
            if name in (element.get("property"), element.get("name"), element.get("itemprop")):
                return clean(element.get("content"))
    return ""


def page_title(doc: Document) -> str:
    heading = first(doc.root, "h1", "h2")
    title = first(doc.root, "title")
    return meta(doc, "og:title") or text_of(heading, 500) or text_of(title, 500)


def forum_fallback(site: str, doc: Document, why: str) -> ParseResult:
    """The page as one thread whose single post is the main-content text, marked as fallback."""
    text = text_of(first(doc.root, *MAIN_CONTENT), 100_000)
    items = [ForumThread(page_title(doc), doc.url, [ForumPost("", "", text)])] if text else []
    notes = [*doc.notes, f"markup not recognised as {site} ({why}): main-content text used"]
    return ParseResult(site, items, [], None, True, notes)


def app_fallback(site: str, doc: Document, store: str, why: str) -> ParseResult:
    """An app record from meta/og tags and JSON-LD, marked as fallback."""
    ld = software_ld(doc)
    author = ld.get("author") if isinstance(ld.get("author"), dict) else {}
    record = AppRecord(
        name=clean(str(ld.get("name") or "")) or meta(doc, "og:title") or page_title(doc),
        developer=clean(str(author.get("name") or "")) or meta(doc, "author", "og:site_name"),
        bundle_id=query_value(doc.url, "id") or meta(doc, "al:android:package", "appstore:bundle_id"),
        description=clean(str(ld.get("description") or ""), 20_000) or meta(doc, "og:description", "description"),
        store_url=meta(doc, "og:url") or doc.url,
        store=store,
    )
    items = [record] if record.name or record.description else []
    notes = [*doc.notes, f"markup not recognised as {site} ({why}): meta/og tags used"]
    return ParseResult(site, items, [], None, True, notes)


def software_ld(doc: Document) -> dict:
    """The first JSON-LD object describing an app (SoftwareApplication / MobileApplication), or {}."""
    for script in doc.root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text[:1_000_000])
        except (ValueError, RecursionError):
            continue
        for entry in data if isinstance(data, list) else [data]:
            if isinstance(entry, dict) and "Application" in str(entry.get("@type", "")):
                return entry
    return {}
