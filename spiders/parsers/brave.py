"""Brave Search API answers (GET /res/v1/web/search, JSON) as search results."""
from __future__ import annotations

from spiders.parsers.base import ParseResult, SavedResponse, SerpResult
from spiders.parsers.html import absolute_url, clean, load_json, parse_html, text_of

SITE = "brave"
MAX_RESULTS = 200


def _plain(fragment: str) -> str:
    """Descriptions carry <strong> highlights and entities; keep the text only."""
    if "<" not in fragment and "&" not in fragment:
        return clean(fragment)
    return text_of(parse_html(SavedResponse("about:blank", f"<p>{fragment}</p>".encode())).root)


def parse(resp: SavedResponse) -> ParseResult:
    """`web.results[]` (title, url, description) as organic results, ranked in order.

    >>> body = b'{"type":"search","web":{"results":[{"title":"A","url":"https://a.example/","description":"<strong>x</strong> y"}]}}'
    >>> r = parse(SavedResponse("https://api.search.brave.com/res/v1/web/search?q=x", body)).items[0]
    >>> (r.rank, r.url, r.snippet)
    (1, 'https://a.example/', 'x y')
    """
    data, notes = load_json(resp)
    web = data.get("web") if isinstance(data, dict) else None
    results = web.get("results") if isinstance(web, dict) else None
    if not isinstance(results, list):
        error = data.get("error") if isinstance(data, dict) else None
        why = f"API error: {clean(str(error), 200)}" if error else "not a Brave Search API answer (no web.results[])"
        return ParseResult(SITE, [], [], None, True, [*notes, why])
    found = []
    for raw in results[:MAX_RESULTS]:
        url = absolute_url("https://invalid.invalid/", raw.get("url") if isinstance(raw, dict) else None)
        if url:
            found.append(SerpResult(len(found) + 1, clean(str(raw.get("title") or ""), 500), url, _plain(str(raw.get("description") or ""))))
    more = bool(isinstance(data.get("query"), dict) and data["query"].get("more_results_available"))
    return ParseResult(SITE, found, [], "more" if more else None, False, notes)
