"""Start a crawl of the hostile web in a subprocess and read back its report."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# Fast enough for tests, still our safety limits: only delays and timeouts shrink.
TEST_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 64,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 3,
    "RETRY_TIMES": 1,
    "SCAMSWEEP_RETRY_BACKOFF_BASE": 0.2,
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
}


def run_crawl(workdir: Path, start: list[dict], settings: dict | None = None, timeout: float = 150) -> dict:
    """Crawl `start` with crawler/settings.py plus TEST_SETTINGS and `settings`; returns the report."""
    spec = workdir / "spec.json"
    out = workdir / "report.json"
    spec.write_text(json.dumps({"start": start, "settings": {**TEST_SETTINGS, **(settings or {})}}), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tests.hostile.crawlrun", str(spec), str(out)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0 or not out.exists():
        raise AssertionError(f"crawl failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    report["log"] = proc.stderr
    return report


def outcomes_of(report: dict, case: str) -> list[dict]:
    return [o for o in report["outcomes"] if o["case"] == case]
