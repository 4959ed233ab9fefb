"""Content-addressed body store: layout, idempotence, integrity, clear errors."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from takedown.errors import EvidenceError, NotFound
from takedown.evidence.bodies import BodyStore


def test_put_stores_body_under_its_sha256(tmp_path: Path) -> None:
    store = BodyStore(tmp_path)
    body = "还呗客服电话 00852-1234-5678".encode()
    digest, path = store.put(body)
    assert digest == hashlib.sha256(body).hexdigest()
    assert path == tmp_path / "bodies" / digest[:2] / digest[2:4] / digest
    assert path.read_bytes() == body
    assert store.exists(digest)
    assert store.get(digest) == body


def test_put_twice_is_idempotent_and_leaves_no_temp_files(tmp_path: Path) -> None:
    store = BodyStore(tmp_path)
    first = store.put(b"same bytes")
    second = store.put(b"same bytes")
    assert first == second
    files = [p for p in (tmp_path / "bodies").rglob("*") if p.is_file()]
    assert files == [first[1]]


def test_empty_body_is_a_valid_body(tmp_path: Path) -> None:
    digest, _ = BodyStore(tmp_path).put(b"")
    assert BodyStore(tmp_path).get(digest) == b""


def test_get_refuses_a_body_whose_bytes_changed(tmp_path: Path) -> None:
    store = BodyStore(tmp_path)
    digest, path = store.put(b"original evidence")
    path.write_bytes(b"Original evidence")
    with pytest.raises(EvidenceError, match="corrupt"):
        store.get(digest)


def test_put_repairs_a_damaged_copy(tmp_path: Path) -> None:
    store = BodyStore(tmp_path)
    digest, path = store.put(b"original evidence")
    path.write_bytes(b"xriginal evidence")
    store.put(b"original evidence")
    assert store.get(digest) == b"original evidence"


def test_get_of_unknown_hash_is_not_found(tmp_path: Path) -> None:
    store = BodyStore(tmp_path)
    with pytest.raises(NotFound, match="0" * 64):
        store.get("0" * 64)
    assert not store.exists("0" * 64)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "g" * 64, "0" * 63, "0" * 64 + "/x"])
def test_malformed_hash_is_refused_before_touching_the_disk(tmp_path: Path, bad: str) -> None:
    with pytest.raises(EvidenceError, match="not a SHA-256"):
        BodyStore(tmp_path).get(bad)


def test_unwritable_folder_names_the_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "evidence"
    blocker.write_bytes(b"a file where the folder should be")
    with pytest.raises(EvidenceError, match=f"evidence folder {blocker} is not writable"):
        BodyStore(blocker).put(b"body")


UNPRIVILEGED_CHECK = """
import sys
from pathlib import Path
from takedown.errors import EvidenceError
from takedown.evidence.bodies import BodyStore
try:
    BodyStore(Path(sys.argv[1])).put(b"body")
except EvidenceError as exc:
    print(exc)
    sys.exit(0 if "is not writable" in str(exc) and sys.argv[1] in str(exc) else 1)
sys.exit(2)
"""


def test_read_only_folder_names_the_folder(tmp_path: Path) -> None:
    """Root ignores permission bits, so where the tests run as root (CI) the check runs as `nobody`."""
    if os.geteuid() != 0:
        root = tmp_path / "ro"
        root.mkdir()
        root.chmod(0o500)
        try:
            with pytest.raises(EvidenceError, match=f"evidence folder {root} is not writable"):
                BodyStore(root).put(b"body")
        finally:
            root.chmod(0o700)
        return
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv(1): cannot drop to an unprivileged user")
    outer = Path(tempfile.mkdtemp(prefix="scamsweep-ro-"))  # /tmp, so `nobody` can reach it
    try:
        outer.chmod(0o755)
        root = outer / "ro"
        root.mkdir(mode=0o555)
        root.chmod(0o555)
        run = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", sys.executable,
                              "-c", UNPRIVILEGED_CHECK, str(root)], capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parents[3], timeout=120)
        assert run.returncode == 0, (run.returncode, run.stdout, run.stderr[-2000:])
    finally:
        shutil.rmtree(outer)
