"""Reconcile the case store with the body files: rows whose body is missing or damaged, and
bodies no row points at (a crash between the file write and the commit, HOSTILE 57).

The store pipeline writes a body before the row that points at it, so after a crash the only
expected leftover is an untracked body; a missing or corrupt one means the evidence folder was
changed behind our back.

Example::

    report = reconcile(session, BodyStore(Path("evidence")))
    report.clean          # True when every pointer resolves and every body is referenced
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from takedown.errors import EvidenceError, NotFound
from takedown.models import Finding, Page

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class ReconcileReport:
    referenced: int
    on_disk: int
    missing: tuple[str, ...]  # referenced by a row, no file
    corrupt: tuple[str, ...]  # file whose bytes no longer hash to its name
    untracked: tuple[str, ...]  # file no row points at

    @property
    def clean(self) -> bool:
        return not (self.missing or self.corrupt or self.untracked)


def referenced_bodies(session: Session) -> set[str]:
    """SHA-256 of every body the store points at: each finding's body, and each page's kept body
    (a content-addressed path is named by its hash; a page's latest fetch may not have been kept)."""
    paths = session.scalars(select(Page.body_path).where(Page.body_path.is_not(None)).distinct())
    findings = session.scalars(select(Finding.body_sha256).where(Finding.body_sha256.is_not(None)).distinct())
    return {Path(path).name for path in paths} | set(findings)


def bodies_on_disk(root: Path) -> set[str]:
    """The hashes named by files under `root/bodies/ab/cd/` (temp files of a torn write excluded)."""
    folder = Path(root) / "bodies"
    if not folder.is_dir():
        return set()
    return {path.name for path in folder.glob("*/*/*") if _SHA256.fullmatch(path.name)}


def reconcile(session: Session, bodies) -> ReconcileReport:
    """Compare the store's pointers with `bodies` (a takedown.evidence.bodies.BodyStore)."""
    referenced = referenced_bodies(session)
    on_disk = bodies_on_disk(bodies.root)
    missing, corrupt = [], []
    for digest in sorted(referenced):
        try:
            bodies.get(digest)
        except NotFound:
            missing.append(digest)
        except EvidenceError:
            corrupt.append(digest)
    return ReconcileReport(
        referenced=len(referenced), on_disk=len(on_disk), missing=tuple(missing), corrupt=tuple(corrupt),
        untracked=tuple(sorted(on_disk - referenced)),
    )
