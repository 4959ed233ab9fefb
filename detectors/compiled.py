"""A compiled brand book as plain data (JSON-able), so a Detector can be rebuilt without recompiling ten thousand brands.

Pure: no I/O. The state holds only strings, numbers and lists (never code: no pickle), and
`detector_from_state` checks every field's type before using it, raising `ValueError`
on anything malformed, so a corrupt or tampered cache can at worst be refused. The
automata are rebuilt from their keys, which is fast; the slow part (normalising every
alias, its traditional spellings and pinyin readings, the official number forms) is what
the state keeps.
"""
from __future__ import annotations

from collections import defaultdict

from detectors.brands import Alias, BrandIndex, _automaton, _cjk_bigram_index, _trigram_index
from detectors.detector import Detector
from detectors.pinyin import PinyinIndex
from detectors.types import Brand, OfficialApp
from detectors.version import DETECTOR_VERSION

FORMAT = 1


def detector_state(detector: Detector) -> dict:
    """Everything a Detector computed from its brand book, as plain data: one record per alias
    (brand, text, key, Latin?, folded spellings, pinyin spellings, pinyin pair keys)."""
    index = detector.index
    plain: dict[int, list[str]] = defaultdict(list)
    for key, pairs in index.plain_keys.items():
        for alias_id, _ in pairs:
            plain[alias_id].append(key)
    spelled: dict[int, list[str]] = defaultdict(list)
    for key, ids in index.pinyin.latin_keys.items():
        for alias_id in ids:
            spelled[alias_id].append(key)
    pairs_of: dict[int, list[list[str]]] = defaultdict(list)
    for pair, ids in index.pinyin.by_pair.items():
        for alias_id in ids:
            pairs_of[alias_id].append(list(pair))
    return {
        "format": FORMAT, "detector_version": DETECTOR_VERSION,
        "brands": [_brand_state(brand) for brand in detector.brands],
        "aliases": [[a.brand, a.text, a.key, a.latin, plain[i], spelled[i], pairs_of[i]]
                    for i, a in enumerate(index.aliases)],
        "official_numbers": sorted(detector.official_numbers),
    }


def detector_from_state(state: object) -> Detector:
    """The Detector a state describes; ValueError when the state is malformed or of another version."""
    if not isinstance(state, dict) or state.get("format") != FORMAT or state.get("detector_version") != DETECTOR_VERSION:
        raise ValueError("not a compiled brand book of this detector version")
    try:
        brands = tuple(_brand(item) for item in _list(state["brands"]))
        index = BrandIndex.__new__(BrandIndex)
        index.brands, index.aliases, index.by_key, index.plain_keys = brands, [], defaultdict(list), defaultdict(list)
        pinyin = PinyinIndex.__new__(PinyinIndex)
        pinyin.aliases, pinyin.by_pair, pinyin.latin_keys = index.aliases, defaultdict(list), defaultdict(list)
        for alias_id, record in enumerate(_list(state["aliases"])):
            _add_alias(index, pinyin, alias_id, _row(record, 7), len(brands))
        officials = frozenset(_str(number) for number in _list(state["official_numbers"]))
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed compiled brand book: {exc}") from None
    index.automaton, index.plain = _automaton(index.by_key), _automaton(index.plain_keys)
    pinyin.latin_automaton = _automaton(pinyin.latin_keys)
    index.pinyin = pinyin
    index.trigrams, index.bigrams = _trigram_index(index.aliases), _cjk_bigram_index(index.aliases)
    return Detector.prebuilt(brands, index, officials)


def _add_alias(index: BrandIndex, pinyin: PinyinIndex, alias_id: int, record: list, brand_count: int) -> None:
    brand, text, key, latin, plain, spelled, pairs = record
    alias = Alias(_int(brand, brand_count), _str(text), _str(key), _bool(latin))
    index.aliases.append(alias)
    index.by_key[alias.key].append(alias_id)
    for variant in _list(plain):
        index.plain_keys[_str(variant)].append((alias_id, len(variant)))
    for word in _list(spelled):
        pinyin.latin_keys[_str(word)].append(alias_id)
    for pair in _list(pairs):
        first, second = _row(pair, 2)
        pinyin.by_pair[(_str(first), _str(second))].append(alias_id)


def _brand_state(brand: Brand) -> dict:
    return {"name": brand.name, "aliases": list(brand.aliases), "official_numbers": list(brand.official_numbers),
            "official_domains": list(brand.official_domains), "markets": list(brand.markets),
            "queries": list(brand.queries), "vanity": brand.vanity,
            "official_apps": [[app.store, app.id, app.developer] for app in brand.official_apps]}


def _brand(item: object) -> Brand:
    if not isinstance(item, dict):
        raise ValueError("a brand is not a table")
    strings = {key: tuple(_str(v) for v in _list(item[key]))
               for key in ("aliases", "official_numbers", "official_domains", "markets", "queries")}
    apps = tuple(OfficialApp(*(_str(v) for v in _row(app, 3))) for app in _list(item["official_apps"]))
    return Brand(_str(item["name"]), strings["aliases"], strings["official_numbers"], strings["official_domains"],
                 strings["markets"], strings["queries"], apps, _bool(item["vanity"]))


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, found {type(value).__name__}")
    return value


def _row(value: object, size: int) -> list:
    row = _list(value)
    if len(row) != size:
        raise ValueError(f"expected {size} fields, found {len(row)}")
    return row


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, found {type(value).__name__}")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, found {type(value).__name__}")
    return value


def _int(value: object, bound: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < bound:
        raise ValueError(f"index {value!r} out of range")
    return value


def _ids(value: object, count: int) -> list[int]:
    return [_int(item, count) for item in _list(value)]
