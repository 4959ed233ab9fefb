"""A test pipeline: every item as one JSON line, and the crawl's stats as JSON when it closes."""
from __future__ import annotations

import base64
import dataclasses
import json
from datetime import datetime
from pathlib import Path

from scrapy import signals


def jsonable(value):
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


class CollectPipeline:
    def __init__(self, folder: Path, crawler):
        self.folder, self.crawler = folder, crawler
        folder.mkdir(parents=True, exist_ok=True)
        self.items = (folder / "items.jsonl").open("a", encoding="utf-8")

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(Path(crawler.settings.get("COLLECT_FOLDER")), crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item):
        record = dataclasses.asdict(item) if dataclasses.is_dataclass(item) else dict(item)
        self.items.write(json.dumps(record, ensure_ascii=False, default=jsonable) + "\n")
        self.items.flush()
        return item

    def close_spider(self):
        self.items.close()

    def spider_closed(self, spider, reason):
        """Stats as they stand when the spider closes, with the reason (finished, shutdown, …)."""
        stats = {**self.crawler.stats.get_stats(), "finish_reason": reason}
        (self.folder / "stats.json").write_text(json.dumps(stats, default=jsonable), "utf-8")
