"""Keep the evidence of one fetch: body (content-addressed), WARC and metadata sidecar.

The screenshot of a capture is taken later, off the crawl's path (takedown.evidence.screenshot),
and recorded beside it (takedown.evidence.shotrecord).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from takedown.errors import EvidenceError
from takedown.evidence.bodies import BodyStore, sha256_hex, write_atomically
from takedown.evidence.encoding import canonical_json
from takedown.evidence.warc import Fetch, write_warc

WARC_NAME = "capture.warc.gz"
METADATA_NAME = "capture.json"


@dataclass(frozen=True)
class CaptureRecord:
    """Where a capture went: what the store pipeline records as pointers."""

    warc_path: str
    warc_sha256: str
    body_sha256: str
    body_path: str
    metadata_path: str
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return asdict(self)


def capture_folder(root: Path, body_sha256: str, url: str) -> Path:
    """`root/captures/<body sha[:2]>/<body sha>/<url key>`: one capture per (body, URL), so a
    pack can find the capture of a stored page from its URL and body hash alone."""
    url_key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return Path(root) / "captures" / body_sha256[:2] / body_sha256 / url_key


def capture_fetch(root: Path, fetch: Fetch, metadata: dict, *, software: str) -> CaptureRecord:
    """Write the capture of `fetch` under `root`; the first capture of a (body, URL) pair is
    kept and returned again on later calls (evidence is never rewritten)."""
    body_sha, body_path = BodyStore(root).put(fetch.body)
    folder = capture_folder(root, body_sha, fetch.url)
    sidecar = folder / METADATA_NAME
    if sidecar.is_file():
        return read_capture(sidecar)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        warc = write_warc(fetch, metadata, software)
        write_atomically(folder / WARC_NAME, warc)
        record = CaptureRecord(str(folder / WARC_NAME), sha256_hex(warc), body_sha, str(body_path), str(sidecar))
        write_atomically(sidecar, canonical_json({**metadata, "capture": record.as_dict()}))
    except OSError as exc:
        raise EvidenceError(f"evidence folder {root} is not writable: {exc.strerror or exc}") from exc
    return record


def read_capture(sidecar: Path) -> CaptureRecord:
    """The CaptureRecord stored in a capture's metadata sidecar."""
    try:
        data = json.loads(sidecar.read_text("utf-8"))["capture"]
        fields = {key: data[key] for key in CaptureRecord.__dataclass_fields__ if key in data}
        # captures made before screenshots moved off the crawl noted the screenshot here
        fields["notes"] = tuple(n for n in data.get("notes", ()) if not str(n).startswith("screenshot"))
        return CaptureRecord(**fields)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvidenceError(f"capture metadata {sidecar} is unreadable: {exc}") from exc
