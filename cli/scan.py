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
# Leading bytes of formats that are not text, so a picture or an archive is reported, never judged benign.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"RIFF", "a RIFF (WebP/WAV/AVI) file"), (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"), (b"\x1f\x8b", "a gzip file"), (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"), (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"), (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"), (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3\x00", "a SQLite database"), (b"\x28\xb5\x2f\xfd", "a zstd file"),
)
_CONTROL = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)} | {0x09: "\t", 0x0A: "\n"}
_CONTROL |= {code: f"\\u{code:04x}" for code in (*range(0x80, 0xA0), *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                                                 *range(0x2066, 0x206A), 0x2028, 0x2029, 0xFEFF)}


def visible(text: str, newlines: bool = False) -> str:
    """Scraped or user text made safe for a terminal: control, bidi and invisible characters as escapes.

    >>> visible("id\\x1b]8;;http://x\\x07\\u202e")
    'id\\\\x1b]8;;http://x\\\\x07\\\\u202e'
    """
    table = _CONTROL if newlines else _CONTROL | {0x0A: "\\n", 0x09: "\\t", 0x0D: "\\r"}
    return text.translate(table)


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


@dataclass(frozen=True)
class Unreadable:
    """An input that could not be judged, and why (a phrase naming it: "cannot read x (…)", "x is not text (…)")."""

    name: str
    why: str


def read_bytes(argument: str) -> bytes:
    if argument == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES)
    try:
        with Path(argument).open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES)
    except OSError as exc:
        raise UserError(f"cannot read {argument}: {exc.strerror or exc}", status=ExitStatus.NOT_FOUND) from None


