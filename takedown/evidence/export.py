"""Export one pack end to end: read the store, re-check the evidence, build, sign, write, log custody."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from takedown.errors import TakedownError
from takedown.evidence.container import write_pack
from takedown.evidence.fromstore import pack_input_from_store
from takedown.evidence.pack import SUMS, build_pack
from takedown.evidence.signing import fingerprint, load_signing_key


# A finding a reviewer has confirmed, and every state that follows a confirmation.
EXPORTABLE = frozenset({"confirmed", "submitted", "removed", "still_live", "reappeared"})


class NotConfirmed(TakedownError):
    """An export of findings no reviewer confirmed, without --force and a reason."""

    exit_code = 2


def unconfirmed(statuses: Mapping[str, str]) -> list[str]:
    """The findings (id -> status) a pack may not carry without --force: new or dismissed ones.

    >>> unconfirmed({"3": "confirmed", "4": "new", "5": "dismissed"})
    ['4 (new)', '5 (dismissed)']
    """
    return [f"{id} ({status})" for id, status in statuses.items() if status not in EXPORTABLE]


def check_confirmed(statuses: Mapping[str, str], force_reason: str | None) -> str:
    """The note to add to the custody row: empty when every finding is confirmed; with --force,
    why the reviewer exported anyway. Refuses unconfirmed findings without a forced reason."""
    refused = unconfirmed(statuses)
    if not refused:
        return ""
    if force_reason is None or not force_reason.strip():
        raise NotConfirmed(f"finding {', '.join(refused)} is not confirmed by a reviewer; confirm it first "
                           "(scamsweep review confirm) or export with --force --reason TEXT")
    return f"; forced although not confirmed: {', '.join(refused)}; reason: {' '.join(force_reason.split())}"


@dataclass(frozen=True)
class ExportResult:
    path: str
    subject: str
    platform: str
    files: int
    fingerprint: str
    sha256sums_sha256: str


def export_pack(*, kind: str, subject_id: str, platform: str, target: Path, sessions_url: str,
                evidence_dir: Path, actor: str, official_numbers: Mapping[str, list[str]] | None = None,
                key_path: Path | None = None, force_reason: str | None = None, reporter=None,
                channels=None) -> ExportResult:
    """Write the pack of a finding or cluster to `target` (folder, or .zip file), and add a
    custody row ("export") to each finding's audit log in the same transaction.

    Findings no reviewer confirmed (new, dismissed) are refused unless `force_reason` says why
    they are exported anyway; that reason is written into each finding's custody row.
    The key is loaded first and bodies are re-hashed before use, so a failure leaves nothing
    behind: no pack is written and no custody row is kept.
    """
    from takedown import audit
    from takedown.db import open_store
    from takedown.models import FindingStatus

    key, _ = load_signing_key(key_path)
    with open_store(sessions_url) as sessions, sessions.begin() as session:
        pack_input = pack_input_from_store(session, kind, subject_id, platform=platform,
                                           evidence_dir=evidence_dir, official_numbers=official_numbers,
                                           reporter=reporter, channels=channels)
        forced = check_confirmed({f.id: f.status for f in pack_input.sorted_findings()}, force_reason)
        members = build_pack(pack_input, key)
        sums_digest = hashlib.sha256(members[SUMS]).hexdigest()
        note = f"evidence pack for {platform} exported; SHA-256 of SHA256SUMS {sums_digest}{forced}"
        now = datetime.now(timezone.utc)
        for finding in pack_input.findings:
            status = FindingStatus(finding.status)
            audit.record(session, finding_id=int(finding.id), actor=actor, at=now, action="export",
                         from_status=status, to_status=status, note=note)
        written = write_pack(members, target)
    return ExportResult(str(written), f"{kind} {pack_input.subject}", platform, len(members),
                        fingerprint(key.public_key()), sums_digest)
