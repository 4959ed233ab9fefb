"""The `scamsweep` command: one click group; each command group lives in its own module."""
from __future__ import annotations

import importlib
import sys

import click

from cli.errors import run_guarded

# Explicit list, no import scanning: a module here defines `command` (a click command or group).
COMMAND_MODULES = (
    "demo",
    "crawl",
    "findings",
    "parse",
    "db",
    "review",
    "stats",
    "export",
    "verify",
    "scan",
    "eval",
)


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs (or help lists it): `scan` never pays
    for Scrapy, SQLAlchemy or the bundled web."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMAND_MODULES:
            return None
        return importlib.import_module(f"cli.{name}").command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--traceback", is_flag=True, help="Re-raise errors with their traceback (for debugging).")
@click.version_option(package_name="scamsweep")
@click.pass_context
def cli(ctx: click.Context, traceback: bool) -> None:
    """scamsweep: find fake customer-service numbers, keep the evidence, drive takedowns."""
    ctx.ensure_object(dict)
    ctx.obj["traceback"] = traceback


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    return run_guarded(cli, argv if argv is not None else sys.argv[1:])
