"""Check an evidence pack offline: trusted key, signature, every hash, no extra file, WARC digests.

Nothing in the pack is trusted but what the caller's key or fingerprint vouches for, and
nothing is rendered, executed or fetched: members are read as bytes, in memory.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from warcio.archiveiterator import ArchiveIterator

from takedown.errors import EvidenceError
from takedown.evidence.container import PackCheckFailed, read_pack, unsafe_name_reason
from takedown.evidence.pack import MANIFEST, PUBLIC_KEY, SIGNATURE, SUMS
from takedown.evidence.shotrecord import PNG_SIGNATURE
from takedown.evidence.signing import fingerprint, load_public_key, normalise_fingerprint, signature_valid

_SUM_LINE = re.compile(r"([0-9a-f]{64})  (.+)")


@dataclass(frozen=True)
class VerifyResult:
    """What a successful check established."""

    files: int
    fingerprint: str
    subject: str
    warc_records: int


def verify_pack(path: Path, *, key_pem: bytes | None = None, key_name: str = "--key",
                expected_fingerprint: str | None = None) -> VerifyResult:
    """Check the pack folder or ZIP at `path`; raises PackCheckFailed naming the first bad file."""
    if key_pem is None and not expected_fingerprint:
        raise EvidenceError("verify needs a trusted key: give --key PUBLIC_KEY.pem or --fingerprint HEX")
    trusted = load_public_key(key_pem, key_name) if key_pem is not None else None
    return verify_members(read_pack(path), trusted=trusted, expected_fingerprint=expected_fingerprint)


def verify_members(members: dict[str, bytes], *, trusted: Ed25519PublicKey | None = None,
                   expected_fingerprint: str | None = None) -> VerifyResult:
    """The checks, in order: trusted key, signature over SHA256SUMS, listed files and their
    hashes, unlisted files, then the manifest and the WARC captures."""
    for name in (SUMS, SIGNATURE, PUBLIC_KEY):
        if name not in members:
            raise PackCheckFailed(name, "missing")
    key = _trusted_key(members[PUBLIC_KEY], trusted, expected_fingerprint)
    if not signature_valid(key, members[SIGNATURE], members[SUMS]):
        raise PackCheckFailed(SIGNATURE, "does not verify over SHA256SUMS with the trusted key "
                                         "(the signature or SHA256SUMS was changed)")
    listed = _parse_sums(members[SUMS])
    for name in sorted(listed):
        if name not in members:
            raise PackCheckFailed(name, "listed in SHA256SUMS but missing")
        if hashlib.sha256(members[name]).hexdigest() != listed[name]:
            raise PackCheckFailed(name, "SHA-256 does not match SHA256SUMS")
    for name in sorted(set(members) - set(listed) - {SUMS, SIGNATURE}):
        raise PackCheckFailed(name, "not listed in SHA256SUMS (added file)")
    manifest = _manifest(members, fingerprint(key))
    try:
        records = sum(_check_page(members, page) for page in manifest.get("pages", []))
    except (AttributeError, TypeError, KeyError) as exc:  # signed, yet not the shape we write
        raise PackCheckFailed(MANIFEST, f"malformed pages entry ({exc})") from exc
    subject = manifest.get("subject", {})
    return VerifyResult(len(members), fingerprint(key), f"{subject.get('kind')} {subject.get('id')}", records)


def _trusted_key(pack_pem: bytes, trusted: Ed25519PublicKey | None, expected: str | None) -> Ed25519PublicKey:
    pack_key = load_public_key_or_fail(pack_pem)
    if trusted is not None and fingerprint(trusted) != fingerprint(pack_key):
        raise PackCheckFailed(PUBLIC_KEY, "is not the trusted key given with --key")
    if expected and fingerprint(pack_key) != normalise_fingerprint(expected):
        raise PackCheckFailed(PUBLIC_KEY, f"fingerprint {fingerprint(pack_key)} is not the expected one")
    return trusted or pack_key


def load_public_key_or_fail(pem: bytes) -> Ed25519PublicKey:
    try:
        return load_public_key(pem, PUBLIC_KEY)
    except EvidenceError as exc:
        raise PackCheckFailed(PUBLIC_KEY, "not an Ed25519 public key in PEM form") from exc


def _parse_sums(data: bytes) -> dict[str, str]:
    listed: dict[str, str] = {}
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise PackCheckFailed(SUMS, "not UTF-8 text") from exc
    for number, line in enumerate(lines, start=1):
        match = _SUM_LINE.fullmatch(line)
        if not match or unsafe_name_reason(match[2]) or match[2] in listed or match[2] in (SUMS, SIGNATURE):
            raise PackCheckFailed(SUMS, f"line {number} is malformed or names an unsafe or repeated file")
        listed[match[2]] = match[1]
    return listed


def _manifest(members: dict[str, bytes], key_fingerprint: str) -> dict:
    if MANIFEST not in members:
        raise PackCheckFailed(MANIFEST, "missing")
    try:
        manifest = json.loads(members[MANIFEST])
        claimed = manifest["signing"]["fingerprint_sha256"]
    except (ValueError, KeyError, TypeError) as exc:
        raise PackCheckFailed(MANIFEST, "not a pack manifest") from exc
    if claimed != key_fingerprint:
        raise PackCheckFailed(MANIFEST, "names a different signing key than the one that signed the pack")
    return manifest


def _check_page(members: dict[str, bytes], page: dict) -> int:
    """The page's HTML hash and, when there is a WARC, its digests and its response body."""
    files = page.get("files", {})
    html = members.get(files.get("html", ""))
    if html is None:
        raise PackCheckFailed(str(files.get("html")), "named in manifest.json but missing")
    if hashlib.sha256(html).hexdigest() != page.get("body_sha256"):
        raise PackCheckFailed(files["html"], "does not match the body SHA-256 in manifest.json")
    if "screenshot" in files:
        _check_screenshot(files["screenshot"], members.get(files["screenshot"]), page.get("screenshot", {}))
    if "warc" not in files:
        return 0
    return _check_warc(files["warc"], members.get(files["warc"]), html)


def _check_screenshot(name: str, png: bytes | None, entry: dict) -> None:
    """A screenshot named by the manifest is there, is a PNG, and is the one the manifest records."""
    if png is None:
        raise PackCheckFailed(name, "named in manifest.json but missing")
    if not png.startswith(PNG_SIGNATURE):
        raise PackCheckFailed(name, "is not a PNG image")
    if hashlib.sha256(png).hexdigest() != entry.get("sha256"):
        raise PackCheckFailed(name, "does not match the screenshot SHA-256 in manifest.json")


def _check_warc(name: str, warc: bytes | None, html: bytes) -> int:
    if warc is None:
        raise PackCheckFailed(name, "named in manifest.json but missing")
    count, bodies = 0, []
    try:
        for record in ArchiveIterator(io.BytesIO(warc), check_digests="raise"):
            count += 1
            content = record.content_stream().read()
            if record.rec_type == "response":
                bodies.append(content)
    except Exception as exc:  # noqa: BLE001 - warcio raises several types for a damaged archive
        raise PackCheckFailed(name, f"WARC digest check failed ({type(exc).__name__}: {exc})") from exc
    if html not in bodies:
        raise PackCheckFailed(name, "no WARC response record holds the page's HTML")
    return count
