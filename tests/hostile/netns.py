"""A network namespace of the test's own: only a loopback interface, carrying the addresses we give it.

`run_in_netns(module, args)` runs ``python -m module args`` under ``unshare --net``: the child
sees a fresh `lo` and nothing else, so a connection to any address we did not put on `lo` fails
at once (no route) and no packet ever leaves the machine. `add_addresses` (called inside the
namespace) puts the addresses on `lo`, so canaries can listen on ranges like 192.0.2.0/24 the
way a machine whose own interface sits there would.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def netns_unavailable() -> str | None:
    """Why a private network namespace cannot be made here, or None when it can."""
    if not (shutil.which("unshare") and shutil.which("ip")):
        return "unshare(1) and ip(8) are needed to make a network namespace"
    probe = subprocess.run(["unshare", "--net", "ip", "link", "set", "lo", "up"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"cannot make a network namespace here: {probe.stderr.strip()[:200]}"
    return None


def run_in_netns(module: str, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(["unshare", "--net", sys.executable, "-m", module, *args], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=timeout)


def add_addresses(addresses: list[str]) -> None:
    """Inside the namespace: bring `lo` up and give it `addresses` (IPv6 ones without duplicate detection)."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    for address in addresses:
        if ":" in address:
            subprocess.run(["ip", "-6", "addr", "add", f"{address}/128", "dev", "lo", "nodad"], check=True)
        else:
            subprocess.run(["ip", "addr", "add", f"{address}/32", "dev", "lo"], check=True)
