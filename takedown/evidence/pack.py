"""Build an evidence pack from plain data: every member's bytes, SHA256SUMS and its signature.

Pure apart from the key it is given: the same input and key give the same bytes (no clock, no
randomness; Ed25519 signatures are deterministic), so exporting twice gives identical packs.
Member names are generated here; the hostile URLs of the pages only appear inside files.
"""
from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from takedown.evidence.encoding import canonical_json, utf8
from takedown.evidence.letters import LANGUAGES, render_letter
from takedown.evidence.packinput import PLATFORMS, FindingInput, PackInput, PageInput
from takedown.evidence.report import render_report
from takedown.evidence.signing import fingerprint, public_pem
from takedown.evidence.textmark import CLOSE, OPEN, mark_spans
from takedown.exports.csv import findings_csv
from takedown.exports.stix import stix_bundle

PACK_FORMAT = "scamsweep-evidence-pack/1"
SUMS, SIGNATURE, PUBLIC_KEY, MANIFEST = "SHA256SUMS", "SHA256SUMS.sig", "public_key.pem", "manifest.json"


def page_files(pack: PackInput) -> dict[str, dict[str, str]]:
    """Member names per page: top level for a single page, pages/NN/ for several."""
    pages = pack.sorted_pages()
    layout = {}
    for number, page in enumerate(pages, start=1):
        prefix = "" if len(pages) == 1 else f"pages/{number:02d}/"
        files = {"html": f"{prefix}page.html", "text": f"{prefix}page.txt"}
        if page.warc is not None:
            files["warc"] = f"{prefix}capture.warc.gz"
        if page.screenshot is not None:
            files["screenshot"] = f"{prefix}screenshot.png"
        layout[page.key] = files
    return layout


def marked_text(pack: PackInput, page: PageInput) -> bytes:
    """page.txt: each judged text of the page, the spans of its findings' reasons marked."""
    findings = [f for f in pack.findings if f.page_key == page.key]
    segments = sorted({f.segment for f in findings})
    parts = [f"Text as judged by the detector. Matched passages are marked {OPEN}like this{CLOSE}.\n"]
    for segment in segments:
        text = page.texts.get(segment)
        if text is None:
            parts.append(f"\n=== {segment} ===\n(the judged text was not recorded at capture)\n")
            continue
        spans = [r.span for f in findings if f.segment == segment for r in f.reasons if r.span is not None]
        parts.append(f"\n=== {segment} ===\n{mark_spans(text, spans)}\n")
    return utf8("".join(parts))


def _utc(moment) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if moment is not None else None


def _finding_entry(finding: FindingInput, files: dict[str, str]) -> dict:
    return {
        "id": finding.id, "brand": finding.brand, "kind": finding.kind,
        "official_numbers": list(finding.official_numbers),
        "found_number": {"e164": finding.number_e164, "as_written": finding.number_raw},
        "label": finding.label, "score": round(finding.score, 6), "status": finding.status,
        "detector_version": finding.detector_version, "segment": finding.segment, "page_file": files["html"],
        "first_seen": _utc(finding.first_seen), "last_seen": _utc(finding.last_seen),
        "reasons": [{"code": r.code, "weight": round(r.weight, 6), "detail": r.detail,
                     "span": list(r.span) if r.span else None} for r in finding.reasons],
    }


def _page_entry(page: PageInput, files: dict[str, str]) -> dict:
    return {
        "files": files, "url": page.url, "final_url": page.final_url, "redirect_chain": list(page.redirect_chain),
        "captured_at": _utc(page.captured_at), "http_status": page.http_status, "ip_address": page.ip_address,
        "source_kind": page.source_kind, "user_agent": page.user_agent, "crawler_version": page.crawler_version,
        "body_sha256": hashlib.sha256(page.html).hexdigest(),
        "warc_sha256": hashlib.sha256(page.warc).hexdigest() if page.warc is not None else None,
        "capture_notes": list(page.capture_notes) + ([] if page.warc is not None else ["no WARC capture on record"]),
        "screenshot": {"taken_at": page.screenshot_taken_at, "renderer": page.screenshot_renderer,
                       "sha256": hashlib.sha256(page.screenshot).hexdigest()} if page.screenshot is not None
        else {"missing": page.screenshot_note},
    }


def manifest(pack: PackInput, layout: dict[str, dict[str, str]], key_fingerprint: str) -> dict:
    """What the pack is about, in machine-readable form (finding, brand, numbers, URLs, times,
    versions, reasons) and which key signs it."""
    findings = pack.sorted_findings()
    pages = pack.sorted_pages()
    return {
        "format": PACK_FORMAT, "subject": {"kind": pack.kind, "id": pack.subject},
        "platform": {"id": pack.platform, "name": PLATFORMS[pack.platform]},
        "findings": [_finding_entry(f, layout[f.page_key]) for f in findings],
        "pages": [_page_entry(p, layout[p.key]) for p in pages],
        "crawler_versions": sorted({p.crawler_version for p in pages if p.crawler_version}),
        "detector_versions": sorted({f.detector_version for f in findings if f.detector_version}),
        "signing": {"algorithm": "Ed25519", "public_key": PUBLIC_KEY, "fingerprint_sha256": key_fingerprint,
                    "signed_file": SUMS, "signature": SIGNATURE},
    }


def sha256sums(members: dict[str, bytes]) -> bytes:
    """The `sha256sum` format: "<hex>  <name>" lines, sorted by name."""
    return "".join(f"{hashlib.sha256(members[name]).hexdigest()}  {name}\n" for name in sorted(members)).encode()


def build_pack(pack: PackInput, key: Ed25519PrivateKey) -> dict[str, bytes]:
    """Every member of the pack, by name, signed with `key`."""
    public = key.public_key()
    key_fingerprint = fingerprint(public)
    layout = page_files(pack)
    members: dict[str, bytes] = {PUBLIC_KEY: public_pem(public)}
    for page in pack.pages:
        files = layout[page.key]
        members[files["html"]] = page.html
        members[files["text"]] = marked_text(pack, page)
        if page.warc is not None:
            members[files["warc"]] = page.warc
        if page.screenshot is not None:
            members[files["screenshot"]] = page.screenshot
    members[MANIFEST] = canonical_json(manifest(pack, layout, key_fingerprint))
    members["report.md"] = render_report(pack, layout, key_fingerprint)
    for language in LANGUAGES:
        members[f"letter.{language}.txt"] = render_letter(pack, language, key_fingerprint)
    members["findings.csv"] = findings_csv(pack)
    members["stix.json"] = stix_bundle(pack)
    members[SUMS] = sha256sums(members)
    members[SIGNATURE] = key.sign(members[SUMS])
    return members
