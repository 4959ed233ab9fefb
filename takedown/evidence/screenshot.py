"""Screenshots of captured pages, taken off the crawl's path by a few long-lived Chromium contexts.

A `ScreenshotService` owns one headless Chromium (Debian's, driven by Playwright; Playwright never
downloads a browser here) on a worker thread with its own event loop, so the crawl's reactor never
waits for a rendering. `submit` queues a capture folder and returns at once; the PNG and its record
(`screenshot.json`, which also says why there is no PNG when there is none) land in that folder.
Crawlers of one process share one service through `acquire`/`release`.

>>> service = acquire(ScreenshotOptions())              # doctest: +SKIP
>>> service.submit(ScreenshotJob(folder, body, "text/html", "utf-8"))   # doctest: +SKIP
>>> release(service)   # waits for every queued screenshot, then stops the browser   # doctest: +SKIP
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from takedown.evidence.render import LAUNCH_ARGS, PageRenderer, RenderLimits, served_headers
from takedown.evidence.shotrecord import ScreenshotRecord, has_record, taken, write_record

DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_NICENESS = 10
INSTALL_HINT = "install Debian's chromium package (apt-get install chromium) or set SCAMSWEEP_CHROMIUM_PATH"


@dataclass(frozen=True)
class ScreenshotJob:
    """One captured body to render; the PNG and its record are written into `folder`."""

    folder: Path
    body: bytes
    content_type: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class ScreenshotOptions:
    """Which browser, how many contexts render at once, and the bounds on each rendering."""

    chromium: Path = DEFAULT_CHROMIUM
    contexts: int = 2
    max_body_bytes: int = 5 * 1024 * 1024
    limits: RenderLimits = field(default_factory=RenderLimits)


def chromium_missing(chromium: Path) -> str | None:
    """Why `chromium` cannot be run, in words a user can act on; None when it can."""
    if not (chromium.is_file() and os.access(chromium, os.X_OK)):
        return f"no screenshot: Chromium is not installed at {chromium} ({INSTALL_HINT})"
    return None


@dataclass
class _Browser:
    playwright: object
    browser: object
    renderers: asyncio.Queue  # one PageRenderer per context
    renderer: str


class ScreenshotService:
    """A queue of screenshots served by one browser with `options.contexts` contexts."""

    def __init__(self, options: ScreenshotOptions):
        self.options = options
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._starting: asyncio.Future | None = None  # touched only on the service's loop
        self._pending: set[concurrent.futures.Future] = set()

    def submit(self, job: ScreenshotJob) -> concurrent.futures.Future:
        """Queue `job`; the future's result is its ScreenshotRecord (it never raises for a page)."""
        refusal = self._refusal(job)
        if refusal is not None:
            done: concurrent.futures.Future = concurrent.futures.Future()
            done.set_result(write_record(job.folder, ScreenshotRecord(note=refusal)))
            return done
        future = asyncio.run_coroutine_threadsafe(self._shoot(job), self._running_loop())
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: concurrent.futures.Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def _refusal(self, job: ScreenshotJob) -> str | None:
        missing = chromium_missing(self.options.chromium)
        if missing:
            return missing
        if len(job.body) > self.options.max_body_bytes:
            return (f"no screenshot: the page is {len(job.body)} bytes, more than "
                    f"SCAMSWEEP_SCREENSHOT_MAX_BYTES ({self.options.max_body_bytes})")
        return None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=_run_niced, args=(self._loop,), name="scamsweep-screenshots",
                                                daemon=True)
                self._thread.start()
            return self._loop

    def close(self) -> None:
        """Wait for every queued screenshot (each is bounded in time), then stop the browser."""
        with self._lock:
            pending = list(self._pending)
        concurrent.futures.wait(pending)
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
        self._loop = self._thread = None

    async def _shoot(self, job: ScreenshotJob) -> ScreenshotRecord:
        if has_record(job.folder):  # the same capture queued twice: the first screenshot stays
            return ScreenshotRecord(note="screenshot already on record")
        try:
            browser = await self._ready()
        except Exception as exc:  # noqa: BLE001 - any launch failure is reported the same way
            return write_record(job.folder, ScreenshotRecord(
                note=f"no screenshot: Chromium at {self.options.chromium} did not start ({_short(exc)})"))
        renderer = await browser.renderers.get()
        limits = self.options.limits
        try:
            png = await asyncio.wait_for(
                renderer.render(job.body, served_headers(job.content_type, job.encoding), limits),
                timeout=limits.timeout * 3)  # goto and screenshot each have limits.timeout; this bounds the rest
        except Exception as exc:  # noqa: BLE001 - a hostile page may break the renderer in many ways
            renderer = await self._recover(browser, renderer)
            return write_record(job.folder, ScreenshotRecord(note=f"no screenshot: rendering failed ({_short(exc)})"))
        finally:
            browser.renderers.put_nowait(renderer)
        return write_record(job.folder, taken(png, browser.renderer), png)

    async def _recover(self, browser: _Browser, renderer: PageRenderer) -> PageRenderer:
        """After a failed rendering: a fresh page in the same context, or, when the browser has
        gone, a note to start a new one for the next job."""
        if not browser.browser.is_connected():
            self._starting = None
            return renderer
        try:
            context = renderer.page.context
            await renderer.close()
            return await PageRenderer.open(context)
        except Exception:  # noqa: BLE001 - the next job will find out and report it
            return renderer

    async def _ready(self) -> _Browser:
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._launch())
        return await asyncio.shield(self._starting)

    async def _launch(self) -> _Browser:
        from playwright.async_api import async_playwright

        playwright = await async_playwright().start()
        try:
            browser = await playwright.chromium.launch(executable_path=str(self.options.chromium),
                                                       args=list(LAUNCH_ARGS),
                                                       timeout=self.options.limits.timeout * 1000)
            renderers: asyncio.Queue = asyncio.Queue()
            for _ in range(max(1, self.options.contexts)):
                context = await browser.new_context(
                    java_script_enabled=False, service_workers="block", accept_downloads=False,
                    viewport={"width": self.options.limits.width, "height": self.options.limits.height})
                renderers.put_nowait(await PageRenderer.open(context))
        except BaseException:
            await playwright.stop()
            raise
        renderer = f"Chromium {browser.version}, headless, JavaScript off, network blocked"
        return _Browser(playwright, browser, renderers, renderer)

    async def _shutdown(self) -> None:
        if self._starting is None or not self._starting.done() or self._starting.exception() is not None:
            return
        browser = self._starting.result()
        self._starting = None
        try:
            await browser.browser.close()
        finally:
            await browser.playwright.stop()


