"""Unicode compatibility forms (NFKC: full-width, circled, mathematical, superscript digits) and invisible characters."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from detectors.normalise.base import apply_edits, regex_edits

# Planes scanned for characters that NFKC changes: the BMP, mathematical alphanumerics,
# enclosed alphanumerics and CJK compatibility ideographs.
_SCANNED_RANGES = ((0x0000, 0xD7FF), (0xE000, 0xFFFF), (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF), (0x2F800, 0x2FA1F))

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u20e3\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]+"
)


@cache
def _nfkc_char(ch: str) -> str:
    """NFKC of one character, repeated to a fixed point so the step is idempotent."""
    out = ch
    for _ in range(4):
        nxt = "".join(unicodedata.normalize("NFKC", c) for c in out)
        if nxt == out:
            break
        out = nxt
    return out


@cache
def _changing_pattern() -> re.Pattern[str]:
    """A character class of every scanned code point whose NFKC form differs from itself."""
    ranges: list[tuple[int, int]] = []
    for low, high in _SCANNED_RANGES:
        for cp in range(low, high + 1):
            ch = chr(cp)
            if unicodedata.normalize("NFKC", ch) != ch and _nfkc_char(ch) != ch:
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
    body = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[{body}]+")


@cache
def single_character_table() -> dict[int, str]:
    """NFKC for the characters it maps to exactly one character (Ｐ→P, 𝟏→1): a str.translate table."""
    table = {}
    for low, high in _SCANNED_RANGES:
        for cp in range(low, high + 1):
            ch = chr(cp)
            if unicodedata.normalize("NFKC", ch) != ch:
                folded = _nfkc_char(ch)
                if len(folded) == 1 and folded != ch:
                    table[cp] = folded
    return table


def compatibility_forms(text: str) -> tuple[str, list[int] | None]:
    """NFKC, character by character: １→1, ①→1, 𝟏→1, ⁸→8, Ｐ→P, ＋→+.

    Per character (not per string) so that every output character maps to one input
    character; composition of combining sequences is not needed for detection.
    """
    if text.isascii():
        return text, None
    edits = regex_edits(_changing_pattern(), text, lambda m: "".join(_nfkc_char(c) for c in m.group()))
    return _expand(text, edits)


def _expand(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int] | None]:
    """Apply per-character replacements so each output char maps to the char it came from."""
    fine = []
    for start, end, _ in edits:
        for index in range(start, end):
            new = _nfkc_char(text[index])
            if new != text[index]:
                fine.append((index, index + 1, new))
    return apply_edits(text, fine)


def invisible_characters(text: str) -> tuple[str, list[int] | None]:
    """Drop zero-width, bidi-control, variation-selector, keycap and tag characters."""
    if text.isascii():
        return text, None
    return apply_edits(text, regex_edits(_INVISIBLE, text, lambda m: ""))
