"""BrandIndex: find every configured brand in a text, exactly, by pinyin, by fuzzy similarity or in a domain."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick
from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from detectors.normalise.base import Normalised
from detectors.normalise.homoglyphs import latin_skeleton
from detectors.normalise.names import folded, light_fold, name_key, script_variants
from detectors.regions import merge
from detectors.types import Brand, BrandHit, Span

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")
_ASCII_ALNUM = re.compile(r"[a-z0-9]")
SHORT_LATIN = 3  # Latin aliases this short match only as a whole word, exactly as written
FUZZY_CUTOFF = 88.0  # rapidfuzz score (0..100) a near-spelling needs
FUZZY_SHORTLIST = 12  # aliases compared by rapidfuzz per window, at most
TRIGRAM_POSTINGS_CAP = 400  # trigrams shared by more aliases than this carry no information
MAX_HITS = 400
MIN_ONE_OFF = 4  # Chinese aliases this long may match with one character changed


@dataclass(frozen=True, slots=True)
class Alias:
    brand: int  # index into BrandIndex.brands
    text: str  # as configured
    key: str  # name_key(text)
    latin: bool


class BrandIndex:
    """Every alias of every brand, indexed once; lookups cost the same for 10 or 10,000 brands.

    >>> from detectors.types import Brand
    >>> index = BrandIndex((Brand("还呗", ("还呗",)),))
    >>> [hit.kind for hit in index.find_exact_text("找还-呗客服")]
    ['separated']
    """

    def __init__(self, brands: Sequence[Brand]):
        self.brands = tuple(brands)
        self.aliases: list[Alias] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        for number, brand in enumerate(self.brands):
            for text in brand.aliases:
                key = name_key(text)
                if key:
                    self._add(Alias(number, text, key, not _CJK.search(key)))
        self.automaton = _automaton(self.by_key)
        self.plain_keys = _plain_keys(self.aliases)
        self.plain = _automaton(self.plain_keys)
        from detectors.pinyin import PinyinIndex

        self.pinyin = PinyinIndex(self.aliases)
        self.trigrams = _trigram_index(self.aliases)
        self.bigrams = _cjk_bigram_index(self.aliases)

    def _add(self, alias: Alias) -> None:
        if any(self.aliases[i].brand == alias.brand for i in self.by_key.get(alias.key, ())):
            return
        self.by_key[alias.key].append(len(self.aliases))
        self.aliases.append(alias)

    # -- exact and separated ------------------------------------------------------------

    def find_plain(self, text: str) -> list[BrandHit]:
        """Aliases written whole anywhere in a page, found on a same-length folded copy.

        Cheap enough for every page: one fold, one automaton pass. Names broken up by
        separators are found by `find_exact` in the windows around numbers.
        """
        if not self.by_key:
            return []
        light = light_fold(text)
        hits: list[BrandHit] = []
        for end, ids in self.plain.iter(light):
            for alias_id, length in ids:
                start = end - length + 1
                alias = self.aliases[alias_id]
                if alias.latin and not _latin_boundaries(light, start, end + 1, alias.key):
                    continue
                raw = text[start:end + 1]
                if alias.latin and len(alias.key) <= SHORT_LATIN and raw != alias.text:
                    continue
                hits.append(BrandHit(self.brands[alias.brand].name, alias.text, raw, Span(start, end + 1),
                                     _exact_kind(raw, light[start:end + 1], alias)))
                if len(hits) >= MAX_HITS:
                    return hits
        return hits

    def find_digit_letters(self, text: str) -> list[BrandHit]:
        """Names with digits standing for letters (Sp1r1t, W3br00t, Paypa1, Amaz0n): kind `digits`.

        Only words that mix letters and digits are read this way, on same-length copies
        (1 read as i, then as l), so phone numbers and prices are never touched.
        """
        if not self.by_key or not _LEET_WORD.search(text):
            return []
        hits: list[BrandHit] = []
        for table in _LEET_TABLES:
            copy = _LEET_WORD.sub(lambda m: m.group().translate(table), text)
            for hit in self.find_plain(copy):
                raw = text[hit.span.start:hit.span.end]
                if any(ch.isdigit() for ch in raw):
                    hits.append(BrandHit(hit.brand, hit.alias, raw, hit.span, "digits"))
        return hits

    def find_exact_text(self, text: str) -> list[BrandHit]:
        from detectors.normalise.pipeline import normalise

        return self.find_exact(normalise(text), text)

    def find_exact(self, view: Normalised, original: str) -> list[BrandHit]:
        """Alias occurrences in the folded view, with their kind (exact, separated, homoglyph, traditional)."""
        if not self.by_key:
            return []
        compact, wide = folded(view)
        hits: list[BrandHit] = []
        for end, ids in self.automaton.iter(compact.text):
            if len(hits) >= MAX_HITS:
                break
            length = len(self.aliases[ids[0]].key)
            start = end - length + 1
            view_start, view_end = compact.origin[start], compact.origin[end] + 1
            for alias_id in ids:
                hit = self._exact_hit(self.aliases[alias_id], view, original, wide, view_start, view_end)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _exact_hit(self, alias: Alias, view: Normalised, original: str, wide: str, start: int, end: int) -> BrandHit | None:
        if alias.latin and not _latin_boundaries(wide, start, end, alias.key):
            return None
        segment = wide[start:end]
        if len(segment) > 3 * len(alias.key):
            return None  # letters spread over a whole sentence are not a name
        in_start, in_end = view.input_span(start, end)
        raw = original[in_start:in_end]
        if alias.latin and len(alias.key) <= SHORT_LATIN and raw != alias.text:
            return None
        kind = _exact_kind(raw, segment, alias)
        return BrandHit(self.brands[alias.brand].name, alias.text, raw, Span(in_start, in_end), kind)

    # -- near spellings, only inside windows the caller chooses -------------------------

    def find_near(self, view: Normalised, original: str, windows: Iterable[tuple[int, int]]) -> list[BrandHit]:
        """Pinyin homophones and fuzzy spellings inside view windows (around phone numbers)."""
        hits: list[BrandHit] = []
        for start, end in merge(list(windows)):
            piece = Normalised(view.text[start:end], view.origin[start:end])
            compact, _ = folded(piece)
            for run in _CJK_RUN.finditer(compact.text):
                sounds = self.pinyin.find(run.group())
                for alias_id, a, b, similarity in sounds:
                    hits.append(self._near_hit(alias_id, compact, piece, original, run.start() + a, run.start() + b, "pinyin", similarity))
                for alias_id, a, b, similarity in self._one_character_off(run.group()):
                    if not any(s[0] == alias_id and s[1] == a for s in sounds):
                        hits.append(self._near_hit(alias_id, compact, piece, original, run.start() + a, run.start() + b, "fuzzy", similarity))
            for alias_id, a, b, similarity in self._fuzzy(compact.text):
                hits.append(self._near_hit(alias_id, compact, piece, original, a, b, "fuzzy", similarity))
        return hits

    def _near_hit(self, alias_id: int, compact: Normalised, piece: Normalised, original: str,
                  start: int, end: int, kind: str, similarity: float) -> BrandHit:
        alias = self.aliases[alias_id]
        view_start, view_end = compact.origin[start], compact.origin[end - 1] + 1
        in_start, in_end = piece.input_span(view_start, view_end)
        raw = original[in_start:in_end]
        return BrandHit(self.brands[alias.brand].name, alias.text, raw, Span(in_start, in_end), kind, round(similarity, 3))

    def _fuzzy(self, text: str) -> list[tuple[int, int, int, float]]:
        """rapidfuzz over a shortlist of aliases that share trigrams with the window."""
        grams = Counter()
        for index in range(len(text) - 2):
            for alias_id in self.trigrams.get(text[index:index + 3], ()):
                grams[alias_id] += 1
        found = []
        for alias_id, shared in grams.most_common(FUZZY_SHORTLIST):
            alias = self.aliases[alias_id]
            if not alias.latin or len(alias.key) < 5 or shared < (len(alias.key) - 2) / 3:
                continue
            match = fuzz.partial_ratio_alignment(alias.key, text, score_cutoff=FUZZY_CUTOFF)
            if match is not None and alias.key not in text[match.dest_start:match.dest_end]:
                found.append((alias_id, match.dest_start, match.dest_end, match.score / 100))
        return found

    def _one_character_off(self, run: str) -> list[tuple[int, int, int, float]]:
        """Chinese names of four or more characters with one character swapped (中国移勤, 招商很行)."""
        starts: Counter = Counter()
        for index in range(len(run) - 1):
            for alias_id, offset in self.bigrams.get(run[index:index + 2], ()):
                if index >= offset:
                    starts[(alias_id, index - offset)] += 1
        found = []
        for (alias_id, start), shared in starts.items():
            key = self.aliases[alias_id].key
            piece = run[start:start + len(key)]
            if shared >= len(key) - 3 and len(piece) == len(key) and Hamming.distance(piece, key, score_cutoff=1) == 1:
                found.append((alias_id, start, start + len(key), round(1 - 1 / len(key), 3)))
        return found

    # -- domains ------------------------------------------------------------------------

    def find_in_host(self, host: str) -> list[tuple[int, str, str]]:
        """(brand index, alias, label) for each alias inside a host name's labels (IDN decoded)."""
        found = []
        for label in _host_labels(host):
            for variant in {label, _undigit(label)}:
                for end, ids in self.automaton.iter(variant) if self.by_key else ():
                    for alias_id in ids:
                        alias = self.aliases[alias_id]
                        if alias.latin and len(alias.key) >= 4 or (not alias.latin):
                            found.append((alias.brand, alias.text, label))
            for alias_id in self.pinyin.find_spelled(label):
                found.append((self.aliases[alias_id].brand, self.aliases[alias_id].text, label))
        return list(dict.fromkeys(found))


