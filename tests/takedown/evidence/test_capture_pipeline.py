"""Capture at crawl time: WARC records warcio verifies, bodies by hash, no crawler secret kept."""
from __future__ import annotations

import asyncio
import dataclasses
import gzip
import json
import threading
from io import BytesIO
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from crawler.pipelines.capture import CapturePipeline, should_capture
from detectors.types import Label, Verdict
from takedown.evidence.bodies import BodyStore
from takedown.evidence.capture import read_capture
from takedown.evidence.screenshot import ScreenshotOptions
from takedown.evidence.shotrecord import read_screenshot

from .conftest import CANARIES, scam_item  # noqa: F401  (importlib mode resolves the package)


def run_pipeline(tmp_path: Path, item, screenshots: ScreenshotOptions | None = None):
    return asyncio.run(crawl_one(CapturePipeline(tmp_path, screenshots), item))


async def crawl_one(pipeline: CapturePipeline, item):
    """What a crawl does with one item: open, process, close (which waits for the screenshots)."""
    pipeline.open_spider()
    item = await pipeline.process_item(item)
    await pipeline.close_spider()
    return item


def records(warc: bytes) -> list:
    out = []
    for record in ArchiveIterator(BytesIO(warc), check_digests="raise"):
        out.append((record.rec_type, record.rec_headers, record.http_headers, record.content_stream().read()))
    return out


def test_scam_page_is_captured_as_request_and_response_with_verified_digests(tmp_path: Path) -> None:
    item = run_pipeline(tmp_path, scam_item())
    warc = Path(item.capture.warc_path).read_bytes()
    by_type = {rec_type: (headers, http, body) for rec_type, headers, http, body in records(warc)}
    assert set(by_type) == {"warcinfo", "request", "response", "metadata"}
    response_headers, http, body = by_type["response"]
    assert body == item.body
    assert response_headers.get_header("WARC-Target-URI").startswith("http://127.0.0.1:8123/thread-1.html?tid=1")
    assert response_headers.get_header("WARC-IP-Address") == "127.0.0.1"
    assert response_headers.get_header("WARC-Date") == "2026-11-28T09:30:01.250000Z"
    assert response_headers.get_header("WARC-Payload-Digest") and response_headers.get_header("WARC-Block-Digest")
    # the body is kept decoded, so the stored headers must not claim gzip
    assert http.get_header("Content-Encoding") is None
    assert http.get_header("Content-Length") == str(len(item.body))
    request_headers, request_http, _ = by_type["request"]
    assert request_headers.get_header("WARC-Record-ID")
    assert request_headers.get_header("WARC-Target-URI") == response_headers.get_header("WARC-Target-URI")
    assert request_http.get_header("User-Agent").startswith("scamsweep/")


def test_body_and_metadata_are_stored_by_hash(tmp_path: Path) -> None:
    item = run_pipeline(tmp_path, scam_item())
    assert BodyStore(tmp_path).get(item.capture.body_sha256) == item.body
    metadata = json.loads(Path(item.capture.metadata_path).read_text())
    assert metadata["redirect_chain"][0] == "http://127.0.0.1:8123/go?api_key=REDACTED"
    assert metadata["user_agent"].startswith("scamsweep/")
    assert metadata["timings"] == {"download_latency": 0.012}
    assert metadata["texts"]["post:0"].startswith("求助\n")
    span = metadata["verdicts"]["page"]["reasons"][0]["span"]
    assert metadata["texts"]["page"][span["start"]:span["end"]] == "0085212345678"
    assert metadata["detector_versions"] == ["det-1.2"]
    assert read_capture(Path(item.capture.metadata_path)) == item.capture


def test_no_crawler_secret_reaches_any_evidence_file(tmp_path: Path) -> None:
    run_pipeline(tmp_path, scam_item())
    seen = []
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            seen += [(path.name, canary) for canary in CANARIES if canary.encode() in data]
    assert seen == []


def test_capturing_the_same_page_twice_keeps_the_first_capture(tmp_path: Path) -> None:
    first = run_pipeline(tmp_path, scam_item()).capture
    second = run_pipeline(tmp_path, scam_item()).capture
    assert first == second
    assert len(list(tmp_path.rglob("*.warc.gz"))) == 1


def test_benign_page_is_not_captured(tmp_path: Path) -> None:
    item = scam_item()
    item.verdicts = [("page", Verdict(label=Label.BENIGN, score=0.1, brand=None))]
    assert not should_capture(item)
    assert run_pipeline(tmp_path, item).capture is None
    assert not any(tmp_path.iterdir())


