"""Check an evidence pack offline: trusted key and signature first, then every listed member, streamed.

Nothing in the pack is trusted but what the caller's key or fingerprint vouches for, and
nothing is rendered, executed or fetched. The order bounds the work a hostile pack can cause:
the small signed files are checked before any other member is inflated; members that
SHA256SUMS does not list, folders it does not imply and bytes before the first member are
refused before hashing; listed members are hashed as streams (bounded memory, a ratio limit,
see takedown.evidence.packsource); the WARC captures are read as streams too.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from warcio.archiveiterator import ArchiveIterator

from takedown.errors import EvidenceError
from takedown.evidence.container import PackCheckFailed, unsafe_name_reason
from takedown.evidence.pack import MANIFEST, PUBLIC_KEY, SIGNATURE, SUMS
from takedown.evidence.packsource import CHUNK, PackSource, memory_source, open_pack
from takedown.evidence.signing import fingerprint, load_public_key, normalise_fingerprint, signature_valid

_SUM_LINE = re.compile(r"([0-9a-f]{64})  (.+)")


@dataclass(frozen=True)
class VerifyResult:
    """What a successful check established, and what it saw that no signature covers."""

    files: int
    fingerprint: str
    subject: str
    warc_records: int
    zip_comment: str = ""  # shown escaped; a comment is outside SHA256SUMS, so it proves nothing


def verify_pack(path: Path, *, key_pem: bytes | None = None, key_name: str = "--key",
                expected_fingerprint: str | None = None) -> VerifyResult:
    """Check the pack folder or ZIP at `path`; raises PackCheckFailed naming the first bad file."""
    if key_pem is None and not expected_fingerprint:
        raise EvidenceError("verify needs a trusted key: give --key PUBLIC_KEY.pem or --fingerprint HEX")
    trusted = load_public_key(key_pem, key_name) if key_pem is not None else None
    with open_pack(path) as source:
        return verify_source(source, trusted=trusted, expected_fingerprint=expected_fingerprint, key_name=key_name)


def verify_members(members: dict[str, bytes], *, trusted: Ed25519PublicKey | None = None,
                   expected_fingerprint: str | None = None) -> VerifyResult:
    """The same checks over members already in memory (a pack being built, tests)."""
    return verify_source(memory_source(members), trusted=trusted, expected_fingerprint=expected_fingerprint)


def verify_source(source: PackSource, *, trusted: Ed25519PublicKey | None = None,
                  expected_fingerprint: str | None = None, key_name: str = "--key") -> VerifyResult:
    """The checks, in order: trusted key, signature over SHA256SUMS, members against the list,
    every listed member's hash (streamed), then the manifest and the WARC captures."""
    for name in (SUMS, SIGNATURE, PUBLIC_KEY):
        if name not in source.files:
            raise PackCheckFailed(name, "missing")
    key = _trusted_key(source.read_small(PUBLIC_KEY), trusted, expected_fingerprint, key_name)
    if not signature_valid(key, source.read_small(SIGNATURE), source.read_small(SUMS)):
        raise PackCheckFailed(SIGNATURE, "does not verify over SHA256SUMS with the trusted key "
                                         "(the signature or SHA256SUMS was changed)")
    listed = _parse_sums(source.read_small(SUMS))
    _check_layout(source, listed)
    digests = {name: _stream_sha256(source, name) for name in sorted(listed)}
    for name in sorted(listed):
        if digests[name] != listed[name]:
            raise PackCheckFailed(name, "SHA-256 does not match SHA256SUMS")
    manifest = _manifest(source, fingerprint(key))
    try:
        records = sum(_check_page(source, digests, page) for page in manifest.get("pages", []))
    except (AttributeError, TypeError, KeyError) as exc:  # signed, yet not the shape we write
        raise PackCheckFailed(MANIFEST, f"malformed pages entry ({exc})") from exc
    subject = manifest.get("subject", {})
    comment = source.comment.decode("utf-8", "backslashreplace").encode("unicode_escape").decode("ascii")
    return VerifyResult(len(source.files), fingerprint(key), f"{subject.get('kind')} {subject.get('id')}", records,
                        comment)


def _check_layout(source: PackSource, listed: dict[str, str]) -> None:
    """Every member listed (or the signature files), every listed file present, every folder implied."""
    for name in sorted(set(source.files) - set(listed) - {SUMS, SIGNATURE}):
        raise PackCheckFailed(name, "not listed in SHA256SUMS (added file)")
    for name in sorted(listed):
        if name not in source.files:
            raise PackCheckFailed(name, "listed in SHA256SUMS but missing")
    implied = {"/".join(name.split("/")[:depth]) for name in listed for depth in range(1, name.count("/") + 1)}
    for folder in sorted(source.folders - implied):
        raise PackCheckFailed(folder + "/", "folder that holds no listed file (added folder)")


def _stream_sha256(source: PackSource, name: str) -> str:
    digest = hashlib.sha256()
    with source.open(name) as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _trusted_key(pack_pem: bytes, trusted: Ed25519PublicKey | None, expected: str | None,
                 key_name: str) -> Ed25519PublicKey:
    pack_key = load_public_key_or_fail(pack_pem)
    if trusted is not None and fingerprint(trusted) != fingerprint(pack_key):
        raise PackCheckFailed(PUBLIC_KEY, f"is not the trusted key ({key_name})")
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


def _manifest(source: PackSource, key_fingerprint: str) -> dict:
    if MANIFEST not in source.files:
        raise PackCheckFailed(MANIFEST, "missing")
    try:
        manifest = json.loads(source.read_small(MANIFEST))
        claimed = manifest["signing"]["fingerprint_sha256"]
    except (ValueError, KeyError, TypeError) as exc:
        raise PackCheckFailed(MANIFEST, "not a pack manifest") from exc
    if claimed != key_fingerprint:
        raise PackCheckFailed(MANIFEST, "names a different signing key than the one that signed the pack")
    return manifest


def _check_page(source: PackSource, digests: dict[str, str], page: dict) -> int:
    """The page's HTML hash and, when there is a WARC, its digests and its response body."""
    files = page.get("files", {})
    html = str(files.get("html", ""))
    if html not in digests:
        raise PackCheckFailed(html, "named in manifest.json but missing")
    if digests[html] != page.get("body_sha256"):
        raise PackCheckFailed(html, "does not match the body SHA-256 in manifest.json")
    if "warc" not in files:
        return 0
    if files["warc"] not in digests:
        raise PackCheckFailed(str(files["warc"]), "named in manifest.json but missing")
    return _check_warc(source, files["warc"], digests[html])


def _check_warc(source: PackSource, name: str, html_sha256: str) -> int:
    count, bodies = 0, set()
    try:
        with source.open(name) as stream:
            for record in ArchiveIterator(stream, check_digests="raise"):
                count += 1
                body = hashlib.sha256()
                content = record.content_stream()
                while chunk := content.read(CHUNK):
                    body.update(chunk)
                if record.rec_type == "response":
                    bodies.add(body.hexdigest())
    except PackCheckFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - warcio raises several types for a damaged archive
        raise PackCheckFailed(name, f"WARC digest check failed ({type(exc).__name__}: {exc})") from exc
    if html_sha256 not in bodies:
        raise PackCheckFailed(name, "no WARC response record holds the page's HTML")
    return count
