"""Screenshots: captured bytes rendered by long-lived headless Chromium, offline, scripts off, bounded."""
from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

import pytest

from takedown.evidence.render import RenderLimits, served_headers
from takedown.evidence.screenshot import (
    DEFAULT_CHROMIUM, ScreenshotJob, ScreenshotOptions, ScreenshotService, acquire, chromium_missing, release,
)
from takedown.evidence.shotrecord import PNG_SIGNATURE, SCREENSHOT_NAME, read_screenshot


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", png[16:24])  # IHDR width and height


@pytest.fixture(scope="module")
def chromium() -> Path:
    reason = chromium_missing(DEFAULT_CHROMIUM)
    if reason:
        pytest.skip(f"screenshot tests need Chromium: {reason}")
    return DEFAULT_CHROMIUM


@pytest.fixture(scope="module")
def service(chromium: Path):
    shots = ScreenshotService(ScreenshotOptions(chromium=chromium, limits=RenderLimits(max_height=3000)))
    yield shots
    shots.close()


class Canary:
    """A loopback listener that counts every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def stop(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


def hostile_page(port: int) -> bytes:
    base = f"http://127.0.0.1:{port}"
    return f"""<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url={base}/refresh">
<link rel="stylesheet" href="{base}/style.css"><link rel="preconnect" href="{base}">
<link rel="prefetch" href="{base}/prefetch"><link rel="icon" href="{base}/favicon.ico">
<style>@import url("{base}/import.css"); body {{ background: url("{base}/bg.png"); }}</style>
<script src="{base}/script.js"></script>
<script>fetch("{base}/fetch"); new Image().src = "{base}/beacon"; location = "{base}/js";</script>
</head><body><p>还呗客服电话 0085212345678</p>
<img src="{base}/img.png"><img srcset="{base}/a.png 1x"><iframe src="{base}/frame"></iframe>
<object data="{base}/object"></object><video poster="{base}/poster.png"></video>
<form action="{base}/form" method="post"><input type="image" src="{base}/input.png"></form>
<a ping="{base}/ping" href="{base}/link">link</a></body></html>""".encode()


def shoot(service: ScreenshotService, folder: Path, body: bytes, content_type: str = "text/html") -> tuple:
    folder.mkdir(parents=True, exist_ok=True)
    service.submit(ScreenshotJob(folder, body, content_type, "utf-8")).result(timeout=120)
    return read_screenshot(folder)


def test_hostile_page_is_rendered_without_any_connection_leaving_the_browser(service, tmp_path: Path) -> None:
    canary = Canary()
    try:
        record, png = shoot(service, tmp_path / "capture", hostile_page(canary.port))
    finally:
        canary.stop()
    assert canary.connections == 0
    assert record.file == SCREENSHOT_NAME and record.note == "screenshot taken"
    assert png_size(png)[0] == 1280
    assert "JavaScript off" in record.renderer and record.taken_at.endswith("Z")


def test_scripts_do_not_run(service, tmp_path: Path) -> None:
    # with scripts on, the page would be 20000 px tall and the image cut at 3000
    body = b"<p>short page</p><script>document.body.style.height = '20000px'</script>"
    _, png = shoot(service, tmp_path / "capture", body)
    assert png_size(png) == (1280, 900)


def test_a_tall_page_is_cut_at_the_maximum_height(service, tmp_path: Path) -> None:
    _, png = shoot(service, tmp_path / "capture", b'<div style="height: 20000px">tall</div>')
    assert png_size(png) == (1280, 3000)


def test_json_and_other_text_are_rendered_as_plain_text(service, tmp_path: Path) -> None:
    record, png = shoot(service, tmp_path / "capture", b'{"trackName": "<b>x</b>"}', "application/json")
    assert record.file == SCREENSHOT_NAME and png.startswith(PNG_SIGNATURE)


def test_a_capture_is_screenshot_once(service, tmp_path: Path) -> None:
    first, png = shoot(service, tmp_path / "capture", b"<p>one</p>")
    again = service.submit(ScreenshotJob(tmp_path / "capture", b"<p>two</p>")).result(timeout=120)
    assert again.note == "screenshot already on record"
    assert read_screenshot(tmp_path / "capture") == (first, png)


def test_rendering_is_bounded_in_time_and_recorded_when_it_fails(chromium: Path, tmp_path: Path) -> None:
    hurried = ScreenshotService(ScreenshotOptions(chromium=chromium, limits=RenderLimits(timeout=0.001)))
    try:
        record, png = shoot(hurried, tmp_path / "capture", b"<p>x</p>" * 20000)
    finally:
        hurried.close()
    assert png is None and record.note.startswith("no screenshot: ")
    assert "rendering failed" in record.note or "did not start" in record.note


def test_oversized_bodies_are_not_rendered(tmp_path: Path) -> None:
    small = ScreenshotService(ScreenshotOptions(chromium=Path("/bin/sh"), max_body_bytes=10))
    record, png = shoot(small, tmp_path / "capture", b"<p>more than ten bytes</p>")
    small.close()
    assert png is None
    assert record.note == "no screenshot: the page is 26 bytes, more than SCAMSWEEP_SCREENSHOT_MAX_BYTES (10)"


def test_missing_chromium_says_what_to_install(tmp_path: Path) -> None:
    absent = ScreenshotService(ScreenshotOptions(chromium=tmp_path / "chromium"))
    record, png = shoot(absent, tmp_path / "capture", b"<p>x</p>")
    absent.close()
    assert png is None and "apt-get install chromium" in record.note


def test_crawlers_of_one_process_share_one_service(tmp_path: Path) -> None:
    options = ScreenshotOptions(chromium=tmp_path / "chromium")
    first, second = acquire(options), acquire(options)
    assert first is second
    release(first)
    assert acquire(options) is first  # still held by the second user
    release(first)
    release(first)
    assert acquire(options) is not first  # the last release closed it; a new one is made
    release(acquire(options))


@pytest.mark.parametrize(("content_type", "encoding", "served"), [
    ("text/html; charset=gbk", "gb18030", "text/html; charset=gb18030"),
    ("application/xhtml+xml", "utf-8", "text/html; charset=utf-8"),
    (None, None, "text/html; charset=utf-8"),
    ("application/json", "utf-8", "text/plain; charset=utf-8"),
    ("image/svg+xml", "utf-8", "text/plain; charset=utf-8"),
    ("text/html", "utf-8\r\nx-injected: 1", "text/html; charset=utf-8"),
])
def test_captured_bytes_are_served_sandboxed_as_html_or_plain_text(content_type, encoding, served) -> None:
    headers = served_headers(content_type, encoding)
    assert headers["content-type"] == served
    assert headers["content-security-policy"].startswith("sandbox; default-src 'none'")
