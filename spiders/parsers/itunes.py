"""Apple's iTunes Search/Lookup API JSON, and App Store detail pages, as app records."""
from __future__ import annotations

from spiders.parsers.base import AppRecord, ParseResult, SavedResponse
from spiders.parsers.html import clean, first, load_json, parse_html, text_of

SITE = "itunes"
STORE = "itunes"
MAX_RESULTS = 500  # the API caps `limit` at 200
DESCRIPTION_CHARS = 20000


def _record(raw: dict) -> AppRecord | None:
    """An app record from one `results[]` entry; entries that are not software are skipped."""
    if not isinstance(raw, dict) or raw.get("kind", "software") not in ("software", "mac-software"):
        return None
    name = clean(str(raw.get("trackName") or ""), 300)
    if not name:
        return None
    return AppRecord(
        name=name,
        developer=clean(str(raw.get("sellerName") or raw.get("artistName") or ""), 300),
        bundle_id=clean(str(raw.get("bundleId") or ""), 300),
        description=str(raw.get("description") or "")[:DESCRIPTION_CHARS],
        store_url=str(raw.get("trackViewUrl") or ""),
        store=STORE,
    )


def parse_api(resp: SavedResponse) -> ParseResult:
    data, notes = load_json(resp)
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        return ParseResult(SITE, [], [], None, True, [*notes, "not an iTunes Search API answer (no results[])"])
    records = [r for r in map(_record, results[:MAX_RESULTS]) if r is not None]
    return ParseResult(SITE, records, [], None, False, notes)


def parse_detail(resp: SavedResponse) -> ParseResult:
    """An App Store detail page: name, developer and description (the bundle id is not shown)."""
    doc = parse_html(resp)
    name = text_of(first(doc.root, "h1.product-header__title", "h1.app-header__title", "h1"), 300)
    developer = text_of(first(doc.root, "h2.product-header__identity a", "h2.app-header__identity a", ".product-header__identity"), 300)
    body = first(doc.root, ".section__description .we-truncate", ".section__description", "[itemprop='description']")
    description = "\n".join(text_of(p, DESCRIPTION_CHARS) for p in body.iter("p")) if body is not None else ""
    if not name:
        return ParseResult(SITE, [], [], None, True, [*doc.notes, "markup not recognised as an App Store page"])
    return ParseResult(SITE, [AppRecord(name, developer, "", description or text_of(body), resp.url, STORE)], [], None, False, doc.notes)


def parse(resp: SavedResponse) -> ParseResult:
    """JSON from /search or /lookup gives every app record; an HTML page gives its one app.

    >>> body = b'{"resultCount":1,"results":[{"kind":"software","trackName":"A","sellerName":"S","bundleId":"b.c","description":"d","trackViewUrl":"https://apps.apple.com/app/id1"}]}'
    >>> parse(SavedResponse("https://itunes.apple.com/search?term=a", body)).items[0].bundle_id
    'b.c'
    """
    head = resp.body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if "json" in resp.headers.get("content-type", "") or head.startswith((b"{", b"[")):
        return parse_api(resp)
    return parse_detail(resp)
