"""Google Play app detail pages (play.google.com/store/apps/details?id=...): one app record."""
from __future__ import annotations

from spiders.parsers.base import AppRecord, ParseResult, SavedResponse
from spiders.parsers.fallback import app_fallback, meta, software_ld
from spiders.parsers.html import Document, clean, first, parse_html, query_value, text_of

SITE = "googleplay"
STORE = "googleplay"
NAME = ("h1[itemprop='name'] span", "h1[itemprop='name']", "h1 span", "h1")
DEVELOPER = ("a[href*='/store/apps/dev'] span", "a[href*='/store/apps/dev']", "a[href*='/store/apps/developer']")
DESCRIPTION = ("[data-g-id='description']", "div[itemprop='description']", "div.bARER")


def _store_url(doc: Document) -> tuple[str, str]:
    """The canonical detail URL and the package id it names (`id=`)."""
    canonical = first(doc.root, "link[rel='canonical']")
    for url in (canonical.get("href") if canonical is not None else None, meta(doc, "og:url"), doc.url):
        if url and query_value(url, "id"):
            return url, query_value(url, "id") or ""
    return doc.url, ""


def _from_page(doc: Document) -> AppRecord | None:
    ld = software_ld(doc)
    author = ld.get("author") if isinstance(ld.get("author"), dict) else {}
    name = clean(str(ld.get("name") or ""), 500) or text_of(first(doc.root, *NAME), 500)
    developer = clean(str(author.get("name") or ""), 500) or text_of(first(doc.root, *DEVELOPER), 500)
    if not name or not developer:
        return None
    description = text_of(first(doc.root, *DESCRIPTION), 20_000) or clean(str(ld.get("description") or ""), 20_000)
    url, package = _store_url(doc)
    return AppRecord(name, developer, package, description, url, STORE)


def parse(resp: SavedResponse) -> ParseResult:
    """Name, developer, package id, description and canonical URL; JSON-LD first, then the markup.

    >>> page = b'<h1 itemprop="name"><span>Huanbei</span></h1><a href="/store/apps/dev?id=1"><span>Dev Co</span></a>'
    >>> parse(SavedResponse("https://play.google.com/store/apps/details?id=com.example", page)).items[0].bundle_id
    'com.example'
    """
    doc = parse_html(resp)
    record = _from_page(doc)
    if record is None:
        return app_fallback(SITE, doc, STORE, "no app name and developer found")
    return ParseResult(SITE, [record], [], None, False, list(doc.notes))
