"""`scamsweep parse` as a user meets it: a JSON array, tables of escaped text, --list, fallback markers,
the nothing-found status, one-line errors."""
from __future__ import annotations

import json

import pytest

from cli import main
from crawler.errors import ExitStatus
from spiders.parsers.registry import SITES
from tests.spiders.parsers.pages import OWN_PAGES


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_array_for_a_real_serp_carries_rank_title_url_snippet_is_ad(capsys, shared_dir):
    page = shared_dir / "pages" / "serp" / "google-test-keyword-p1.html"
    status, out, _ = run(capsys, "parse", "--site", "google", str(page), "--url", "https://www.google.com/search?q=test", "--json")
    rows = json.loads(out)
    assert status == ExitStatus.OK
    assert len(rows) == 11
    assert set(rows[0]) == {"rank", "title", "url", "snippet", "is_ad", "fallback"}
    assert sum(row["is_ad"] for row in rows) == 1
    assert not any(row["fallback"] for row in rows)


def test_site_is_guessed_from_the_url_when_site_is_omitted(capsys):
    status, out, _ = run(capsys, "parse", str(OWN_PAGES / "baidu" / "ads.html"), "--url", "https://www.baidu.com/s?wd=x", "--json")
    assert status == ExitStatus.OK
    assert json.loads(out)[0]["url"] == "https://huanbei-kefu.example/"


def test_table_output_names_the_items(capsys):
    status, out, _ = run(capsys, "parse", "--site", "yandex", str(OWN_PAGES / "yandex" / "direct.html"))
    assert status == ExitStatus.OK
    assert "Служба поддержки Lumora Pay" in out and "yandex: 2 items" in out


def test_unrecognised_markup_is_marked_as_fallback_on_every_line_and_in_a_note(capsys, tmp_path):
    page = tmp_path / "odd.html"
    page.write_text('<html><body><a href="https://odd.example/p">Odd result page</a> text</body></html>')
    status, out, err = run(capsys, "parse", "--site", "yahoo", str(page), "--json")
    assert status == ExitStatus.OK
    assert [row["fallback"] for row in json.loads(out)] == [True]
    assert "FALLBACK" in err


def test_list_names_every_site(capsys):
    status, out, _ = run(capsys, "parse", "--list", "--json")
    assert status == ExitStatus.OK
    assert {row["site"] for row in json.loads(out)} == set(SITES)


def test_unknown_site_is_a_one_line_usage_error_naming_the_known_sites(capsys):
    status, out, err = run(capsys, "parse", "--site", "altavista", "whatever.html")
    assert status == ExitStatus.USAGE
    assert err.count("\n") == 1 and err.startswith("error: unknown site 'altavista'") and "google" in err
    assert out == ""


def test_unreadable_file_is_a_one_line_error(capsys, tmp_path):
    status, _, err = run(capsys, "parse", "--site", "google", str(tmp_path / "missing.html"))
    assert status == ExitStatus.NOT_FOUND
    assert err.startswith("error: cannot read") and "Traceback" not in err


