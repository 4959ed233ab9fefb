"""`scamsweep findings` and `scamsweep db upgrade` as a user meets them."""
from __future__ import annotations

import json
import subprocess
import sys

from takedown.store import upsert_finding, upsert_page

from .factories import finding, page


def seed(sessions):
    with sessions.begin() as session:
        first = upsert_page(session, page())
        upsert_finding(session, first, finding())
        second = upsert_page(session, page(url="https://blog.example/lumora", source_kind="seed"))
        upsert_finding(session, second, finding(brand="Lumora Pay", number="+12025550143", number_raw="+1 202-555-0143"))


def test_findings_json_is_one_array_of_objects(scamsweep, sessions, store_url):
    seed(sessions)
    status, out, _ = scamsweep("findings", "--json", "--db", store_url)
    rows = json.loads(out)
    assert status == 0
    assert [(r["brand"], r["number"], r["status"], r["url"]) for r in rows] == [
        ("还呗", "+85261234567", "new", "https://forum.example/thread-1"),
        ("Lumora Pay", "+12025550143", "new", "https://blog.example/lumora"),
    ]
    assert rows[0]["first_seen"] == "2026-03-01T08:00:00+00:00"


def test_findings_filters_by_brand_and_status(scamsweep, sessions, store_url):
    seed(sessions)
    _, out, _ = scamsweep("findings", "--json", "--brand", "Lumora Pay", "--db", store_url)
    assert [r["number"] for r in json.loads(out)] == ["+12025550143"]
    _, out, _ = scamsweep("findings", "--json", "--status", "confirmed", "--db", store_url)
    assert json.loads(out) == []


def test_findings_table_shows_each_finding(scamsweep, sessions, store_url):
    seed(sessions)
    status, out, _ = scamsweep("findings", "--db", store_url)
    assert status == 0
    assert "2 findings" in out and "+85261234567" in out and "Lumora Pay" in out


def test_db_url_comes_from_the_environment(scamsweep, sessions, store_url, monkeypatch):
    seed(sessions)
    monkeypatch.setenv("SCAMSWEEP_DB_URL", store_url)
    _, out, _ = scamsweep("findings", "--json")
    assert len(json.loads(out)) == 2


def test_db_upgrade_creates_the_schema(scamsweep, empty_store_url):
    status, out, _ = scamsweep("db", "upgrade", "--db", empty_store_url)
    assert status == 0 and "newest schema" in out
    status, out, _ = scamsweep("findings", "--json", "--db", empty_store_url)
    assert (status, json.loads(out)) == (0, [])


def test_unknown_status_is_a_usage_error(scamsweep, tmp_path):
    status, _, err = scamsweep("findings", "--status", "bogus", "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert status == 2 and "bogus" in err


def test_unreachable_database_is_one_line_error_without_traceback():
    completed = subprocess.run(
        [sys.executable, "-m", "cli", "findings",
         "--db", "postgresql+psycopg://nobody:pw@127.0.0.1:1/x"],
        capture_output=True, text=True, timeout=60,
    )
    assert completed.returncode == 4
    assert completed.stderr.startswith("error: cannot reach database postgresql+psycopg://nobody:***@127.0.0.1:1/x")
    assert len(completed.stderr.strip().splitlines()) == 1
    assert "Traceback" not in completed.stderr and completed.stdout == ""


def test_captured_text_cannot_drive_the_terminal_or_rich_markup(scamsweep, sessions, store_url):
    hostile = "\x1b[2J\x1b]0;owned\x07[bold red]x[/] \u202egnp.exe\r\nforged line"
    with sessions.begin() as session:
        page_id = upsert_page(session, page(title=hostile, url="https://e.example/" + hostile))
        upsert_finding(session, page_id, finding(number_raw=hostile))
    for args in (("findings",), ("review", "show", "1")):
        status, out, _ = scamsweep(*args, "--db", store_url)
        assert status == 0
        assert not any(ch in out for ch in "\x1b\x07\u202e\r"), out
        assert "\\x1b[2J" in out and "\\u202e" in out


def test_rich_markup_in_captured_text_is_shown_literally(scamsweep, sessions, store_url):
    with sessions.begin() as session:
        upsert_finding(session, upsert_page(session, page()), finding(number_raw="[red]R[/]", brand="[b]B"))
    _, out, _ = scamsweep("findings", "--db", store_url)
    assert "[red]R[/]" in out and "[b]B" in out
