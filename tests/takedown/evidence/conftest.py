"""Builders shared by the evidence tests: a scam PageItem with canary secrets, a signing key."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from crawler.items import PageItem, TextSegment
from detectors.types import Label, PhoneHit, Reason, Span, Verdict

CANARIES = ("CANARY-AUTH-7f3a", "CANARY-COOKIE-91bc", "CANARY-PROXY-55de", "CANARY-APIKEY-0c1d", "CANARY-TOKEN-e2e2")
PAGE_TEXT = "还呗客服电话 0085212345678 官方热线请拨打，退款注销账户"
SCAM_NUMBER = "+85212345678"
NUMBER_SPAN = Span(PAGE_TEXT.index("00852"), PAGE_TEXT.index("00852") + len("0085212345678"))
BRAND_SPAN = Span(0, 2)


def scam_verdict() -> Verdict:
    return Verdict(
        label=Label.SCAM, score=0.93, brand="还呗",
        numbers=(PhoneHit(SCAM_NUMBER, "0085212345678", NUMBER_SPAN, "intl_00"),),
        scam_numbers=(SCAM_NUMBER,),
        reasons=(Reason("phone.intl_prefix_00", 0.5, NUMBER_SPAN, "00-prefixed number"),
                 Reason("brand.exact", 0.3, BRAND_SPAN, "还呗")),
        detector_version="det-1.2",
    )


def scam_item(url: str = "http://127.0.0.1:8123/thread-1.html?tid=1&token=CANARY-TOKEN-e2e2") -> PageItem:
    html = f"<html><head><title>还呗客服</title><script>fetch('http://evil.invalid/')</script></head><body><p>{PAGE_TEXT}</p></body></html>"
    item = PageItem(
        url=url, final_url=url, status=200, fetched_at=datetime(2026, 11, 28, 9, 30, 1, 250000, tzinfo=timezone.utc),
        body=html.encode(), source_kind="forum", spider="forum", text=PAGE_TEXT, title="还呗客服",
        content_type="text/html; charset=utf-8", encoding="utf-8",
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                          ("Set-Cookie", "sid=server-side")],
        request_headers=[("User-Agent", "scamsweep/0.1 (+https://scamsweep.invalid/crawler)"),
                         ("Authorization", "Bearer CANARY-AUTH-7f3a"), ("Cookie", "s=CANARY-COOKIE-91bc"),
                         ("Proxy-Authorization", "Basic CANARY-PROXY-55de"), ("X-Api-Key", "CANARY-APIKEY-0c1d")],
        redirect_chain=["http://127.0.0.1:8123/go?api_key=CANARY-APIKEY-0c1d", url],
        ip_address="127.0.0.1", segments=[TextSegment(kind="post", text=PAGE_TEXT, title="求助")],
        timings={"download_latency": 0.012},
    )
    item.verdicts = [("page", scam_verdict())]
    return item


@pytest.fixture
def signing_key_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh signing-key location in tmp (never the user's home)."""
    path = tmp_path / "keys" / "signing_key.pem"
    monkeypatch.setenv("SCAMSWEEP_SIGNING_KEY", str(path))
    return path
