"""Small builders of stored findings for the case-store tests."""
from __future__ import annotations

from datetime import timedelta

from detectors.types import Reason, Span
from takedown.store import FindingRecord, PageRecord, upsert_finding, upsert_page

from .conftest import T0


def page(url="https://forum.example/thread-1", at=T0, **changes) -> PageRecord:
    values = dict(url=url, final_url=url, fetched_at=at, http_status=200, body_sha256="ab" * 32,
                  source_kind="forum", title="还呗客服电话")
    return PageRecord(**{**values, **changes})


def finding(number="+85261234567", at=T0, **changes) -> FindingRecord:
    values = dict(brand="还呗", number=number, number_raw="00852 6123 4567", score=0.92, label="scam",
                  seen_at=at, reasons=(Reason("phone.intl_prefix_00", 0.4, Span(10, 25), "00 prefix"),),
                  detector_version="1", segment="post:2")
    return FindingRecord(**{**values, **changes})


def add_finding(sessions, url="https://forum.example/thread-1", source_kind="forum", days=0, **changes) -> int:
    """Store one finding on its own page; returns the finding id."""
    at = T0 + timedelta(days=days)
    with sessions.begin() as session:
        page_id = upsert_page(session, page(url=url, source_kind=source_kind, at=at))
        return upsert_finding(session, page_id, finding(at=at, **changes))[0]
