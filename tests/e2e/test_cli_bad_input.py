"""Bad input to the command line ends in one line naming the thing, a non-zero exit, no traceback."""
from __future__ import annotations

import pytest

from tests.e2e.cli import run_cli

pytestmark = pytest.mark.slow


def assert_one_line_error(result, *needles: str) -> None:
    assert result.returncode != 0, result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_missing_brands_file(tmp_path):
    missing = tmp_path / "missing.toml"
    result = run_cli("crawl", "search", "--config", str(missing), "--db", f"sqlite:///{tmp_path}/x.db")
    assert_one_line_error(result, str(missing))


def test_malformed_brands_file(tmp_path):
    bad = tmp_path / "brands.toml"
    bad.write_text('[[brand]]\nname = "Acme"\naliases = ["Acme"]\nofficial_numbers = ["not a number"]\n', encoding="utf-8")
    result = run_cli("crawl", "search", "--config", str(bad), "--db", f"sqlite:///{tmp_path}/x.db")
    assert_one_line_error(result, str(bad), "Acme")


def test_unreachable_database(tmp_path):
    result = run_cli("demo", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/nowhere", "--evidence", str(tmp_path / "ev"))
    assert_one_line_error(result, "database")


def test_unwritable_evidence_folder(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = run_cli("demo", "--db", f"sqlite:///{tmp_path}/x.db", "--evidence", str(blocker / "evidence"))
    assert_one_line_error(result, "evidence folder", str(blocker))


def test_malformed_setting_in_the_environment(tmp_path):
    result = run_cli("crawl", "seeds", "--config", "localweb/brands.toml", "--db", f"sqlite:///{tmp_path}/x.db",
                     env={"SCAMSWEEP_STATIC_HOSTS": '{"a.test": "not-an-address"}'})
    assert_one_line_error(result, "SCAMSWEEP_STATIC_HOSTS")
