"""Signed checkpoints of the audit chain: its head signed with the pack signing key, stored and exportable.

The chain's digest is public, so whoever can write the database could rewrite a row and
re-chain every row after it. A checkpoint signs (newest row id, its hash, number of rows)
with the Ed25519 key that signs evidence packs; without that key a re-chained log no longer
matches its checkpoints. A checkpoint is appended at every commit that appended audit rows,
whenever a signing key is present on the machine (one is never created for it), and whenever
a pack is exported: `signed_head_json` is the pack member `audit_head.json`, so every pack
carries a copy of the head that the database cannot take back.

Example::

    with Session.begin() as session:
        member = signed_head_json(session, key, at=now)   # bytes for audit_head.json
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from takedown import audit
from takedown.errors import TakedownError
from takedown.evidence.signing import (
    default_key_path, fingerprint, load_public_key, load_signing_key, public_pem, signature_valid,
)
from takedown.models import AuditCheckpoint, AuditEntry

HEAD_FORMAT = "scamsweep-audit-head/1"
AUDIT_HEAD_MEMBER = "audit_head.json"


@dataclass(frozen=True)
class AuditHead:
    """One signed head: what it covers, who signed it, and the signature (hex)."""

    entry_id: int
    entry_hash: str
    entries: int
    signed_at: str  # ISO 8601, UTC
    signer: str
    public_key: str
    signature: str

    def statement(self) -> bytes:
        """The exact bytes signed: canonical JSON of the format, the head and the time."""
        return canonical({"format": HEAD_FORMAT, "entry_id": self.entry_id, "entry_hash": self.entry_hash,
                          "entries": self.entries, "signed_at": self.signed_at})

    def signature_ok(self) -> bool:
        try:
            key = load_public_key(self.public_key.encode(), "audit head public key")
            return fingerprint(key) == self.signer and signature_valid(key, bytes.fromhex(self.signature),
                                                                      self.statement())
        except (TakedownError, ValueError):
            return False

    def to_json(self) -> bytes:
        return canonical({"format": HEAD_FORMAT, **asdict(self)})


def canonical(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def current_head(session: Session) -> tuple[int, str, int] | None:
    """(newest row id, its hash, number of rows), or None for an empty log."""
    row = session.execute(select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return None
    return row.id, row.entry_hash, session.scalar(select(func.count()).select_from(AuditEntry))


def sign_head(session: Session, key: Ed25519PrivateKey, *, at: datetime) -> AuditHead | None:
    """Sign the current head with `key` and store it as a checkpoint; None when the log is empty."""
    session.flush()
    head = current_head(session)
    session.info.pop(audit.APPENDED, None)
    if head is None:
        return None
    public = key.public_key()
    unsigned = AuditHead(head[0], head[1], head[2], at.astimezone(timezone.utc).isoformat(), fingerprint(public),
                         public_pem(public).decode(), "")
    signed = AuditHead(**{**asdict(unsigned), "signature": key.sign(unsigned.statement()).hex()})
    session.add(AuditCheckpoint(entry_id=signed.entry_id, entry_hash=signed.entry_hash, entries=signed.entries,
                                signed_at=at, signer=signed.signer, public_key=signed.public_key,
                                signature=signed.signature))
    return signed


def signed_head_json(session: Session, key: Ed25519PrivateKey, *, at: datetime) -> bytes:
    """The pack member `audit_head.json`: the audit head signed with the pack's key (also stored
    as a checkpoint). An empty log gives a head of entry 0 with no rows, signed all the same."""
    head = sign_head(session, key, at=at)
    if head is None:
        public = key.public_key()
        empty = AuditHead(0, "", 0, at.astimezone(timezone.utc).isoformat(), fingerprint(public),
                          public_pem(public).decode(), "")
        head = AuditHead(**{**asdict(empty), "signature": key.sign(empty.statement()).hex()})
    return head.to_json()


def head_from_json(data: bytes, name: str) -> AuditHead:
    """An exported head (a pack's audit_head.json, or `db sign-audit -o`); TakedownError when malformed."""
    try:
        value = json.loads(data)
        if value.pop("format") != HEAD_FORMAT:
            raise ValueError("not an audit head")
        head = AuditHead(**value)
        if not (isinstance(head.entry_id, int) and isinstance(head.entries, int)):
            raise ValueError("entry_id and entries must be integers")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise TakedownError(f"{name} is not an exported audit head ({exc})") from exc
    return head


def stored_heads(session: Session) -> list[tuple[int, AuditHead]]:
    """Every stored checkpoint as (checkpoint id, head), oldest first."""
    rows = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id))
    return [(c.id, AuditHead(c.entry_id, c.entry_hash, c.entries, c.signed_at.astimezone(timezone.utc).isoformat(),
                             c.signer, c.public_key, c.signature)) for c in rows]


def present_signing_key() -> Ed25519PrivateKey | None:
    """The signing key when this machine has one ($SCAMSWEEP_SIGNING_KEY or the default place); never creates one."""
    path = default_key_path()
    return load_signing_key(path)[0] if path.exists() else None


@event.listens_for(Session, "before_commit")
def _sign_new_rows(session: Session) -> None:
    """At the commit of a transaction that appended audit rows, sign the new head if a key is here."""
    if session.info.get(audit.APPENDED):
        key = present_signing_key()
        if key is not None:
            sign_head(session, key, at=datetime.now(timezone.utc))
        session.info.pop(audit.APPENDED, None)
