"""Time capture, pack building and verification on the canary scam page; prints medians."""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from takedown.evidence.container import zip_bytes  # noqa: E402
from takedown.evidence.pack import build_pack  # noqa: E402
from takedown.evidence.verify import verify_members  # noqa: E402
from tests.takedown.evidence.packs import captured_page, single_pack  # noqa: E402

ROUNDS = 50


def median_ms(action) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    key = Ed25519PrivateKey.generate()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        counter = iter(range(10**6))
        capture = median_ms(lambda: captured_page(folder, url=f"http://127.0.0.1:1/t-{next(counter)}.html"))
        pack = single_pack(folder / "one")
        members = build_pack(pack, key)
        build = median_ms(lambda: build_pack(pack, key))
        zipped = median_ms(lambda: zip_bytes(members))
        verify = median_ms(lambda: verify_members(members, trusted=key.public_key()))
    print(f"capture (body + WARC + sidecar, fsync'd) median {capture:.2f} ms/page over {ROUNDS}")
    print(f"build pack (12 members, signed)         median {build:.2f} ms")
    print(f"zip pack                                median {zipped:.2f} ms")
    print(f"verify pack in memory                   median {verify:.2f} ms")


if __name__ == "__main__":
    main()
