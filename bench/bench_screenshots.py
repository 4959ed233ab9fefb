"""Time `scamsweep demo` with screenshots off and on, in fresh folders; prints medians and the ratio.

Usage: .venv/bin/python bench/bench_screenshots.py [ROUNDS]   (default 3; alternates off/on so a
busy machine weighs on both alike). "crawl done" is the last capture written (the crawl proper);
"total" is the command's wall time, which also waits for the last screenshot.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCAMSWEEP = Path(sys.executable).with_name("scamsweep")


def one_run(screenshots: bool) -> tuple[float, float, int]:
    """(total seconds, seconds to the last capture, screenshots taken) of one demo run."""
    folder = Path(tempfile.mkdtemp(prefix="bench-shots-"))
    env = {**os.environ, "SCAMSWEEP_SCREENSHOT_ENABLED": str(screenshots).lower()}
    env.pop("SCAMSWEEP_DB_URL", None)
    env.pop("SCAMSWEEP_EVIDENCE_DIR", None)
    try:
        start = time.time()
        subprocess.run([str(SCAMSWEEP), "demo"], cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL)
        total = time.time() - start
        captures = [p.stat().st_mtime for p in (folder / "evidence").rglob("capture.json")]
        shots = len(list((folder / "evidence").rglob("screenshot.png")))
        return total, max(captures) - start, shots
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    runs: dict[bool, list[tuple[float, float, int]]] = {False: [], True: []}
    for _ in range(rounds):
        for screenshots in (False, True):
            runs[screenshots].append(one_run(screenshots))
    for screenshots, label in ((False, "screenshots off"), (True, "screenshots on ")):
        totals = [r[0] for r in runs[screenshots]]
        crawls = [r[1] for r in runs[screenshots]]
        print(f"{label}: total median {statistics.median(totals):6.1f} s, crawl done median "
              f"{statistics.median(crawls):6.1f} s, screenshots {runs[screenshots][-1][2]} "
              f"(runs: {', '.join(f'{t:.1f}' for t in totals)})")
    ratio = statistics.median(r[0] for r in runs[True]) / statistics.median(r[0] for r in runs[False])
    print(f"total on/off ratio {ratio:.2f}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
