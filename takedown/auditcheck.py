"""Check the audit log the way a case depends on it: chain, signed heads, and every finding's status.

`check_audit` reads everything and reports every problem it finds, first bad row first:
a row without a hash, out of the chain, or changed; a signed head (stored checkpoint or an
exported copy, e.g. a pack's audit_head.json) whose signature fails, whose key is not trusted,
or which the log no longer matches (rewritten and re-chained, or rows removed); and a finding
whose status is not what its last audit row left it (changed without an audit row).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from takedown.audit import chain_break
from takedown.auditseal import AuditHead, stored_heads
from takedown.models import AuditEntry, Finding, FindingStatus


@dataclass(frozen=True, order=True)
class AuditProblem:
    entry_id: int  # the first audit row concerned (0 when none is: a finding changed with no row at all)
    message: str


@dataclass
class AuditReport:
    entries: int = 0
    checkpoints: int = 0
    signed_up_to: int = 0  # newest row covered by a matching signed head
    covered: int = 0  # how many rows that head covers
    trust: str = ""
    problems: list[AuditProblem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def unsigned_tail(self) -> int:
        """Rows after the newest matching signed head: chained, but not yet vouched for by a signature."""
        return self.entries - self.covered

    def ordered(self) -> list[AuditProblem]:
        """The problems, first bad row first (a finding changed with no audit row at all comes last)."""
        return sorted(self.problems, key=lambda p: (p.entry_id or float("inf"), p.message))


def check_audit(session: Session, trusted: frozenset[str] | None,
                exported: list[tuple[str, AuditHead]] = ()) -> AuditReport:
    """Every check; `trusted` is the set of signer fingerprints to accept (None: accept the key
    stored with each head, which proves only that the head was not changed since it was signed)."""
    rows = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    report = AuditReport(entries=len(rows), trust=_describe(trusted))
    report.problems += _chain_problems(rows)
    heads = [(f"signed checkpoint {cid}", head) for cid, head in stored_heads(session)] + list(exported)
    report.checkpoints = len(heads)
    _check_heads(report, rows, heads, trusted)
    report.problems += _status_problems(session, rows)
    return report


def _describe(trusted: frozenset[str] | None) -> str:
    if trusted is None:
        return "signed heads checked against the keys stored with them (no trusted key was given or found)"
    return "signed heads checked against trusted key " + ", ".join(sorted(trusted))


def _chain_problems(rows: list[AuditEntry]) -> list[AuditProblem]:
    previous = ""
    for row in rows:
        reason = chain_break(row, previous)
        if reason:
            return [AuditProblem(row.id, f"audit log chain is broken at entry {row.id}: it {reason}")]
        previous = row.entry_hash
    return []


def _check_heads(report: AuditReport, rows: list[AuditEntry], heads: list[tuple[str, AuditHead]],
                 trusted: frozenset[str] | None) -> None:
    position = {row.id: (index, row.entry_hash) for index, row in enumerate(rows)}
    good = [(0, 0)]  # (entry id, rows covered) of heads that match
    bad: list[tuple[str, AuditHead, str]] = []
    for name, head in heads:
        reason = _head_refusal(head, trusted, position)
        if reason is None:
            good.append((head.entry_id, head.entries))
        else:
            bad.append((name, head, reason))
    report.signed_up_to, report.covered = max(good)
    for name, head, reason in bad:
        earlier = max((g for g in good if g[0] < head.entry_id), default=(0, 0))
        first = next((r.id for r in rows if r.id > earlier[0]), head.entry_id)
        report.problems.append(AuditProblem(
            first, f"audit log was rewritten at or after entry {first}: {name} of entry {head.entry_id} "
                   f"({head.signed_at}) {reason}"))


def _head_refusal(head: AuditHead, trusted: frozenset[str] | None, position: dict[int, tuple[int, str]]) -> str | None:
    if not head.signature_ok():
        return "has a signature that does not verify"
    if trusted is not None and head.signer not in trusted:
        return f"is signed by key {head.signer}, which is not trusted"
    if head.entry_id == 0 and head.entries == 0:
        return None  # the head of an empty log
    if head.entry_id not in position:
        return "names a row that is gone (rows removed)"
    index, entry_hash = position[head.entry_id]
    if entry_hash != head.entry_hash:
        return "no longer matches the row's hash (rewritten and re-chained without the signing key)"
    if index + 1 != head.entries:
        return f"counted {head.entries} rows up to it, the log now has {index + 1} (rows removed or inserted)"
    return None


def _status_problems(session: Session, rows: list[AuditEntry]) -> list[AuditProblem]:
    last: dict[int, AuditEntry] = {}
    for row in rows:
        last[row.finding_id] = row
    problems = []
    for finding_id, status in session.execute(select(Finding.id, Finding.status).order_by(Finding.id)):
        row = last.get(finding_id)
        audited = FindingStatus(row.to_status) if row is not None else FindingStatus.NEW
        if FindingStatus(status) != audited:
            where = f"its last audit row (entry {row.id}) left it {audited.value}" if row else "it has no audit row"
            problems.append(AuditProblem(row.id if row else 0,
                                         f"finding {finding_id} is {FindingStatus(status).value} but {where}: "
                                         "its status was changed without an audit row"))
    return problems
