"""Parse an already-loaded brand-book mapping into validated Brand objects (no file I/O).

Keys of a `[[brand]]` table: `name`, `aliases`, `official_numbers`, `official_domains`,
`markets`, `queries`, `[[brand.official_apps]]` (see DESIGN.md), and `vanity` (a
boolean, default false): the brand writes its numbers with keypad letters
(1-888-PAY-LUMO), so letters in phone-like runs near its name are read as digits, and
its own `official_numbers` may be written that way too. Without it, capitals are words.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import phonenumbers

from detectors.errors import ConfigError
from detectors.normalise.vanity import hint_positions
from detectors.phones import official_number_key
from detectors.types import Brand, OfficialApp

_LIST_FIELDS = ("aliases", "official_numbers", "official_domains", "markets", "queries")


def parse_brands(mapping: Mapping[str, Any], source: str = "<brands>") -> tuple[Brand, ...]:
    """Validate the `[[brand]]` tables of a parsed brands.toml.

    >>> parse_brands({"brand": [{"name": "还呗", "official_numbers": ["400-681-6666"], "markets": ["CN"]}]})[0].official_numbers
    ('+864006816666',)
    """
    if not isinstance(mapping, Mapping):
        raise ConfigError(source, None, None, "the brand book must be a table")
    tables = mapping.get("brand", [])
    if not isinstance(tables, list):
        raise ConfigError(source, None, "brand", "must be an array of [[brand]] tables")
    brands = tuple(_parse_brand(table, index, source) for index, table in enumerate(tables))
    _check_unique_names(brands, source)
    return brands


def _parse_brand(table: Any, index: int, source: str) -> Brand:
    if not isinstance(table, Mapping):
        raise ConfigError(source, f"#{index + 1}", None, "each [[brand]] entry must be a table")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(source, f"#{index + 1}", "name", "missing or empty brand name")
    name = name.strip()
    lists = {field: _string_list(table, field, name, source) for field in _LIST_FIELDS}
    markets = tuple(_market(code, name, source) for code in lists["markets"])
    aliases = _aliases(name, lists["aliases"], source)
    vanity = _boolean(table, "vanity", name, source)
    numbers = tuple(dict.fromkeys(
        _official_number(raw, markets, name, source, vanity) for raw in lists["official_numbers"]))
    domains = tuple(dict.fromkeys(_domain(raw, name, source) for raw in lists["official_domains"]))
    apps = tuple(_official_app(app, name, source) for app in _table_list(table, "official_apps", name, source))
    return Brand(name, aliases, numbers, domains, markets, lists["queries"], apps, vanity)


def _boolean(table: Mapping[str, Any], field: str, brand: str, source: str) -> bool:
    value = table.get(field, False)
    if not isinstance(value, bool):
        raise ConfigError(source, brand, field, f"must be true or false, found {value!r}")
    return value


def _string_list(table: Mapping[str, Any], field: str, brand: str, source: str) -> tuple[str, ...]:
    value = table.get(field, [])
    if isinstance(value, str) or not isinstance(value, list):
        raise ConfigError(source, brand, field, "must be a list of strings")
    for item in value:
        if not isinstance(item, str):
            raise ConfigError(source, brand, field, f"must be a list of strings, found {item!r}")
    return tuple(value)


def _aliases(name: str, aliases: tuple[str, ...], source: str) -> tuple[str, ...]:
    for alias in aliases:
        if not alias.strip():
            raise ConfigError(source, name, "aliases", "an alias is empty")
    return tuple(dict.fromkeys((name, *(alias.strip() for alias in aliases))))


def _market(code: str, brand: str, source: str) -> str:
    region = code.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ConfigError(source, brand, "markets", f"{code!r} is not a known region code (use ISO 3166 like 'CN')")
    return region


def _official_number(raw: str, markets: tuple[str, ...], brand: str, source: str, vanity: bool = False) -> str:
    if not vanity and next(hint_positions(raw), None) is not None:
        raise ConfigError(source, brand, "official_numbers",
                          f"{raw!r} is written with keypad letters: set vanity = true to read them")
    key = official_number_key(raw, markets, vanity)
    if key is None:
        raise ConfigError(source, brand, "official_numbers", f"{raw!r} is not a phone number in markets {list(markets) or ['?']}")
    return key


def _domain(raw: str, brand: str, source: str) -> str:
    domain = raw.strip().lower().rstrip(".")
    if domain.startswith(("http://", "https://")):
        domain = domain.split("://", 1)[1].split("/", 1)[0]
    if not domain or " " in domain or "." not in domain:
        raise ConfigError(source, brand, "official_domains", f"{raw!r} is not a domain name")
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise ConfigError(source, brand, "official_domains", f"{raw!r} is not a valid domain name") from None


def _table_list(table: Mapping[str, Any], field: str, brand: str, source: str) -> list[Mapping[str, Any]]:
    value = table.get(field, [])
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise ConfigError(source, brand, field, "must be an array of tables")
    return value


def _official_app(app: Mapping[str, Any], brand: str, source: str) -> OfficialApp:
    values = []
    for key in ("store", "id", "developer"):
        value = app.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(source, brand, f"official_apps.{key}", "missing or empty")
        values.append(value.strip())
    return OfficialApp(*values)


def _check_unique_names(brands: tuple[Brand, ...], source: str) -> None:
    seen: set[str] = set()
    for brand in brands:
        if brand.name in seen:
            raise ConfigError(source, brand.name, "name", "the same brand name appears twice")
        seen.add(brand.name)
