"""`scamsweep review`: list, show, confirm, dismiss, submit and annotate findings and clusters.

Each action is one transaction: every named finding moves, or none does. A cluster (all
findings sharing a fake number, `--cluster +E164`) moves as a unit; findings whose status does
not allow the move are skipped and listed. The reviewer (`--as NAME`) goes into the audit log.
"""
from __future__ import annotations

import getpass
from datetime import datetime, timezone

import click

from cli.findings import STATUS_CHOICE, echo_json, findings_table, print_rich, printable, safe_cell
from cli.options import db_option, db_url, json_option
from crawler.errors import ExitStatus, UserError
from takedown.models import FindingStatus


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


as_option = click.option("--as", "actor", metavar="NAME", default=_default_reviewer, show_default="your login name",
                         help="Reviewer recorded in the audit log.")
cluster_option = click.option("--cluster", "cluster", metavar="NUMBER", help="Act on the cluster of this fake number (E.164).")
note_option = click.option("--note", default="", help="Why: kept in the audit log.")
ids_argument = click.argument("finding_ids", nargs=-1, type=int, metavar="[ID]...")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _targets(finding_ids: tuple[int, ...], cluster: str | None) -> None:
    if bool(finding_ids) == bool(cluster):
        raise UserError("name finding ids or one --cluster NUMBER (not both, not neither)", status=ExitStatus.USAGE)


@click.group("review")
def command() -> None:
    """Work the findings: review them one by one or a whole cluster at once."""


@command.command("list")
@click.option("--clusters", is_flag=True, help="List clusters (findings grouped by fake number) instead.")
@click.option("--brand", metavar="B", help="Only this brand.")
@click.option("--status", type=STATUS_CHOICE, help="Only findings in this status (clusters holding one).")
@json_option
@db_option
def list_command(clusters: bool, brand: str | None, status: str | None, as_json: bool, db: str | None) -> None:
    """List findings (or clusters with --clusters); --json prints one JSON array."""
    from takedown.clusters import list_clusters
    from takedown.db import open_store
    from takedown.store import list_findings

    with open_store(db_url(db)) as sessions, sessions() as session:
        if clusters:
            rows = list_clusters(session, brand=brand, status=status)
        else:
            rows = list_findings(session, brand=brand, status=status)
    if as_json:
        echo_json(rows)
    elif clusters:
        print_rich(_clusters_table(rows))
    else:
        print_rich(findings_table(rows, f"{len(rows)} findings"))


def _clusters_table(clusters: list):
    from rich.table import Table

    table = Table(title=f"{len(clusters)} clusters (one per fake number)")
    for name in ("number", "findings", "pages", "brands", "hosts", "sources", "statuses", "last seen"):
        table.add_column(name, overflow="fold")
    for c in clusters:
        cells = (c.number, c.findings, c.pages, ", ".join(c.brands), ", ".join(c.hosts), ", ".join(c.source_kinds),
                 ", ".join(f"{k} {v}" for k, v in c.statuses.items()), c.last_seen.isoformat(timespec="seconds"))
        table.add_row(*(safe_cell(cell) for cell in cells))
    return table


@command.command("show")
@click.argument("finding_id", type=int, required=False)
@cluster_option
@json_option
@db_option
def show_command(finding_id: int | None, cluster: str | None, as_json: bool, db: str | None) -> None:
    """Show one finding (reasons, audit history, submissions, rechecks) or one cluster."""
    from takedown.db import open_store

    _targets((finding_id,) if finding_id is not None else (), cluster)
    with open_store(db_url(db)) as sessions, sessions() as session:
        detail = _cluster_detail(session, cluster) if cluster else _finding_detail(session, finding_id)
    if as_json:
        echo_json(detail)
        return
    _print_detail(detail)


def _finding_detail(session, finding_id: int) -> dict:
    from takedown.audit import history
    from takedown.lifecycle import submissions
    from takedown.recheck import checks
    from takedown.store import get_finding

    return {
        "finding": get_finding(session, finding_id),
        "history": history(session, finding_id),
        "submissions": [
            {"platform": s.platform, "reference": s.reference, "actor": s.actor, "submitted_at": s.submitted_at}
            for s in submissions(session, finding_id)
        ],
        "rechecks": [
            {"checked_at": r.checked_at, "http_status": r.http_status, "outcome": r.outcome.value, "reason": r.reason}
            for r in checks(session, finding_id)
        ],
    }


def _cluster_detail(session, number: str) -> dict:
    from takedown.clusters import get_cluster
    from takedown.store import list_findings

    return {"cluster": get_cluster(session, number), "findings": list_findings(session, number=number)}


