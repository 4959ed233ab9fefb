"""Pack inputs for tests: a real capture of the canary scam page, and hostile variants."""
from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

from crawler.pipelines.capture import CapturePipeline
from takedown.evidence.fromstore import page_from_capture
from takedown.evidence.packinput import FindingInput, PackInput, ReasonInput

from .conftest import scam_item


def captured_page(folder: Path, key: str = "7", url: str | None = None):
    item = scam_item(url) if url else scam_item()
    item = asyncio.run(CapturePipeline(folder, None).process_item(item))
    return page_from_capture(Path(item.capture.metadata_path), key, item.body), item


def finding_for(page, item, finding_id: str = "12", **changes) -> FindingInput:
    verdict = json.loads(Path(item.capture.metadata_path).read_text())["verdicts"]["page"]
    reasons = tuple(ReasonInput(r["code"], r["weight"], r["detail"], (r["span"]["start"], r["span"]["end"]))
                    for r in verdict["reasons"])
    finding = FindingInput(
        id=finding_id, brand="还呗", official_numbers=("400-681-6666",), number_e164="+85212345678",
        number_raw="0085212345678", page_key=page.key, score=0.93, segment="page", detector_version="det-1.2",
        first_seen=page.captured_at, last_seen=page.captured_at, reasons=reasons,
    )
    return replace(finding, **changes)


def single_pack(folder: Path, platform: str = "forum") -> PackInput:
    page, item = captured_page(folder)
    return PackInput(kind="finding", subject="12", platform=platform, findings=(finding_for(page, item),),
                     pages=(page,))
