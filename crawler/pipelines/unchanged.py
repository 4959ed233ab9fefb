"""Mark pages whose body the store already holds, judged by this detector, so they are not judged again."""
from __future__ import annotations

import asyncio
import hashlib

from scrapy.exceptions import NotConfigured

from crawler.items import PageItem
from crawler.pipelines.store import RECHECK_SOURCE_KIND, canonical_url


def is_unchanged(stored: tuple[str, str] | None, body_sha256: str, detector_version: str) -> bool:
    """A page needs no new judgement when the stored body and the detector that judged it are the same."""
    return stored is not None and stored == (body_sha256, detector_version)


class UnchangedPipeline:
    """Sets `item.unchanged`; the detect pipeline then skips the item and the store only touches it.

    Recheck visits are always judged: deciding whether the number is still there is their job.
    """

    def __init__(self, db_url: str, detector_version: str, stats=None):
        self.db_url = db_url
        self.detector_version = detector_version
        self.stats = stats
        self.engine = None
        self.sessions = None

    @classmethod
    def from_crawler(cls, crawler):
        from detectors import DETECTOR_VERSION

        settings = crawler.settings
        if not settings.getbool("SCAMSWEEP_UNCHANGED_ENABLED", True):
            raise NotConfigured("SCAMSWEEP_UNCHANGED_ENABLED is off")
        if not settings.getbool("SCAMSWEEP_STORE_ENABLED", True):
            raise NotConfigured("without the case store there is nothing to compare with")
        return cls(settings.get("SCAMSWEEP_DB_URL"), DETECTOR_VERSION, crawler.stats)

    async def open_spider(self) -> None:
        await asyncio.to_thread(self._open)

    def _open(self) -> None:
        from takedown.db import connect_store

        self.engine, self.sessions = connect_store(self.db_url)

    async def close_spider(self) -> None:
        if self.engine is not None:
            await asyncio.to_thread(self.engine.dispose)

    async def process_item(self, item):
        if not isinstance(item, PageItem) or item.source_kind == RECHECK_SOURCE_KIND or self.sessions is None:
            return item
        item.unchanged = await asyncio.to_thread(self._lookup, item)
        if item.unchanged and self.stats is not None:
            self.stats.inc_value("scamsweep/unchanged/not_judged")
        return item

    def _lookup(self, item: PageItem) -> bool:
        from takedown.store import judged_state

        with self.sessions() as session:
            stored = judged_state(session, canonical_url(item.url))
        return is_unchanged(stored, hashlib.sha256(item.body).hexdigest(), self.detector_version)
