"""`scamsweep eval`: score the detector on a labelled corpus; precision, recall and F1 of `scam`."""
from __future__ import annotations

import json
from pathlib import Path

import click

from cli.options import json_option
from crawler.errors import ExitStatus, UserError


def report_table(report: dict):
    """A rich table: overall first, then one row per language, source kind and synthetic flag."""
    from rich.table import Table

    table = Table(title="scam label (a case counts only when label and fake numbers agree)")
    for name in ("group", "cases", "accuracy", "precision", "recall", "f1", "tp", "fp", "fn"):
        table.add_column(name, justify="left" if name == "group" else "right")
    rows = [("overall", report["overall"])]
    rows += [(f"{by}={value}", figures) for by, values in report["by"].items() for value, figures in values.items()]
    for group, f in rows:
        table.add_row(group, str(f["cases"]), f"{f['accuracy']:.4f}", f"{f['precision']:.4f}", f"{f['recall']:.4f}",
                      f"{f['f1']:.4f}", str(f["tp"]), str(f["fp"]), str(f["fn"]))
    return table


@click.command("eval")
@click.argument("corpus", metavar="CORPUS.jsonl")
@click.option("--brands", "brands_file", metavar="FILE",
              help="One brand book for every case, instead of each case's own brand fields.")
@click.option("--out", "out", metavar="PRED.jsonl", help="Write one prediction line per case here.")
@json_option
def command(corpus: str, brands_file: str | None, out: str | None, as_json: bool) -> None:
    """Run the detector on CORPUS.jsonl (see ../shared/corpus/README.md) and print the scores."""
    from cli.findings import print_rich
    from crawler.config import load_brands
    from detectors.evaluation import Report, evaluate, prediction_line, read_corpus

    cases = read_corpus(Path(corpus))
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
    print_rich(report_table(result))
    if result["errors"]:
        click.echo(f"wrong: {', '.join(result['errors'])}")


def _write(path: Path, lines: list[str]) -> None:
    """All predictions or none: written beside the target, then renamed over it."""
    temporary = path.with_name(path.name + ".partial")
    try:
        temporary.write_text("".join(line + "\n" for line in lines), "utf-8")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}", status=ExitStatus.FAILURE) from None
