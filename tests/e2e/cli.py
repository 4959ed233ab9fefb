"""Run the scamsweep command line as a user does: a separate process, real exit status and streams."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """`scamsweep ARGS` in a child process; returns the completed process with text output."""
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=cwd or REPO_ROOT, env=environment, capture_output=True, text=True, timeout=timeout,
    )
