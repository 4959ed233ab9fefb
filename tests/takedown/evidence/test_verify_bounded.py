"""Bounded verify (issue 10 item 5): signature first, only listed members streamed, every odd layout refused.

The figures (peak memory, time) of a 4 GB bomb are in bench/bench_verify_bomb.py; here each
refusal is checked by what verify opened, never by a clock.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from takedown.evidence import packsource
from takedown.evidence.container import PackCheckFailed, write_pack, zip_bytes
from takedown.evidence.pack import SIGNATURE, SUMS, build_pack
from takedown.evidence.signing import fingerprint, public_pem
from takedown.evidence.verify import verify_pack
from tests.e2e.cli import run_cli

from .packs import single_pack

KEY = Ed25519PrivateKey.from_private_bytes(b"b" * 32)
FP = fingerprint(KEY.public_key())
BOMB = 64 << 20  # inflates past the ratio floor; stored in about 64 KB


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> dict[str, bytes]:
    return build_pack(single_pack(tmp_path_factory.mktemp("capture")), KEY)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The names of the ZIP members verify inflates, in order."""
    names: list[str] = []
    original = packsource.ZipSource.open

    def recording(self, name):
        names.append(name)
        return original(self, name)

    monkeypatch.setattr(packsource.ZipSource, "open", recording)
    return names


def write_zip(path: Path, members: dict[str, bytes], *, extra=(), bombs=(), prefix=b"", comment=b"") -> Path:
    path.write_bytes(prefix + zip_bytes(members))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in extra:
            archive.writestr(info, data)
        for name in bombs:
            with archive.open(name, "w") as member:
                for _ in range(BOMB >> 20):
                    member.write(bytes(1 << 20))
        archive.comment = comment
    return path


def failure(path: Path, **trust) -> tuple[str, str]:
    with pytest.raises(PackCheckFailed) as caught:
        verify_pack(path, **(trust or {"expected_fingerprint": FP}))
    return caught.value.member, caught.value.check


def listed_bomb(members: dict[str, bytes], name: str, key=KEY) -> dict[str, bytes]:
    """Members whose SHA256SUMS lists a bomb (by the hash of its zeros), signed by `key`."""
    import hashlib

    digest = hashlib.sha256(bytes(BOMB)).hexdigest()
    changed = {**members, SUMS: members[SUMS] + f"{digest}  {name}\n".encode()}
    changed[SIGNATURE] = key.sign(changed[SUMS])
    return changed


def test_an_unlisted_bomb_is_refused_before_any_member_is_inflated_but_the_signed_ones(members, tmp_path, opened):
    path = write_zip(tmp_path / "p.zip", members, bombs=["bomb.bin"])
    assert failure(path) == ("bomb.bin", "not listed in SHA256SUMS (added file)")
    assert "bomb.bin" not in opened and set(opened) <= {"public_key.pem", SIGNATURE, SUMS}


def test_a_bomb_listed_in_forged_sums_is_refused_at_the_signature_before_inflating(members, tmp_path, opened):
    forged = listed_bomb(members, "bomb.bin", key=Ed25519PrivateKey.generate())
    forged[SIGNATURE] = members[SIGNATURE]
    path = write_zip(tmp_path / "p.zip", forged, bombs=["bomb.bin"])
    assert failure(path)[0] == SIGNATURE and "bomb.bin" not in opened


def test_a_signed_bomb_stops_at_the_ratio_limit(members, tmp_path):
    path = write_zip(tmp_path / "p.zip", listed_bomb(members, "bomb.bin"), bombs=["bomb.bin"])
    member, check = failure(path)
    assert member == "bomb.bin" and "inflates more than 200:1" in check


def test_prepended_script_is_refused(members, tmp_path):
    path = write_zip(tmp_path / "p.zip", members, prefix=b"#!/bin/sh\nrm -rf ~\nexit 0\n")
    member, check = failure(path)
    assert member == "p.zip" and "before the first member (a prepended script?)" in check


def test_directory_entry_carrying_data_is_refused(members, tmp_path):
    folder = zipfile.ZipInfo("notes/")
    folder.external_attr = 0o40755 << 16
    path = write_zip(tmp_path / "p.zip", members, extra=[(folder, b"hidden payload")])
    assert failure(path) == ("notes/", "directory entry that carries data")


def test_empty_directory_entry_not_implied_by_listed_files_is_refused(members, tmp_path):
    path = write_zip(tmp_path / "p.zip", members, extra=[(zipfile.ZipInfo("extra/"), b"")])
    assert failure(path) == ("extra/", "folder that holds no listed file (added folder)")


def test_empty_folder_in_a_folder_pack_is_refused(members, tmp_path):
    path = write_pack(members, tmp_path / "pack")
    (path / "empty").mkdir()
    assert failure(path) == ("empty/", "folder that holds no listed file (added folder)")


def test_zip_comment_is_reported_not_trusted(members, tmp_path):
    path = write_zip(tmp_path / "p.zip", members, comment=b"verified by the bank \x1b[2J")
    result = verify_pack(path, expected_fingerprint=FP)
    assert result.zip_comment == "verified by the bank \\x1b[2J"


def cli(*args: str, key_file: Path | None = None):
    env = {"SCAMSWEEP_SIGNING_KEY": str(key_file)} if key_file else None
    return run_cli("verify", *args, env=env)


@pytest.mark.slow
def test_cli_reports_the_comment_and_answers_json_for_failures(members, tmp_path):
    ok = write_zip(tmp_path / "ok.zip", members, comment=b"hello")
    result = cli(str(ok), "--fingerprint", FP)
    assert result.returncode == 0 and "note: the ZIP carries a comment that no signature covers: hello" in result.stdout
    bad = write_zip(tmp_path / "bad.zip", members, bombs=["bomb.bin"])
    result = cli(str(bad), "--fingerprint", FP, "--json")
    assert result.returncode == 7 and json.loads(result.stdout) == {
        "ok": False, "member": "bomb.bin", "check": "not listed in SHA256SUMS (added file)",
        "trusted": f"--fingerprint {FP}"}


@pytest.mark.slow
def test_cli_without_key_or_fingerprint_never_claims_a_key_was_given(members, tmp_path):
    own = tmp_path / "own.pem"
    path = write_zip(tmp_path / "p.zip", members)
    result = cli(str(path), key_file=own)  # no signing key on this machine: nothing to trust
    assert result.returncode == 2 and "no trusted key: give --key" in result.stderr
    own.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    own.chmod(0o600)
    result = cli(str(path), key_file=own)  # our own key is trusted, and the message says so
    assert result.returncode == 7, result.stderr
    assert result.stderr.strip() == f"error: verify failed: public_key.pem: is not the trusted key (our signing key {own})"


def test_public_key_mismatch_names_the_key_given(members, tmp_path):
    path = write_zip(tmp_path / "p.zip", members)
    other = public_pem(Ed25519PrivateKey.generate().public_key())
    assert failure(path, key_pem=other, key_name="--key other.pem") == (
        "public_key.pem", "is not the trusted key (--key other.pem)")
