"""Capture every page that yields a finding as WARC + body + metadata, before it is stored, and
queue its screenshot for a browser that works beside the crawl, never on the reactor thread."""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from scrapy.exceptions import NotConfigured

from crawler.items import PageItem
from crawler.pipelines.detect import judged_units
from takedown.errors import EvidenceError
from takedown.evidence.capture import capture_fetch
from takedown.evidence.render import RenderLimits
from takedown.evidence.screenshot import DEFAULT_CHROMIUM, ScreenshotJob, ScreenshotOptions, acquire, release
from takedown.evidence.shotrecord import has_record
from takedown.evidence.scrub import scrub_headers, scrub_url
from takedown.evidence.warc import Fetch

logger = logging.getLogger(__name__)


def crawler_version() -> str:
    try:
        return f"scamsweep/{version('scamsweep')}"
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "scamsweep/unknown"


def should_capture(item: PageItem) -> bool:
    """A page is evidence when any of its verdicts says scam or its app impersonates a brand."""
    return item.app_finding is not None or any(str(v.label) == "scam" for _, v in item.verdicts)


def judged_texts(item: PageItem) -> dict[str, str]:
    """The text each verdict was computed on, by verdict name, so spans can be shown later."""
    return {name: text for name, text, _url in judged_units(item)}


def verdict_record(verdict) -> dict:
    """A verdict as plain JSON data (spans as [start, end])."""
    data = dataclasses.asdict(dataclasses.replace(verdict, extra={}))  # extra is the detector's scratch space
    data["label"] = str(verdict.label)
    data.pop("extra")
    return data


def capture_metadata(item: PageItem) -> dict:
    """Everything a recipient needs to know about how the page was fetched; secrets scrubbed."""
    user_agent = next((v for k, v in item.request_headers if k.lower() == "user-agent"), "")
    versions = sorted({v.detector_version for _, v in item.verdicts if v.detector_version})
    return {
        "url": scrub_url(item.url), "final_url": scrub_url(item.final_url or item.url),
        "status": item.status, "fetched_at": item.fetched_at.isoformat(),
        "ip_address": item.ip_address, "redirect_chain": [scrub_url(u) for u in item.redirect_chain],
        "user_agent": user_agent, "request_headers": scrub_headers(item.request_headers),
        "content_type": item.content_type, "encoding": item.encoding, "timings": item.timings,
        "source_kind": item.source_kind, "spider": item.spider, "query": item.query,
        "engine": item.engine, "rank": item.rank, "is_ad": item.is_ad, "flags": item.flags,
        "title": item.title, "crawler_version": crawler_version(), "detector_versions": versions,
        "texts": judged_texts(item),
        "verdicts": {name: verdict_record(v) for name, v in item.verdicts},
        "app_finding": dataclasses.asdict(item.app_finding) if dataclasses.is_dataclass(item.app_finding) else None,
    }


def fetch_of(item: PageItem) -> Fetch:
    return Fetch(url=item.url, final_url=item.final_url or item.url, status=item.status,
                 fetched_at=item.fetched_at, body=item.body, request_headers=item.request_headers,
                 response_headers=item.response_headers, ip_address=item.ip_address)


class CapturePipeline:
    """Sets `item.capture` (a takedown.evidence.capture.CaptureRecord) on pages with findings and
    queues their screenshots; the spider closes once its screenshots are written."""

    def __init__(self, evidence_dir: Path, screenshots: ScreenshotOptions | None, stats=None):
        self.evidence_dir = evidence_dir
        self.screenshots = screenshots  # None: screenshots are off
        self.stats = stats
        self._service = None
        self._queued: list = []

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        # defaults repeat crawler/settings.py so the pipeline also works under bare Scrapy settings
        if not settings.getbool("SCAMSWEEP_CAPTURE_ENABLED", True):
            raise NotConfigured("SCAMSWEEP_CAPTURE_ENABLED is off")
        return cls(Path(settings.get("SCAMSWEEP_EVIDENCE_DIR", "evidence")), screenshot_options(settings), crawler.stats)

    def open_spider(self) -> None:
        # cheap: the browser itself starts with the first screenshot, in the service's thread
        if self.screenshots is not None:
            self._service = acquire(self.screenshots)

    async def process_item(self, item):
        if not isinstance(item, PageItem) or not should_capture(item):
            self._count("skipped")
            return item
        try:
            item.capture = await asyncio.to_thread(self.capture, item)
        except EvidenceError as exc:
            logger.error("capture of %s failed: %s", scrub_url(item.url), exc)
            return self._failed(item)
        except Exception:  # noqa: BLE001 - a capture bug must not cost the finding itself
            logger.exception("capture of %s failed", scrub_url(item.url))
            return self._failed(item)
        self._count("captured")
        return item

    def _failed(self, item: PageItem) -> PageItem:
        # the finding is still worth storing; the missing capture is flagged, not hidden
        item.flags.append("capture_failed")
        self._count("failed")
        return item

    def capture(self, item: PageItem):
        """Write the capture (in a worker thread) and queue its screenshot if it has none yet."""
        record = capture_fetch(self.evidence_dir, fetch_of(item), capture_metadata(item), software=crawler_version())
        folder = Path(record.metadata_path).parent
        if self._service is not None and not has_record(folder):
            job = ScreenshotJob(folder, item.body, item.content_type, item.encoding)
            self._queued.append(self._service.submit(job))
            self._count("screenshot_queued")
        return record

    async def close_spider(self) -> None:
        """Wait (off the reactor) for this spider's screenshots, count them, let go of the browser."""
        queued, self._queued = self._queued, []
        for future in queued:
            try:
                shot = await asyncio.wrap_future(future)
            except EvidenceError as exc:  # the evidence folder refused the PNG or its record
                logger.error("%s", exc)
                self._count("screenshot_failed")
                continue
            self._count("screenshot_taken" if shot.file else "screenshot_missing")
        if self._service is not None:
            service, self._service = self._service, None
            await asyncio.to_thread(release, service)

    def _count(self, outcome: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"scamsweep/capture/{outcome}")


def screenshot_options(settings) -> ScreenshotOptions | None:
    """The screenshot settings, or None when SCAMSWEEP_SCREENSHOT_ENABLED is off."""
    if not settings.getbool("SCAMSWEEP_SCREENSHOT_ENABLED", True):
        return None
    limits = RenderLimits(timeout=settings.getfloat("SCAMSWEEP_SCREENSHOT_TIMEOUT", 20.0),
                          max_height=settings.getint("SCAMSWEEP_SCREENSHOT_MAX_HEIGHT", 8000))
    return ScreenshotOptions(chromium=Path(settings.get("SCAMSWEEP_CHROMIUM_PATH", str(DEFAULT_CHROMIUM))),
                             contexts=settings.getint("SCAMSWEEP_SCREENSHOT_CONTEXTS", 2),
                             max_body_bytes=settings.getint("SCAMSWEEP_SCREENSHOT_MAX_BYTES", 5 * 1024 * 1024),
                             limits=limits)
