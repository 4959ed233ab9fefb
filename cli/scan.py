"""`scamsweep scan`: judge saved pages, text files or JSON lines offline and print the verdicts."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from cli.options import json_option
from crawler.errors import ExitStatus, UserError

MAX_INPUT_BYTES = 64 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class ScanInput:
    """One text to judge and where it came from."""

    name: str
    text: str
    url: str | None = None
    source_kind: str = "other"
    lang: str | None = None
    tel_links: tuple[str, ...] = ()
    flags: list[str] = field(default_factory=list)


def read_bytes(argument: str) -> bytes:
    if argument == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES)
    try:
        with Path(argument).open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES)
    except OSError as exc:
        raise UserError(f"cannot read {argument}: {exc.strerror or exc}", status=ExitStatus.NOT_FOUND) from None


def inputs_of(argument: str) -> Iterator[ScanInput]:
    """The texts one argument stands for: a URL string, a saved page, JSON lines, or plain text."""
    if argument.startswith(("http://", "https://")) and not Path(argument).exists():
        # Never fetched: scan works offline. Only the URL's own words are judged.
        yield ScanInput(argument, argument, url=argument, flags=["url_only"])
        return
    body = read_bytes(argument)
    head = body[:4096].lstrip().lower()
    if argument.lower().endswith(JSONL_SUFFIXES) or head.startswith(b"{"):
        yield from _json_lines(argument, body)
    elif argument.lower().endswith(HTML_SUFFIXES) or head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        yield _html(argument, body)
    else:
        yield ScanInput(argument, body.decode("utf-8", "replace"))


def _html(argument: str, body: bytes) -> ScanInput:
    from spiders.parsers.base import SavedResponse
    from spiders.parsers.page import extract_page

    page = extract_page(SavedResponse(url="", body=body, headers={"content-type": "text/html"}))
    text = f"{page.title}\n{page.text}" if page.title else page.text
    return ScanInput(argument, text, lang=page.lang, tel_links=tuple(page.tel_links), flags=list(page.flags))


def _json_lines(argument: str, body: bytes) -> Iterator[ScanInput]:
    for number, line in enumerate(body.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{argument} line {number} is not JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise UserError(f"{argument} line {number} has no \"text\" string")
        yield ScanInput(
            name=str(record.get("id") or f"{argument}:{number}"), text=record["text"], url=record.get("url"),
            source_kind=record.get("source_kind") or "other", lang=record.get("lang"),
            tel_links=tuple(link for link in record.get("tel_links") or () if isinstance(link, str)),
        )


def verdict_record(item: ScanInput, verdict) -> dict:
    """The JSON line of one verdict: label, score, brand, numbers with spans, reasons."""
    return {
        "input": item.name, "label": str(verdict.label), "score": verdict.score, "brand": verdict.brand,
        "scam_numbers": list(verdict.scam_numbers),
        "numbers": [
            {"number": hit.number, "dialled": hit.dialled, "raw": hit.raw, "kind": hit.kind, "official": hit.official,
             "obfuscated": hit.obfuscated, "source": hit.source,
             "span": [hit.span.start, hit.span.end] if hit.span else None}
            for hit in verdict.numbers
        ],
        "reasons": [
            {"code": r.code, "weight": r.weight, "span": [r.span.start, r.span.end] if r.span else None, "detail": r.detail}
            for r in verdict.reasons
        ],
        "detector_version": verdict.detector_version, "flags": item.flags,
    }


def describe(record: dict) -> str:
    """Two or more lines for people: the label line, then one line per reason."""
    numbers = ", ".join(record["scam_numbers"]) or "-"
    lines = [f"{record['label'].upper():<10} {record['score']:.2f}  {record['brand'] or '-'}  {numbers}  {record['input']}"]
    lines += [f"    {r['weight']:+.2f} {r['code']}  {r['detail'][:100]}" for r in record["reasons"]]
    return "\n".join(lines)


@click.command("scan")
@click.option("--brands", "brands_file", metavar="FILE", help="Brand book (default: $SCAMSWEEP_CONFIG or ./brands.toml).")
@json_option
@click.argument("inputs", nargs=-1, metavar="[PATH|URL|-]...")
def command(brands_file: str | None, as_json: bool, inputs: tuple[str, ...]) -> None:
    """Judge saved pages (.html), text files or JSON lines ({"text": ...} per line) offline.

    Nothing is fetched: a URL argument is judged by its own words only. With no input, or
    `-`, standard input is read. --json prints one JSON line per verdict.
    """
    from crawler.config import load_brands
    from detectors import Detector

    detector = Detector(load_brands(brands_file))
    for argument in inputs or ("-",):
        for item in inputs_of(argument):
            verdict = detector.analyse(item.text, url=item.url, source_kind=item.source_kind, lang=item.lang,
                                       tel_links=item.tel_links)
            record = verdict_record(item, verdict)
            click.echo(json.dumps(record, ensure_ascii=False) if as_json else describe(record))