def _automaton(keys: dict) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, value in keys.items():
        automaton.add_word(key, tuple(value))
    if keys:
        automaton.make_automaton()
    return automaton


def _plain_keys(aliases: Sequence[Alias]) -> dict[str, list[tuple[int, int]]]:
    """Folded alias spellings (spaces kept, traditional variants added) → (alias id, length)."""
    keys: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for alias_id, alias in enumerate(aliases):
        base = light_fold(alias.text)
        for variant in script_variants(base) if not alias.latin else [base]:
            if variant and (alias_id, len(variant)) not in keys[variant]:
                keys[variant].append((alias_id, len(variant)))
    return keys


def _latin_boundaries(wide: str, start: int, end: int, key: str) -> bool:
    before = wide[start - 1] if start > 0 else " "
    after = wide[end] if end < len(wide) else " "
    if _ASCII_ALNUM.match(key[0]) and _ASCII_ALNUM.match(before):
        return False
    return not (_ASCII_ALNUM.match(key[-1]) and _ASCII_ALNUM.match(after))


def _exact_kind(raw: str, segment: str, alias: Alias) -> str:
    if any(ord(ch) > 0x7F and latin_skeleton(ch) != ch for ch in raw) and alias.latin:
        return "homoglyph"
    if name_key(segment.replace(" ", "")) == alias.key and len(segment) > len(alias.key) + alias.text.count(" "):
        return "separated"
    if not alias.latin and any(ch not in alias.text and unicodedata.category(ch).startswith("Lo") for ch in raw):
        return "traditional"
    return "exact"


