"""What surrounds a number: customer-service claims, warning or news framing, sentences and official sources."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from detectors.cues import BUSINESSES, CALLS, CLAIMS, DISCLAIMERS, VOUCHES, WARNINGS, Cue
from detectors.normalise.names import light_fold

# A sentence that opens with a contrast turns away from the warning before it ("这是骗子。但…").
CONTRAST_OPENERS = re.compile(r"\s*(?:[|>*\-–—]+\s*)?(?:回复\d*[:：]\s*)?(?:但是?|不过|可是|然而|but|however)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?\n]+|\.(?=\s)")  # "!!!" ends one sentence, not three


@dataclass(slots=True)
class Cues:
    """Claim and warning words of a text, sorted by position, plus its sentence boundaries."""

    claims: list[Cue]
    calls: list[Cue]
    warnings: list[Cue]
    disclaimers: list[Cue]
    vouches: list[Cue]
    businesses: list[Cue]
    sentence_ends: list[int]

    def sentence(self, position: int) -> tuple[int, int]:
        """Bounds of the sentence holding `position`."""
        return self.sentences(position, 0)

    def sentences(self, position: int, around: int) -> tuple[int, int]:
        """Bounds of the sentence holding `position` widened by `around` sentences each side."""
        index = bisect.bisect_right(self.sentence_ends, position)
        low, high = index - 1 - around, index + around
        start = self.sentence_ends[low] + 1 if low >= 0 else 0
        end = self.sentence_ends[high] if high < len(self.sentence_ends) else 1 << 62
        return start, end


NO_CUES = Cues([], [], [], [], [], [], [])


def find_cues(text: str, focus: list[tuple[int, int]]) -> Cues:
    """The cues of a text. Warnings are read everywhere (a whole text can be a warning);
    the other families, and sentence ends, only inside `focus` (around numbers, the title)."""
    lowered = light_fold(text)
    return Cues(
        claims=_in_windows(CLAIMS, text, lowered, focus), calls=_in_windows(CALLS, text, lowered, focus), warnings=WARNINGS.find(text, lowered),
        disclaimers=_in_windows(DISCLAIMERS, text, lowered, focus), vouches=_in_windows(VOUCHES, text, lowered, focus),
        businesses=_in_windows(BUSINESSES, text, lowered, focus),
        sentence_ends=[m.end() - 1 for start, end in focus for m in _SENTENCE_END.finditer(text, start, end)],
    )


def _in_windows(family, text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Cue]:
    found = []
    for start, end in windows:
        found += [Cue(c.start + start, c.end + start, c.word) for c in family.find(text[start:end], lowered[start:end])]
    return found


def opens_with_contrast(text: str, sentence_start: int) -> bool:
    """True when the sentence starting at `sentence_start` opens with but/however/但/不过."""
    return CONTRAST_OPENERS.match(text, sentence_start) is not None


def cues_between(cues: list[Cue], start: int, end: int) -> list[Cue]:
    """Cues that overlap [start, end)."""
    low = bisect.bisect_left(cues, start - 40, key=lambda cue: cue.start)
    found = []
    for cue in cues[low:]:
        if cue.start >= end or len(found) >= 50:
            break
        if cue.end > start:
            found.append(cue)
    return found


def host_of(url: str | None) -> str:
    """The lower-case host of a URL, or '' when there is none."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def on_domain(host: str, domains: tuple[str, ...]) -> bool:
    """True when host is one of the domains or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains if d)
