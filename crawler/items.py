"""Typed items that spiders yield and pipelines consume."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class TextSegment:
    """A unit of a page that is judged on its own as well as with the page: a forum post,
    a search-result snippet, an app description."""

    kind: str  # post | snippet | ad_snippet | app_description
    text: str
    title: str = ""
    author: str = ""
    time: str = ""
    url: str = ""
    post_id: str = ""  # forum posts: the forum's id of the post, and the floor it shows
    floor: str = ""


@dataclass
class AppInfo:
    """An app-store listing as the store describes it."""

    store: str  # itunes | googleplay | ...
    name: str
    developer: str
    bundle_id: str
    store_url: str
    description: str = ""


@dataclass
class PageItem:
    """One fetched page (or API record) with everything detection, storage and evidence need.

    `body` is the raw bytes as received (after transfer decoding); `text` the visible text
    extracted from it. `source_kind` is search | forum | app | seed | recheck.
    """

    url: str
    final_url: str
    status: int
    fetched_at: datetime  # timezone-aware UTC
    body: bytes
    source_kind: str
    spider: str
    text: str = ""
    title: str = ""
    lang: str | None = None
    content_type: str = ""
    encoding: str = ""
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    redirect_chain: list[str] = field(default_factory=list)
    ip_address: str | None = None
    tel_links: list[str] = field(default_factory=list)
    segments: list[TextSegment] = field(default_factory=list)
    app: AppInfo | None = None
    # where the page was found (search results)
    query: str | None = None
    engine: str | None = None
    rank: int | None = None
    is_ad: bool = False
    flags: list[str] = field(default_factory=list)  # e.g. parse_limited, decoded_with_replacement
    timings: dict[str, float] = field(default_factory=dict)
    # filled by the pipelines, in order: unchanged (250) -> detect (300) -> capture (400) -> store (500)
    unchanged: bool = False  # same body as stored and judged by this detector version: not judged again
    verdicts: list = field(default_factory=list)  # [(segment name, detectors.Verdict)]: "page", "post:N", "snippet:N", "app"
    app_finding: object | None = None  # detectors.BrandHit when the listing impersonates a brand's app
    capture: object | None = None  # what the capture pipeline wrote (paths and hashes)