def _trigram_index(aliases: Sequence[Alias]) -> dict[str, tuple[int, ...]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for alias_id, alias in enumerate(aliases):
        if alias.latin and len(alias.key) >= 5:
            for gram in {alias.key[i:i + 3] for i in range(len(alias.key) - 2)}:
                postings[gram].append(alias_id)
    return {gram: tuple(ids) for gram, ids in postings.items() if len(ids) <= TRIGRAM_POSTINGS_CAP}


def _cjk_bigram_index(aliases: Sequence[Alias]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Bigram → (alias id, offset) for Chinese aliases long enough to survive one changed character."""
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for alias_id, alias in enumerate(aliases):
        if not alias.latin and len(alias.key) >= MIN_ONE_OFF and all(_CJK.match(ch) for ch in alias.key):
            for offset in range(len(alias.key) - 1):
                postings[alias.key[offset:offset + 2]].append((alias_id, offset))
    return {gram: tuple(ids) for gram, ids in postings.items() if len(ids) <= TRIGRAM_POSTINGS_CAP}


# A word of letters with at least one digit among them (and at least one letter).
_LEET_WORD = re.compile(r"(?<![0-9A-Za-z])(?=[0-9@$]*[A-Za-z])(?=[A-Za-z]*[0-9@$])[A-Za-z0-9@$]{3,}(?![0-9A-Za-z])")
_LEET_TABLES = (
    str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}),
    str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}),
)
_DIGIT_LETTERS = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})


def _undigit(label: str) -> str:
    """paypa1 → paypal: digits that stand for letters in a host name."""
    return label.translate(_DIGIT_LETTERS)


def _host_labels(host: str) -> list[str]:
    """The comparable labels of a host: IDN decoded, Latin skeleton, lower case, dashes dropped too."""
    labels = []
    for label in host.lower().strip(".").split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                continue
        label = name_key(latin_skeleton(label))
        if label:
            labels.append(label)
    return labels
