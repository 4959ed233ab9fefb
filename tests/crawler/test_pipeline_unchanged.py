"""A page fetched again with the same body is not judged again; its page and findings are touched."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from crawler.config import load_brands
from crawler.items import PageItem
from crawler.pipelines.detect import DetectPipeline
from crawler.pipelines.store import StorePipeline
from crawler.pipelines.unchanged import UnchangedPipeline, is_unchanged
from detectors import DETECTOR_VERSION, Detector
from takedown.db import make_engine, session_factory
from takedown.store import list_findings

SCAM = "还呗官方客服电话 0061 491 570 313，注销账户请拨打人工客服。".encode()
T0 = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)


class CountingDetector(Detector):
    """The real detector, counting how many texts it was asked to judge."""

    calls = 0

    def analyse(self, text, **kwargs):
        type(self).calls += 1
        return super().analyse(text, **kwargs)


def fetched(body: bytes, at: datetime) -> PageItem:
    return PageItem(url="http://huanbei-kefu.test/", final_url="http://huanbei-kefu.test/", status=200,
                    fetched_at=at, body=body, source_kind="seed", spider="seeds", text=body.decode())


@pytest.fixture()
def pipelines(tmp_path):
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    store = StorePipeline(url, str(tmp_path / "evidence"))
    store._open()
    unchanged = UnchangedPipeline(url, DETECTOR_VERSION)
    unchanged._open()
    detect = DetectPipeline(CountingDetector(load_brands("localweb/brands.toml")))
    yield url, unchanged, detect, store
    unchanged.engine.dispose()
    store.engine.dispose()


def crawl(pipelines, item: PageItem) -> PageItem:
    _, unchanged, detect, store = pipelines
    asyncio.run(unchanged.process_item(item))
    asyncio.run(detect.process_item(item))
    store._store(item)
    return item


def stored_findings(url: str):
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            return list_findings(session)
    finally:
        engine.dispose()


def test_same_body_is_not_judged_again_but_last_seen_moves(pipelines):
    url = pipelines[0]
    first = crawl(pipelines, fetched(SCAM, T0))
    calls_after_first = CountingDetector.calls
    assert not first.unchanged and first.verdicts
    again = crawl(pipelines, fetched(SCAM, T0 + timedelta(days=1)))
    assert again.unchanged and again.verdicts == []
    assert CountingDetector.calls == calls_after_first
    [finding] = stored_findings(url)
    assert finding.seen_count == 2
    assert finding.last_seen == T0 + timedelta(days=1) and finding.first_seen == T0


def test_a_changed_body_is_judged_again(pipelines):
    crawl(pipelines, fetched(SCAM, T0))
    changed = crawl(pipelines, fetched(SCAM + " 更新".encode(), T0 + timedelta(days=1)))
    assert not changed.unchanged and changed.verdicts


@pytest.mark.parametrize("stored, body, version, expected", [
    (None, "a" * 64, "1", False),
    (("a" * 64, "1"), "a" * 64, "1", True),
    (("a" * 64, "1"), "b" * 64, "1", False),
    (("a" * 64, "0.9"), "a" * 64, "1", False),  # a new detector judges old bodies again
])
def test_unchanged_means_same_body_and_same_detector(stored, body, version, expected):
    assert is_unchanged(stored, body, version) is expected
