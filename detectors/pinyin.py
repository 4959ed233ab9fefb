"""Chinese names by sound: homophone and near-homograph aliases (还贝, 环呗 → 还呗) through pinyin."""
from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import ahocorasick

MAX_READINGS = 8  # pinyin spellings generated per alias (heteronyms multiply)
MIN_SAME_CHARS = 0.5  # share of an alias's characters that must be identical in a homophone


@cache
def _pinyin_dict() -> dict[int, str]:
    """pypinyin's character table, loaded on first use and without the package's __init__
    (which also loads a phrase table of half a second that names are never looked up in)."""
    import importlib.util
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec("pypinyin")
    location = next(iter(spec.submodule_search_locations)) if spec and spec.submodule_search_locations else None
    if location is None:  # pragma: no cover - pypinyin is a dependency
        from pypinyin.pinyin_dict import pinyin_dict
        return pinyin_dict
    file_spec = importlib.util.spec_from_file_location("_scamsweep_pinyin_dict", f"{location}/pinyin_dict.py")
    module = importlib.util.module_from_spec(file_spec)
    file_spec.loader.exec_module(module)
    return module.pinyin_dict


@cache
def readings(ch: str) -> frozenset[str]:
    """Toneless pinyin readings of one character ('还' → {'hai', 'huan', 'fu'})."""
    raw = _pinyin_dict().get(ord(ch))
    if not raw:
        return frozenset()
    return frozenset(_toneless(r) for r in raw.split(","))


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


class PinyinIndex:
    """Aliases written in Chinese, indexed by the readings of their first two characters."""

    def __init__(self, aliases: Sequence):
        self.aliases = aliases
        # Keyed by one real character and one reading, so a lookup only meets aliases that
        # share a character with the text (a homophone must keep half its characters).
        self.by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.latin_keys: dict[str, list[int]] = defaultdict(list)
        for alias_id, alias in enumerate(aliases):
            key = alias.key
            if alias.latin or len(key) < 2 or not all(readings(ch) for ch in key):
                continue
            for reading in readings(key[1]):
                self.by_pair[(key[0], reading)].append(alias_id)
            for reading in readings(key[0]):
                self.by_pair[(reading, key[1])].append(alias_id)
            for spelled in itertools.islice(itertools.product(*(sorted(readings(ch)) for ch in key)), MAX_READINGS):
                joined = "".join(spelled)
                if len(joined) >= 5:
                    self.latin_keys[joined].append(alias_id)
        self.latin_automaton = ahocorasick.Automaton()
        for spelled, ids in self.latin_keys.items():
            self.latin_automaton.add_word(spelled, tuple(ids))
        if self.latin_keys:
            self.latin_automaton.make_automaton()

    def find_spelled(self, word: str) -> list[int]:
        """Aliases whose pinyin spelling occurs inside a Latin word (huanbeikefu → 还呗)."""
        if not self.latin_keys:
            return []
        return [alias_id for _, ids in self.latin_automaton.iter(word) for alias_id in ids]

    def find(self, run: str) -> list[tuple[int, int, int, float]]:
        """(alias id, start, end, similarity) for sound-alike, not identical, names in a CJK run."""
        found = []
        for start in range(len(run) - 1):
            first, second = run[start], run[start + 1]
            candidates = {a for r in readings(second) for a in self.by_pair.get((first, r), ())}
            candidates.update(a for r in readings(first) for a in self.by_pair.get((r, second), ()))
            for alias_id in candidates:
                key = self.aliases[alias_id].key
                piece = run[start:start + len(key)]
                if len(piece) == len(key) and piece != key and _sounds_like(piece, key):
                    same = sum(a == b for a, b in zip(piece, key)) / len(key)
                    found.append((alias_id, start, start + len(key), round(0.5 + same / 2, 3)))
        return found


def _sounds_like(piece: str, key: str) -> bool:
    same = sum(a == b for a, b in zip(piece, key))
    if same / len(key) < MIN_SAME_CHARS:
        return False
    return all(a == b or readings(a) & readings(b) for a, b in zip(piece, key))
