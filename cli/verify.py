"""`scamsweep verify PACK`: check an evidence pack's signature and every hash, offline."""
from __future__ import annotations

from pathlib import Path

import click

from cli.options import json_option
from crawler.errors import ExitStatus, UserError


@click.command("verify")
@click.argument("pack_path", metavar="PACK", type=click.Path(path_type=Path))
@click.option("--key", metavar="PUBKEY", type=click.Path(path_type=Path), help="Trusted Ed25519 public key (PEM).")
@click.option("--fingerprint", metavar="HEX", help="Trusted key fingerprint (SHA-256 of the raw public key).")
@json_option
def command(pack_path: Path, key: Path | None, fingerprint: str | None, as_json: bool) -> None:
    """Check PACK (a folder or ZIP): signature, every SHA-256, no added or missing file, WARC digests.

    Only the key given with --key or --fingerprint is trusted; without either, the public half
    of our own signing key is. Nothing in the pack is rendered, run or fetched.
    """
    from cli.findings import echo_json
    from takedown.evidence.container import PackCheckFailed
    from takedown.evidence.verify import verify_pack

    key_pem, key_name = trusted_key(key, fingerprint)
    try:
        result = verify_pack(pack_path, key_pem=key_pem, key_name=key_name, expected_fingerprint=fingerprint)
    except PackCheckFailed as failed:
        if as_json:
            echo_json({"ok": False, "member": failed.member, "check": failed.check, "trusted": key_name})
        raise
    if as_json:
        echo_json({"ok": True, **result.__dict__, "trusted": key_name})
        return
    click.echo(f"OK: {pack_path}: {result.subject}, {result.files} files, {result.warc_records} WARC records, "
               f"signed by key {result.fingerprint} (trusted: {key_name})")
    if result.zip_comment:
        click.echo(f"note: the ZIP carries a comment that no signature covers: {result.zip_comment[:200]}")


def trusted_key(key: Path | None, fingerprint: str | None) -> tuple[bytes | None, str]:
    """The PEM of the key to trust and how to name it in errors."""
    if key is not None:
        try:
            return key.read_bytes(), f"--key {key}"
        except OSError as exc:
            raise UserError(f"public key {key} cannot be read: {exc.strerror or exc}", status=ExitStatus.USAGE) from None
    if fingerprint:
        return None, f"--fingerprint {fingerprint}"
    from takedown.evidence.signing import default_key_path, load_signing_key, public_pem

    own = default_key_path()
    if not own.exists():
        raise UserError("no trusted key: give --key PUBLIC_KEY.pem or --fingerprint HEX", status=ExitStatus.USAGE)
    private, _ = load_signing_key(own)
    return public_pem(private.public_key()), f"our signing key {own}"
