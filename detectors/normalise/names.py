"""The comparable form of names: case-folded, traditional→simplified Chinese, name separators dropped."""
from __future__ import annotations

import re
from functools import cache

from detectors.normalise.base import Normalised, apply_edits, compose

# Characters dropped between the letters of a name ("P.a.y.P.a.l", "还-呗", "西*门*子").
# Sentence punctuation (。，, ; :) and line breaks are kept: they separate words, not letters.
NAME_SEPARATORS = re.compile(
    "[ \t\u00a0\u2000-\u200a\u202f\u3000\\-\u2010-\u2015._~=/\\\\|*+\u00b7\u2022\u2027'\"`^"
    "\u00ae\u00a9\u2122\u4e28\u2190-\u2bff\U0001f000-\U0001faff]+"
)


_KEPT = re.compile(NAME_SEPARATORS.pattern.replace("[", "[^", 1).rstrip("+") + "+")


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
    """Drop name separators; the origin lists the positions of the characters kept."""
    if not NAME_SEPARATORS.search(text):
        return text, None
    origin: list[int] = []
    for kept in _KEPT.finditer(text):
        origin.extend(range(kept.start(), kept.end()))
    return NAME_SEPARATORS.sub("", text), origin


def folded(view: Normalised) -> tuple[Normalised, str]:
    """(compact folded text with origin into `view`, folded text before compaction).

    The second value keeps the positions of `view.text`, for word-boundary checks.
    """
    lowered, origin = casefold(view.text)
    wide, _ = simplified(lowered)
    compact, compact_origin = without_separators(wide)
    origin = compose(origin, compact_origin)
    return Normalised(compact, tuple(origin) if origin is not None else tuple(range(len(compact)))), wide


# Characters a page may use to dress up a name without changing its length: full-width and
# mathematical letters and digits, and Latin look-alikes. A small class, so the scan is fast.
_SHAPES = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff"


@cache
def _shape_table() -> tuple[dict[str, str], re.Pattern[str]]:
    from detectors.normalise.homoglyphs import CONFUSABLES
    from detectors.normalise.unicode import single_character_table

    pattern = re.compile(f"[{_SHAPES}{''.join(CONFUSABLES)}]")
    table = {chr(k): v for k, v in single_character_table().items() if pattern.match(chr(k))}
    return table | CONFUSABLES, pattern


def light_fold(text: str) -> str:
    """A same-length folded copy of a whole page for exact name lookup: full-width and
    mathematical letters as ASCII, Latin look-alikes as Latin, lower case. Positions equal
    those of `text`. (Traditional Chinese is handled by indexing aliases in both scripts.)

    >>> light_fold("ＰａｙРаl 林內")
    'paypal 林內'
    """
    if text.isascii():
        return text.lower()
    table, pattern = _shape_table()
    return casefold(pattern.sub(lambda m: table.get(m.group(), m.group()), text))[0]


@cache
def _traditional_of() -> dict[str, tuple[str, ...]]:
    """simplified character → its traditional forms (inverse of the simplification table)."""
    inverse: dict[str, list[str]] = {}
    for traditional, simple in _simplified_table().items():
        inverse.setdefault(simple, []).append(chr(traditional))
    return {simple: tuple(forms) for simple, forms in inverse.items()}


def script_variants(name: str, limit: int = 8) -> list[str]:
    """The name plus its traditional-script spellings (at most `limit`).

    >>> script_variants("林内")
    ['林内', '林內']
    """
    import itertools

    forms = _traditional_of()
    choices = [(ch, *forms.get(ch, ())) for ch in name]
    return ["".join(combo) for combo in itertools.islice(itertools.product(*choices), limit)]


def name_key(name: str) -> str:
    """The key an alias is indexed under.

    >>> name_key("P.a.y.P.a.l"), name_key("林內")
    ('paypal', '林内')
    """
    from detectors.normalise.pipeline import normalise

    lowered, _ = casefold(normalise(name).text)
    wide, _ = simplified(lowered)
    return without_separators(wide)[0]
