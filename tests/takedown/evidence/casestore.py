"""A small case store with captured scam pages, built through the real pipelines' functions."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from crawler.pipelines.capture import CapturePipeline
from crawler.pipelines.store import finding_records, page_record
from takedown.db import open_store, upgrade
from takedown.store import upsert_finding, upsert_page

from .conftest import scam_item


@dataclass(frozen=True)
class StoredCase:
    db_url: str
    evidence: Path
    finding_ids: tuple[int, ...]  # two findings of the same fake number on two pages


def build_case_store(folder: Path, db_url: str | None = None) -> StoredCase:
    evidence = folder / "evidence"
    db_url = db_url or f"sqlite:///{folder / 'cases.db'}"
    pipeline = CapturePipeline(evidence, False, folder / "no-chromium")
    items = [asyncio.run(pipeline.process_item(scam_item(url)))
             for url in ("http://127.0.0.1:8123/thread-1.html?tid=1&token=CANARY-TOKEN-e2e2",
                         "http://127.0.0.1:8123/thread-2.html")]
    ids = []
    upgrade(db_url)  # open_store works on an existing store only
    with open_store(db_url) as sessions, sessions.begin() as session:
        for item in items:
            sha = item.capture.body_sha256
            page_id = upsert_page(session, page_record(item, sha, item.capture.body_path, None))
            for record in finding_records(item, sha):
                ids.append(upsert_finding(session, page_id, record)[0])
    return StoredCase(db_url, evidence, tuple(ids))
