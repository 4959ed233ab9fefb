"""`scamsweep scan` and `scamsweep eval` as a user meets them: verdicts, scores, files and one-line errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli import main
from crawler.errors import ExitStatus

BRANDS = str(Path(__file__).resolve().parents[2] / "localweb" / "brands.toml")


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_scan_text_file_prints_a_verdict_with_reasons(capsys, tmp_path):
    page = tmp_path / "post.txt"
    page.write_text("还呗人工客服电话 0044 7700 900 128,注销账户转人工", "utf-8")
    status, out, _ = run(capsys, "scan", "--brands", BRANDS, str(page))
    assert status == ExitStatus.OK
    assert out.startswith("SCAM") and "+447700900128" in out and "context.service_claim" in out


def test_scan_json_gives_one_line_per_input_with_spans(capsys, tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"id": "a", "text": "还呗官方客服 400-681-6666"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "b", "text": "Lumora Pay refund hotline +44 20 7946 0311", "lang": "en"}) + "\n", "utf-8")
    status, out, _ = run(capsys, "scan", "--brands", BRANDS, "--json", str(lines))
    records = [json.loads(line) for line in out.splitlines()]
    assert status == ExitStatus.OK
    assert [(r["input"], r["label"]) for r in records] == [("a", "benign"), ("b", "scam")]
    hit = records[0]["numbers"][0]
    assert hit["official"] and hit["span"] == [7, 19] and records[1]["scam_numbers"] == ["+442079460311"]


def test_scan_saved_html_drops_scripts_and_keeps_tel_links(capsys, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='zh'><head><title>还呗客服</title><script>var t='0044 7700 900 999';</script></head>"
        "<body><p>还呗人工客服热线 <a href='tel:+447700900128'>0044 7700 900 128</a></p></body></html>", "utf-8")
    status, out, _ = run(capsys, "scan", "--brands", BRANDS, "--json", str(page))
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert status == ExitStatus.OK and record["label"] == "scam"
    assert record["scam_numbers"] == ["+447700900128"]
    assert all("999" not in hit["raw"] for hit in record["numbers"])


def test_scan_url_argument_is_never_fetched(capsys):
    status, out, _ = run(capsys, "scan", "--brands", BRANDS, "--json", "https://huanbei-kefu.example/contact")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert status == ExitStatus.OK and record["flags"] == ["url_only"] and record["label"] == "benign"


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("scan", "--brands", "missing.toml", "-"), ExitStatus.CONFIG, "brands file missing.toml does not exist"),
        (("scan", "--brands", BRANDS, "nowhere.txt"), ExitStatus.NOT_FOUND, "cannot read nowhere.txt"),
        (("eval", "nowhere.jsonl"), ExitStatus.FAILURE, "corpus nowhere.jsonl does not exist"),
    ],
)
def test_bad_input_is_one_line_error_and_exit_status(capsys, args, status, message):
    code, _, err = run(capsys, *args)
    assert code == status
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_malformed_brand_book_names_the_file(capsys, tmp_path):
    book = tmp_path / "brands.toml"
    book.write_text('[[brand]]\nname = "X"\nofficial_numbers = ["call me"]\n', "utf-8")
    code, _, err = run(capsys, "scan", "--brands", str(book), "-")
    assert code == ExitStatus.CONFIG and str(book) in err and "official_numbers" in err


def test_eval_prints_scores_and_writes_predictions(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    cases = [
        {"id": "s1", "lang": "zh", "source_kind": "forum", "synthetic": True, "text": "还呗人工客服 0044 7700 900 128",
         "brand": "还呗", "brand_aliases": ["还呗"], "official_numbers": ["4006816666"], "official_domains": [],
         "label": "scam", "scam_numbers": ["00447700900128"]},
        {"id": "b1", "lang": "zh", "source_kind": "official", "synthetic": False, "text": "还呗官方客服 400-681-6666",
         "brand": "还呗", "brand_aliases": ["还呗"], "official_numbers": ["4006816666"], "official_domains": [],
         "label": "benign", "scam_numbers": []},
    ]
    corpus.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), "utf-8")
    out_file = tmp_path / "pred.jsonl"
    status, out, _ = run(capsys, "eval", str(corpus), "--out", str(out_file), "--json")
    report = json.loads(out)
    assert status == ExitStatus.OK
    assert report["overall"]["precision"] == 1.0 and report["overall"]["recall"] == 1.0
    assert set(report["by"]) == {"lang", "source_kind", "synthetic"}
    predictions = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert [(p["id"], p["label"], p["scam_numbers"]) for p in predictions] == [
        ("s1", "scam", ["00447700900128"]), ("b1", "benign", [])]
    status, table, _ = run(capsys, "eval", str(corpus))
    assert status == ExitStatus.OK and "overall" in table and "precision" in table


def test_eval_with_one_brand_book_for_every_case(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": "Lumora Pay helpline +44 20 7946 0311", "label": "scam",
                                  "scam_numbers": ["+442079460311"]}) + "\n", "utf-8")
    status, out, _ = run(capsys, "eval", str(corpus), "--brands", BRANDS, "--json")
    assert status == ExitStatus.OK and json.loads(out)["overall"]["tp"] == 1
