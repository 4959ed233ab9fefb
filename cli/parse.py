"""`scamsweep parse`: run one site parser on a saved page and print what it extracted."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cli.findings import json_ready, print_rich
from cli.options import json_option
from crawler.errors import ExitStatus, UserError
from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.registry import SITES, UnknownSite, detect_site, get_parser, run

MAX_FILE_BYTES = 64 * 1024 * 1024
COLUMNS = {
    "serp": ("rank", "is_ad", "title", "url", "snippet"),
    "forum": ("title", "url", "posts"),
    "app": ("name", "developer", "bundle_id", "store_url", "description"),
}


def read_page(file: str) -> bytes:
    """The saved page's bytes (`-` reads standard input); a bad path is a one-line error."""
    try:
        if file == "-":
            body = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with Path(file).open("rb") as handle:
                body = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror or exc}", status=ExitStatus.NOT_FOUND) from None
    if len(body) > MAX_FILE_BYTES:
        click.echo(f"note: {file} is larger than {MAX_FILE_BYTES} bytes; only the start is parsed", err=True)
    return body[:MAX_FILE_BYTES]


def known_site(site: str):
    """The registered site, or a one-line usage error naming the known ones."""
    try:
        return get_parser(site)
    except UnknownSite as exc:
        raise UserError(str(exc), status=ExitStatus.USAGE) from None


def guess_site(url: str, body: bytes, file: str) -> str:
    site = detect_site(url, body)
    if site is None:
        raise UserError(f"cannot tell which site {file} comes from; pass --site (see --list)",
                        status=ExitStatus.USAGE)
    return site


def records(result: ParseResult) -> list[dict]:
    """One plain dict per extracted item, each saying whether generic extraction found it."""
    return [{**json_ready(item), "fallback": result.fallback} for item in result.items]


def sites_table():
    from rich.table import Table

    table = Table(title=f"{len(SITES)} sites")
    for name in ("site", "kind", "what it reads"):
        table.add_column(name)
    for name, site in sorted(SITES.items()):
        table.add_row(name, site.kind, site.description)
    return table


def items_table(result: ParseResult, kind: str):
    from rich.table import Table

    marker = " (FALLBACK: markup not recognised, generic extraction)" if result.fallback else ""
    table = Table(title=f"{result.site}: {len(result.items)} items{marker}")
    columns = COLUMNS.get(kind, ("item",))
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in records(result):
        if "posts" in row:
            row["posts"] = "\n".join(f"[{p['time']}] {p['author']}: {p['text'][:300]}" for p in row["posts"])
        table.add_row(*(str(row.get(name, ""))[:600] for name in columns))
    return table


@click.command("parse")
@click.argument("file", required=False)
@click.option("--site", metavar="SITE", help="Parser to use (see --list); guessed from --url or the page when omitted.")
@click.option("--url", metavar="URL", help="The page's original URL, to resolve relative links (default: the site's home).")
@click.option("--list", "list_sites", is_flag=True, help="Name the supported sites and exit.")
@json_option
def command(file: str | None, site: str | None, url: str | None, list_sites: bool, as_json: bool) -> None:
    """Parse a saved page FILE offline and print the extracted items.

    --json prints one JSON object per line (SERP: rank, title, url, snippet, is_ad; forum
    thread: title, url, posts; app: name, developer, bundle_id, description, store_url),
    each with "fallback": true when the markup was not recognised. Notes go to stderr.
    """
    if list_sites:
        if as_json:
            for name, entry in sorted(SITES.items()):
                click.echo(json.dumps({"site": name, "kind": entry.kind, "description": entry.description}))
        else:
            print_rich(sites_table())
        return
    if file is None:
        raise UserError("parse needs a FILE (or --list)", status=ExitStatus.USAGE)
    if site is not None:
        known_site(site)
    body = read_page(file)
    site = site or guess_site(url or "", body, file)
    entry = known_site(site)
    if not url:
        click.echo(f"note: no --url given; relative links resolved against {entry.home}", err=True)
    result = run(site, SavedResponse(url or entry.home, body))
    emit(result, entry.kind, as_json)


def emit(result: ParseResult, kind: str, as_json: bool) -> None:
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if result.fallback:
        click.echo(f"note: FALLBACK: {result.site} markup not recognised; items come from generic extraction", err=True)
    if result.next_page:
        click.echo(f"note: next page: {result.next_page}", err=True)
    if as_json:
        for row in records(result):
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        print_rich(items_table(result, kind))
