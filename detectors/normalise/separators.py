"""Separators between digits: every kind of filler (dashes, dots, brackets, emoji) becomes one plain separator."""
from __future__ import annotations

import re

from detectors.normalise.base import apply_edits, regex_edits

# Characters scammers put between digits. Shared by the digit normalisers so a run of
# digits is recognised the same way before and after canonicalisation (idempotence).
SEPARATOR_CLASS = (
    " \t\u00a0\u2000-\u200a\u202f\u205f\u3000"  # spaces
    "\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d"  # hyphens and dashes
    "._~=/\\\\|*\u00b7\u2022\u2027\u2219'\"`^"  # dots, underscores, bars, quotes
    "()\\[\\]{}<>\u3010\u3011\u3014\u3015\u300c\u300d"  # brackets
    "\u2190-\u2bff\U0001f000-\U0001faff"  # arrows, dingbats, symbols, emoji
)
MAX_GAP = 8
GAP = f"[{SEPARATOR_CLASS}]{{1,{MAX_GAP}}}"

# Gaps that phone-number parsers read as ordinary grouping; everything else is rewritten.
PLAIN_GAPS = frozenset({" ", "-", ".", "/", "(", ")", " (", ") ", ")-", "-(", " - "})

# Only gaps that may need rewriting: longer than one character, or one unusual character.
# (Plain one-character gaps are by far the most common and need no work.)
_UNUSUAL_GAP = re.compile(
    f"(?<=[0-9])(?:[{SEPARATOR_CLASS}]{{2,{MAX_GAP}}}|[^ \\-./0-9+](?<=[{SEPARATOR_CLASS}]))(?=\\+?[0-9])"
)


def canonical_gap(gap: str) -> str:
    """One plain separator for a filler between two digits.

    >>> canonical_gap("⚚"), canonical_gap("} {"), canonical_gap("-")
    ('-', ' ', '-')
    """
    if gap in PLAIN_GAPS:
        return gap
    return " " if any(ch.isspace() for ch in gap) else "-"


def canonical_separators(text: str) -> tuple[str, list[int] | None]:
    """Rewrite each filler run between two digits into a plain space or dash."""
    return apply_edits(text, regex_edits(_UNUSUAL_GAP, text, lambda m: canonical_gap(m.group())))
