"""Digits in disguise: emoji and dingbat digits, and letters used as digits inside digit runs."""
from __future__ import annotations

import re

from detectors.normalise.base import apply_edits, regex_edits
from detectors.normalise.separators import GAP

_DINGBAT_DIGITS = {}
for _first, _digits in (
    (0x2776, "123456789"),  # ❶..❾ dingbat negative circled
    (0x2780, "123456789"),  # ➀..➈ dingbat circled sans-serif
    (0x278A, "123456789"),  # ➊..➒ dingbat negative circled sans-serif
    (0x24F5, "123456789"),  # ⓵..⓽ double circled
):
    for _offset, _digit in enumerate(_digits):
        _DINGBAT_DIGITS[chr(_first + _offset)] = _digit
_DINGBAT_DIGITS.update({"\u24ff": "0", "\u24ea": "0", "\U0001f10b": "0", "\U0001f10c": "0"})
_KEYCAP_TEN = "\U0001f51f"  # 🔟

_EMOJI_DIGIT = re.compile("[0-9]\ufe0f?\u20e3|\U0001f51f|[" + "".join(_DINGBAT_DIGITS) + "]")

# A run of digits and digit-like letters (O/o for 0, I/l for 1) joined by short fillers.
# The letters count only as whole tokens between non-letters, so words are never touched.
_LETTER_TOKEN = "(?<![A-Za-z0-9])[0-9OoIl]+(?![A-Za-z0-9])"
_LETTER_RUN = re.compile(f"{_LETTER_TOKEN}(?:(?:{GAP}){_LETTER_TOKEN})*")
_LETTER_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
MIN_RUN_DIGITS = 4  # real digits a run needs before its letters are read as digits
MIN_RUN_LENGTH = 5  # digits and letters together: the shortest number we read this way (95xxx)
MAX_LETTER_SHARE = 0.6  # more letters than this and the run is a word, not a disguised number


def emoji_digits(text: str) -> tuple[str, list[int] | None]:
    """Keycap (1️⃣), 🔟 and dingbat circled digits (❶ ➀ ➊ ⓵) become ASCII digits."""
    if text.isascii():
        return text, None

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        if found == _KEYCAP_TEN:
            return "10"
        return _DINGBAT_DIGITS.get(found, found[0])

    return apply_edits(text, regex_edits(_EMOJI_DIGIT, text, replace))


def letters_as_digits(text: str) -> tuple[str, list[int] | None]:
    """O/o→0 and I/l→1 inside a run that is mostly digits ("4OO-68l-6666")."""

    def replace(match: re.Match[str]) -> str | None:
        run = match.group()
        digits = sum(ch.isdigit() for ch in run)
        letters = sum(ch in "OoIl" for ch in run)
        if not letters or digits < MIN_RUN_DIGITS or digits + letters < MIN_RUN_LENGTH:
            return None
        if letters > max(digits, MAX_LETTER_SHARE * (digits + letters)):
            return None
        return run.translate(_LETTER_DIGIT)

    return apply_edits(text, regex_edits(_LETTER_RUN, text, replace))
