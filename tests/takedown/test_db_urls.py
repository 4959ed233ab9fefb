"""Bad database URLs (issue 10 item 7): an unsupported dialect is one line; a mistyped path is never created."""
from __future__ import annotations

import pytest

from tests.e2e.cli import run_cli

READ_COMMANDS = [("findings",), ("review", "show", "1"), ("review", "list"), ("stats",), ("db", "verify-audit"),
                 ("db", "reconcile"), ("export", "pack", "1", "--platform", "forum", "-o", "pack.zip")]


def one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("url", ["mysql://scam:secret@127.0.0.1/cases", "oracle://x@y/z", "mssql+pyodbc://a@b/c"])
def test_unsupported_dialect_is_one_line_naming_what_is_supported(url, tmp_path):
    line = one_line_error(run_cli("findings", "--db", url, cwd=tmp_path))
    assert "is not supported" in line and "SQLite" in line and "PostgreSQL" in line and "secret" not in line


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_commands_on_stored_cases_never_create_a_database_at_a_mistyped_path(command, tmp_path):
    typo = tmp_path / "scamswep.db"
    line = one_line_error(run_cli(*command, "--db", f"sqlite:///{typo}", cwd=tmp_path,
                                  env={"SCAMSWEEP_SIGNING_KEY": str(tmp_path / "key.pem")}))
    assert "does not exist" in line and str(typo) in line
    assert not typo.exists() and not (tmp_path / "pack.zip").exists()


def test_db_upgrade_still_creates_the_database(tmp_path):
    path = tmp_path / "new.db"
    assert run_cli("db", "upgrade", "--db", f"sqlite:///{path}", cwd=tmp_path).returncode == 0
    assert path.exists()