def test_unwritable_evidence_folder_flags_the_item_instead_of_losing_it(tmp_path: Path) -> None:
    blocker = tmp_path / "evidence"
    blocker.write_text("a file, not a folder")
    item = run_pipeline(blocker, scam_item())
    assert item.capture is None and "capture_failed" in item.flags


def test_missing_chromium_is_recorded_beside_the_capture_with_what_to_install(tmp_path: Path) -> None:
    item = run_pipeline(tmp_path, scam_item(), ScreenshotOptions(chromium=tmp_path / "no-chromium"))
    record, png = read_screenshot(Path(item.capture.metadata_path).parent)
    assert png is None and record.file is None
    assert record.note.startswith(f"no screenshot: Chromium is not installed at {tmp_path / 'no-chromium'}")
    assert "apt-get install chromium" in record.note


def test_screenshots_switched_off_leave_no_record(tmp_path: Path) -> None:
    item = run_pipeline(tmp_path, scam_item(), None)
    assert read_screenshot(Path(item.capture.metadata_path).parent) == (None, None)


def test_capture_can_be_switched_off() -> None:
    crawler = get_crawler(settings_dict={"SCAMSWEEP_CAPTURE_ENABLED": False})
    with pytest.raises(NotConfigured):
        CapturePipeline.from_crawler(crawler)


def test_from_crawler_reads_the_evidence_folder_and_counts_outcomes(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"SCAMSWEEP_EVIDENCE_DIR": str(tmp_path / "ev"),
                                         "SCAMSWEEP_CHROMIUM_PATH": str(tmp_path / "no-chromium")})
    pipeline = CapturePipeline.from_crawler(crawler)
    item = asyncio.run(crawl_one(pipeline, scam_item()))
    assert Path(item.capture.warc_path).is_relative_to(tmp_path / "ev")
    assert pipeline.screenshots.chromium == tmp_path / "no-chromium"
    assert crawler.stats.get_value("scamsweep/capture/captured") == 1
    assert crawler.stats.get_value("scamsweep/capture/screenshot_queued") == 1
    assert crawler.stats.get_value("scamsweep/capture/screenshot_missing") == 1


@pytest.mark.parametrize("url", ["http://x.test/还呗 客服?q=还呗", "http://x.test/\x00\u202e",
                                 "http://x.test/a%0D%0AWARC-Type:%20revisit", "http://x.test/\udc80"])
def test_hostile_urls_and_headers_cannot_break_or_forge_records(tmp_path: Path, url: str) -> None:
    item = scam_item(url)
    item.request_headers.append(("X-Forged", "a\r\nWARC-Type: revisit\r\n\r\n"))
    item.response_headers.append(("X-Forged", "b\r\nX-Injected: 1"))
    item = run_pipeline(tmp_path, item)
    found = records(Path(item.capture.warc_path).read_bytes())
    assert [rec_type for rec_type, *_ in found] == ["warcinfo", "request", "response", "metadata"]
    for rec_type, headers, http, _ in found:
        assert headers.get_header("WARC-Target-URI", "").isascii()
        assert http is None or http.get_header("X-Injected") is None


def test_judged_texts_match_what_the_detect_pipeline_judged() -> None:
    from crawler.items import AppInfo, TextSegment
    from crawler.pipelines.capture import judged_texts
    from crawler.pipelines.detect import judge_item

    class RecordingDetector:
        def __init__(self) -> None:
            self.texts: list[str] = []

        def analyse(self, text: str, **_context) -> Verdict:
            self.texts.append(text)
            return Verdict(label=Label.BENIGN, score=0.0, brand=None)

        def impersonated_brand(self, *_app):
            return None

    item = scam_item()
    item.segments += [TextSegment(kind="snippet", text="还呗 00852", title="t"), TextSegment(kind="post", text=""),
                      TextSegment(kind="app_description", text="客服 00852")]
    item.app = AppInfo(store="itunes", name="还呗", developer="x", bundle_id="b", store_url="u")
    detector = RecordingDetector()
    verdicts, _ = judge_item(detector, item)
    assert dict(zip([name for name, _ in verdicts], detector.texts)) == judged_texts(item)


def test_odd_values_in_the_item_are_recorded_not_fatal(tmp_path: Path) -> None:
    from datetime import datetime, timezone
    from decimal import Decimal

    item = scam_item()
    item.timings = {"started": datetime(2026, 1, 1, tzinfo=timezone.utc), "latency": Decimal("0.25")}
    item.verdicts = [("page", dataclasses.replace(item.verdicts[0][1], extra={"lock": threading.Lock()}))]
    item = run_pipeline(tmp_path, item)
    metadata = json.loads(Path(item.capture.metadata_path).read_text())
    assert metadata["timings"] == {"started": "2026-01-01 00:00:00+00:00", "latency": "0.25"}
