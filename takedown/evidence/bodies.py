"""Content-addressed store of page bodies: one immutable file per SHA-256, written atomically."""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from takedown.errors import EvidenceError, NotFound

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def sha256_hex(data: bytes) -> str:
    """The lowercase hex SHA-256 of `data`: the identity of a body everywhere in scamsweep."""
    return hashlib.sha256(data).hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so a reader sees either nothing or the whole file.

    Temp file in the same folder, fsync, rename, then fsync the folder so the rename
    survives a crash (a torn body must never be taken for evidence).
    """
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class BodyStore:
    """Bodies under `root/bodies/ab/cd/<sha256>`; putting the same bytes twice is a no-op.

    >>> store = BodyStore(Path("evidence"))            # doctest: +SKIP
    >>> digest, path = store.put(b"<html>...</html>")  # doctest: +SKIP
    >>> store.get(digest) == b"<html>...</html>"       # doctest: +SKIP
    True
    """

    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        """Where the body with this hash lives (whether or not it exists yet)."""
        if not _SHA256_HEX.fullmatch(sha256):
            raise EvidenceError(f"not a SHA-256 hex digest: {sha256[:80]!r}")
        return self.root / "bodies" / sha256[:2] / sha256[2:4] / sha256

    def put(self, body: bytes) -> tuple[str, Path]:
        """Store `body`; return its SHA-256 hex and its path. Idempotent and atomic."""
        digest = sha256_hex(body)
        path = self.path_for(digest)
        if self._holds(path, digest):
            return digest, path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, body)
        except OSError as exc:
            raise EvidenceError(
                f"evidence folder {self.root} is not writable: {exc.strerror or exc}"
            ) from exc
        return digest, path

    @staticmethod
    def _holds(path: Path, digest: str) -> bool:
        # a damaged copy (same name, other bytes) is rewritten rather than trusted
        try:
            return sha256_hex(path.read_bytes()) == digest
        except OSError:
            return False

    def exists(self, sha256: str) -> bool:
        """Whether a body with this hash is stored."""
        return self.path_for(sha256).is_file()

    def get(self, sha256: str) -> bytes:
        """The stored body; refuses a file whose bytes no longer hash to its name."""
        return self.read_checked(self.path_for(sha256), sha256, "evidence body")

    @staticmethod
    def read_checked(path: Path, sha256: str, what: str) -> bytes:
        """The bytes of `path`, refused unless they hash to `sha256` (checked before every use,
        so evidence changed on disk never leaves in a pack)."""
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(f"{what} {sha256} is missing: {path}") from exc
        except OSError as exc:
            raise EvidenceError(f"{what} {path} is unreadable: {exc.strerror or exc}") from exc
        actual = sha256_hex(data)
        if actual != sha256:
            raise EvidenceError(f"{what} {path} is corrupt: its SHA-256 is {actual}, expected {sha256}")
        return data
