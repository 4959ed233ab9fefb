"""parse_brands: valid brand books become Brand objects; bad ones fail naming brand and field."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from detectors import Brand, ConfigError, OfficialApp, parse_brands

FIXTURE_BRANDS = Path(__file__).resolve().parents[2] / "localweb" / "brands.toml"


def brand_book(**fields) -> dict:
    return {"brand": [{"name": "还呗", "aliases": ["还呗"], "markets": ["CN"], **fields}]}


def test_fixture_brand_book_loads_with_e164_official_numbers():
    brands = parse_brands(tomllib.loads(FIXTURE_BRANDS.read_text("utf-8")), source="brands.toml")
    by_name = {brand.name: brand for brand in brands}
    assert by_name["还呗"].official_numbers == ("+864006816666",)
    assert by_name["Lumora Pay"].official_numbers == ("+18885550142",)
    assert OfficialApp("itunes", "com.huanbei.app", "Shanghai Huanbei Technology Co., Ltd.") in by_name["还呗"].official_apps


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("400-681-6666", "+864006816666"),
        ("４００ ６８１ ６６６６", "+864006816666"),
        ("0044 7700 900 128", "+447700900128"),
        ("95188", "95188"),
        ("+86 10 6608 5566", "+861066085566"),
    ],
)
def test_official_numbers_are_normalised_at_load(raw, expected):
    (brand,) = parse_brands(brand_book(official_numbers=[raw]))
    assert brand.official_numbers == (expected,)


def test_name_is_always_an_alias():
    (brand,) = parse_brands({"brand": [{"name": "快鹿贷"}]})
    assert isinstance(brand, Brand) and brand.aliases == ("快鹿贷",)


@pytest.mark.parametrize(
    ("brand", "field", "fields"),
    [
        ("#1", "name", {"name": ""}),
        ("还呗", "aliases", {"aliases": ["还呗", "  "]}),
        ("还呗", "aliases", {"aliases": "还呗"}),
        ("还呗", "official_numbers", {"official_numbers": ["call us"]}),
        ("还呗", "official_numbers", {"official_numbers": [4006816666]}),
        ("还呗", "markets", {"markets": ["XX"]}),
        ("还呗", "official_domains", {"official_domains": ["not a domain"]}),
        ("还呗", "official_apps.developer", {"official_apps": [{"store": "itunes", "id": "com.x"}]}),
    ],
)
def test_bad_brand_fails_naming_source_brand_and_field(brand, field, fields):
    with pytest.raises(ConfigError) as caught:
        parse_brands(brand_book(**fields), source="brands.toml")
    assert caught.value.source == "brands.toml"
    assert caught.value.brand == brand and caught.value.field == field
    assert "brands.toml" in str(caught.value) and field in str(caught.value)


def test_duplicate_brand_names_are_rejected():
    with pytest.raises(ConfigError, match="twice"):
        parse_brands({"brand": [{"name": "A"}, {"name": "A"}]})


def test_brand_table_must_be_a_list():
    with pytest.raises(ConfigError):
        parse_brands({"brand": {"name": "A"}})