def _run_niced(loop: asyncio.AbstractEventLoop) -> None:
    """Run the service's loop at a lower CPU priority. Linux nice values are per thread and are
    inherited by processes forked from it, so Playwright's driver and Chromium run niced too:
    the crawl keeps the CPU it needs, screenshots take what is left."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), SCREENSHOT_NICENESS)
    except (AttributeError, OSError):  # not Linux, or not allowed: run at normal priority
        pass
    loop.run_forever()


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


_shared: dict[ScreenshotOptions, tuple[ScreenshotService, int]] = {}
_shared_lock = threading.Lock()


def acquire(options: ScreenshotOptions) -> ScreenshotService:
    """The process's service for `options`, shared by every crawler that asks for the same ones."""
    with _shared_lock:
        service, users = _shared.get(options, (None, 0))
        if service is None:
            service = ScreenshotService(options)
        _shared[options] = (service, users + 1)
        return service


def release(service: ScreenshotService) -> None:
    """Let go of a service; the last user waits for its queue and stops its browser."""
    with _shared_lock:
        current, users = _shared.get(service.options, (None, 0))
        last = current is service and users <= 1
        if current is service:
            if last:
                del _shared[service.options]
            else:
                _shared[service.options] = (service, users - 1)
    if last:
        service.close()
