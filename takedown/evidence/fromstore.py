"""Gather a pack's input from the case store and the evidence folder (finding or cluster)."""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy.orm import Session

from takedown.errors import EvidenceError, NotFound
from takedown.evidence.bodies import BodyStore
from takedown.evidence.capture import METADATA_NAME, WARC_NAME, read_capture
from takedown.evidence.packinput import FindingInput, PackInput, PageInput, ReasonInput
from takedown.evidence.scrub import scrub_url
from takedown.evidence.shotrecord import read_screenshot
from takedown.store import FindingView, get_finding, list_findings


def pack_input_from_store(session: Session, kind: str, id: str | int, *, platform: str, evidence_dir: Path,
                          official_numbers: Mapping[str, list[str]] | None = None, reporter=None,
                          channels=None) -> PackInput:
    """The PackInput of finding `id`, or of the cluster of findings sharing the number `id`
    (an E.164 number, or the id of any finding in it). Bodies are re-hashed before use."""
    views = _cluster(session, id) if kind == "cluster" else [get_finding(session, _finding_id(id))]
    officials = official_numbers or {}
    missing = sorted({view.brand for view in views} - set(officials))
    if missing:
        # a letter must state the brand's real numbers; "none on record" would misstate them
        raise EvidenceError(f"brand {missing[0]} is not in the brand book, so the pack cannot state its "
                            "official numbers; pass --config with the book the crawl used")
    pages: dict[str, PageInput] = {}
    findings = []
    for view in views:
        key = str(view.page_id)
        if key not in pages:
            pages[key] = page_input(view, Path(evidence_dir))
        findings.append(finding_input(view, key, tuple(officials.get(view.brand, ()))))
    subject = str(id) if kind == "finding" else views[0].number or str(id)
    return PackInput(kind=kind, subject=subject, platform=platform, findings=tuple(findings),
                     pages=tuple(pages.values()), reporter=reporter, channels=channels)


def _finding_id(id: str | int) -> int:
    try:
        return int(id)
    except ValueError:
        raise NotFound(f"finding {id} does not exist (finding ids are numbers)") from None


def _cluster(session: Session, id: str | int) -> list[FindingView]:
    views = list_findings(session, number=str(id))
    if not views and str(id).isdigit():
        number = get_finding(session, int(id)).number  # the id of a finding in the cluster
        views = list_findings(session, number=number) if number else []
    if not views:
        raise NotFound(f"cluster {id} does not exist (no finding has that number)")
    return views


def finding_input(view: FindingView, page_key: str, official: tuple[str, ...]) -> FindingInput:
    reasons = tuple(
        ReasonInput(str(r.get("code", "")), float(r.get("weight", 0.0)), str(r.get("detail", "")),
                    tuple(r["span"]) if isinstance(r.get("span"), list) and len(r["span"]) == 2 else None)
        for r in view.reasons if isinstance(r, dict)
    )
    return FindingInput(
        id=str(view.id), brand=view.brand, official_numbers=official, number_e164=view.number,
        number_raw=view.number_raw, page_key=page_key, kind=view.kind, label=view.label, score=view.score,
        status=view.status, segment=view.segment, detector_version=view.detector_version,
        first_seen=view.first_seen, last_seen=view.last_seen, reasons=reasons,
    )


def page_input(view: FindingView, evidence_dir: Path) -> PageInput:
    """The captured page of a finding: its body (checked against its hash) and its capture."""
    if not view.body_sha256:
        raise EvidenceError(f"finding {view.id} has no stored body hash")
    body = BodyStore(evidence_dir).get(view.body_sha256)
    sidecar = find_capture(evidence_dir, view.body_sha256, (view.url, view.final_url))
    if sidecar is None:
        return PageInput(key=str(view.page_id), url=view.url, final_url=view.final_url, captured_at=view.first_seen,
                         http_status=0, source_kind=view.source_kind, html=body,
                         capture_notes=("no capture metadata on record (capture was off when crawled)",))
    return page_from_capture(sidecar, str(view.page_id), body)


def find_capture(evidence_dir: Path, body_sha256: str, urls: tuple[str, ...]) -> Path | None:
    """The sidecar of the capture of this body at one of `urls`, else of the only capture of it."""
    folder = Path(evidence_dir) / "captures" / body_sha256[:2] / body_sha256
    sidecars = sorted(folder.glob(f"*/{METADATA_NAME}")) if folder.is_dir() else []
    wanted = {url_identity(url) for url in urls if url}
    for sidecar in sidecars:
        meta = json.loads(sidecar.read_text("utf-8"))
        if {url_identity(meta.get("url", "")), url_identity(meta.get("final_url", ""))} & wanted:
            return sidecar
    return sidecars[0] if len(sidecars) == 1 else None


def url_identity(url: str) -> tuple:
    """What two spellings of one URL share: scrubbed (captures never hold secrets), host in
    lower case, query pairs sorted, fragment dropped (the store keys pages the same way)."""
    parts = urlsplit(scrub_url(url))
    return (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
            tuple(sorted(parse_qsl(parts.query, keep_blank_values=True))))


def page_from_capture(sidecar: Path, key: str, body: bytes) -> PageInput:
    """A PageInput from a capture folder; the WARC is re-hashed against the recorded hash."""
    record = read_capture(sidecar)
    meta = json.loads(sidecar.read_text("utf-8"))
    warc_path = sidecar.with_name(WARC_NAME)
    warc = BodyStore.read_checked(warc_path, record.warc_sha256, "WARC capture")
    status = meta.get("status")
    shot, png = read_screenshot(sidecar.parent)
    return PageInput(
        key=key, url=meta.get("url", ""), final_url=meta.get("final_url", ""),
        captured_at=datetime.fromisoformat(meta["fetched_at"]), http_status=status if isinstance(status, int) else 0,
        source_kind=meta.get("source_kind", ""), html=body, texts=dict(meta.get("texts", {})), warc=warc,
        redirect_chain=tuple(meta.get("redirect_chain", ())), ip_address=meta.get("ip_address"),
        user_agent=meta.get("user_agent", ""), crawler_version=meta.get("crawler_version", ""),
        capture_notes=tuple(record.notes), screenshot=png,
        screenshot_note=shot.note if shot is not None else "no screenshot on record (not taken when crawled)",
        screenshot_taken_at=shot.taken_at if png is not None else None,
        screenshot_renderer=shot.renderer if png is not None else None,
    )
