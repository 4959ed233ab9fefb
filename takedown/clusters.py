"""Clusters: the findings that share one fake number (E.164) form one scam campaign.

A cluster is derived from `findings.number`, never stored, so it is always current. It spans
pages, brands and sources; reviewers confirm, dismiss or submit it as a unit.

Example::

    for cluster in list_clusters(session):
        print(cluster.number, cluster.findings, cluster.brands, cluster.hosts)
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from takedown import lifecycle
from takedown.errors import NotFound, TakedownError
from takedown.models import Finding, FindingKind, FindingStatus, Page


@dataclass(frozen=True, slots=True)
class Cluster:
    """One fake number and everywhere it was found."""

    number: str
    findings: int
    pages: int
    brands: tuple[str, ...]
    hosts: tuple[str, ...]  # the platforms it appears on, by web host
    source_kinds: tuple[str, ...]
    first_seen: datetime
    last_seen: datetime
    statuses: dict[str, int]
    finding_ids: tuple[int, ...]
    max_score: float


@dataclass(frozen=True, slots=True)
class BulkOutcome:
    """What a cluster-wide move did to each finding: moved, or skipped and why."""

    moved: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _rows(session: Session, number: str | None = None):
    query = (
        select(Finding.id, Finding.number, Finding.brand, Finding.status, Finding.first_seen, Finding.last_seen,
               Finding.score, Page.id, Page.url, Page.source_kind)
        .join(Page, Finding.page_id == Page.id)
        .where(Finding.kind == FindingKind.FAKE_NUMBER)
        .order_by(Finding.id)
    )
    if number is not None:
        query = query.where(Finding.number == number)
    return session.execute(query).all()


def _build(number: str, rows: list) -> Cluster:
    return Cluster(
        number=number,
        findings=len(rows),
        pages=len({row[7] for row in rows}),
        brands=tuple(sorted({row[2] for row in rows})),
        hosts=tuple(sorted({host_of(row[8]) for row in rows})),
        source_kinds=tuple(sorted({row[9] for row in rows})),
        first_seen=min(row[4] for row in rows),
        last_seen=max(row[5] for row in rows),
        statuses=dict(sorted(Counter(str(row[3]) for row in rows).items())),
        finding_ids=tuple(row[0] for row in rows),
        max_score=max(row[6] for row in rows),
    )


def list_clusters(
    session: Session, *, brand: str | None = None, status: str | None = None, min_findings: int = 1,
) -> list[Cluster]:
    """Every fake number's cluster, largest first; optionally only those touching a brand or
    holding a finding in `status`."""
    grouped: dict[str, list] = {}
    for row in _rows(session):
        grouped.setdefault(row[1], []).append(row)
    clusters = [_build(number, rows) for number, rows in grouped.items()]
    selected = [
        c for c in clusters
        if c.findings >= min_findings
        and (brand is None or brand in c.brands)
        and (status is None or FindingStatus(status).value in c.statuses)
    ]
    return sorted(selected, key=lambda c: (-c.findings, c.first_seen, c.number))


def get_cluster(session: Session, number: str) -> Cluster:
    """The cluster of one fake number; NotFound when no finding has it."""
    rows = _rows(session, number)
    if not rows:
        raise NotFound(f"cluster {number} does not exist (no finding has that number)")
    return _build(number, rows)


def move_cluster(
    session: Session, number: str, target: FindingStatus, *, actor: str, at: datetime, note: str = "",
    platform: str | None = None, reference: str = "",
) -> BulkOutcome:
    """Move every finding of the cluster that the lifecycle allows; the others are skipped and named.

    Submitting needs `platform`. Fails (nothing written) when no finding could move.
    """
    cluster = get_cluster(session, number)
    moved, skipped = [], []
    for finding_id in cluster.finding_ids:
        current = FindingStatus(session.get(Finding, finding_id).status)
        if not lifecycle.can_move(current, target):
            skipped.append((finding_id, f"is {current.value}"))
            continue
        cluster_note = f"cluster {number}" + (f"; {note}" if note else "")
        if target is FindingStatus.SUBMITTED:
            lifecycle.submit(session, finding_id, platform=platform or "", reference=reference,
                             actor=actor, at=at, note=cluster_note)
        else:
            lifecycle.move(session, finding_id, target, actor=actor, at=at, note=cluster_note)
        moved.append(finding_id)
    if not moved:
        raise lifecycle.IllegalTransition(
            f"cluster {number}: no finding can become {target.value} "
            f"({', '.join(f'{fid} {why}' for fid, why in skipped)})"
        )
    return BulkOutcome(tuple(moved), tuple(skipped))


def note_cluster(session: Session, number: str, *, actor: str, at: datetime, text: str) -> tuple[int, ...]:
    """The same reviewer note on every finding of the cluster."""
    if not text.strip():
        raise TakedownError("a note needs some text")
    ids = get_cluster(session, number).finding_ids
    for finding_id in ids:
        lifecycle.add_note(session, finding_id, actor=actor, at=at, text=f"cluster {number}: {text}")
    return ids
