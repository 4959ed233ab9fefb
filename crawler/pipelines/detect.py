"""Judge each crawled page, and every post, snippet and app description on it, with the detector."""
from __future__ import annotations

import asyncio
import logging

from crawler.config import detector_for
from crawler.items import PageItem

logger = logging.getLogger(__name__)


def judged_units(item: PageItem) -> list[tuple[str, str, str]]:
    """(name, text, url) of every unit the detector judges on a page, in order.

    The page as a whole is judged because a scam often spreads its claim and its number
    over several posts; each segment is judged on its own because one spam post in an
    otherwise honest thread (or one snippet on a results page) is a finding of its own.
    Names are "page", "app", or "<segment kind>:<index>"; evidence spans refer to these texts.
    """
    page_url = item.final_url or item.url
    units = [("page", item.text, page_url)] if item.text else []
    for index, segment in enumerate(item.segments):
        if not segment.text:
            continue
        name = "app" if segment.kind == "app_description" else f"{segment.kind}:{index}"
        text = f"{segment.title}\n{segment.text}" if segment.title else segment.text
        units.append((name, text, segment.url or page_url))
    return units


def judge_item(detector, item: PageItem) -> tuple[list, object | None]:
    """Verdicts for each judged unit of the page, plus an impersonated-app hit."""
    verdicts = [
        (name, detector.analyse(text, url=url, source_kind=item.source_kind, lang=item.lang,
                                tel_links=tuple(item.tel_links) if name == "page" else ()))
        for name, text, url in judged_units(item)
    ]
    app_finding = None
    if item.app is not None:
        app = item.app
        app_finding = detector.impersonated_brand(app.name, app.developer, app.bundle_id, app.store)
    return verdicts, app_finding


class DetectPipeline:
    """Attaches `verdicts` and `app_finding` to every PageItem; later pipelines capture and store."""

    def __init__(self, detector, stats=None):
        self.detector = detector
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(detector_for(crawler.settings.get("SCAMSWEEP_CONFIG")), crawler.stats)

    async def process_item(self, item):
        if not isinstance(item, PageItem) or item.unchanged:
            return item
        item.verdicts, item.app_finding = await asyncio.to_thread(judge_item, self.detector, item)
        self._count(item)
        return item

    def _count(self, item: PageItem) -> None:
        if self.stats is None:
            return
        self.stats.inc_value("scamsweep/detect/pages")
        labels = {str(verdict.label) for _, verdict in item.verdicts}
        for label in sorted(labels):
            self.stats.inc_value(f"scamsweep/detect/pages_with_{label}")
        if item.app_finding is not None:
            self.stats.inc_value("scamsweep/detect/impersonating_apps")
