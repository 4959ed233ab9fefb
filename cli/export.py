"""`scamsweep export pack`: write a signed evidence pack for a finding or a cluster."""
from __future__ import annotations

import os
from pathlib import Path

import click

from cli.options import config_option, db_option, db_url, evidence_dir, evidence_option, json_option
from crawler.errors import ExitStatus, UserError
from takedown.evidence.packinput import PLATFORMS


@click.group("export")
def command() -> None:
    """Export findings for platforms: signed evidence packs."""


@command.command("pack")
@click.argument("subject_id", metavar="ID")
@click.option("--cluster", is_flag=True, help="ID names a cluster: an E.164 number, or any finding in it.")
@click.option("--platform", required=True, type=click.Choice(sorted(PLATFORMS)), help="Who receives the pack (chooses the letter).")
@click.option("-o", "--output", required=True, metavar="DIR|FILE.zip",
              help="New or empty folder for the pack; a name ending in .zip writes one ZIP file instead.")
@click.option("--key", metavar="PATH", help="Ed25519 signing key (default: $SCAMSWEEP_SIGNING_KEY or "
              "~/.config/scamsweep/signing_key.pem, created on first use).")
@click.option("--as", "actor", default=lambda: os.environ.get("USER") or "scamsweep", show_default="$USER",
              help="Who exports; recorded in each finding's audit log (chain of custody).")
@click.option("--force", is_flag=True, help="Export findings no reviewer confirmed (needs --reason).")
@click.option("--reason", metavar="TEXT", help="With --force: why; recorded in each finding's audit log.")
@db_option
@evidence_option
@config_option
@json_option
def pack(subject_id: str, cluster: bool, platform: str, output: str, key: str | None, actor: str,
         force: bool, reason: str | None, db: str | None, evidence: str | None, config: str | None,
         as_json: bool) -> None:
    """Write the evidence pack of finding ID (or of a cluster with --cluster) for PLATFORM.

    Only findings a reviewer confirmed are exported; --force --reason TEXT exports new or
    dismissed ones too and records the reason in their audit log.
    """
    from takedown.evidence.export import export_pack

    force_reason = forced_reason(force, reason)
    target = Path(output)
    refuse_occupied(target)
    result = export_pack(
        kind="cluster" if cluster else "finding", subject_id=subject_id, platform=platform, target=target,
        sessions_url=existing_db(db_url(db)), evidence_dir=Path(evidence_dir(evidence)),
        official_numbers=official_numbers(config), key_path=Path(key) if key else None, actor=actor,
        force_reason=force_reason, reporter=reporter_profile(config), channels=reporting_channels(config),
    )
    if as_json:
        from cli.findings import echo_json

        echo_json(result)
        return
    click.echo(f"wrote {result.path}: {result.subject}, {result.files} files, signed by key {result.fingerprint}")


def forced_reason(force: bool, reason: str | None) -> str | None:
    """The reason to record for a forced export; --force without a reason (or a reason without
    --force) is a usage error, so no export is forced silently."""
    if force and not (reason and reason.strip()):
        raise UserError("--force needs --reason TEXT: why findings no reviewer confirmed are exported",
                        status=ExitStatus.USAGE)
    if reason is not None and not force:
        raise UserError("--reason is only for --force", status=ExitStatus.USAGE)
    return reason if force else None


def refuse_occupied(target: Path) -> None:
    """Fail before any work when the output would overwrite something."""
    if target.suffix.lower() == ".zip":
        if target.exists() or target.is_symlink():
            raise UserError(f"output {target} already exists; nothing was written", status=ExitStatus.USAGE)
    elif target.is_symlink() or (target.exists() and (not target.is_dir() or any(target.iterdir()))):
        raise UserError(f"output {target} exists and is not an empty folder; nothing was written",
                        status=ExitStatus.USAGE)


def existing_db(url: str) -> str:
    """The URL, refused when it names a SQLite file that does not exist (export never creates one)."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return url  # the store reports an unusable URL itself
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        if not Path(parsed.database).is_file():
            raise UserError(f"database {parsed.database} does not exist", status=ExitStatus.DATABASE)
    return url


def reporter_profile(config: str | None):
    """The `[reporter]` profile of the config (--config, $SCAMSWEEP_CONFIG or ./brands.toml):
    every letter is signed by it, so a missing field stops the export before any work."""
    from crawler.config import config_path, read_brand_mapping
    from takedown.reporter import reporter_from_config

    path = config_path(config)
    return reporter_from_config(read_brand_mapping(path), str(path))


def reporting_channels(config: str | None):
    """The built-in reporting channels by region, extended by the config's [reporting_channels.XX]."""
    from crawler.config import config_path, read_brand_mapping
    from takedown.channels import channels_from_config

    path = config_path(config)
    return channels_from_config(read_brand_mapping(path), str(path))


def official_numbers(config: str | None) -> dict[str, list[str]]:
    """Each brand's official numbers as written in the brand book (--config, $SCAMSWEEP_CONFIG
    or ./brands.toml); a missing book is an error, since every letter states these numbers."""
    from crawler.config import config_path, read_brand_mapping

    brands = read_brand_mapping(config_path(config)).get("brand", [])
    return {str(b.get("name")): [str(n) for n in b.get("official_numbers", [])] for b in brands if isinstance(b, dict)}
