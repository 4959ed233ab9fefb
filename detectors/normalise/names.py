"""The comparable form of names: case-folded, traditional→simplified Chinese, name separators dropped."""
from __future__ import annotations

import re
from functools import cache

from detectors.normalise.base import Normalised, apply_edits, compose, regex_edits

# Characters dropped between the letters of a name ("P.a.y.P.a.l", "还-呗", "西*门*子").
# Sentence punctuation (。，, ; :) and line breaks are kept: they separate words, not letters.
NAME_SEPARATORS = re.compile(
    "[ \t\u00a0\u2000-\u200a\u202f\u3000\\-\u2010-\u2015._~=/\\\\|*+\u00b7\u2022\u2027'\"`^"
    "\u00ae\u00a9\u2122\u4e28\u2190-\u2bff\U0001f000-\U0001faff]+"
)


@cache
def _simplified_table() -> dict[int, str]:
    """zhconv's one-character traditional→simplified pairs (phrases are not needed for names).

    Read from zhconv's data file directly: its own loader leaves the file open.
    """
    import json
    from importlib.resources import files

    with (files("zhconv") / "zhcdict.json").open("rb") as handle:
        tables = json.load(handle)
    pairs = {**tables["zh2Hans"], **tables["zh2CN"]}
    return {ord(k): v for k, v in pairs.items() if len(k) == 1 and len(v) == 1 and k != v}


def casefold(text: str) -> tuple[str, list[int] | None]:
    """Lower case, keeping one output character per input character."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, None
    return apply_edits(text, [(i, i + 1, ch.lower()[:1] or ch) for i, ch in enumerate(text) if ch.lower() != ch])


def simplified(text: str) -> tuple[str, list[int] | None]:
    """Traditional Chinese characters as simplified ones (林內 → 林内), one for one."""
    if text.isascii():
        return text, None
    return text.translate(_simplified_table()), None


def without_separators(text: str) -> tuple[str, list[int] | None]:
    return apply_edits(text, regex_edits(NAME_SEPARATORS, text, lambda m: ""))


def folded(view: Normalised) -> tuple[Normalised, str]:
    """(compact folded text with origin into `view`, folded text before compaction).

    The second value keeps the positions of `view.text`, for word-boundary checks.
    """
    lowered, origin = casefold(view.text)
    wide, _ = simplified(lowered)
    compact, compact_origin = without_separators(wide)
    origin = compose(origin, compact_origin)
    return Normalised(compact, tuple(origin) if origin is not None else tuple(range(len(compact)))), wide


def name_key(name: str) -> str:
    """The key an alias is indexed under.

    >>> name_key("P.a.y.P.a.l"), name_key("林內")
    ('paypal', '林内')
    """
    from detectors.normalise.pipeline import normalise

    lowered, _ = casefold(normalise(name).text)
    wide, _ = simplified(lowered)
    return without_separators(wide)[0]
