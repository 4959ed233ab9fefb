"""The record of a capture's screenshot (`screenshot.json` beside `screenshot.png`): taken, or why not."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from takedown.errors import EvidenceError
from takedown.evidence.bodies import BodyStore, sha256_hex, write_atomically
from takedown.evidence.encoding import canonical_json

SCREENSHOT_NAME = "screenshot.png"
SCREENSHOT_RECORD = "screenshot.json"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class ScreenshotRecord:
    """What happened to a capture's screenshot; `file` and `sha256` are set only when one was taken."""

    note: str
    file: str | None = None
    sha256: str | None = None
    taken_at: str | None = None
    renderer: str | None = None


def taken(png: bytes, renderer: str, now: datetime | None = None) -> ScreenshotRecord:
    """The record of a PNG just rendered by `renderer`."""
    moment = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return ScreenshotRecord(note="screenshot taken", file=SCREENSHOT_NAME, sha256=sha256_hex(png),
                            taken_at=moment, renderer=renderer)


def has_record(folder: Path) -> bool:
    """Whether the capture in `folder` already has its screenshot record (taken or not)."""
    return (Path(folder) / SCREENSHOT_RECORD).is_file()


def write_record(folder: Path, record: ScreenshotRecord, png: bytes | None = None) -> ScreenshotRecord:
    """Write the PNG (if any) then its record, each atomically; the record is written last, so a
    record that names a file always finds it complete."""
    folder = Path(folder)
    try:
        if png is not None:
            write_atomically(folder / SCREENSHOT_NAME, png)
        write_atomically(folder / SCREENSHOT_RECORD, canonical_json(asdict(record)))
    except OSError as exc:
        raise EvidenceError(f"screenshot of {folder} cannot be written: {exc.strerror or exc}") from exc
    return record


def read_screenshot(folder: Path) -> tuple[ScreenshotRecord | None, bytes | None]:
    """The record of the capture in `folder` and its PNG, re-hashed against the record; (None, None)
    when no screenshot was ever attempted (a capture from before screenshots, or still queued)."""
    path = Path(folder) / SCREENSHOT_RECORD
    if not path.is_file():
        return None, None
    try:
        data = json.loads(path.read_text("utf-8"))
        record = ScreenshotRecord(**{key: data.get(key) for key in ScreenshotRecord.__dataclass_fields__})
    except (OSError, ValueError, TypeError) as exc:
        raise EvidenceError(f"screenshot record {path} is unreadable: {exc}") from exc
    if record.file is None or record.sha256 is None:
        return record, None
    if record.file != SCREENSHOT_NAME:
        raise EvidenceError(f"screenshot record {path} names an unexpected file {record.file[:80]!r}")
    return record, BodyStore.read_checked(Path(folder) / SCREENSHOT_NAME, record.sha256, "screenshot")
