"""Check the shape of a brand book before its values are read: no unknown key, at least one brand.

A misspelt key (`oficial_domains`) would otherwise be ignored in silence and the brand's own
site judged a scam; an empty book would crawl and judge nothing. Both are refused with a
message that names the file, the brand and the key, and suggests the key that was meant.
"""
from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from detectors.errors import ConfigError

TOP_LEVEL_KEYS = ("brand",)
BRAND_KEYS = ("name", "aliases", "official_numbers", "official_domains", "markets", "queries", "official_apps",
              "vanity")
APP_KEYS = ("store", "id", "developer")


def did_you_mean(key: str, known: tuple[str, ...]) -> str:
    """`; did you mean 'x'?` for the closest known key, or a list of the known keys.

    >>> did_you_mean("oficial_domains", BRAND_KEYS)
    "; did you mean 'official_domains'?"
    """
    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"


def _unknown(table: Mapping[str, Any], known: tuple[str, ...], source: str, brand: str | None, where: str) -> None:
    for key in table:
        if key not in known:
            raise ConfigError(source, brand, f"{where}{key}", f"unknown key {key!r}{did_you_mean(str(key), known)}")


def check_brand_book(mapping: Mapping[str, Any], source: str) -> None:
    """Raise ConfigError for an unknown key at any level, or for a book with no brand."""
    if not isinstance(mapping, Mapping):
        return  # parse_brands says what is wrong with it
    _unknown(mapping, TOP_LEVEL_KEYS, source, None, "")
    brands = mapping.get("brand", [])
    if not brands:
        raise ConfigError(source, None, "brand", "the brand book defines no brand: add at least one [[brand]] table")
    for index, table in enumerate(brands if isinstance(brands, list) else []):
        if not isinstance(table, Mapping):
            continue
        name = table.get("name") if isinstance(table.get("name"), str) else f"#{index + 1}"
        _unknown(table, BRAND_KEYS, source, name, "")
        apps = table.get("official_apps", [])
        for app in apps if isinstance(apps, list) else []:
            if isinstance(app, Mapping):
                _unknown(app, APP_KEYS, source, name, "official_apps.")
