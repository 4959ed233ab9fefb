"""`scamsweep db upgrade|reconcile|verify-audit|sign-audit`: migrate the schema; check bodies; check and seal the audit log."""
from __future__ import annotations

from pathlib import Path

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
@click.option("--key", "keys", metavar="PUBKEY", multiple=True, type=click.Path(path_type=Path),
              help="Trusted Ed25519 public key (PEM) for signed heads; repeatable.")
@click.option("--fingerprint", "fingerprints", metavar="HEX", multiple=True,
              help="Trusted key fingerprint for signed heads; repeatable.")
@click.option("--head", "heads", metavar="FILE", multiple=True, type=click.Path(path_type=Path),
              help="An exported audit head to check too (a pack's audit_head.json); repeatable.")
@json_option
def verify_audit_command(db: str | None, keys: tuple[Path, ...], fingerprints: tuple[str, ...],
                         heads: tuple[Path, ...], as_json: bool) -> None:
    """Check the audit log: every row chained and hashed, every signed head (stored checkpoints and
    --head files) signed by a trusted key and still matching, and every finding's status equal to
    what its last audit row left it. Exits 7 naming the first bad row. Without --key/--fingerprint
    the signing key of this machine is trusted, if there is one."""
    from takedown.auditcheck import check_audit
    from takedown.db import open_store

    trusted = trusted_fingerprints(keys, fingerprints)
    exported = [(f"exported head {path}", read_head(path)) for path in heads]
    with open_store(db_url(db)) as sessions, sessions() as session:
        report = check_audit(session, trusted, exported)
    problems = report.ordered()
    if as_json:
        echo_json({"intact": report.intact, "entries": report.entries, "signed_heads": report.checkpoints,
                   "signed_up_to_entry": report.signed_up_to, "unsigned_tail": report.unsigned_tail,
                   "trust": report.trust, "problems": [json_ready(p) for p in problems]})
    if problems:
        raise UserError(problems[0].message + (f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""),
                        status=ExitStatus.VERIFY_FAILED)
    if not as_json:
        click.echo(f"audit log chain intact: {report.entries} entries, {report.checkpoints} signed heads checked, "
                   f"{report.unsigned_tail} entries after the newest signed head; {report.trust}")


def trusted_fingerprints(keys: tuple[Path, ...], fingerprints: tuple[str, ...]) -> frozenset[str] | None:
    """The fingerprints to trust: those given, else this machine's signing key, else None (no anchor)."""
    from takedown.evidence.signing import (
        default_key_path, fingerprint, load_public_key, load_signing_key, normalise_fingerprint,
    )

    trusted = {normalise_fingerprint(f) for f in fingerprints}
    for path in keys:
        try:
            trusted.add(fingerprint(load_public_key(path.read_bytes(), f"--key {path}")))
        except OSError as exc:
            raise UserError(f"public key {path} cannot be read: {exc.strerror or exc}", status=ExitStatus.USAGE) from None
    if not trusted and default_key_path().exists():
        trusted.add(fingerprint(load_signing_key(default_key_path())[0].public_key()))
    return frozenset(trusted) or None


def read_head(path: Path):
    from takedown.auditseal import head_from_json

    try:
        return head_from_json(path.read_bytes(), str(path))
    except OSError as exc:
        raise UserError(f"audit head {path} cannot be read: {exc.strerror or exc}", status=ExitStatus.USAGE) from None


@command.command("sign-audit")
@db_option
@click.option("-o", "--output", metavar="FILE", type=click.Path(path_type=Path),
              help="Also write the signed head to FILE (for safekeeping away from the database).")
def sign_audit_command(db: str | None, output: Path | None) -> None:
    """Sign the audit log's head with the pack signing key and store it as a checkpoint; rows
    written where no key was present are vouched for from then on. Check first with verify-audit."""
    from datetime import datetime, timezone

    from takedown.auditseal import signed_head_json
    from takedown.db import open_store
    from takedown.evidence.bodies import write_atomically
    from takedown.evidence.signing import load_signing_key

    key, _ = load_signing_key()
    with open_store(db_url(db)) as sessions, sessions.begin() as session:
        head = signed_head_json(session, key, at=datetime.now(timezone.utc))
    if output is not None:
        if output.exists():
            raise UserError(f"output {output} already exists; choose a new name", status=ExitStatus.USAGE)
        write_atomically(output, head)
    click.echo(head.decode())
