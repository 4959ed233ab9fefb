"""The signing key: created once with mode 0600 where configured, refused when unsafe or missing."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from takedown.errors import EvidenceError
from takedown.evidence.signing import (
    fingerprint, load_signing_key, normalise_fingerprint, public_pem, load_public_key, signature_valid,
)


def test_key_is_created_on_first_use_with_mode_0600(signing_key_env: Path) -> None:
    key, path = load_signing_key()
    assert path == signing_key_env
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again, _ = load_signing_key()
    assert fingerprint(again.public_key()) == fingerprint(key.public_key())


def test_explicit_key_that_does_not_exist_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match=f"signing key {tmp_path / 'k.pem'} does not exist"):
        load_signing_key(tmp_path / "k.pem")
    assert not (tmp_path / "k.pem").exists()


def test_key_readable_by_others_is_refused(signing_key_env: Path) -> None:
    load_signing_key()
    signing_key_env.chmod(0o644)
    with pytest.raises(EvidenceError, match="chmod 600"):
        load_signing_key()


def test_garbage_key_file_is_refused_without_echoing_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("SECRET-MATERIAL")
    bad.chmod(0o600)
    with pytest.raises(EvidenceError) as caught:
        load_signing_key(bad)
    assert "SECRET-MATERIAL" not in str(caught.value) and "not an unencrypted PEM" in str(caught.value)


def test_key_is_never_created_inside_a_git_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    monkeypatch.setenv("SCAMSWEEP_SIGNING_KEY", str(tmp_path / "repo" / "keys" / "k.pem"))
    with pytest.raises(EvidenceError, match="inside a git checkout"):
        load_signing_key()
    assert not (tmp_path / "repo" / "keys" / "k.pem").exists()


def test_signature_round_trip_and_fingerprint_forms(signing_key_env: Path) -> None:
    key, _ = load_signing_key()
    public = load_public_key(public_pem(key.public_key()), "test key")
    assert signature_valid(public, key.sign(b"sums"), b"sums")
    assert not signature_valid(public, key.sign(b"sums"), b"sums!")
    fp = fingerprint(public)
    spaced = "SHA256:" + ":".join(fp[i:i + 2] for i in range(0, 64, 2)).upper()
    assert normalise_fingerprint(spaced) == fp and len(fp) == 64
    assert os.environ["SCAMSWEEP_SIGNING_KEY"] == str(signing_key_env)


def test_revoked_key_is_refused(signing_key_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key, path = load_signing_key()
    revoked = tmp_path / "revoked.txt"
    monkeypatch.setenv("SCAMSWEEP_REVOKED_KEYS", str(revoked))
    revoked.write_text(f"# lost laptop\n{fingerprint(key.public_key()).upper()}  # 2026-11-01\n")
    with pytest.raises(EvidenceError, match=f"signing key {path} is revoked"):
        load_signing_key()
    with pytest.raises(EvidenceError, match="is revoked"):
        load_signing_key(path)


def test_revocation_list_beside_the_default_key_is_read(signing_key_env: Path) -> None:
    key, _ = load_signing_key()
    (signing_key_env.parent / "revoked_keys.txt").write_text("00" * 32 + "\n")
    assert fingerprint(load_signing_key()[0].public_key()) == fingerprint(key.public_key())
    (signing_key_env.parent / "revoked_keys.txt").write_text(fingerprint(key.public_key()) + "\n")
    with pytest.raises(EvidenceError, match="revoked"):
        load_signing_key()
