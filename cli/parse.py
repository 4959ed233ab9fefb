"""`scamsweep parse`: run one site parser on a saved page and print what it extracted."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.findings import echo_json, json_ready, print_rich, printable, safe_cell
from cli.options import json_option
from crawler.errors import ExitStatus, UserError
from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.registry import SITES, UnknownSite, detect_site, get_parser, run

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_POSTS_SHOWN = 50  # --json has them all
COLUMNS = {
    "serp": ("rank", "is_ad", "title", "url", "snippet"),
    "forum": ("title", "board", "thread_id", "url", "posts"),
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

    table = Table(title=safe_cell(f"{len(SITES)} sites"))
    for name in ("site", "kind", "what it reads"):
        table.add_column(name)
    for name, site in sorted(SITES.items()):
        table.add_row(safe_cell(name), safe_cell(site.kind), safe_cell(site.description))
    return table


def post_line(post: dict) -> str:
    """One post of a thread as a table line: floor, id, time, author and the start of its text."""
    where = " ".join(part for part in (f"#{post['floor']}" if post["floor"] else "",
                                       f"pid {post['post_id']}" if post["post_id"] else "") if part)
    text = "(hidden by the forum)" if post["hidden"] else post["text"][:300]
    return f"{where} {post['time']} {post['author']}: {text}".strip()


def items_table(result: ParseResult, kind: str):
    """A table of the items; every cell is scraped text, so each goes in as rich `Text`, never markup."""
    from rich.table import Table

    marker = " (FALLBACK: markup not recognised, generic extraction)" if result.fallback else ""
    table = Table(title=safe_cell(f"{result.site}: {len(result.items)} items{marker}"))
    columns = COLUMNS.get(kind, ("item",))
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in records(result):
        table.add_row(*(cell(name, row.get(name, "")) for name in columns))
    return table


def cell(name: str, value):
    """One table cell as rich `Text`: a thread's posts one per line, each line escaped on its own."""
    from rich.text import Text

    if name == "posts":
        return Text("\n".join(printable(post_line(post)) for post in value[:MAX_POSTS_SHOWN]))
    return safe_cell(str(value)[:600])


@click.command("parse")
@click.argument("file", required=False)
@click.option("--site", metavar="SITE", help="Parser to use (see --list); guessed from --url or the page when omitted.")
@click.option("--url", metavar="URL", help="The page's original URL, to resolve relative links (default: the site's home).")
@click.option("--list", "list_sites", is_flag=True, help="Name the supported sites and exit.")
@json_option
def command(file: str | None, site: str | None, url: str | None, list_sites: bool, as_json: bool) -> None:
    """Parse a saved page FILE offline and print the extracted items.

    --json prints one JSON array of objects (SERP: rank, title, url, snippet, is_ad; forum
    thread: title, url, board, thread_id, posts with author, time, text, post_id, floor, hidden;
    app: name, developer, bundle_id, description, store_url, store), each with "fallback": true
    when the markup was not recognised. Notes go to stderr.

    \b
    Exit status:
      0  items were extracted
      8  nothing found: no items, from an empty result page or from markup the
         parser did not recognise (--json then prints [])
      2  usage error (unknown site, no FILE);  6  FILE cannot be read
    """
    if list_sites:
        if as_json:
            echo_json([{"site": name, "kind": entry.kind, "description": entry.description}
                       for name, entry in sorted(SITES.items())])
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
    if not result.items:
        why = "markup not recognised" if result.fallback else "an empty page of its kind"
        raise UserError(f"nothing found: the {site} parser extracted no items from {printable(file)} ({why})",
                        status=ExitStatus.NOTHING_FOUND)


def emit(result: ParseResult, kind: str, as_json: bool) -> None:
    """Notes on stderr, items on stdout; notes and links are scraped too, so they are escaped."""
    for note in result.notes:
        click.echo(f"note: {printable(note)}", err=True)
    if result.fallback:
        click.echo(f"note: FALLBACK: {result.site} markup not recognised; items come from generic extraction", err=True)
    if result.next_page:
        click.echo(f"note: next page: {printable(result.next_page)}", err=True)
    if as_json:
        echo_json(records(result))
    else:
        print_rich(items_table(result, kind))
