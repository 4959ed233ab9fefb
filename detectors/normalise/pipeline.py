"""The one documented order in which the normalisers run, and `normalise()` itself.

Order and why:
 1. compatibility_forms  NFKC per character: full-width, circled, mathematical, superscript
 2. emoji_digits         keycaps (before 3 strips their U+20E3), 🔟, dingbat circled digits
 3. invisible_characters zero-width, bidi controls, variation selectors
 4. homoglyphs           Cyrillic/Greek look-alikes, so "4ОО" reaches step 5 as Latin "4OO"
 5. digit_runs           inside runs of digit-like tokens, decided together per run:
                         Chinese numerals (零〇一二…, 幺, 两, 壹贰叁…), English number words
                         ("one eight hundred"), O/o/I/l used as 0/1
 6. canonical_separators every filler between two digits becomes one space or dash
"""
from __future__ import annotations

from detectors.normalise.base import Normalised, Step, run_steps
from detectors.normalise.digits import emoji_digits
from detectors.normalise.homoglyphs import homoglyphs
from detectors.normalise.numerals import digit_runs
from detectors.normalise.separators import canonical_separators
from detectors.normalise.unicode import compatibility_forms, invisible_characters

STEPS: tuple[Step, ...] = (
    compatibility_forms,
    emoji_digits,
    invisible_characters,
    homoglyphs,
    digit_runs,
    canonical_separators,
)


def normalise(text: str) -> Normalised:
    """Undo every supported obfuscation; `origin` maps each output char to its input offset.

    >>> normalise("４OO-六八一-6666").text
    '400-681-6666'
    """
    return run_steps(_scrub(text), STEPS)


def _scrub(text: str) -> str:
    """Lone surrogates become U+FFFD one for one, so offsets are unchanged and regexes are safe."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\ufffd\ufffd\ufffd", "\ufffd")
    return text
