"""The hostile web through the real `seeds` spider and every item pipeline (issue 10 item 9).

`scamsweep crawl seeds` runs as a user runs it (robots on, detection, capture, storage), on a
scam page served whole and served in hostile ways: inside a gzip bomb, cut short, reset, chunked
past the size limit, and dripped. Each way carries its own marker; the test then reads the
database and the evidence folder: the whole page is stored with its finding and evidence, and
nothing of any hostile way is stored anywhere, complete or not.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli import run_cli
from tests.hostile import payloads
from tests.hostile.figures import FIGURES_KEY
from tests.hostile.server import HostileServer

pytestmark = pytest.mark.slow

HOSTILE_WAYS = ("bomb", "cut", "reset", "chunked-past", "drip")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> dict:
    payloads.warm()
    folder = tmp_path_factory.mktemp("pipelines")
    server = HostileServer().start()
    hosts = {way: f"{way}.scam.test" for way in ("whole", *HOSTILE_WAYS)}
    urls = [f"http://{host}:{server.port}/scam/{way}" for way, host in hosts.items()]
    settings = {"SCAMSWEEP_SEED_URLS": ",".join(urls),
                "SCAMSWEEP_STATIC_HOSTS": json.dumps({h: "127.0.0.1" for h in hosts.values()}),
                "SCAMSWEEP_SSRF_ALLOW_HOSTS": "127.0.0.1", "SCAMSWEEP_SCREENSHOT_ENABLED": "False",
                "DOWNLOAD_TIMEOUT": "3", "RETRY_TIMES": "0", "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False"}
    args = [arg for name, value in settings.items() for arg in ("-s", f"{name}={value}")]
    try:
        result = run_cli("crawl", "seeds", "--config", str(Path("localweb/brands.toml").resolve()),
                         "--db", f"sqlite:///{folder / 'cases.db'}", "--evidence", str(folder / "evidence"), *args,
                         cwd=folder, env={"SCAMSWEEP_SIGNING_KEY": str(folder / "key.pem")}, timeout=240)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    return {"folder": folder, "log": result.stderr, "seen": {s.path for s in server.seen}}


def stored_rows(folder: Path) -> tuple[list[str], list[tuple]]:
    with sqlite3.connect(folder / "cases.db") as db:
        pages = [row[0] for row in db.execute("SELECT url FROM pages")]
        findings = list(db.execute("SELECT brand, number, status FROM findings"))
    return pages, findings


def evidence_holding(folder: Path, marker: str) -> list[Path]:
    """Every evidence file (bodies, WARCs, metadata; gzipped or not) that holds `marker`."""
    import gzip

    found = []
    for path in (folder / "evidence").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if data[:2] == b"\x1f\x8b":
                try:
                    data = gzip.decompress(data)
                except (OSError, EOFError):
                    pass
            if marker.encode() in data:
                found.append(path)
    return found


def test_the_whole_scam_page_is_stored_with_its_finding_and_evidence(crawled):
    pages, findings = stored_rows(crawled["folder"])
    assert any(url.endswith("/scam/whole") for url in pages)
    assert ("还呗", "+61491570313", "new") in findings
    assert evidence_holding(crawled["folder"], "MARKER-whole")


@pytest.mark.parametrize("way", HOSTILE_WAYS)
def test_nothing_of_a_hostile_response_is_stored_or_kept_as_evidence(crawled, way):
    assert f"/scam/{way}" in crawled["seen"], "the crawler never asked for it: the test would prove nothing"
    pages, _ = stored_rows(crawled["folder"])
    assert not [url for url in pages if url.endswith(f"/scam/{way}")]
    assert evidence_holding(crawled["folder"], f"MARKER-{way}") == []


def test_print_pipeline_figures(crawled, request):
    pages, findings = stored_rows(crawled["folder"])
    leaked = sum(bool(evidence_holding(crawled["folder"], f"MARKER-{w}")) for w in HOSTILE_WAYS)
    line = (f"  real spider + pipelines: hostile ways tried {len(HOSTILE_WAYS)} / stored 0 expected, "
            f"pages stored {len(pages)}, findings {len(findings)}, hostile evidence kept {leaked}")
    request.config.stash[FIGURES_KEY].append(line)
    assert leaked == 0
