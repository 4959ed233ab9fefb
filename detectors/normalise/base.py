"""The Normalised value and the edit machinery every normaliser shares (origin maps)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# An edit replaces text[start:end] with `replacement`; edits are sorted and disjoint.
Edit = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus `origin`: origin[i] is the index in the input of output char i.

    >>> Normalised("ab", (0, 2)).input_span(0, 2)
    (0, 3)
    """

    text: str
    origin: tuple[int, ...]

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """The half-open input range that output range [start, end) came from."""
        if not self.origin or end <= start:
            anchor = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return anchor, anchor
        return self.origin[start], self.origin[end - 1] + 1


def identity(text: str) -> Normalised:
    return Normalised(text, tuple(range(len(text))))


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[int] | None]:
    """Apply sorted disjoint edits; returns the new text and its origin (None when unchanged).

    A replacement of a different length spreads its characters evenly over the replaced
    input range, so the origin map stays monotonic and in bounds.
    """
    parts: list[str] = []
    origin: list[int] = []
    cursor = 0
    for start, end, replacement in edits:
        parts.append(text[cursor:start])
        origin.extend(range(cursor, start))
        parts.append(replacement)
        width = end - start
        count = len(replacement)
        if count == width:
            origin.extend(range(start, end))
        else:
            origin.extend(start + (i * width) // count for i in range(count))
        cursor = end
    if not parts:
        return text, None
    parts.append(text[cursor:])
    origin.extend(range(cursor, len(text)))
    return "".join(parts), origin


def regex_edits(pattern: re.Pattern[str], text: str, replace: Callable[[re.Match[str]], str | None]) -> list[Edit]:
    """Edits from a pattern; `replace` returns the new text of a match, or None to keep it."""
    edits = []
    for match in pattern.finditer(text):
        new = replace(match)
        if new is not None and new != match.group():
            edits.append((match.start(), match.end(), new))
    return edits


def compose(first: list[int] | None, second: list[int] | None) -> list[int] | None:
    """The origin of two steps in a row (None stands for the identity map)."""
    if second is None:
        return first
    if first is None:
        return second
    return [first[i] for i in second]


Step = Callable[[str], tuple[str, list[int] | None]]


def run_steps(text: str, steps: Iterable[Step]) -> Normalised:
    """Run normaliser steps in order and compose their origin maps."""
    origin: list[int] | None = None
    for step in steps:
        text, step_origin = step(text)
        origin = compose(origin, step_origin)
    return Normalised(text, tuple(origin) if origin is not None else tuple(range(len(text))))
