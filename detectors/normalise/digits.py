"""Emoji and dingbat digits: keycaps (1️⃣), 🔟 and circled digits NFKC leaves alone (❶ ➀ ➊ ⓵)."""
from __future__ import annotations

import re

from detectors.normalise.base import apply_edits, regex_edits

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

# A keycap mark may follow a dingbat digit too (⓪⃣): it goes with the digit, so one pass is enough.
_EMOJI_DIGIT = re.compile("[0-9" + "".join(_DINGBAT_DIGITS) + "]\ufe0f?\u20e3|\U0001f51f|[" + "".join(_DINGBAT_DIGITS) + "]")


def emoji_digits(text: str) -> tuple[str, list[int] | None]:
    """Keycap (1️⃣), 🔟 and dingbat circled digits (❶ ➀ ➊ ⓵) become ASCII digits."""
    if text.isascii():
        return text, None

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        if found == _KEYCAP_TEN:
            return "10"
        return _DINGBAT_DIGITS.get(found[0], found[0])

    return apply_edits(text, regex_edits(_EMOJI_DIGIT, text, replace))
