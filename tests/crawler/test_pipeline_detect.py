"""The detect pipeline judges the page, each post/snippet/app description, and app impersonation."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest

from crawler.config import load_brands
from crawler.items import AppInfo, PageItem, TextSegment
from crawler.pipelines.detect import DetectPipeline, judge_item, judged_units
from detectors import Detector, Label


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_brands("localweb/brands.toml"))


def page(**fields) -> PageItem:
    base = dict(url="http://bbs.test/t/1", final_url="http://bbs.test/t/1", status=200,
                fetched_at=datetime(2026, 1, 1, tzinfo=timezone.utc), body=b"", source_kind="forum", spider="forum")
    return PageItem(**{**base, **fields})


def test_units_are_the_page_then_each_nonempty_segment():
    item = page(text="whole page", segments=[
        TextSegment("post", "first post"), TextSegment("post", ""), TextSegment("snippet", "s", title="T", url="http://x.test/"),
        TextSegment("app_description", "desc"),
    ])
    assert judged_units(item) == [
        ("page", "whole page", "http://bbs.test/t/1"),
        ("post:0", "first post", "http://bbs.test/t/1"),
        ("snippet:2", "T\ns", "http://x.test/"),
        ("app", "desc", "http://bbs.test/t/1"),
    ]


def test_one_spam_post_in_an_honest_thread_is_a_scam_verdict_of_its_own(detector):
    spam = "还呗官方客服电话：0061 491 570 313，注销账户、退款请拨打人工客服。"
    item = page(text="", segments=[TextSegment("post", "今天天气不错，大家周末去哪里玩？"), TextSegment("post", spam)])
    verdicts = dict(judge_item(detector, item)[0])
    assert verdicts["post:0"].label == Label.BENIGN
    assert verdicts["post:1"].label == Label.SCAM
    assert verdicts["post:1"].scam_numbers == ("+61491570313",)


def test_an_app_with_the_brand_name_and_a_stranger_developer_impersonates_it(detector):
    fake = AppInfo("itunes", "还呗-客服助手", "HB Service Studio", "com.hbkefu.helper", "http://apps.test/id1")
    official = AppInfo("itunes", "还呗", "Shanghai Huanbei Technology Co., Ltd.", "com.huanbei.app", "http://apps.test/id2")
    assert judge_item(detector, page(source_kind="app", app=fake))[1].brand == "还呗"
    assert judge_item(detector, page(source_kind="app", app=official))[1] is None


def test_pipeline_attaches_verdicts_and_counts_them(detector):
    class Stats:
        def __init__(self):
            self.values = {}

        def inc_value(self, key, count=1):
            self.values[key] = self.values.get(key, 0) + count

    stats = Stats()
    item = page(text="还呗官方客服电话 0061 491 570 313，24小时人工客服。")
    result = asyncio.run(DetectPipeline(detector, stats).process_item(item))
    assert result is item and [name for name, _ in item.verdicts] == ["page"]
    assert stats.values["scamsweep/detect/pages"] == 1
    assert stats.values["scamsweep/detect/pages_with_scam"] == 1


def test_the_app_impersonation_code_is_documented_beside_the_signals():
    from pathlib import Path

    from crawler.pipelines.store import APP_REASON_CODE

    assert f"`{APP_REASON_CODE}`" in Path("docs/signals.md").read_text("utf-8")
