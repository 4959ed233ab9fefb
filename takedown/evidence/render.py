"""Render one captured body to PNG in a headless Chromium context, with scripts and the network off.

The page never sees the web: it is loaded from a fixed address under `.invalid` (a name that can
never resolve), the browser route answers that one navigation with the captured bytes and aborts
every other request, JavaScript is off in the context, and the served document carries a CSP
`sandbox` (no scripts, forms, popups or meta refresh) that allows no external resource. The
browser is also started behind a dead proxy with every host name mapped to "not found", so a
request that slipped past the route still could not leave the machine.
"""
from __future__ import annotations

from dataclasses import dataclass

CAPTURE_URL = "http://capture.scamsweep.invalid/"
SANDBOX_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
               "form-action 'none'; frame-src 'none'")
LAUNCH_ARGS = (
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--disable-gpu",
    # A sandboxed document has an opaque origin, and site isolation would start a renderer process
    # for each one (three times slower). Every page here is our own capture with scripts off, so
    # there is no other site to isolate it from: one renderer per context is kept instead.
    "--process-per-site", "--disable-features=site-per-process",
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class RenderLimits:
    """Bounds on one rendering: the window, the tallest image, and the time each step may take."""

    width: int = 1280
    height: int = 900
    max_height: int = 8000
    timeout: float = 20.0


def served_headers(content_type: str | None, encoding: str | None) -> dict[str, str]:
    """Headers the captured body is served with: HTML stays HTML (decoded with the charset the
    crawler used), anything else is shown as plain text; always under the sandbox CSP.

    >>> served_headers("text/html; charset=gbk", "gb18030")["content-type"]
    'text/html; charset=gb18030'
    >>> served_headers("application/json", None)["content-type"]
    'text/plain; charset=utf-8'
    """
    media = (content_type or "").split(";")[0].strip().lower()
    kind = "text/html" if media in _HTML_TYPES or not media else "text/plain"
    charset = _charset(encoding)
    return {"content-type": f"{kind}; charset={charset}", "content-security-policy": SANDBOX_CSP,
            "x-content-type-options": "nosniff", "cache-control": "no-store"}


def _charset(encoding: str | None) -> str:
    # a hostile or odd encoding name must not break the header; fall back to UTF-8
    if encoding and encoding.replace("-", "").replace("_", "").isalnum() and len(encoding) <= 40:
        return encoding.lower()
    return "utf-8"


class PageRenderer:
    """One long-lived page of a browser context (made with JavaScript off) that renders captured
    bodies one after another; the route answers only the current body's navigation."""

    def __init__(self, page):
        self.page = page
        self._current: tuple[bytes, dict[str, str]] | None = None

    @classmethod
    async def open(cls, context) -> "PageRenderer":
        renderer = cls(await context.new_page())
        await renderer.page.route("**/*", renderer._handle)
        return renderer

    async def render(self, body: bytes, headers: dict[str, str], limits: RenderLimits) -> bytes:
        """The PNG of `body`, at most `limits.max_height` pixels tall."""
        self._current = (body, headers)
        try:
            timeout_ms = limits.timeout * 1000
            await self.page.goto(CAPTURE_URL, wait_until="load", timeout=timeout_ms)
            clip = {"x": 0, "y": 0, "width": limits.width, "height": limits.max_height}
            return await self.page.screenshot(type="png", full_page=True, clip=clip, timeout=timeout_ms,
                                              animations="disabled", caret="hide")
        finally:
            self._current = None

    async def _handle(self, route) -> None:
        request, current = route.request, self._current
        if current is not None and request.url == CAPTURE_URL and request.is_navigation_request():
            self._current = None  # served once: a second navigation to it is refused too
            await route.fulfill(status=200, headers=current[1], body=current[0])
        else:
            await route.abort("blockedbyclient")

    async def close(self) -> None:
        await self.page.close()
