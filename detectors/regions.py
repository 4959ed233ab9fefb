"""Where a text may hold phone numbers: candidate windows found cheaply on the raw text.

Normalising and parsing cost Python work per character, so they run only inside these
windows; a page without a phone-like run costs a few C-speed scans. The prefilter is
generous (dates and prices pass it): it only has to never miss a number that the full
pipeline would find.
"""
from __future__ import annotations

import re

from detectors.normalise.numerals import CHINESE_DIGITS, WORD_DIGITS
from detectors.normalise.separators import MAX_GAP, SEPARATOR_CLASS

# Everything the normalisers turn into a digit: ASCII, full-width, superscript, subscript,
# circled, dingbat, mathematical and keycap digits, and Chinese numerals.
_DIGIT_LIKE = (
    "0-9\uff10-\uff19\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u249b\u24ea-\u24ff"
    "\u2776-\u2793\U0001d7ce-\U0001d7ff\U0001f100-\U0001f10c\U0001f51f" + "".join(CHINESE_DIGITS)
)
# What may stand between them: separators, invisible characters, and O/o/I/l used as digits.
_BETWEEN = SEPARATOR_CLASS + "\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ufe0f\u20e3\u207a-\u207e\u208a-\u208e\uff0b+OoIl"
_NUMBER_WORD = "(?:" + "|".join(WORD_DIGITS) + "|hundred|double|triple)"  # matched on lower-cased text
# A digit, or an O/o/I/l touching an ASCII digit ("954l2", "4OO6").
_DIGIT_OR_LETTER = f"(?:[{_DIGIT_LIKE}]|(?<=[0-9])[OoIl]|[OoIl](?=[0-9]))"
# Starting on a plain digit class lets the regex engine skip ahead quickly.
_CANDIDATE = re.compile(f"[{_DIGIT_LIKE}](?:[{_BETWEEN}]{{0,{MAX_GAP}}}{_DIGIT_OR_LETTER}){{4,}}")
# Spelled-out runs; the word edge before the first word is checked in code (a leading \b
# would stop the regex engine from skipping quickly to possible first letters).
_WORDS = re.compile(f"{_NUMBER_WORD}\\b(?:[^a-z0-9\\n]{{1,3}}{_NUMBER_WORD}\\b){{2,}}")
PAD = 48  # characters around a candidate that its window keeps (prefixes, brackets, words)
MAX_WINDOW = 400  # a longer candidate (a flood of digits) is cut into windows this long
MAX_WINDOWS = 200


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint [start, end) windows of `text` that may hold a phone number."""
    windows: list[tuple[int, int]] = []
    for match in _candidates(text):
        for start in range(match.start(), match.end(), MAX_WINDOW):
            end = min(match.end(), start + MAX_WINDOW)
            windows.append((max(0, start - PAD), min(len(text), end + PAD)))
            if len(windows) >= MAX_WINDOWS:
                return merge(windows)
    return merge(windows)


def _candidates(text: str) -> list[re.Match[str]]:
    found = list(_CANDIDATE.finditer(text))
    lowered = text.lower()
    if sum(word in lowered for word in WORD_DIGITS) >= 2:  # cheap substring tests before the regex
        found += [m for m in _WORDS.finditer(lowered) if m.start() == 0 or not lowered[m.start() - 1].isalpha()]
    return found


def around(spans: list[tuple[int, int]], reach: int, length: int) -> list[tuple[int, int]]:
    """Merged windows reaching `reach` characters either side of each span."""
    return merge([(max(0, start - reach), min(length, end + reach)) for start, end in spans])


def merge(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
