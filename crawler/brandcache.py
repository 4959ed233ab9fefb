"""The compiled brand book cached on disk, keyed by the brand book's content hash and the detector version.

Compiling ten thousand brands takes seconds; `scamsweep scan` of one page must not. The
cache file is JSON (plain data, never pickle: loading it runs no code) written atomically
beside its siblings in `$SCAMSWEEP_CACHE_DIR` (default `~/.cache/scamsweep`). Its name
carries the key; inside, the key is repeated and the payload's SHA-256 is checked, and
`detectors.compiled` validates every field. A corrupt, truncated, tampered or
other-version file is never trusted: it is rebuilt, with a note saying why. What a
tampered file can do is bounded by that validation: at worst detections as odd as an
edited brand book, which whoever can write the cache folder could edit anyway.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from crawler.config import config_path

CACHE_ENV = "SCAMSWEEP_CACHE_DIR"


def cache_dir() -> Path:
    """$SCAMSWEEP_CACHE_DIR, else $XDG_CACHE_HOME/scamsweep, else ~/.cache/scamsweep."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "scamsweep"


def cached_detector(path=None):
    """(Detector for the brand book at `path`, a note or "") — from the cache when it is sound."""
    from detectors.compiled import detector_from_state
    from detectors.version import DETECTOR_VERSION

    resolved = config_path(path)
    try:
        book = resolved.read_bytes()
    except OSError:
        book = b""  # read_brand_mapping below names the problem
    key = f"{hashlib.sha256(book).hexdigest()}-{DETECTOR_VERSION}"
    file = cache_dir() / f"brands-{key}.json"
    note = ""
    if file.exists():
        try:
            return detector_from_state(_read(file, key)), ""
        except (OSError, ValueError) as exc:
            note = f"brand-book cache {file} not used ({exc}); rebuilt"
    detector = _build(resolved)
    written = _write(file, key, detector)
    return detector, note or written


def _build(resolved: Path):
    from crawler.config import load_brands
    from detectors import Detector

    return Detector(load_brands(resolved))


def _read(file: Path, key: str) -> dict:
    raw = file.read_bytes()
    head, _, payload = raw.partition(b"\n")
    try:
        envelope = json.loads(head)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValueError("unreadable header") from None
    if not isinstance(envelope, dict) or envelope.get("key") != key:
        raise ValueError("made for another brand book or detector version")
    if envelope.get("sha256") != hashlib.sha256(payload).hexdigest():
        raise ValueError("its content does not match its checksum")
    try:
        return json.loads(payload)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValueError("unreadable content") from None


def _write(file: Path, key: str, detector) -> str:
    """Write atomically (temporary file, then rename); a cache that cannot be written is only a note."""
    from detectors.compiled import detector_state

    payload = json.dumps(detector_state(detector), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head = json.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest()}).encode("ascii")
    temporary = file.with_name(f"{file.name}.{os.getpid()}.partial")
    try:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.write_bytes(head + b"\n" + payload)
        temporary.replace(file)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        return f"brand-book cache not written to {file.parent} ({exc.strerror or exc})"
    return ""