def _print_detail(detail: dict) -> None:
    from cli.findings import json_ready

    if "cluster" in detail:
        print_rich(_clusters_table([detail["cluster"]]))
        print_rich(findings_table(detail["findings"], "its findings"))
        return
    finding = json_ready(detail["finding"])
    lines = [f"{key:>12}: {finding[key]}" for key in (
        "id", "status", "brand", "kind", "number", "number_raw", "url", "final_url", "title",
        "source_kind", "segment", "score", "label", "first_seen", "last_seen", "seen_count")]
    lines += [f"      reason: {r['code']} (+{r['weight']}) {r['detail']}" for r in finding["reasons"]]
    for entry in detail["history"]:
        what = f"{entry.from_status} -> {entry.to_status}" if entry.action == "transition" else entry.action
        lines.append(f"     history: {entry.at.isoformat()} {entry.actor}: {what}" + (f" ({entry.note})" if entry.note else ""))
    lines += [f"   submitted: {s['submitted_at'].isoformat()} to {s['platform']} ref {s['reference']}"
              for s in detail["submissions"]]
    lines += [f"     recheck: {c['checked_at'].isoformat()} {c['outcome']} ({c['reason']})" for c in detail["rechecks"]]
    for line in lines:
        click.echo(printable(line))


def _apply(finding_ids, cluster, target: FindingStatus, actor, note, db, as_json, **submit) -> None:
    """Move findings (one transaction) or a cluster, then report what moved and what was skipped."""
    from takedown import clusters, lifecycle
    from takedown.db import open_store

    _targets(finding_ids, cluster)
    at = _now()
    with open_store(db_url(db)) as sessions, sessions.begin() as session:
        if cluster:
            outcome = clusters.move_cluster(session, cluster, target, actor=actor, at=at, note=note, **submit)
            moved, skipped = list(outcome.moved), [list(pair) for pair in outcome.skipped]
        else:
            for finding_id in finding_ids:
                if target is FindingStatus.SUBMITTED:
                    lifecycle.submit(session, finding_id, actor=actor, at=at, note=note, **submit)
                else:
                    lifecycle.move(session, finding_id, target, actor=actor, at=at, note=note)
            moved, skipped = list(finding_ids), []
    if as_json:
        echo_json({"status": target.value, "moved": moved, "skipped": skipped})
        return
    for finding_id in moved:
        click.echo(f"finding {finding_id}: {target.value}")
    for finding_id, why in skipped:
        click.echo(f"finding {finding_id}: skipped ({why})")


def _action(name: str, target: FindingStatus, help_text: str):
    @command.command(name, help=help_text)
    @ids_argument
    @cluster_option
    @as_option
    @note_option
    @json_option
    @db_option
    def action(finding_ids, cluster, actor, note, as_json, db) -> None:
        _apply(finding_ids, cluster, target, actor, note, db, as_json)

    return action


confirm_command = _action("confirm", FindingStatus.CONFIRMED, "Confirm findings (or a cluster) as scams.")
dismiss_command = _action("dismiss", FindingStatus.DISMISSED, "Dismiss findings (or a cluster) as not scams.")


@command.command("submit")
@ids_argument
@cluster_option
@click.option("--platform", required=True, metavar="P", help="Where the takedown request went (e.g. a forum host, 12321).")
@click.option("--reference", default="", metavar="R", help="The platform's ticket or case reference.")
@as_option
@note_option
@json_option
@db_option
def submit_command(finding_ids, cluster, platform, reference, actor, note, as_json, db) -> None:
    """Record that confirmed findings (or a cluster) were reported to PLATFORM."""
    _apply(finding_ids, cluster, FindingStatus.SUBMITTED, actor, note, db, as_json,
           platform=platform, reference=reference)


@command.command("note")
@ids_argument
@cluster_option
@click.option("--text", required=True, help="The note.")
@as_option
@json_option
@db_option
def note_command(finding_ids, cluster, text, actor, as_json, db) -> None:
    """Add a note to findings (or every finding of a cluster) without changing their status."""
    from takedown import clusters, lifecycle
    from takedown.db import open_store

    _targets(finding_ids, cluster)
    at = _now()
    with open_store(db_url(db)) as sessions, sessions.begin() as session:
        if cluster:
            noted = list(clusters.note_cluster(session, cluster, actor=actor, at=at, text=text))
        else:
            for finding_id in finding_ids:
                lifecycle.add_note(session, finding_id, actor=actor, at=at, text=text)
            noted = list(finding_ids)
    if as_json:
        echo_json({"noted": noted})
    else:
        click.echo(f"noted on finding(s) {', '.join(map(str, noted))}")