def not_text(body: bytes) -> str | None:
    """Why `body` is not text (a known binary format, or NUL bytes), or None for text."""
    for magic, what in MAGIC:
        if body.startswith(magic):
            return what
    head = body[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def inputs_of(argument: str) -> Iterator[ScanInput | Unreadable]:
    """The texts one argument stands for: a URL string, a saved page, JSON lines, or plain text."""
    if argument.startswith(("http://", "https://")) and not Path(argument).exists():
        # Never fetched: scan works offline. Only the URL's own words are judged.
        yield ScanInput(argument, argument, url=argument, flags=["url_only"])
        return
    try:
        body = read_bytes(argument)
    except UserError as exc:
        detail = str(exc).removeprefix(f"cannot read {argument}: ")
        yield Unreadable(argument, f"cannot read {argument} ({detail})")
        return
    why = not_text(body)
    if why is not None:
        yield Unreadable(argument, f"{argument} is not text ({why})")
        return
    head = body[:4096].lstrip().lower()
    if argument.lower().endswith(JSONL_SUFFIXES) or head.startswith(b"{"):
        yield from _json_lines(argument, body)
    elif argument.lower().endswith(HTML_SUFFIXES) or head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        yield _html(argument, body)
    else:
        yield ScanInput(argument, _decode(body), flags=["empty"] if not body.strip() else [])


def _decode(body: bytes) -> str:
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16", "replace")
    return body.decode("utf-8-sig", "replace")


def _html(argument: str, body: bytes) -> ScanInput:
    from spiders.parsers.base import SavedResponse
    from spiders.parsers.page import extract_page

    page = extract_page(SavedResponse(url="", body=body, headers={"content-type": "text/html"}))
    text = f"{page.title}\n{page.text}" if page.title else page.text
    return ScanInput(argument, text, lang=page.lang, tel_links=tuple(page.tel_links), flags=list(page.flags))


def _json_lines(argument: str, body: bytes) -> Iterator[ScanInput | Unreadable]:
    for number, line in enumerate(_decode(body).splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Unreadable(f"{argument} line {number}", f"{argument} line {number} is not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Unreadable(f"{argument} line {number}", f'{argument} line {number} has no "text" string')
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield ScanInput(
            name=str(record.get("id") or f"{argument}:{number}"), text=record["text"], url=url,
            source_kind=str(record.get("source_kind") or "other"),
            lang=record.get("lang") if isinstance(record.get("lang"), str) else None,
            tel_links=tuple(link for link in record.get("tel_links") or () if isinstance(link, str)),
        )


def verdict_record(item: ScanInput, verdict) -> dict:
    """The JSON line of one verdict: label, score, brand, numbers with spans and brands, reasons."""
    return {
        "input": item.name, "label": str(verdict.label), "score": verdict.score, "brand": verdict.brand,
        "sector": verdict.sector, "scam_numbers": list(verdict.scam_numbers),
        "numbers": [
            {"number": hit.number, "dialled": hit.dialled, "raw": hit.raw, "kind": hit.kind, "official": hit.official,
             "obfuscated": hit.obfuscated, "source": hit.source,
             "span": [hit.span.start, hit.span.end] if hit.span else None,
             "brand": verdict.brand_of(hit.number) if hit.number in verdict.scam_numbers else None}
            for hit in verdict.numbers
        ],
        "reasons": [
            {"code": r.code, "weight": r.weight, "span": [r.span.start, r.span.end] if r.span else None, "detail": r.detail}
            for r in verdict.reasons
        ],
        "detector_version": verdict.detector_version, "flags": item.flags,
    }


def describe(record: dict) -> str:
    """Plain text for people, every character from the input escaped: the label line, then one per reason."""
    numbers = ", ".join(record["scam_numbers"]) or "-"
    owner = record["brand"] or (f"sector:{record['sector']}" if record.get("sector") else "-")
    lines = [f"{record['label'].upper():<10} {record['score']:.2f}  {owner}  {numbers}  {record['input']}"]
    if record["flags"]:
        lines.append(f"    flags: {', '.join(record['flags'])}")
    lines += [f"    {r['weight']:+.2f} {r['code']}  {r['detail'][:100]}" for r in record["reasons"]]
    return visible("\n".join(lines), newlines=True)


def _detector(brands_file: str | None):
    from crawler.brandcache import cached_detector

    detector, note = cached_detector(brands_file)
    if note:
        click.echo(f"note: {visible(note)}", err=True)
    return detector


@click.command("scan")
@click.option("--brands", "brands_file", metavar="FILE", help="Brand book (default: $SCAMSWEEP_CONFIG or ./brands.toml).")
@json_option
@click.argument("inputs", nargs=-1, metavar="[PATH|URL|-]...")
def command(brands_file: str | None, as_json: bool, inputs: tuple[str, ...]) -> None:
    """Judge saved pages (.html), text files or JSON lines ({"text": ...} per line) offline.

    Nothing is fetched: a URL argument is judged by its own words only. With no input, or
    `-`, standard input is read. --json prints one JSON line per verdict. Every readable
    input is judged; those that cannot be read (missing, not text, a bad JSON line) are
    listed at the end and the exit status is non-zero.
    """
    detector = _detector(brands_file)
    unreadable: list[Unreadable] = []
    judged = 0
    for argument in inputs or ("-",):
        for item in inputs_of(argument):
            if isinstance(item, Unreadable):
                unreadable.append(item)
                continue
            verdict = detector.analyse(item.text, url=item.url, source_kind=item.source_kind, lang=item.lang,
                                       tel_links=item.tel_links)
            _print(verdict_record(item, verdict), as_json)
            judged += 1
    if unreadable:
        _report_unreadable(unreadable, judged)


def _print(record: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=True))  # \u escapes: no control character reaches a terminal
        return
    click.echo(describe(record))


def _report_unreadable(unreadable: list[Unreadable], judged: int) -> None:
    """One error line at the end naming what was not judged (the first ten), with a non-zero exit."""
    listed = "; ".join(visible(item.why) for item in unreadable[:10]) + ("; …" if len(unreadable) > 10 else "")
    raise UserError(f"{len(unreadable)} input(s) not judged, {judged} judged: {listed}", status=ExitStatus.NOT_FOUND)
