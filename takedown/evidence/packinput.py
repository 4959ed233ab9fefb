"""Plain data an evidence pack is built from, so a pack can be made and tested without a database."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from takedown.channels import Channel
from takedown.platforms import PLATFORMS
from takedown.reporter import ReporterProfile


def natural_order(identity: str) -> tuple:
    """Sort key putting "9" before "10"; non-numeric identities after, alphabetically."""
    return (0, int(identity), "") if identity.isdigit() else (1, 0, identity)


@dataclass(frozen=True)
class ReasonInput:
    """One signal behind a verdict; `span` is [start, end) in the finding's judged text."""

    code: str
    weight: float
    detail: str = ""
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class PageInput:
    """One captured page: the bytes as fetched and how they were fetched."""

    key: str  # stable identity within the pack, e.g. the page id
    url: str
    final_url: str
    captured_at: datetime
    http_status: int
    source_kind: str
    html: bytes
    texts: dict[str, str] = field(default_factory=dict)  # judged text by segment name
    warc: bytes | None = None
    redirect_chain: tuple[str, ...] = ()
    ip_address: str | None = None
    user_agent: str = ""
    crawler_version: str = ""
    capture_notes: tuple[str, ...] = ()
    screenshot: bytes | None = None  # PNG rendered from the captured bytes
    screenshot_note: str = "no screenshot on record"  # what happened, when there is none
    screenshot_taken_at: str | None = None
    screenshot_renderer: str | None = None


@dataclass(frozen=True)
class FindingInput:
    """One finding: a brand impersonated by a fake number (or an app) on one page."""

    id: str
    brand: str
    official_numbers: tuple[str, ...]
    number_e164: str
    number_raw: str
    page_key: str
    kind: str = "fake_number"
    label: str = "scam"
    score: float = 0.0
    status: str = "new"
    segment: str = "page"
    detector_version: str = ""
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    reasons: tuple[ReasonInput, ...] = ()


@dataclass(frozen=True)
class PackInput:
    """Everything one pack holds: a single finding, or a cluster of findings sharing a number."""

    kind: str  # finding | cluster
    subject: str  # the finding id, or the cluster's shared number
    platform: str
    findings: tuple[FindingInput, ...]
    pages: tuple[PageInput, ...]
    reporter: ReporterProfile | None = None  # who sends; export always sets it
    channels: Mapping[str, Channel] | None = None  # reporting channels by region; None: the built-in table

    def __post_init__(self) -> None:
        if self.kind not in ("finding", "cluster"):
            raise ValueError(f"pack kind must be finding or cluster, not {self.kind!r}")
        if self.platform not in PLATFORMS:
            raise ValueError(f"unknown platform {self.platform!r}; choose one of {', '.join(PLATFORMS)}")
        if not self.findings:
            raise ValueError("a pack needs at least one finding")
        keys = {page.key for page in self.pages}
        missing = sorted({f.page_key for f in self.findings} - keys)
        if missing:
            raise ValueError(f"findings refer to pages not in the pack: {', '.join(missing)}")

    def sorted_findings(self) -> list[FindingInput]:
        """Findings in id order (numeric ids as numbers), the one order every file uses."""
        return sorted(self.findings, key=lambda f: natural_order(f.id))

    def sorted_pages(self) -> list[PageInput]:
        return sorted(self.pages, key=lambda p: natural_order(p.key))

    def page(self, key: str) -> PageInput:
        return next(page for page in self.pages if page.key == key)
