"""Findings as CSV that spreadsheets open as data: no cell is ever run as a formula."""
from __future__ import annotations

import csv
import io

from takedown.evidence.encoding import utf8
from takedown.evidence.packinput import PackInput

COLUMNS = (
    "finding_id", "brand", "kind", "number_e164", "number_as_written", "official_numbers", "url",
    "final_url", "captured_at_utc", "label", "score", "status", "detector_version", "reasons",
)
# Excel, LibreOffice and Google Sheets start a formula with these (full-width forms included,
# as some spreadsheets fold them); OWASP's advice is to prefix the cell with a quote.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value: object) -> str:
    """The cell text, quoted with a leading ' when a spreadsheet would read it as a formula.

    >>> [safe_cell(v) for v in ("=1+1", "+8612", "plain", 3)]
    ["'=1+1", "'+8612", 'plain', '3']
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def findings_csv(pack: PackInput) -> bytes:
    """One row per finding, UTF-8 with a BOM (so Excel shows Chinese), CRLF rows, every cell
    quoted; deterministic for the same input."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for finding in pack.sorted_findings():
        page = pack.page(finding.page_key)
        row = (
            finding.id, finding.brand, finding.kind, finding.number_e164, finding.number_raw,
            " ".join(finding.official_numbers), page.url, page.final_url,
            page.captured_at.strftime("%Y-%m-%dT%H:%M:%SZ"), finding.label, f"{finding.score:.3f}",
            finding.status, finding.detector_version, " ".join(r.code for r in finding.reasons),
        )
        writer.writerow([safe_cell(value) for value in row])
    return utf8("\ufeff" + buffer.getvalue())
