"""The human-readable report of an evidence pack (Markdown that also reads well as plain text)."""
from __future__ import annotations

from takedown.evidence.encoding import utf8
from takedown.evidence.letters import subject_of
from takedown.evidence.packinput import PLATFORMS, FindingInput, PackInput, PageInput
from takedown.evidence.textmark import one_line


def _utc(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment is not None else "unknown"


def _literal(text: str) -> str:
    """Untrusted text as an indented code line: never read as Markdown, links or HTML."""
    return "    " + one_line(text)


def render_report(pack: PackInput, files: dict[str, dict[str, str]], fingerprint: str) -> bytes:
    """report.md: summary, each finding with its reasons, each page with how it was captured,
    and how to check the pack with standard tools."""
    findings = pack.sorted_findings()
    lines = [f"# Evidence pack: {subject_of(pack)}", "", f"For: {PLATFORMS[pack.platform]}", "", "## Summary", ""]
    lines += [
        f"- Brand(s) impersonated: {one_line(', '.join(sorted({f.brand for f in findings})))}",
        f"- Official number(s): {one_line(', '.join(sorted({n for f in findings for n in f.official_numbers})) or 'none on record')}",
        f"- Fake number(s): {', '.join(sorted({f.number_e164 for f in findings if f.number_e164})) or 'none (impersonating app)'}",
        f"- Findings: {len(findings)} on {len(pack.pages)} page(s); first captured {_utc(min(p.captured_at for p in pack.pages))}",
        "", "## Findings", "",
    ]
    for finding in findings:
        lines += _finding_lines(finding, pack.page(finding.page_key), files[finding.page_key])
    lines += ["## Pages", ""]
    for page in pack.sorted_pages():
        lines += _page_lines(page, files[page.key])
    lines += _verify_lines(fingerprint)
    return utf8("\n".join(lines) + "\n")


def _finding_lines(finding: FindingInput, page: PageInput, files: dict[str, str]) -> list[str]:
    text = page.texts.get(finding.segment, "")
    lines = [
        f"### Finding {finding.id}: {one_line(finding.brand)}, {finding.number_e164 or finding.kind}", "",
        f"- Number as written: {one_line(finding.number_raw)}" if finding.number_raw else "- Number as written: n/a",
        f"- Verdict: {finding.label}, score {finding.score:.3f} (detector {one_line(finding.detector_version) or 'unknown'})",
        f"- Status: {finding.status}; first seen {_utc(finding.first_seen)}, last seen {_utc(finding.last_seen)}",
        f"- Found in: {finding.segment} of {files['html']} (marked text in {files['text']})", "", "Reasons:", "",
    ]
    for reason in finding.reasons:
        quoted = ""
        if reason.span is not None and 0 <= reason.span[0] < reason.span[1] <= len(text):
            quoted = f" — matched ⟦{one_line(text[reason.span[0]:reason.span[1]], 200)}⟧"
        lines.append(f"- `{one_line(reason.code, 80)}` (weight {reason.weight:+.2f}): {one_line(reason.detail, 300)}{quoted}")
    return lines + [""]


def _page_lines(page: PageInput, files: dict[str, str]) -> list[str]:
    lines = [f"### Page {one_line(page.key, 80)}", "", "URL requested:", "", _literal(page.url), ""]
    if page.final_url and page.final_url != page.url:
        lines += ["Final URL:", "", _literal(page.final_url), ""]
    if page.redirect_chain:
        lines += ["Redirect chain:", "", *(_literal(url) for url in page.redirect_chain), ""]
    lines += [
        f"- Captured: {_utc(page.captured_at)}; HTTP status {page.http_status}; IP address {page.ip_address or 'unknown'}",
        f"- Source: {one_line(page.source_kind)}; crawler {one_line(page.crawler_version) or 'unknown'}",
        f"- User agent: {one_line(page.user_agent) or 'unknown'}",
        f"- Files: {', '.join(sorted(files.values()))}",
    ]
    lines += [f"- Note: {one_line(note)}" for note in page.capture_notes]
    lines.append(_screenshot_line(page, files))
    return lines + [""]


def _screenshot_line(page: PageInput, files: dict[str, str]) -> str:
    if page.screenshot is None:
        return f"- Screenshot: none in this pack: {one_line(page.screenshot_note)}"
    return (f"- Screenshot: {files['screenshot']}, rendered {one_line(page.screenshot_taken_at or 'unknown')} from the "
            f"captured bytes by {one_line(page.screenshot_renderer or 'headless Chromium')}")


def _verify_lines(fingerprint: str) -> list[str]:
    return [
        "## Checking this pack", "",
        "Every file is listed with its SHA-256 in SHA256SUMS, which is signed with Ed25519.",
        f"Our public key is public_key.pem; its fingerprint (SHA-256 of the raw key) is {fingerprint}.",
        "Compare the fingerprint with the one we gave you separately, then run:", "",
        "    openssl pkey -pubin -in public_key.pem -outform DER | tail -c 32 | sha256sum",
        "    openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig",
        "    sha256sum -c SHA256SUMS", "",
        "or `scamsweep verify PACK --fingerprint FINGERPRINT`. The captured HTML is evidence, not a",
        "web page to visit: open it only as text or in an isolated viewer with scripts and network off.",
    ]
