"""The Brave Search API parser on the documented JSON shape, and on error answers."""
from __future__ import annotations

import json

from spiders.parsers.base import SavedResponse
from spiders.parsers.brave import parse

API = "https://api.search.brave.com/res/v1/web/search?q=x"


def test_web_results_in_order_with_plain_descriptions():
    body = json.dumps({"type": "search", "query": {"original": "x", "more_results_available": True}, "web": {"type": "search", "results": [
        {"title": "A", "url": "https://a.example/", "description": "Call <strong>0061 491</strong> 570 313 &amp; more"},
        {"title": "B", "url": "javascript:alert(1)", "description": ""},
        {"title": "C", "url": "https://c.example/", "description": "plain"},
    ]}}).encode()
    result = parse(SavedResponse(API, body, {"content-type": "application/json"}))
    assert [(r.rank, r.url) for r in result.items] == [(1, "https://a.example/"), (2, "https://c.example/")]
    assert result.items[0].snippet == "Call 0061 491 570 313 & more"
    assert result.next_page and not result.fallback


def test_error_answer_is_a_fallback_with_the_reason():
    body = b'{"type": "ErrorResponse", "error": {"code": "SUBSCRIPTION_TOKEN_INVALID", "status": 401}}'
    result = parse(SavedResponse(API, body))
    assert result.fallback and "SUBSCRIPTION_TOKEN_INVALID" in result.notes[-1]
