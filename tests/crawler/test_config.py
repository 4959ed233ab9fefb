"""Reading the brand book from disk: missing, unreadable and malformed files fail clearly."""
from __future__ import annotations

import pytest

from crawler.config import config_path, load_brands, read_brand_mapping
from crawler.errors import ExitStatus, UserError
from detectors.errors import ConfigError

BUNDLED = "localweb/brands.toml"


def test_bundled_brand_book_loads_with_official_numbers_in_e164():
    brands = {brand.name: brand for brand in load_brands(BUNDLED)}
    assert set(brands) == {"还呗", "Lumora Pay", "快鹿贷"}
    assert brands["还呗"].official_numbers == ("+864006816666",)


def test_missing_file_names_the_file(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(UserError) as info:
        read_brand_mapping(missing)
    assert str(missing) in str(info.value)
    assert info.value.status == ExitStatus.CONFIG


def test_malformed_toml_names_the_file(tmp_path):
    bad = tmp_path / "brands.toml"
    bad.write_text('[[brand]]\nname = "x\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_brand_mapping(bad)
    assert str(bad) in str(info.value)


def test_non_utf8_file_is_a_config_error(tmp_path):
    bad = tmp_path / "brands.toml"
    bad.write_bytes(b'name = "\xff\xfe"')
    with pytest.raises(ConfigError, match="UTF-8"):
        read_brand_mapping(bad)


def test_config_path_prefers_explicit_then_environment(monkeypatch):
    monkeypatch.setenv("SCAMSWEEP_CONFIG", "/from/env.toml")
    assert str(config_path("given.toml")) == "given.toml"
    assert str(config_path(None)) == "/from/env.toml"
    monkeypatch.delenv("SCAMSWEEP_CONFIG")
    assert str(config_path(None)) == "brands.toml"


def test_one_detector_per_brand_book_version(tmp_path):
    from crawler.config import detector_for

    book = tmp_path / "brands.toml"
    book.write_text('[[brand]]\nname = "Acme"\naliases = ["Acme"]\n', encoding="utf-8")
    first = detector_for(book)
    assert detector_for(str(book)) is first
    book.write_text('[[brand]]\nname = "Acme Pay"\naliases = ["Acme Pay", "AcmePay"]\n', encoding="utf-8")
    rebuilt = detector_for(book)
    assert rebuilt is not first
    assert [b.name for b in rebuilt.brands] == ["Acme Pay"]


def test_detector_for_a_missing_book_names_the_file(tmp_path):
    from crawler.config import detector_for

    with pytest.raises(UserError, match="nope.toml"):
        detector_for(tmp_path / "nope.toml")
