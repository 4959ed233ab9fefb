"""Vanity phone letters (1-800-FLOWERS): the keypad readings of a phone-like run that mixes digits and capitals.

Letters stand for keypad digits (ABC=2 DEF=3 GHI=4 JKL=5 MNO=6 PQRS=7 TUV=8 WXYZ=9).
This module only lists the ways a run may be read; which reading is a phone number is
for `detectors.phones` to decide, and whether letters are read at all is for the
detector (only near a brand whose brand book entry says `vanity = true`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

KEYPAD = {letter: digit for digit, letters in (
    ("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"), ("6", "MNO"), ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ"),
) for letter in letters}
_TO_DIGITS = str.maketrans(KEYPAD)
MAX_DIGITS = 15  # the longest number E.164 allows; letters beyond it are never dialled
MIN_LETTERS = 3  # keypad letters a reading must dial: fewer are an initial or a unit (AM, HD), not a word
MAX_GROUPS = 12  # groups of one run that are read; a longer run is a table or a flood
MAX_STARTS = 4  # places in one run where a number may begin

_GAP = "[ \\-./()\u2010-\u2015]{0,3}+"
# A run starts on digits (after an optional + and bracket) and continues with groups of
# digits or of capitals, each capital group a whole word (not the start of "Flowers"; CJK
# may follow directly: 1-800-FLOWERS客服).
# Possessive quantifiers: every run splits into groups in exactly one way, in linear time.
RUN = re.compile(
    f"(?<![0-9A-Za-z+])(?:\\+ ?)?\\(?[0-9]++(?:{_GAP}(?:[0-9]++|[A-Z]++(?![a-z\u00e0-\u024f])))*+"
)
_GROUP = re.compile("[0-9]++|[A-Z]++")
_WORD = re.compile("[A-Z]{2}")
# Where a vanity run may hide in raw text: digits, a short gap, two capitals (ASCII or full-width).
_HINT = re.compile("[0-9\uff10-\uff19][ \\-./()\u2010-\u2015\uff08\uff09\uff0d\u3000]{0,3}[A-Z\uff21-\uff3a]{2}")


@dataclass(frozen=True, slots=True)
class KeypadReading:
    """One way to read part of a run: the digits it dials, from text[start:end].

    `plus` says the digits follow a `+` (an international number); `whole` that the
    reading ends on a group boundary, dialling every letter of its last word.
    """

    digits: str
    plus: bool
    start: int
    end: int
    whole: bool


def keypad_digits(text: str) -> str:
    """Capital letters as the keypad digits they stand for; everything else unchanged.

    >>> keypad_digits("1-800-FLOWERS")
    '1-800-3569377'
    """
    return text.translate(_TO_DIGITS)


def hint_positions(text: str) -> Iterator[int]:
    """Offsets in raw text where digits meet capitals: the only places a vanity run can be."""
    for match in _HINT.finditer(text):
        yield match.start()


def vanity_readings(text: str) -> Iterator[list[KeypadReading]]:
    """For each stretch of a run written as digits then letters, its readings, most likely first.

    A stretch is digit groups (where the number starts), then a tail that opens with a
    capital word and goes on with words and digit groups joined by dashes, dots or
    nothing (1-844-LUMORA-1, 1-877-KARS-4-KIDS, 1-888-JKL-0142). A space inside the
    tail ends it: "CALL NOW" and "PIN 3416" are prose, not a number. The number may
    begin at the run's start or at a digit group after a space or bracket.
    Readings that end on a group boundary come first, then those that stop inside a
    word, because extra letters are not dialled (1-800-MATTRESS dials 1-800-MATTRES);
    within each, the furthest end first, then the earliest start. Each dials three
    letters or more and at most fifteen digits.

    >>> [r.digits for r in next(vanity_readings("call 1 (888) PAY-LUMO"))][:3]
    ['18887295866', '8887295866', '1888729']
    """
    for run in RUN.finditer(text):
        if not _WORD.search(run.group()):
            continue
        groups = list(_GROUP.finditer(text, run.start(), run.end()))[:MAX_GROUPS]
        for prefix, tail in _stretches(text, groups, run.start()):
            readings = _readings(text, prefix, tail)
            if readings:
                yield readings


Stretch = tuple[list[tuple[int, re.Match[str]]], list[re.Match[str]]]


def _stretches(text: str, groups: list[re.Match[str]], run_start: int) -> Iterator[Stretch]:
    """(prefix, tail) pairs: prefix digit groups with the offset a number starting there begins at, and the tail."""
    index = 0
    while index < len(groups):
        if not groups[index].group().isdigit():
            index += 1  # a word after a finished stretch: the next one starts at digits
            continue
        prefix = []
        while index < len(groups) and groups[index].group().isdigit():
            prefix.append((run_start if index == 0 else _begin(text, groups[index]), groups[index]))
            index += 1
        tail: list[re.Match[str]] = []
        while index < len(groups) and _continues_tail(text, tail, groups[index], groups[index - 1]):
            tail.append(groups[index])
            index += 1
        if tail:
            yield prefix, tail


def _continues_tail(text: str, tail: list[re.Match[str]], group: re.Match[str], previous: re.Match[str]) -> bool:
    gap = text[previous.end():group.start()]
    if not tail:
        return not group.group().isdigit() and "(" not in gap
    return " " not in gap


def _readings(text: str, prefix: list[tuple[int, re.Match[str]]], tail: list[re.Match[str]]) -> list[KeypadReading]:
    ends = _tail_ends(tail)
    starts = [i for i in range(len(prefix)) if i == 0 or _new_word(text, prefix[i - 1][1], prefix[i][1])]
    heads = [(prefix[i][0], "".join(group.group() for _, group in prefix[i:])) for i in starts[-MAX_STARTS:]]
    whole, cut = [], []
    for tail_digits, end, on_boundary, letters in reversed(ends):
        for begin, digits in heads:
            if letters >= MIN_LETTERS and len(digits) + len(tail_digits) <= MAX_DIGITS:
                reading = KeypadReading(digits + tail_digits, text[begin] == "+", begin, end, on_boundary)
                (whole if on_boundary else cut).append(reading)
    return whole + cut


def _tail_ends(tail: list[re.Match[str]]) -> list[tuple[str, int, bool, int]]:
    """Every place a number may stop in the tail: (digits so far, end offset, on a group boundary, letters dialled)."""
    ends = []
    digits, letters = "", 0
    for group in tail:
        last = len(group.group()) - 1
        for offset, char in enumerate(group.group()):
            digits += KEYPAD.get(char, char)
            letters += char in KEYPAD
            if char in KEYPAD or offset == last:  # letters may go undialled, digits written are dialled
                ends.append((digits, group.start() + offset + 1, offset == last, letters))
        if len(digits) > MAX_DIGITS:
            break
    return ends


def _begin(text: str, group: re.Match[str]) -> int:
    """Where a number starting at a later digit group begins: its opening bracket included."""
    return group.start() - 1 if text[group.start() - 1] == "(" else group.start()


def _new_word(text: str, previous: re.Match[str], group: re.Match[str]) -> bool:
    """A digit group begins a new number after a space or bracket, not after a dash or dot."""
    gap = text[previous.end():group.start()]
    return any(ch in " (" for ch in gap)
