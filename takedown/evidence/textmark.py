"""Show judged text as plain text with the matched spans marked ⟦like this⟧, and make untrusted
strings safe to show on one line."""
from __future__ import annotations

import unicodedata

OPEN, CLOSE = "⟦", "⟧"
# the page's own ⟦ ⟧ would be mistaken for our marks; they are shown as ⟪ ⟫ instead
_OWN_MARKS = str.maketrans({OPEN: "⟪", CLOSE: "⟫"})


def merge_spans(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans clipped to [0, length), empty ones dropped, overlapping or touching ones merged."""
    clipped = sorted((max(0, s), min(length, e)) for s, e in spans if min(length, e) > max(0, s))
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def mark_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span wrapped in ⟦ ⟧.

    >>> mark_spans("call 00852 now", [(5, 10)])
    'call ⟦00852⟧ now'
    """
    out, cursor = [], 0
    for start, end in merge_spans(spans, len(text)):
        out += [text[cursor:start].translate(_OWN_MARKS), OPEN, text[start:end].translate(_OWN_MARKS), CLOSE]
        cursor = end
    out.append(text[cursor:].translate(_OWN_MARKS))
    return "".join(out)


def one_line(text: str, limit: int = 2000) -> str:
    """An untrusted string made safe for a report line: control, bidi and other invisible
    format characters shown as \\uXXXX escapes, length capped.

    >>> one_line("ab\\u202ecd\\nx")
    'ab\\\\u202ecd\\\\u000ax'
    """
    shown = "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    return shown if len(shown) <= limit else shown[:limit] + "…"
