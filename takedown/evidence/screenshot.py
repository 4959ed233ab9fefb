"""Screenshot a captured body with headless Chromium, offline and with JavaScript off."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_SECONDS = 60

# Every fetch goes to a dead proxy and every host name fails to resolve: the saved body is
# rendered from a file:// copy and nothing it references can be loaded.
_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--blink-settings=scriptEnabled=false", "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1280,2000",
)


def chromium_command(chromium: Path, page: Path, profile: Path, out: Path) -> list[str]:
    """The command line that renders `page` into the PNG `out` with a fresh, empty profile."""
    return [str(chromium), *_FLAGS, f"--user-data-dir={profile}", f"--screenshot={out}", page.as_uri()]


def take_screenshot(body: bytes, out: Path, chromium: Path = DEFAULT_CHROMIUM) -> str:
    """Render `body` into `out` (PNG); return a note saying what happened (never raises for
    a missing or failing browser: the screenshot is optional evidence)."""
    if not chromium.is_file():
        return f"screenshot skipped: {chromium} is not installed"
    with tempfile.TemporaryDirectory(prefix="scamsweep-shot-") as scratch:
        page = Path(scratch) / "page.html"
        page.write_bytes(body)
        profile = Path(scratch) / "profile"
        profile.mkdir()
        try:
            subprocess.run(chromium_command(chromium, page, profile, out), check=True,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return f"screenshot failed: {chromium} took longer than {TIMEOUT_SECONDS}s"
        except (subprocess.CalledProcessError, OSError) as exc:
            return f"screenshot failed: {exc}"
    if not out.is_file():
        return f"screenshot failed: {chromium} wrote no image"
    return "screenshot taken"
