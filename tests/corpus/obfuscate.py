"""Render a phone number or a brand name in one of the obfuscation families scammers use."""
from __future__ import annotations

import re
from dataclasses import dataclass

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
CN_PLAIN = "零一二三四五六七八九"
CN_FINANCIAL = "零壹贰叁肆伍陆柒捌玖"
EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
KEYCAP = "\ufe0f\u20e3"
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MATH_BASES = (0x1D7CE, 0x1D7F6, 0x1D7D8, 0x1D7EC)  # bold, monospace, double-struck, sans-serif bold
ODD_SEPARATORS = (" ", ".", "-", "－", "—", "–", "~", "=", "_", "/", "·", "•", "☎", "📞", "✆", "|")
CYRILLIC_GREEK = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і",
    "A": "А", "B": "Β", "C": "С", "E": "Ε", "H": "Н", "K": "Κ", "M": "М", "N": "Ν",
    "O": "Ο", "P": "Р", "T": "Т", "X": "Χ", "Y": "Υ", "Z": "Ζ", "v": "ν",
}


@dataclass(frozen=True)
class Phone:
    """A fictional or genuine number: how it is grouped when printed and how the corpus normalises it."""

    kind: str                 # cn400, nanp, uk_mobile, uk_london, short
    prefix: str               # "", "+44", "0044", "+1", "1", "0"
    groups: tuple[str, ...]
    norm: str

    def plain(self, variant: int = 0) -> str:
        """The number as an ordinary page would print it (variant picks the grouping style)."""
        body = self.groups
        if self.kind == "nanp":
            styles = (
                f"{self.prefix}-{'-'.join(body)}" if self.prefix else "-".join(body),
                f"1{body[0]}-{body[1]}-{body[2]}",                 # the odd "1850-876-4194" grouping
                f"{self.prefix} ({body[0]}) {body[1]}-{body[2]}".strip(),
                f"{self.prefix} {' '.join(body)}".strip(),
                f"{self.prefix}.{'.'.join(body)}" if self.prefix else ".".join(body),
            )
            return styles[variant % len(styles)]
        if self.kind == "short":
            return self.norm if len(self.norm) == 5 or variant % 2 == 0 else "-".join(body)
        joiners = (" ", "-", " ", "", "--")
        joiner = joiners[variant % len(joiners)]
        text = joiner.join(body)
        return f"{self.prefix} {text}" if self.prefix.startswith(("+", "00")) else self.prefix + text


def _digit_map(text: str, mapping) -> str:
    return "".join(mapping(ch) if ch.isdigit() else ch for ch in text)


def fullwidth(text: str, variant: int) -> str:
    table = {"+": "＋", "-": "－", "(": "（", ")": "）", " ": " " if variant % 2 else "\u3000"}
    return "".join(chr(0xFF10 + int(ch)) if ch.isdigit() else table.get(ch, ch) for ch in text)


def circled(text: str, variant: int) -> str:
    out = _digit_map(text, lambda ch: CIRCLED[int(ch)])
    return out.replace(" ", "") if variant % 2 else out


def math_digits(text: str, variant: int) -> str:
    base = MATH_BASES[variant % len(MATH_BASES)]
    return _digit_map(text, lambda ch: chr(base + int(ch)))


def superscript(text: str, variant: int) -> str:
    return _digit_map(text, lambda ch: SUPERSCRIPT[int(ch)])


def keycap(text: str, variant: int) -> str:
    out = _digit_map(text, lambda ch: ch + KEYCAP)
    return out.replace("-", "").replace(" ", "") if variant % 2 else out


def zero_width(text: str, variant: int) -> str:
    out, seen = [], 0
    for ch in text:
        out.append(ch)
        if ch.isdigit():
            seen += 1
            if (seen + variant) % 2 == 0:
                out.append(ZERO_WIDTH[(seen + variant) % len(ZERO_WIDTH)])
    return "".join(out)


def chinese_numerals(text: str, variant: int) -> str:
    """零/〇, and 幺 for 1 and 两 for 2 in alternate variants; separators kept."""
    def one(ch: str) -> str:
        digit = int(ch)
        if digit == 0 and variant % 3 == 1:
            return "〇"
        if digit == 1 and variant % 2 == 1:
            return "幺"
        if digit == 2 and variant % 4 >= 2:
            return "两"
        return CN_PLAIN[digit]
    return _digit_map(text, one)


