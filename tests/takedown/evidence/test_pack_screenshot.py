"""A capture's screenshot travels in its pack, is checked by verify, and its absence is said plainly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from takedown.errors import EvidenceError
from takedown.evidence.container import PackCheckFailed, write_pack
from takedown.evidence.fromstore import page_from_capture
from takedown.evidence.pack import build_pack, sha256sums
from takedown.evidence.packinput import PackInput
from takedown.evidence.shotrecord import PNG_SIGNATURE, ScreenshotRecord, taken, write_record
from takedown.evidence.signing import fingerprint
from takedown.evidence.verify import verify_pack

from .packs import captured_page, finding_for

KEY = Ed25519PrivateKey.from_private_bytes(b"s" * 32)
PNG = PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def pack_of(folder: Path, record: ScreenshotRecord | None, png: bytes | None = None) -> dict[str, bytes]:
    page, item = captured_page(folder)
    capture = Path(item.capture.metadata_path)
    if record is not None:
        write_record(capture.parent, record, png)
    page = page_from_capture(capture, page.key, item.body)
    pack = PackInput(kind="finding", subject="12", platform="forum", findings=(finding_for(page, item),), pages=(page,))
    return build_pack(pack, KEY)


def test_the_screenshot_is_a_member_named_in_the_manifest_and_the_report(tmp_path: Path) -> None:
    record = taken(PNG, "Chromium 1.0, headless, JavaScript off, network blocked")
    members = pack_of(tmp_path, record, PNG)
    assert members["screenshot.png"] == PNG
    page = json.loads(members["manifest.json"])["pages"][0]
    assert page["files"]["screenshot"] == "screenshot.png"
    assert page["screenshot"]["renderer"] == record.renderer and page["screenshot"]["taken_at"] == record.taken_at
    assert f"Screenshot: screenshot.png, rendered {record.taken_at}" in members["report.md"].decode()
    verify_pack(write_pack(members, tmp_path / "pack"), expected_fingerprint=fingerprint(KEY.public_key()))


def test_a_pack_without_a_screenshot_says_why(tmp_path: Path) -> None:
    note = "no screenshot: Chromium is not installed at /nowhere (install Debian's chromium package)"
    members = pack_of(tmp_path, ScreenshotRecord(note=note))
    assert "screenshot.png" not in members
    assert json.loads(members["manifest.json"])["pages"][0]["screenshot"] == {"missing": note}
    assert f"Screenshot: none in this pack: {note}" in members["report.md"].decode()


def test_a_capture_never_screenshot_says_so(tmp_path: Path) -> None:
    report = pack_of(tmp_path, None)["report.md"].decode()
    assert "Screenshot: none in this pack: no screenshot on record (not taken when crawled)" in report


def test_a_screenshot_changed_on_disk_never_leaves_in_a_pack(tmp_path: Path) -> None:
    page, item = captured_page(tmp_path)
    folder = Path(item.capture.metadata_path).parent
    write_record(folder, taken(PNG, "Chromium"), PNG)
    (folder / "screenshot.png").write_bytes(PNG + b"edited")
    with pytest.raises(EvidenceError, match="screenshot .* is corrupt"):
        page_from_capture(Path(item.capture.metadata_path), page.key, item.body)


def test_verify_refuses_a_resigned_pack_whose_screenshot_is_not_a_png(tmp_path: Path) -> None:
    members = pack_of(tmp_path, taken(PNG, "Chromium"), PNG)
    forged = {k: v for k, v in members.items() if k not in ("SHA256SUMS", "SHA256SUMS.sig")}
    forged["screenshot.png"] = b"<svg onload=alert(1)>"
    forged["SHA256SUMS"] = sha256sums(forged)
    forged["SHA256SUMS.sig"] = KEY.sign(forged["SHA256SUMS"])
    with pytest.raises(PackCheckFailed) as caught:
        verify_pack(write_pack(forged, tmp_path / "pack"), expected_fingerprint=fingerprint(KEY.public_key()))
    assert (caught.value.member, caught.value.check) == ("screenshot.png", "is not a PNG image")
