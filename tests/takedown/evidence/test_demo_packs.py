"""Issue 5's path on the demo's own findings: confirm a cluster, export for a forum host and a
phone carrier, verify both, tamper and see verify fail."""
from __future__ import annotations

import gzip
import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from takedown.channels import channel_for
from tests.e2e.cli import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("demo")
    env = {"SCAMSWEEP_SIGNING_KEY": str(folder / "keys" / "signing.pem")}
    common = ["--db", f"sqlite:///{folder / 'demo.db'}"]
    result = run_cli("demo", *common, "--evidence", str(folder / "evidence"), cwd=folder, env=env)
    assert result.returncode == 0, result.stderr
    findings = json.loads(run_cli("findings", "--json", *common, cwd=folder, env=env).stdout)
    return {"folder": folder, "env": env, "common": common, "findings": findings}


def cli(demo: dict, *args: str):
    return run_cli(*args, cwd=demo["folder"], env=demo["env"])


def export_args(demo: dict) -> list[str]:
    return [*demo["common"], "--evidence", str(demo["folder"] / "evidence"),
            "--config", str(Path(__file__).resolve().parents[3] / "localweb" / "brands.toml")]


def test_every_capture_of_the_demo_passes_warcio_digest_checks(demo: dict) -> None:
    warcs = sorted((demo["folder"] / "evidence" / "captures").rglob("capture.warc.gz"))
    assert warcs
    for path in warcs:
        types = [r.rec_type for r in ArchiveIterator(BytesIO(path.read_bytes()), check_digests="raise")]
        assert types == ["warcinfo", "request", "response", "metadata"]
        assert b"Authorization: " not in gzip.decompress(path.read_bytes())


def test_confirm_export_verify_and_tamper(demo: dict) -> None:
    forum = next(f for f in demo["findings"] if f["source_kind"] == "forum" and f["number"])
    number = forum["number"]
    confirmed = cli(demo, "review", "confirm", "--cluster", number, "--as", "alice", *demo["common"])
    assert confirmed.returncode == 0, confirmed.stderr
    forum_pack, carrier_pack = demo["folder"] / "forum-pack", demo["folder"] / "carrier.zip"
    assert cli(demo, "export", "pack", str(forum["id"]), "--platform", "forum", "-o", str(forum_pack),
               *export_args(demo)).returncode == 0
    assert cli(demo, "export", "pack", number, "--cluster", "--platform", "carrier", "-o", str(carrier_pack),
               *export_args(demo)).returncode == 0
    assert json.loads((forum_pack / "manifest.json").read_text())["findings"][0]["status"] == "confirmed"
    for pack in (forum_pack, carrier_pack):
        verified = cli(demo, "verify", str(pack))
        assert verified.returncode == 0 and verified.stdout.startswith("OK:"), verified.stderr
    with zipfile.ZipFile(carrier_pack) as archive:
        letter = archive.read("letter.en.txt").decode()
    channel = channel_for(number)
    assert f"To {channel.name}" in letter and channel.how in letter
    html = forum_pack / "page.html"
    html.write_bytes(html.read_bytes().replace(b"</", b"<!-- --></", 1))
    failed = cli(demo, "verify", str(forum_pack))
    assert failed.returncode == 7
    assert failed.stderr.strip() == "error: verify failed: page.html: SHA-256 does not match SHA256SUMS"
