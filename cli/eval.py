"""`scamsweep eval`: score the detector on a labelled corpus, per held-out split: precision, strict recall, confusion."""
from __future__ import annotations

import json
from pathlib import Path

import click

from cli.options import json_option
from crawler.errors import ExitStatus, UserError

SPLIT_CHOICES = ("all", "tune", "test")


def report_table(report: dict, title: str):
    """A rich table: overall first, then one row per split, language, source kind and synthetic flag."""
    from rich.table import Table
    from rich.text import Text

    from cli.scan import visible

    table = Table(title=title)
    for name in ("group", "cases", "accuracy", "precision", "recall", "f1", "tp", "fp", "fn"):
        table.add_column(name, justify="left" if name == "group" else "right")
    rows = [("overall", report["overall"])]
    rows += [(f"split={name}", split["overall"]) for name, split in report["splits"].items()]
    rows += [(f"{by}={value}", figures) for by, values in report["by"].items() for value, figures in values.items()]
    for group, f in rows:
        table.add_row(Text(visible(group)), str(f["cases"]), f"{f['accuracy']:.4f}", f"{f['precision']:.4f}", f"{f['recall']:.4f}",
                      f"{f['f1']:.4f}", str(f["tp"]), str(f["fp"]), str(f["fn"]))
    return table


def confusion_table(confusion: dict, title: str):
    """Gold labels (rows) by predicted labels (columns); `scam*` is a scam found with other numbers."""
    from rich.table import Table

    columns = ("scam", "scam*", "suspicious", "benign")
    table = Table(title=title)
    table.add_column("gold \\ predicted")
    for column in columns:
        table.add_column(column, justify="right")
    for gold, row in confusion.items():
        table.add_row(gold, *(str(row.get(column, 0)) for column in columns))
    return table


@click.command("eval")
@click.argument("corpus", metavar="CORPUS.jsonl")
@click.option("--brands", "brands_file", metavar="FILE",
              help="One brand book for every case, instead of each case's own brand fields.")
@click.option("--split", "split", type=click.Choice(SPLIT_CHOICES), default="all", show_default=True,
              help="Judge only the tuning cases, only the held-out (by brand) cases, or all, reported per split.")
@click.option("--out", "out", metavar="PRED.jsonl", help="Write one prediction line per case here.")
@json_option
def command(corpus: str, brands_file: str | None, split: str, out: str | None, as_json: bool) -> None:
    """Run the detector on CORPUS.jsonl (see ../shared/corpus/README.md) and print the scores.

    The detector sees each case as a crawl would: its text, URL and crawl kind (search,
    forum, app, other). A case is correct when its label agrees (scam, suspicious,
    benign) and, for a scam, its set of fake numbers too. Brands are held out by a fixed
    hash of the brand (see detectors.evaluation.split_of).
    """
    from crawler.config import load_brands
    from detectors.evaluation import evaluate, prediction_line, read_corpus, split_of
    from detectors.scorecard import Report

    cases = read_corpus(Path(corpus))
    if split != "all":
        cases = [case for case in cases if split_of(case) == split]
    brands = load_brands(brands_file) if brands_file else None
    report = Report()
    lines = []
    for outcome in evaluate(cases, brands):
        report.add(outcome)
        lines.append(json.dumps(prediction_line(outcome), ensure_ascii=False))
    if out:
        _write(Path(out), lines)
    result = report.as_dict()
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    _print(result, split)


def _print(result: dict, split: str) -> None:
    from cli.findings import print_rich

    print_rich(report_table(result, f"{split} cases: scam label (a case counts only when label and fake numbers agree)"))
    print_rich(confusion_table(result["confusion"], "confusion, all judged cases"))
    if len(result["splits"]) > 1:
        for name, figures in result["splits"].items():
            print_rich(confusion_table(figures["confusion"], f"confusion, split={name}"))
    if result["errors"]:
        from rich.text import Text

        from cli.scan import visible

        print_rich(Text(visible(f"wrong: {', '.join(result['errors'])}")))


def _write(path: Path, lines: list[str]) -> None:
    """All predictions or none: written beside the target, then renamed over it."""
    temporary = path.with_name(path.name + ".partial")
    try:
        temporary.write_text("".join(line + "\n" for line in lines), "utf-8")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}", status=ExitStatus.FAILURE) from None