def test_a_page_of_unknown_origin_without_site_asks_for_site(capsys, tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body>hello</body></html>")
    status, _, err = run(capsys, "parse", str(page))
    assert status == ExitStatus.USAGE and "--site" in err


def test_forum_thread_json_has_title_and_posts_with_author_time_text_and_identity(capsys):
    page = OWN_PAGES / "phpbb" / "viewtopic.html"
    status, out, _ = run(capsys, "parse", "--site", "phpbb", str(page), "--url", "https://board.example.org/viewtopic.php?t=5521", "--json")
    (thread,) = json.loads(out)
    assert status == ExitStatus.OK
    assert thread["title"] == "Lumora Pay support number?"
    assert set(thread) == {"title", "url", "posts", "board", "thread_id", "fallback"}
    assert set(thread["posts"][0]) == {"author", "time", "text", "post_id", "floor", "hidden"}
    assert thread["posts"][1]["author"] == "helpdesk_lumora"


def test_app_json_has_name_developer_bundle_id_description_store_url(capsys):
    page = OWN_PAGES / "xiaomi" / "details.html"
    status, out, _ = run(capsys, "parse", str(page), "--url", "https://app.mi.com/details?id=com.hb.jisu.loan", "--json")
    (app,) = json.loads(out)
    assert status == ExitStatus.OK
    assert {"name", "developer", "bundle_id", "description", "store_url"} <= set(app)
    assert (app["name"], app["bundle_id"]) == ("还呗极速版", "com.hb.jisu.loan")


def test_forum_table_shows_each_post(capsys):
    page = OWN_PAGES / "tieba" / "thread.html"
    status, out, _ = run(capsys, "parse", "--site", "tieba", str(page))
    assert status == ExitStatus.OK
    assert "小明同学" in out and "lily" in out


def test_console_script_reads_a_page_from_standard_input():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "scamsweep"
    body = (OWN_PAGES / "so360" / "s.html").read_bytes()
    done = subprocess.run([str(script), "parse", "--site", "so360", "-", "--json"], input=body,
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [row["is_ad"] for row in rows] == [True, False, False]


def test_a_real_discuz_72_thread_is_read_whole_with_its_hidden_post(capsys, shared_dir):
    page = shared_dir / "pages" / "forum" / "discuz-7" / "discuz72-4d4y-hipda-viewthread-572737.html"
    status, out, _ = run(capsys, "parse", str(page), "--url", "https://www.4d4y.com/forum/viewthread.php?tid=572737", "--json")
    (thread,) = json.loads(out)
    assert status == ExitStatus.OK
    assert (thread["board"], thread["thread_id"], len(thread["posts"])) == ("La Femme", "572737", 15)
    assert [p["floor"] for p in thread["posts"]] == [str(n) for n in range(1, 16)]
    assert [p["post_id"] for p in thread["posts"] if p["hidden"]] == ["7496623"]


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "table"])
def test_a_page_the_parser_finds_nothing_in_exits_nothing_found_and_says_so(capsys, tmp_path, as_json):
    page = tmp_path / "empty-thread.html"
    page.write_text('<html><head><meta name="generator" content="Discuz! 7.2"></head><body><div id="postlist"></div></body></html>')
    status, out, err = run(capsys, "parse", "--site", "discuz", str(page), *(["--json"] if as_json else []))
    assert status == ExitStatus.NOTHING_FOUND == 8
    assert err.splitlines()[-1].startswith("error: nothing found: the discuz parser extracted no items")
    if as_json:
        assert json.loads(out) == []


def test_unrecognised_json_is_nothing_found_too(capsys, tmp_path):
    page = tmp_path / "odd.json"
    page.write_text('{"unrelated": true}')
    status, out, err = run(capsys, "parse", "--site", "discourse", str(page), "--json")
    assert (status, json.loads(out)) == (ExitStatus.NOTHING_FOUND, [])
    assert "markup not recognised" in err


HOSTILE_TITLE = "[/oops] [link=file:///etc/passwd]click[/link] [bold red]x\x1b]8;;http://evil.test\x07y\u202ez\x1b[2J"


@pytest.mark.parametrize("site", ["discuz", "yahoo"])
def test_scraped_text_is_printed_literally_never_as_rich_markup_or_terminal_controls(capsys, tmp_path, site):
    html = (f'<html><head><title>{HOSTILE_TITLE}</title></head><body><span id="thread_subject">{HOSTILE_TITLE}</span>'
            f'<div id="post_1"><a class="xw1">{HOSTILE_TITLE}</a><td class="t_f" id="postmessage_1">{HOSTILE_TITLE}</td></div>'
            f'<a href="https://odd.example/p">{HOSTILE_TITLE}</a></body></html>')
    page = tmp_path / "hostile.html"
    page.write_text(html, encoding="utf-8")
    status, out, err = run(capsys, "parse", "--site", site, str(page))
    assert status == ExitStatus.OK, err
    flat = "".join(out.split())  # the table folds long cells over several lines
    assert "[/oops][link=file:///etc/passwd]click[/link]" in flat
    assert not any(ch in out + err for ch in "\x1b\x07\u202e")
    assert "\\x1b" in flat and "\\u202e" in flat