def financial_numerals(text: str, variant: int) -> str:
    out = _digit_map(text, lambda ch: CN_FINANCIAL[int(ch)])
    return out.replace("-", "").replace(" ", "") if variant % 2 else out


def letter_digits(text: str, variant: int) -> str:
    zero, one = ("O", "l") if variant % 2 == 0 else ("o", "I")
    return text.replace("0", zero).replace("1", one)


def odd_separators(text: str, variant: int) -> str:
    """Spam-style separators: wrapped groups ([{888}], {{<888>}}), symbol joins (1⚚888), or mixed gaps."""
    groups = [group for group in re.split(r"[ .\-()]+", text) if group]
    style = variant % 5
    if style == 1:
        return "-".join(f"[{{{group}}}]" for group in groups)
    if style == 2:
        return " ".join(f"{{{{<{group}>}}}}" for group in groups)
    if style == 3:
        return ("⚚", "✾", "•", "_")[variant % 4].join(groups)
    return _mixed_gaps(text, variant)


def _mixed_gaps(text: str, variant: int) -> str:
    """Every group gap gets a bracket, emoji or symbol; some digit gaps get one too."""
    out, gap = [], variant
    for index, ch in enumerate(text):
        if ch in " -.":
            choice = ("【", "】", "(", ")", "[", "]", "🔥", "☎️", " ~ ", "=", "_", "/")[gap % 12]
            out.append(choice)
            gap += 1
            continue
        out.append(ch)
        nxt = text[index + 1] if index + 1 < len(text) else ""
        if ch.isdigit() and nxt.isdigit() and (index + variant) % 5 == 0:
            out.append(ODD_SEPARATORS[(index + variant) % len(ODD_SEPARATORS)])
    return "".join(out)


def spelled_out(text: str, variant: int) -> str:
    """Digits as English words; an 800 area code becomes "eight hundred" in odd variants."""
    if variant % 2 == 1 and "800" in text:
        text = text.replace("800", "\x00", 1)
    words = []
    for ch in text:
        if ch == "\x00":
            words.append("eight hundred")
        elif ch.isdigit():
            words.append(EN_WORDS[int(ch)])
        elif ch in "-. ()":
            words.append(",")
        else:
            words.append(ch)
    joined = " ".join(w for w in words if w != ",")
    if variant % 3 == 2:
        joined = joined.upper()
    elif variant % 3 == 1:
        joined = joined.replace(" ", "-")
    return joined


DIGIT_FAMILIES = {
    "plain": lambda text, variant: text,
    "fullwidth": fullwidth,
    "circled": circled,
    "math_digits": math_digits,
    "superscript": superscript,
    "keycap": keycap,
    "zero_width": zero_width,
    "chinese_numerals": chinese_numerals,
    "financial_numerals": financial_numerals,
    "letter_digits": letter_digits,
    "separators": odd_separators,
    "spelled_out": spelled_out,
}


def render_number(phone: Phone, family: str, variant: int) -> str:
    """Print `phone` and disguise its digits in `family`; letter_digits always keeps one real letter."""
    text = phone.plain(variant)
    if family == "letter_digits" and not any(d in text for d in "01"):
        family = "separators"
    return DIGIT_FAMILIES[family](text, variant)


def homoglyph(name: str, variant: int) -> str:
    """Swap one to three Latin letters for Cyrillic/Greek look-alikes."""
    positions = [i for i, ch in enumerate(name) if ch in CYRILLIC_GREEK]
    if not positions:
        return name
    chosen = positions[variant % len(positions)::2][:3] or positions[:1]
    return "".join(CYRILLIC_GREEK[ch] if i in chosen else ch for i, ch in enumerate(name))


def separated_brand(name: str, variant: int) -> str:
    """P.a.y.P.a.l / 还-呗 style: a separator between every character of the name."""
    separator = (".", "-", "*", " ", "_", "·", "丨", "/")[variant % 8]
    return " ".join(separator.join(word) for word in name.split())
