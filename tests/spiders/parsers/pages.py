"""Helpers for parser tests: load saved pages (shared, read in place, or our own) and check results."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from spiders.parsers.base import SavedResponse, SerpResult

OWN_PAGES = Path(__file__).resolve().parents[2] / "pages"


def real_page(shared_dir: Path, relative: str, url: str, content_type: str | None = None) -> SavedResponse:
    """A real saved page from ../shared/pages/<kind>/, read in place (never copied into the project);
    the test skips, with a message, where the file is absent. `content_type` is the header the
    site would have sent, when the test wants one (a Discuz 7 server says gbk, for instance)."""
    path = shared_dir / "pages" / relative
    if not path.is_file():
        pytest.skip(f"{path} is absent: the real page is not on this machine")
    return SavedResponse(url, path.read_bytes(), {"content-type": content_type} if content_type else {})


def shared_page(shared_dir: Path, name: str, url: str) -> SavedResponse:
    """A real saved SERP from ../shared/pages/serp, as the engine would have served it."""
    return real_page(shared_dir, f"serp/{name}", url, "text/html; charset=utf-8")


def own_page(relative: str, url: str, content_type: str = "text/html") -> SavedResponse:
    """A page the team wrote in a real site's markup, from tests/pages/."""
    return SavedResponse(url, (OWN_PAGES / relative).read_bytes(), {"content-type": content_type})


def organic(results: list[SerpResult]) -> list[SerpResult]:
    return [r for r in results if not r.is_ad]


def ads(results: list[SerpResult]) -> list[SerpResult]:
    return [r for r in results if r.is_ad]


def assert_plausible(results: list[SerpResult], engine_hosts: tuple[str, ...] = ()) -> None:
    """Every result has a title, an absolute http(s) URL off the engine's redirector, ranks 1..n."""
    for kind in (organic(results), ads(results)):
        assert [r.rank for r in kind] == list(range(1, len(kind) + 1))
    for result in results:
        parts = urlsplit(result.url)
        assert parts.scheme in ("http", "https") and parts.hostname, result
        assert 2 <= len(result.title) <= 500, result
        assert not any(parts.path.startswith(p) for p in ("/url", "/l/")) or parts.hostname not in engine_hosts, result
