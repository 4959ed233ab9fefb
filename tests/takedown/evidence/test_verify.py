"""Verify trusts only the given key and names the first file that fails; hostile ZIPs are refused."""
from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from takedown.errors import EvidenceError
from takedown.evidence.container import PackCheckFailed, write_pack, zip_bytes
from takedown.evidence.pack import build_pack, sha256sums
from takedown.evidence.signing import fingerprint, public_pem
from takedown.evidence.verify import verify_pack

from .packs import single_pack

KEY = Ed25519PrivateKey.from_private_bytes(b"k" * 32)
OTHER = Ed25519PrivateKey.from_private_bytes(b"o" * 32)
FP = fingerprint(KEY.public_key())


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> dict[str, bytes]:
    return build_pack(single_pack(tmp_path_factory.mktemp("capture")), KEY)


def check(path: Path, **trust) -> None:
    verify_pack(path, **(trust or {"expected_fingerprint": FP}))


def failure(path: Path, **trust) -> tuple[str, str]:
    with pytest.raises(PackCheckFailed) as caught:
        check(path, **trust)
    return caught.value.member, caught.value.check


@pytest.fixture(params=["folder", "zip"])
def pack_at(request, tmp_path: Path):
    """Write (possibly altered) members as a folder or as a ZIP; returns the pack path."""
    def write(members: dict[str, bytes]) -> Path:
        return write_pack(members, tmp_path / ("pack.zip" if request.param == "zip" else "pack"))
    return write


def test_untouched_pack_verifies_with_key_or_fingerprint(members, pack_at) -> None:
    path = pack_at(members)
    check(path, expected_fingerprint=FP.upper())
    check(path, key_pem=public_pem(KEY.public_key()))


@pytest.mark.parametrize("name", ["capture.warc.gz", "page.html", "manifest.json", "stix.json", "letter.zh.txt"])
def test_one_changed_byte_names_the_file(members, pack_at, name: str) -> None:
    changed = dict(members)
    data = bytearray(changed[name])
    data[len(data) // 2] ^= 0x01
    changed[name] = bytes(data)
    assert failure(pack_at(changed)) == (name, "SHA-256 does not match SHA256SUMS")


def test_removed_file_is_named(members, pack_at) -> None:
    removed = {k: v for k, v in members.items() if k != "findings.csv"}
    assert failure(pack_at(removed)) == ("findings.csv", "listed in SHA256SUMS but missing")


def test_added_file_is_named(members, pack_at) -> None:
    assert failure(pack_at({**members, "readme-first.html": b"<script>alert(1)</script>"}))[0] == "readme-first.html"


def test_swapped_signature_is_named(members, pack_at) -> None:
    swapped = {**members, "SHA256SUMS.sig": OTHER.sign(members["SHA256SUMS"])}
    assert failure(pack_at(swapped))[0] == "SHA256SUMS.sig"


def resigned_with_other_key(members: dict[str, bytes]) -> dict[str, bytes]:
    """What a forger would do: new key, new page, new sums, new signature, all consistent."""
    forged = {k: v for k, v in members.items() if k not in ("SHA256SUMS", "SHA256SUMS.sig")}
    forged["public_key.pem"] = public_pem(OTHER.public_key())
    forged["page.html"] = b"<p>nothing to see</p>"
    forged["SHA256SUMS"] = sha256sums(forged)
    forged["SHA256SUMS.sig"] = OTHER.sign(forged["SHA256SUMS"])
    return forged


def test_swapped_key_fails_against_the_pinned_fingerprint_or_key(members, pack_at) -> None:
    path = pack_at(resigned_with_other_key(members))
    assert failure(path)[0] == "public_key.pem"
    assert failure(path, key_pem=public_pem(KEY.public_key()))[0] == "public_key.pem"


def test_swapped_signature_and_key_with_original_key_pinned(members, pack_at) -> None:
    forged = {**members, "SHA256SUMS.sig": OTHER.sign(members["SHA256SUMS"]),
              "public_key.pem": public_pem(OTHER.public_key())}
    assert failure(pack_at(forged))[0] == "public_key.pem"


def test_verify_without_a_trusted_key_is_refused(members, tmp_path: Path) -> None:
    path = write_pack(members, tmp_path / "p")
    with pytest.raises(EvidenceError, match="trusted key"):
        verify_pack(path)


def hostile_zip(tmp_path: Path, members: dict[str, bytes], extra: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    path = tmp_path / "inbox" / "hostile.zip"
    path.parent.mkdir()
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "../../etc/cron.d/x", "/tmp/abs.txt", "C:/x.txt",
                                  "dir\\..\\..\\x.txt", "a/./b", "a//b"])
