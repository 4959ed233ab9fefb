"""Peak memory and time of `verify` on a compression-bomb pack (issue 10: 3.1 MB that took 4.3 GB and 22 s).

The pack is a real one whose extra members are four deflated runs of zeros (1 GiB - 4 MiB each:
about 4.2 MB stored, 4.3 GB inflated). Each verify runs in a child process so its peak RSS is
its own. Two packs: the bombs added unlisted (refused before inflating) and the bombs listed and signed by\nthe pack's key (stopped by the ratio limit). Prints stored and inflated size, peak RSS, wall time, verdict.

    .venv/bin/python bench/bench_verify_bomb.py [--keep DIR]
"""
from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BOMBS = 4
BOMB_BYTES = (1 << 30) - (4 << 20)  # four of them stay just under the 4 GiB a pack may declare
CHUNK = 16 << 20


def zeros_sha256() -> str:
    digest, zeros, left = hashlib.sha256(), bytes(CHUNK), BOMB_BYTES
    while left:
        digest.update(zeros[:min(CHUNK, left)])
        left -= min(CHUNK, left)
    return digest.hexdigest()


def build(folder: Path, signed: bool) -> tuple[Path, str]:
    """The bomb pack; with `signed`, the bombs are listed in SHA256SUMS and signed by the pack's key
    (what only the key's holder can make: it shows the ratio limit, not the signature, at work)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from takedown.evidence.pack import SIGNATURE, SUMS, build_pack
    from takedown.evidence.signing import fingerprint
    from tests.takedown.evidence.packs import single_pack

    key = Ed25519PrivateKey.generate()
    members = build_pack(single_pack(folder / "capture"), key)
    names = [f"bomb-{number}.bin" for number in range(BOMBS)]
    if signed:
        digest = zeros_sha256()
        members[SUMS] += "".join(f"{digest}  {name}\n" for name in names).encode()
        members[SIGNATURE] = key.sign(members[SUMS])
    path = folder / "bomb.zip"
    zeros = bytes(CHUNK)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
        for name in names:
            with archive.open(name, "w", force_zip64=True) as member:
                left = BOMB_BYTES
                while left:
                    member.write(zeros[:min(CHUNK, left)])
                    left -= min(CHUNK, left)
    return path, fingerprint(key.public_key())


def child(path: str, expected: str) -> None:
    from takedown.errors import TakedownError
    from takedown.evidence.verify import verify_pack

    start = time.perf_counter()
    try:
        verify_pack(Path(path), expected_fingerprint=expected)
        verdict = "verified"
    except TakedownError as exc:
        verdict = str(exc)
    print(json.dumps({"seconds": time.perf_counter() - start, "verdict": verdict,
                      "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    for signed in (False, True):
        with tempfile.TemporaryDirectory() as temp:
            path, expected = build(Path(temp), signed)
            with zipfile.ZipFile(path) as archive:
                inflated = sum(info.file_size for info in archive.infolist())
            run = subprocess.run([sys.executable, __file__, "--child", str(path), expected], capture_output=True,
                                 text=True, cwd=ROOT, check=True)
            result = json.loads(run.stdout.splitlines()[-1])
            stored = path.stat().st_size
        print(f"bomb pack ({'bombs listed and signed' if signed else 'bombs added'}): {stored / 1e6:.1f} MB stored, "
              f"{inflated / 1e9:.2f} GB inflated")
        print(f"  verify: peak RSS {result['peak_rss_mib']:.0f} MiB, {result['seconds']:.2f} s; {result['verdict']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
