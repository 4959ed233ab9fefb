"""One place that turns domain errors into a one-line message and an exit status."""
from __future__ import annotations

import sys

import click

from crawler.errors import ExitStatus, UserError
from detectors.errors import ConfigError, CorpusError
from takedown.errors import TakedownError


def describe(exc: BaseException) -> tuple[str, int] | None:
    """The one-line message and exit status for a known error, or None for a bug."""
    if isinstance(exc, UserError):
        return str(exc), int(exc.status)
    if isinstance(exc, CorpusError):
        return str(exc), int(ExitStatus.FAILURE)
    if isinstance(exc, ConfigError):
        return str(exc), int(ExitStatus.CONFIG)
    if isinstance(exc, TakedownError):
        return str(exc), int(exc.exit_code)
    return None


def run_guarded(group: click.Group, args: list[str]) -> int:
    """Run the click group; known errors print `error: ...` on stderr, no traceback."""
    want_traceback = "--traceback" in args
    try:
        group.main(args=args, prog_name="scamsweep", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        return int(ExitStatus.FAILURE)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - the top of the program
        known = describe(exc)
        if known is None or want_traceback:
            raise
        message, status = known
        click.echo(f"error: {' '.join(message.split())}", err=True)
        return status
    return int(ExitStatus.OK)
