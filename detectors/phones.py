"""Find phone numbers in normalised text: international, national, China's 400/800 and short service codes."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from detectors.identifiers import Identifier, find_identifiers, mask
from detectors.normalise.base import Normalised
from detectors.normalise.vanity import vanity_readings
from detectors.reading import (
    NANP_REGIONS, SHORT_CODE, kind_of, number_forms, ordered, possible_international, read_national, valid,
)
from detectors.types import PhoneHit, Span

# A phone-like run in the normalised view: digit groups joined by plain separators.
_RUN = re.compile(r"(?<![0-9])(?:\+[ \-]?)?\(?[0-9](?:[0-9]|[ \-./()]{1,3}(?=[0-9]))*")
_GROUP = re.compile(r"[0-9]+")
_PLAIN = re.compile(r"[0-9 +\-().]*")
_NANP_GROUPING = re.compile(r"^\+?(?:1[ \-.]?)?\(?[2-9][0-9]{2}\)?[ \-.]?[2-9][0-9]{2}[ \-.][0-9]{4}$")
_DATE_OR_TIME = re.compile(
    r"(?<![0-9])(?:(?:19|20)[0-9]{2}[-/.年][01]?[0-9][-/.月][0-3]?[0-9]日?|[0-3]?[0-9]/[01]?[0-9]/(?:19|20)[0-9]{2})(?![0-9])"
    r"|(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?![0-9])"
)
_MAX_RUN = 80
MAX_GROUPS = 16  # digit groups one number may span ("1 8 8 8 5 7 1 9 7 1 7" has eleven)
MAX_CANDIDATES = 200  # phone-like runs examined per text; the rest of a digit flood is ignored
MAX_TRIES = 2000  # parse attempts per text, shared by the matcher and the group search
MIN_DIGITS = 5
FALLBACK_REGIONS = ("US", "CN", "GB")
VANITY_REGIONS = ("US",)  # vanity numbers are a North American habit: read there when a brand names no market
MAX_VANITY_TRIES = 300  # parse attempts per page for keypad readings


@dataclass(slots=True)
class Budget:
    """Parse attempts one text may still spend (hostile text must not make extraction slow)."""

    tries: int = MAX_TRIES

    def spend(self, count: int = 1) -> bool:
        self.tries -= count
        return self.tries >= 0


def official_number_key(raw: str, markets: Sequence[str], vanity: bool = False) -> str | None:
    """The identity key of a configured number: E.164, or the digits of a short code.
    With `vanity`, a number written with keypad letters is read as it dials.

    >>> official_number_key("400-681-6666", ["CN"]), official_number_key("95188", ["CN"])
    ('+864006816666', '95188')
    >>> official_number_key("1-800-FLOWERS", ["US"], vanity=True)
    '+18003569377'
    """
    from detectors.normalise.pipeline import normalise

    view = normalise(raw)
    if vanity:
        for hit in vanity_phones(view, raw, markets):
            return hit.number
    text = view.text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits or len(digits) > 17:
        return None
    if SHORT_CODE.fullmatch(digits) and not text.startswith("+") and "CN" in (markets or FALLBACK_REGIONS):
        return digits
    if len(digits) <= 8 and not text.startswith("+") and not digits.startswith("00"):
        if len(digits) >= 3 and not _parses(digits, markets or FALLBACK_REGIONS):
            return digits
    for number in _interpretations(text, digits, markets or FALLBACK_REGIONS):
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return None


def _parses(digits: str, regions: Iterable[str]) -> bool:
    return any(valid(digits, region) is not None for region in regions)


def _interpretations(text: str, digits: str, regions: Iterable[str]):
    if text.startswith("+"):
        yield from _parse_all("+" + digits, [None])
    elif digits.startswith("00"):
        yield from _parse_all("+" + digits[2:], [None])
    else:
        yield from _parse_all(digits, regions)


def _parse_all(text: str, regions: Iterable[str | None]):
    for region in regions:
        try:
            yield phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue


def extract_phones(view: Normalised, original: str, regions: Sequence[str], markets: Sequence[str] = (),
                   skipped: list[Identifier] | None = None) -> list[PhoneHit]:
    """Every phone number in the normalised view, with raw text and span in `original`.

    An international prefix (+, 00) is read first, as one number; the rest of a run goes
    to phonenumbers' PhoneNumberMatcher (leniency VALID, a shared `max_tries` budget);
    digit groups it leaves unread go through a group search that also knows obfuscated
    spacing, fictional-but-possible international numbers and Chinese service codes.
    National digits are read in `markets` (the attributed brand's) before `regions`.
    Dates, times, amounts and identifiers (labelled or by shape, see `detectors.identifiers`)
    are not runs; they are added to `skipped` with spans in `original`. A number repeated
    in brackets right after itself (玖伍叁捌肆(95384)) is read as one number, not merged.
    """
    regions = tuple(dict.fromkeys((*markets, *regions))) or FALLBACK_REGIONS
    budget = Budget()
    hits: list[PhoneHit] = []
    masked = _mask_dates(view.text)
    identifiers = find_identifiers(masked)
    masked = mask(masked, identifiers)
    if skipped is not None:
        skipped.extend(Identifier(*view.input_span(item.start, item.end), item.what) for item in identifiers)
    for count, run in enumerate(_RUN.finditer(masked)):
        if count >= MAX_CANDIDATES or budget.tries <= 0:
            break
        if _glued_to_letters(masked, run.start()):
            continue
        for offset, found in _repeat_split(run.group()[:_MAX_RUN], run.start()):
            if sum(ch.isdigit() for ch in found) < MIN_DIGITS:
                continue
            for start, end, number, kind in _read_run(found, offset, regions, tuple(markets), budget):
                hits.append(_hit(view, original, start, end, number, kind))
    return _dedupe(hits)


def _repeat_split(run: str, offset: int) -> list[tuple[int, str]]:
    """A run cut before a bracket that repeats the digits just before it: "95384(95384)" is one number twice."""
    opening = run.find("(", 1)
    while opening > 0:
        closing = run.find(")", opening)
        inside = "".join(ch for ch in run[opening:closing if closing > 0 else len(run)] if ch.isdigit())
        before = "".join(ch for ch in run[:opening] if ch.isdigit())
        if len(inside) >= MIN_DIGITS and before.endswith(inside):
            return [(offset, run[:opening].rstrip(" -./")), (offset + opening, run[opening:])]
        opening = run.find("(", opening + 1)
    return [(offset, run)]


def vanity_phones(view: Normalised, original: str, regions: Sequence[str],
                  budget: Budget | None = None) -> list[PhoneHit]:
    """Numbers written with keypad letters (1-800-FLOWERS), each the first valid reading of its stretch.

    Only for text near a brand that uses vanity numbers: elsewhere capitals are words.
    Readings and their order come from `vanity_readings`; a reading must be a valid
    number in `regions` (the brand's markets), or a possible one after + or 00. A page
    shares one `budget` over all its windows.
    """
    regions = tuple(dict.fromkeys(regions)) or VANITY_REGIONS
    budget = budget if budget is not None else Budget(MAX_VANITY_TRIES)
    hits: list[PhoneHit] = []
    taken = 0
    for readings in vanity_readings(view.text):
        for reading in readings:
            if reading.start < taken:
                continue
            if not budget.spend(len(regions)):
                return hits
            read = _read_digits(reading.digits, reading.plus, whole=False, regions=regions, markets=())
            if read is not None and _dials_as_written(reading.digits, reading.plus, read[0]):
                hit = _hit(view, original, reading.start, reading.end, *read, words=False)
                hits.append(replace(hit, obfuscated=True, vanity=True))
                taken = reading.end
                break
    return hits


def _dials_as_written(digits: str, plus: bool, number) -> bool:
    """A national reading must be the number as dialled in its country (trunk 0 included:
    a UK 0800 number, never 1888… read as 01888); the leading 1 of NANP is optional."""
    if plus or digits.startswith("00"):
        return True
    national = number_forms(number, "national")[1]
    if number.country_code == 1:
        national = str(number.national_number)
        return digits in (national, "1" + national)
    return digits == national


def _mask_dates(text: str) -> str:
    """Dates and clock times become spaces (same length), so no run can start inside one."""
    if not _DATE_OR_TIME.search(text):
        return text
    return _DATE_OR_TIME.sub(lambda m: " " * len(m.group()), text)


def _glued_to_letters(text: str, start: int) -> bool:
    """A run right after ASCII letters and a dash is an identifier: PX-7734-2291-08, WIN-77831.

    Letters glued straight to a number ("account1-888-…", "Stopping+1 (877)…") are spam
    that strips spaces, and stay runs.
    """
    before = text[max(0, start - 2):start]
    return len(before) == 2 and before[1] == "-" and before[0].isascii() and before[0].isalpha()


def _read_run(run: str, offset: int, regions: Sequence[str], markets: tuple[str, ...], budget: Budget):
    """(start, end, PhoneNumber|short code, kind) for each number in one run."""
    groups = list(_GROUP.finditer(run))
    digits = "".join(g.group() for g in groups)
    if "CN" in regions and SHORT_CODE.fullmatch(digits) and not run.lstrip(" (").startswith("+"):
        return [(offset + groups[0].start(), offset + groups[-1].end(), digits, "short_code")]
    found = []
    taken = 0
    if run.lstrip(" (").startswith("+") or digits.startswith("00"):
        for item in _search_groups(run, groups[:1 + MAX_GROUPS], (regions, markets), budget, only_first=True):
            found.append((offset + item[0], offset + item[1], item[2], item[3]))
            taken = item[1]
    if budget.spend(5) and taken < len(run):
        rest = run[taken:]
        matcher = PhoneNumberMatcher(rest, _region_for(rest, regions), leniency=Leniency.VALID,
                                     max_tries=max(1, min(budget.tries, 50)))
        for match in matcher:
            start = taken + match.start
            found.append((offset + start, offset + start + len(match.raw_string), match.number,
                          kind_of(match.raw_string, match.number)))
    covered = [(a - offset, b - offset) for a, b, _, _ in found]
    free = [g for g in groups if g.start() >= taken and not any(a <= g.start() < b for a, b in covered)]
    found.extend((offset + a, offset + b, n, k) for a, b, n, k in _search_groups(run, free, (regions, markets), budget))
    return sorted(found, key=lambda item: item[0])


def _region_for(run: str, regions: Sequence[str]) -> str:
    """The region the matcher reads a run in (see `_ordered`)."""
    digits = "".join(ch for ch in run if ch.isdigit())
    nanp_shaped = bool(_NANP_GROUPING.match(run.strip())) and digits.startswith("1")
    return ordered(digits, regions, nanp_shaped)[0]


def _search_groups(run: str, groups: list[re.Match[str]], where: tuple[Sequence[str], tuple[str, ...]],
                   budget: Budget, only_first: bool = False):
    """Greedy longest reading of consecutive digit groups as one number each."""
    index = 0
    while index < len(groups) and not (only_first and index > 0):
        for stop in range(min(len(groups), index + MAX_GROUPS), index, -1):
            if not budget.spend():
                return
            start = groups[index].start()
            plus = run[:start].rstrip(" (-").endswith("+")
            digits = "".join(g.group() for g in groups[index:stop])
            read = _read_digits(digits, plus, whole=(len(groups) == stop - index), regions=where[0], markets=where[1])
            if read is not None:
                number, kind = read
                begin = run.rindex("+", 0, start) if plus else start
                yield begin, groups[stop - 1].end(), number, kind
                index = stop
                break
        else:
            if only_first:
                return
            index += 1


def _read_digits(digits: str, plus: bool, whole: bool, regions: Sequence[str], markets: Sequence[str]):
    """(number, kind) for a digit string, or None. Short codes only when they are the whole run."""
    if plus or (digits.startswith("00") and len(digits) > 8):
        number = possible_international("+" + (digits if plus else digits[2:]))
        if number is not None:
            return number, "intl_plus" if plus else "intl_00"
        return None
    if len(digits) < 7:
        if whole and "CN" in regions and SHORT_CODE.fullmatch(digits):
            return digits, "short_code"
        return None
    number = read_national(digits, regions, markets)
    return (number, kind_of(digits, number)) if number is not None else None


def _hit(view: Normalised, original: str, start: int, end: int, number, kind: str, words: bool = True) -> PhoneHit:
    in_start, in_end = view.input_span(start, end)
    if words:  # keypad readings stop inside a word on purpose: extra letters are not dialled
        in_start, in_end = _whole_words(original, in_start, in_end)
    raw = original[in_start:in_end]
    key, dialled = number_forms(number, kind)
    return PhoneHit(
        number=key, raw=raw, span=Span(in_start, in_end), kind=kind,
        obfuscated=not _PLAIN.fullmatch(raw), dialled=dialled,
    )


def _whole_words(original: str, start: int, end: int) -> tuple[int, int]:
    """A span that cuts a number word ("zero one seven s|even") widened to the word's edges, so the
    as-written text is whole."""
    while 0 < end < len(original) and original[end - 1].isascii() and original[end - 1].isalpha() \
            and original[end].isascii() and original[end].isalpha():
        end += 1
    while 0 < start < end and original[start].isascii() and original[start].isalpha() \
            and original[start - 1].isascii() and original[start - 1].isalpha():
        start -= 1
    return start, end


def _dedupe(hits: list[PhoneHit]) -> list[PhoneHit]:
    seen: set[tuple[int, int]] = set()
    out = []
    for hit in hits:
        key = (hit.span.start, hit.span.end) if hit.span else (-1, -1)
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out


def tel_link_hits(links: Iterable[str], regions: Sequence[str]) -> list[PhoneHit]:
    """Numbers of `tel:` links, read like visible text; the caller keeps those that differ."""
    from detectors.normalise.pipeline import normalise

    hits = []
    for link in list(links)[:MAX_CANDIDATES]:
        raw = link[4:] if link[:4].lower() == "tel:" else link
        raw = raw.split(";", 1)[0][:_MAX_RUN]
        view = normalise(raw)
        for hit in extract_phones(view, raw, regions):
            hits.append(PhoneHit(hit.number, link, None, hit.kind, obfuscated=hit.obfuscated,
                                 source="tel_link", dialled=hit.dialled))
    return hits
