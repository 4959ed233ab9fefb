"""Text and JSON to UTF-8 bytes that never fail on scraped text and never differ between runs."""
from __future__ import annotations

import json


def utf8(text: str) -> bytes:
    """UTF-8 bytes of `text`; a lone surrogate (possible in scraped text) becomes a visible
    \\udXXX escape instead of an error.

    >>> utf8("还呗\\udc80")
    b'\\xe8\\xbf\\x98\\xe5\\x91\\x97\\\\udc80'
    """
    return text.encode("utf-8", "backslashreplace")


def canonical_json(data: object) -> bytes:
    """Deterministic JSON (sorted keys, two-space indent, trailing newline), UTF-8; a lone
    surrogate is written as its JSON escape, so the file is valid and reads back the same;
    a value JSON has no type for (a datetime, a Decimal) is written as its str()."""
    return utf8(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2, default=str) + "\n")
