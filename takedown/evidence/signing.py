"""The Ed25519 key that signs evidence packs: find or create it, sign, check, fingerprint."""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from takedown.errors import EvidenceError

KEY_ENV = "SCAMSWEEP_SIGNING_KEY"
REVOKED_ENV = "SCAMSWEEP_REVOKED_KEYS"


def default_key_path() -> Path:
    """$SCAMSWEEP_SIGNING_KEY, else ~/.config/scamsweep/signing_key.pem."""
    configured = os.environ.get(KEY_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".config" / "scamsweep" / "signing_key.pem"


def revocation_list_path() -> Path:
    """$SCAMSWEEP_REVOKED_KEYS, else revoked_keys.txt beside the default key: one fingerprint
    per line, `#` starts a comment."""
    configured = os.environ.get(REVOKED_ENV)
    return Path(configured).expanduser() if configured else default_key_path().with_name("revoked_keys.txt")


def revoked_fingerprints(path: Path) -> set[str]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvidenceError(f"revocation list {path} is unreadable: {exc}") from exc
    return {normalise_fingerprint(line.split("#", 1)[0]) for line in lines if line.split("#", 1)[0].strip()}


def load_signing_key(path: Path | None = None) -> tuple[Ed25519PrivateKey, Path]:
    """The private key at `path` (which must exist), or at the default place, created there
    on first use with mode 0600; refused when its fingerprint is on the revocation list.
    Errors name the file and never print key material."""
    if path is None:
        path = default_key_path()
        if not path.exists():
            _create_key(path)
    key = _read_private_key(Path(path))
    if fingerprint(key.public_key()) in revoked_fingerprints(revocation_list_path()):
        raise EvidenceError(f"signing key {path} is revoked (listed in {revocation_list_path()}); "
                            f"move it away so a new key is created, or give --key")
    return key, Path(path)


def _create_key(path: Path) -> None:
    if _inside_git_checkout(path):
        raise EvidenceError(f"signing key {path} would be inside a git checkout; set {KEY_ENV} elsewhere")
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
    except FileExistsError:
        return  # another export created it a moment ago: use that one
    except OSError as exc:
        raise EvidenceError(f"signing key {path} cannot be created: {exc.strerror or exc}") from exc


def _inside_git_checkout(path: Path) -> bool:
    return any((parent / ".git").exists() for parent in Path(path).resolve().parents)


def _read_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        mode = path.stat().st_mode
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise EvidenceError(f"signing key {path} does not exist") from exc
    except OSError as exc:
        raise EvidenceError(f"signing key {path} is unreadable: {exc.strerror or exc}") from exc
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise EvidenceError(f"signing key {path} is accessible by other users; run chmod 600 on it")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise EvidenceError(f"signing key {path} is not an unencrypted PEM private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise EvidenceError(f"signing key {path} is not an Ed25519 key")
    return key


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, lowercase hex: what a recipient pins."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """Accepts `SHA256:AB:CD...`, spaces or colons, any case; returns bare lowercase hex."""
    cleaned = text.strip().lower().removeprefix("sha256:")
    return "".join(ch for ch in cleaned if ch not in ": ")


def load_public_key(data: bytes, name: str) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM bytes; `name` is how errors refer to its source."""
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise EvidenceError(f"{name} is not a PEM public key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise EvidenceError(f"{name} is not an Ed25519 public key")
    return key


def signature_valid(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
