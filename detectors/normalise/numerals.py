"""Digits written as something else inside number runs: Chinese numerals, English number words, O/l letters.

The three families are decided together, once per run of digit-like tokens, because
each one's decision depends on how many digits the others produce: deciding them in
separate passes would let a second pass see a longer run than the first (not idempotent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.normalise.base import apply_edits
from detectors.normalise.separators import GAP

CHINESE_DIGITS = {
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
WORD_DIGITS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_CHINESE_TABLE = str.maketrans(CHINESE_DIGITS)
_LETTER_TABLE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_CHINESE = "[" + "".join(CHINESE_DIGITS) + "]+"
_WORD = r"(?i:\b(?:zero|one|two|three|four|five|six|seven|eight|nine|hundred|double|triple)\b)"
_LETTERS = r"(?<![A-Za-z])[OoIl]+(?![A-Za-z])"
_TOKEN = f"(?:[0-9]+|{_CHINESE}|{_WORD}|{_LETTERS})"
# Number words may also be listed with commas ("one, eight, eight, eight"): the comma joins words only.
_WORD_COMMA = f"(?<=[A-Za-z])[,，]\\s{{0,2}}(?={_WORD})"
_RUN = re.compile(f"{_TOKEN}(?:(?:{GAP}|{_WORD_COMMA})?{_TOKEN})*")
_DISGUISED = re.compile(f"{_CHINESE}|{_WORD}|{_LETTERS}")
_COMMA = re.compile("[,，]")
_TOKENS = re.compile(f"(?P<digits>[0-9]+)|(?P<chinese>{_CHINESE})|(?P<word>{_WORD})|(?P<letters>{_LETTERS})")

MIN_CHINESE_RUN = 5  # a run with Chinese numerals is read only from five characters (九五五六六); 一两个, 三五天 are prose
MIN_WORDS = 3  # fewer number words than this are prose ("one or two") ...
MIN_WORD_RUN_DIGITS = 7  # ... unless the run as a whole is phone-length
MIN_LETTER_RUN_DIGITS = 4  # real digits a run needs before its O/l letters are read as digits
MIN_LETTER_RUN = 5  # digits and letters together: the shortest number read this way (954l2)
MAX_LETTER_SHARE = 0.6  # more letters than this and the run is a word, not a disguised number
MAX_RUN_CHARS = 400  # a longer run is not one number written in words or numerals


@dataclass(slots=True)
class _Run:
    """The tokens of one run and the digit counts its decisions rest on."""

    tokens: list[re.Match[str]]
    digits: int = 0  # ASCII digits
    chinese: int = 0  # Chinese numerals
    words: int = 0  # number words (not counting double/triple)
    word_digits: int = 0  # digits the words would produce
    letters: int = 0

    @classmethod
    def of(cls, text: str) -> _Run:
        run = cls(list(_TOKENS.finditer(text)))
        for token in run.tokens:
            kind, value = token.lastgroup, token.group()
            if kind == "digits":
                run.digits += len(value)
            elif kind == "chinese":
                run.chinese += len(value)
            elif kind == "letters":
                run.letters += len(value)
            elif value.lower() not in ("double", "triple"):
                run.words += 1
        run.word_digits = len(_spell(run.tokens))
        return run

    def decide(self) -> tuple[bool, bool, bool]:
        """Which families to read: (Chinese numerals, number words, letters).

        Reading one family adds digits that can tip another, so the decision is iterated
        to its fixed point; a second pass then sees the same counts (idempotence).
        """
        chinese = self.chinese > 0 and self.digits + self.chinese + self.word_digits + self.letters >= MIN_CHINESE_RUN
        words = letters = False
        for _ in range(3):
            from_words = self.word_digits if words else 0
            from_letters = self.letters if letters else 0
            converted = self.digits + (self.chinese if chinese else 0)
            words = self.words > 0 and (
                self.words >= MIN_WORDS or converted + self.word_digits + from_letters >= MIN_WORD_RUN_DIGITS)
            real = converted + (self.word_digits if words else 0)
            total = real + self.letters
            letters = (self.letters > 0 and real >= MIN_LETTER_RUN_DIGITS and total >= MIN_LETTER_RUN
                       and self.letters <= max(real, MAX_LETTER_SHARE * total))
            if from_words == (self.word_digits if words else 0) and from_letters == (self.letters if letters else 0):
                break
        return chinese, words, letters


def _spell(tokens: list[re.Match[str]]) -> str:
    """The digits a run's number words stand for ("eight hundred" → 800, "double five" → 55)."""
    return "".join(new for _, new in _word_values(tokens))


def _word_values(tokens: list[re.Match[str]]) -> list[tuple[re.Match[str], str]]:
    values = []
    previous = ""
    repeat = 1
    for token in tokens:
        if token.lastgroup != "word":
            previous = ""
            continue
        lower = token.group().lower()
        if lower in ("double", "triple"):
            repeat = 2 if lower == "double" else 3
            values.append((token, ""))
            continue
        new = ("00" if previous else "100") if lower == "hundred" else WORD_DIGITS[lower] * repeat
        repeat = 1
        previous = new
        values.append((token, new))
    return values


def digit_runs(text: str) -> tuple[str, list[int] | None]:
    """Rewrite Chinese numerals, number words and O/o/I/l inside digit runs, when the run reads as a number.

    >>> digit_runs("四〇〇 six eight one 6666")[0], digit_runs("4OO-68l-6666")[0]
    ('400 6 8 1 6666', '400-681-6666')
    """
    edits: list[tuple[int, int, str]] = []
    for match in _RUN.finditer(text):
        found = match.group()
        # Runs of plain digits need nothing; runs longer than any number are tables or floods,
        # left as they are (the same decision on every pass, so the step stays idempotent).
        if len(found) > MAX_RUN_CHARS or not _DISGUISED.search(found):
            continue
        edits.extend(_run_edits(_Run.of(found), match.start()))
    return apply_edits(text, sorted(edits))


def _run_edits(run: _Run, base: int) -> list[tuple[int, int, str]]:
    edits = []
    chinese, words, letters = run.decide()
    if chinese:
        edits += [(base + t.start(), base + t.end(), t.group().translate(_CHINESE_TABLE))
                  for t in run.tokens if t.lastgroup == "chinese"]
    if words:
        edits += [(base + t.start(), base + t.end(), new) for t, new in _word_values(run.tokens)]
        edits += [(base + one.end(), base + two.start(), " ") for one, two in zip(run.tokens, run.tokens[1:])
                  if one.lastgroup == two.lastgroup == "word" and _COMMA.search(one.string, one.end(), two.start())]
    if letters:
        edits += [(base + t.start(), base + t.end(), t.group().translate(_LETTER_TABLE))
                  for t in run.tokens if t.lastgroup == "letters"]
    return edits
