"""Bad brand books and setting values (issue 10 item 7): refused in one line, or read the same in every form."""
from __future__ import annotations

import pytest

from crawler.config import load_brands
from crawler.errors import UserError
from crawler.run import project_settings
from detectors.errors import ConfigError
from tests.e2e.cli import run_cli

GOOD_BRAND = '[[brand]]\nname = "Acme"\naliases = ["Acme"]\nofficial_numbers = ["+1 888-555-0142"]\nmarkets = ["US"]\n'


@pytest.mark.parametrize(("book", "key", "meant"), [
    (GOOD_BRAND + 'oficial_domains = ["acme.test"]\n', "oficial_domains", "official_domains"),
    (GOOD_BRAND + 'alias = ["Acme Co"]\n', "alias", "aliases"),
    (GOOD_BRAND + 'market = ["US"]\n', "market", "markets"),
    ('[[brands]]\nname = "Acme"\n', "brands", "brand"),
    (GOOD_BRAND + '[[brand.official_apps]]\nstore = "itunes"\nid = "x"\ndevelopper = "Acme"\n', "developper", "developer"),
])
def test_unknown_key_is_refused_with_did_you_mean(tmp_path, book, key, meant):
    path = tmp_path / "brands.toml"
    path.write_text(book, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_brands(path)
    assert f"unknown key {key!r}; did you mean {meant!r}?" in str(caught.value) and str(path) in str(caught.value)


@pytest.mark.parametrize("book", ["", "# only a comment\n", "brand = []\n"])
def test_empty_brand_book_is_refused(tmp_path, book):
    path = tmp_path / "brands.toml"
    path.write_text(book, encoding="utf-8")
    with pytest.raises(ConfigError, match="defines no brand"):
        load_brands(path)


def test_the_bundled_brand_book_still_loads():
    assert len(load_brands("localweb/brands.toml")) >= 3


@pytest.mark.parametrize("raw", ['["127.0.0.1", "::1"]', "127.0.0.1,::1", " 127.0.0.1 , ::1 ", '["127.0.0.1","::1"]'])
def test_list_setting_reads_json_and_comma_forms_alike(raw):
    for settings in (project_settings({"SCAMSWEEP_SSRF_ALLOW_HOSTS": raw}, environ={}),
                     project_settings(environ={"SCAMSWEEP_SSRF_ALLOW_HOSTS": raw})):
        assert settings.getlist("SCAMSWEEP_SSRF_ALLOW_HOSTS") == ["127.0.0.1", "::1"]


@pytest.mark.parametrize(("name", "raw"), [
    ("SCAMSWEEP_SSRF_ALLOW_HOSTS", '["127.0.0.1"'), ("SCAMSWEEP_SSRF_ALLOW_HOSTS", '{"a": 1}'),
    ("SCAMSWEEP_SSRF_ALLOW_HOSTS", '[["nested"]]'), ("SCAMSWEEP_STATIC_HOSTS", "a.test=127.0.0.1"),
    ("SCAMSWEEP_STATIC_HOSTS", '["a.test"]'),
])
def test_unreadable_list_or_dict_setting_is_refused_naming_it(name, raw):
    for make in (lambda: project_settings({name: raw}, environ={}), lambda: project_settings(environ={name: raw})):
        with pytest.raises(UserError, match=name):
            make()


@pytest.mark.slow
@pytest.mark.parametrize(("args", "needle"), [
    (("-s", 'SCAMSWEEP_SSRF_ALLOW_HOSTS=["127.0.0.1"'), "SCAMSWEEP_SSRF_ALLOW_HOSTS: is not valid JSON"),
    (("--config", "{book}"), "did you mean 'official_domains'"),
])
def test_crawl_refuses_bad_input_in_one_line(tmp_path, args, needle):
    book = tmp_path / "brands.toml"
    book.write_text(GOOD_BRAND + 'oficial_domains = ["acme.test"]\n' if "--config" in args else GOOD_BRAND, "utf-8")
    args = tuple(a.replace("{book}", str(book)) for a in args)
    if "--config" not in args:
        args += ("--config", str(book))
    result = run_cli("crawl", "search", *args, "--db", f"sqlite:///{tmp_path}/x.db", cwd=tmp_path)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and len(lines) == 1 and needle in lines[0], result.stderr
