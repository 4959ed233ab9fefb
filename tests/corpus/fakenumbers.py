"""Deterministic pools of fictional-safe fake numbers, one fresh number per call."""
from __future__ import annotations

import random

from obfuscate import Phone

NANP_TOLL_FREE = ("888", "844", "855", "866", "877", "833", "800")
# Short codes that belong to well-known Chinese services; an invented fake must not collide with them.
KNOWN_SHORT_CODES = {
    "95188", "95588", "95555", "95566", "95533", "95599", "95017", "95010", "95079", "95118", "95508",
    "95511", "95522", "95528", "95559", "95561", "95568", "95577", "95580", "95595", "95105", "95516",
    "95530", "95546", "95558", "95519", "95500", "95512", "95567", "95585", "95538", "95598", "95311",
    "95338", "95546", "95105188", "95106", "95107", "95018", "95113", "95055",
}


class NumberPool:
    """Hands out never-repeated fake numbers of each kind, the same sequence on every run."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)
        self._used: set[str] = set()
        self._counters: dict[str, int] = {}

    def fresh(self, kind: str) -> Phone:
        while True:
            phone = self._make(kind)
            if phone.norm not in self._used:
                self._used.add(phone.norm)
                return phone

    def _tick(self, kind: str) -> int:
        self._counters[kind] = self._counters.get(kind, -1) + 1
        return self._counters[kind]

    def _digits(self, count: int) -> str:
        return "".join(str(self._random.randrange(10)) for _ in range(count))

    def _make(self, kind: str) -> Phone:
        tick = self._tick(kind)
        if kind == "cn400":
            head = "400" if tick % 6 else "800"          # China's 800 range is rarer (and looks like NANP)
            tail = str(self._random.randrange(1, 10)) + self._digits(6)
            groups = (head, tail[:3], tail[3:]) if tick % 3 else (head + tail[0], tail[1:4], tail[4:])
            return Phone(kind, "", groups, head + tail)
        if kind in ("intl00", "intlplus", "mobile_intl"):
            prefix = "0044" if kind == "intl00" or (kind == "mobile_intl" and tick % 2) else "+44"
            mobile = kind == "mobile_intl" or tick % 2 == 0
            groups = ("7700", "900", self._digits(3)) if mobile else ("20", "7946", "0" + self._digits(3))
            return Phone("uk_mobile" if mobile else "uk_london", prefix, groups, prefix + "".join(groups))
        if kind == "mobile_uk":
            groups = ("07700", "900", self._digits(3))
            return Phone("uk_mobile", "", groups, "".join(groups))
        if kind == "nanp":
            area = NANP_TOLL_FREE[tick % len(NANP_TOLL_FREE)]
            prefix = ("1", "+1", "", "1", "+1")[tick % 5]
            groups = (area, "555", "01" + self._digits(2))
            return Phone("nanp", prefix, groups, "+1" + "".join(groups))
        if kind == "short":
            code = "95" + self._digits(3) if tick % 3 else "1010" + self._digits(4)
            if code in KNOWN_SHORT_CODES:
                return self._make(kind)
            groups = (code[:2], code[2:]) if len(code) == 5 else (code[:4], code[4:])
            return Phone("short", "", groups, code)
        raise ValueError(f"unknown number kind {kind!r}")
