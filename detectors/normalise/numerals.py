"""Numbers written as words: Chinese numerals inside phone-like runs, and spelled-out English digits."""
from __future__ import annotations

import re

from detectors.normalise.base import apply_edits, regex_edits
from detectors.normalise.separators import GAP

_CHINESE_DIGITS = {
    **dict.fromkeys("零〇○", "0"),
    **dict.fromkeys("一幺壹", "1"),
    **dict.fromkeys("二两兩贰貳", "2"),
    **dict.fromkeys("三叁參叄", "3"),
    **dict.fromkeys("四肆", "4"),
    **dict.fromkeys("五伍", "5"),
    **dict.fromkeys("六陆陸", "6"),
    **dict.fromkeys("七柒", "7"),
    **dict.fromkeys("八捌", "8"),
    **dict.fromkeys("九玖", "9"),
}
_CHINESE_TABLE = str.maketrans(_CHINESE_DIGITS)
_NUMERAL = "[0-9" + "".join(_CHINESE_DIGITS) + "]"
_CHINESE_RUN = re.compile(f"{_NUMERAL}+(?:(?:{GAP}){_NUMERAL}+)*")
# The shortest run read as a number: a five-digit service code (九五五六六). Shorter runs
# are ordinary prose (一两个, 三五天, 一九九八年).
MIN_CHINESE_RUN = 5

_WORD_DIGITS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|hundred|double|triple)"
_WORD_TOKEN = f"(?:\\b{_WORD}\\b|(?<![A-Za-z0-9])[0-9]+(?![A-Za-z0-9]))"
_WORD_RUN = re.compile(f"{_WORD_TOKEN}(?:[\\s\\-\u2010-\u2015.,]{{1,3}}{_WORD_TOKEN})*", re.IGNORECASE)
_WORD_SPLIT = re.compile(f"\\b{_WORD}\\b", re.IGNORECASE)
MIN_WORDS = 3  # fewer number words than this are prose ("one or two")
MIN_WORD_RUN_DIGITS = 7  # ... unless the run as a whole is phone-length


def chinese_numerals(text: str) -> tuple[str, list[int] | None]:
    """零〇一二…九, 幺 (1), 两 (2) and financial 壹贰叁… become digits, only in runs of five or more."""
    if text.isascii():
        return text, None

    def replace(match: re.Match[str]) -> str | None:
        run = match.group()
        if sum(ch in _CHINESE_DIGITS or ch.isdigit() for ch in run) < MIN_CHINESE_RUN:
            return None
        return run.translate(_CHINESE_TABLE)

    return apply_edits(text, regex_edits(_CHINESE_RUN, text, replace))


def number_words(text: str) -> tuple[str, list[int] | None]:
    """Spelled-out digits ("one eight hundred", "double five") become digits inside number runs."""
    edits = []
    for match in _WORD_RUN.finditer(text):
        words = _WORD_SPLIT.findall(match.group())
        if not words:
            continue
        digits = sum(ch.isdigit() for ch in match.group()) + sum(w.lower() in _WORD_DIGITS for w in words)
        if len(words) < MIN_WORDS and digits < MIN_WORD_RUN_DIGITS:
            continue
        edits.extend(_word_edits(match))
    return apply_edits(text, edits)


def _word_edits(run: re.Match[str]) -> list[tuple[int, int, str]]:
    """Per-word replacements inside one run; "hundred" after a digit is "00", "double 5" is "55"."""
    edits: list[tuple[int, int, str]] = []
    previous = ""
    repeat = 1
    base = run.start()
    for word in _WORD_SPLIT.finditer(run.group()):
        lower = word.group().lower()
        if lower in ("double", "triple"):
            repeat = 2 if lower == "double" else 3
            edits.append((base + word.start(), base + word.end(), ""))
            continue
        if lower == "hundred":
            new = "00" if previous else "100"
        else:
            new = _WORD_DIGITS[lower] * repeat
        repeat = 1
        previous = new
        edits.append((base + word.start(), base + word.end(), new))
    return edits