def test_zip_slip_names_are_refused_and_nothing_is_written(members, tmp_path: Path, name: str) -> None:
    path = hostile_zip(tmp_path, members, [(zipfile.ZipInfo(name), b"pwned")])
    before = sorted(p for p in tmp_path.rglob("*"))
    member, reason = failure(path)
    assert member == repr(name) and "member name" in reason
    assert sorted(p for p in tmp_path.rglob("*")) == before


def test_duplicate_member_names_are_refused(members, tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = hostile_zip(tmp_path, members, [(zipfile.ZipInfo("page.html"), b"<p>second copy</p>")])
    assert failure(path) == ("page.html", "duplicate member name")


def test_symlink_members_are_refused(members, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = hostile_zip(tmp_path, members, [(link, b"/etc/passwd")])
    assert failure(path) == ("link", "symbolic link in pack")


def test_symlink_in_a_pack_folder_is_refused(members, tmp_path: Path) -> None:
    path = write_pack(members, tmp_path / "pack")
    (path / "zz-link").symlink_to("/etc/passwd")
    assert failure(path) == ("zz-link", "symbolic link in pack")


def test_not_a_pack_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    with pytest.raises(EvidenceError, match="neither a folder nor a ZIP"):
        check(tmp_path / "x.zip")
    with pytest.raises(EvidenceError, match="does not exist"):
        check(tmp_path / "missing.zip")


def test_zip_written_by_us_is_deterministic(members) -> None:
    assert zip_bytes(members) == zip_bytes(dict(reversed(list(members.items()))))


def test_edited_sha256sums_fails_the_signature(members, pack_at) -> None:
    edited = {**members, "SHA256SUMS": members["SHA256SUMS"].replace(b"page.html", b"page.htm ")}
    member, reason = failure(pack_at(edited))
    assert member == "SHA256SUMS.sig" and "SHA256SUMS was changed" in reason


def test_a_flipped_byte_anywhere_in_the_zip_fails_cleanly(members, tmp_path: Path) -> None:
    original = zip_bytes(members)
    outcomes = set()
    for offset in range(0, len(original), 23):
        damaged = bytearray(original)
        damaged[offset] ^= 0x20
        path = tmp_path / f"d{offset}.zip"
        path.write_bytes(bytes(damaged))
        try:
            check(path)
            outcomes.add("passed")  # a flip in a spot nothing reads (e.g. a zip comment length) is harmless
        except EvidenceError as exc:
            outcomes.add(type(exc).__name__)
    assert "PackCheckFailed" in outcomes
    assert outcomes <= {"PackCheckFailed", "EvidenceError", "passed"}


def test_signed_but_malformed_manifest_is_a_named_failure(members, pack_at) -> None:
    odd = {k: v for k, v in members.items() if k not in ("SHA256SUMS", "SHA256SUMS.sig")}
    manifest = json.loads(odd["manifest.json"])
    manifest["pages"] = ["not-a-page"]
    odd["manifest.json"] = json.dumps(manifest).encode()
    odd["SHA256SUMS"] = sha256sums(odd)
    odd["SHA256SUMS.sig"] = KEY.sign(odd["SHA256SUMS"])
    assert failure(pack_at(odd))[0] == "manifest.json"
