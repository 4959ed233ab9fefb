"""Latin look-alikes from Cyrillic and Greek (a confusables skeleton), only inside words that mix scripts or look Latin."""
from __future__ import annotations

import re

from detectors.normalise.base import apply_edits, regex_edits

# Cyrillic and Greek letters whose glyphs are confusable with Latin ones (after the
# Unicode confusables data, restricted to the unambiguous pairs).
CONFUSABLES = {
    # Cyrillic capitals and small letters
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g",
    # Greek capitals and small letters
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "α": "a", "ν": "v",
    "ρ": "p", "κ": "k", "τ": "t", "υ": "u", "ϲ": "c", "ϳ": "j",
}
_TABLE = str.maketrans(CONFUSABLES)
_ANY_CONFUSABLE = re.compile("[" + "".join(CONFUSABLES) + "]")
# Words of the three confusable scripts only, so CJK or digits beside a word never change
# what counts as the word (that would make the step depend on later steps).
_WORD = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]+")
_LATIN = re.compile("[A-Za-z]")


def latin_skeleton(word: str) -> str:
    """The Latin reading of a word (every confusable letter replaced).

    >>> latin_skeleton("РаyPаl")
    'PayPal'
    """
    return word.translate(_TABLE)


def homoglyphs(text: str) -> tuple[str, list[int] | None]:
    """Rewrite confusable Cyrillic/Greek letters in words that are mixed-script or wholly confusable.

    Genuine Russian or Greek words contain letters with no Latin twin and are left alone.
    """
    if text.isascii() or not _ANY_CONFUSABLE.search(text):
        return text, None

    def replace(match: re.Match[str]) -> str | None:
        word = match.group()
        if not _ANY_CONFUSABLE.search(word):
            return None
        skeleton = latin_skeleton(word)
        if _LATIN.search(word) or skeleton.isascii():
            return skeleton
        return None

    return apply_edits(text, regex_edits(_WORD, text, replace))
