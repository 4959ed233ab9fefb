"""`scamsweep db upgrade|reconcile|verify-audit`: migrate the schema; check bodies and the audit log."""
from __future__ import annotations

import click

from cli.findings import echo_json, json_ready
from cli.options import db_option, db_url, evidence_dir, evidence_option, json_option
from crawler.errors import ExitStatus, UserError


@click.group("db")
def command() -> None:
    """Manage the case store's database."""


@command.command("upgrade")
@db_option
def upgrade_command(db: str | None) -> None:
    """Create or migrate the schema to the newest revision (safe to run again)."""
    from takedown.db import display_url, upgrade

    url = db_url(db)
    upgrade(url)
    click.echo(f"database {display_url(url)} is at the newest schema")


@command.command("reconcile")
@db_option
@evidence_option
@json_option
def reconcile_command(db: str | None, evidence: str | None, as_json: bool) -> None:
    """Check that every stored body pointer resolves to an intact file and every body file is
    referenced; exits 5 when something is missing, damaged or untracked (nothing is changed)."""
    from pathlib import Path

    from takedown.db import open_store
    from takedown.evidence.bodies import BodyStore
    from takedown.reconcile import reconcile

    with open_store(db_url(db)) as sessions, sessions() as session:
        report = reconcile(session, BodyStore(Path(evidence_dir(evidence))))
    if as_json:
        echo_json({**json_ready(report), "clean": report.clean})
    else:
        click.echo(f"{report.referenced} bodies referenced, {report.on_disk} on disk")
        for name in ("missing", "corrupt", "untracked"):
            for digest in getattr(report, name):
                click.echo(f"{name}: {digest}")
    if not report.clean:
        counts = ", ".join(f"{len(getattr(report, n))} {n}" for n in ("missing", "corrupt", "untracked"))
        raise UserError(f"evidence bodies and case store disagree: {counts}", status=ExitStatus.EVIDENCE)


@command.command("verify-audit")
@db_option
def verify_audit_command(db: str | None) -> None:
    """Check the audit log's hash chain; exits 7 naming the first row changed, removed or
    inserted behind the application's back."""
    from takedown.audit import verify_chain
    from takedown.db import open_store

    with open_store(db_url(db)) as sessions, sessions() as session:
        broken = verify_chain(session)
    if broken is not None:
        raise UserError(f"audit log chain is broken at entry {broken}", status=ExitStatus.VERIFY_FAILED)
    click.echo("audit log chain intact")
