"""Export one pack end to end: read the store, re-check the evidence, build, sign and write."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from takedown.evidence.container import write_pack
from takedown.evidence.fromstore import pack_input_from_store
from takedown.evidence.pack import build_pack
from takedown.evidence.signing import fingerprint, load_signing_key


@dataclass(frozen=True)
class ExportResult:
    path: str
    subject: str
    platform: str
    files: int
    fingerprint: str


def export_pack(*, kind: str, subject_id: str, platform: str, target: Path, sessions_url: str,
                evidence_dir: Path, official_numbers: Mapping[str, list[str]] | None = None,
                key_path: Path | None = None) -> ExportResult:
    """Write the pack of a finding or cluster to `target` (folder, or .zip file).

    The key is loaded first and the store is only read, so a failure leaves nothing behind.
    """
    from takedown.db import open_store

    key, _ = load_signing_key(key_path)
    with open_store(sessions_url) as sessions, sessions() as session:
        pack_input = pack_input_from_store(session, kind, subject_id, platform=platform,
                                           evidence_dir=evidence_dir, official_numbers=official_numbers)
    members = build_pack(pack_input, key)
    written = write_pack(members, target)
    return ExportResult(str(written), f"{kind} {pack_input.subject}", platform, len(members),
                        fingerprint(key.public_key()))
