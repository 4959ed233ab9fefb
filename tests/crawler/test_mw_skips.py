"""Every failure gets one reason code."""
from __future__ import annotations

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest, ResponseDataLossError
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from twisted.internet.error import DNSLookupError

from crawler.middlewares.skips import SkippedRequest, skip_reason
from crawler.middlewares.ssrf import SsrfRefused


def ignored_with_cause() -> IgnoreRequest:
    try:
        try:
            raise _DecompressionMaxSizeExceeded(17_000_000, 16_777_216)
        except _DecompressionMaxSizeExceeded as exc:
            raise IgnoreRequest("too big") from exc
    except IgnoreRequest as exc:
        return exc


@pytest.mark.parametrize(("exc", "reason"), [
    (DownloadTimeoutError("t"), "timeout"), (ResponseDataLossError("d"), "dataloss"),
    (DownloadCancelledError("Received 17000000 bytes which is larger than download max size"), "size_exceeded"),
    (DownloadCancelledError("Expected to receive 104857600 bytes which is larger than download max size"),
     "maxsize_header"), (DNSLookupError("x"), "dns"),
    (SsrfRefused("http://10.0.0.1/", "private"), "ssrf_private"),
    (SkippedRequest("trap guard: repeated_segments: http://a/a/a/a", "repeated_segments"), "repeated_segments"),
    (IgnoreRequest("other"), "ignored"), (ValueError("?"), "error"),
])
def test_reason_codes(exc, reason):
    assert skip_reason(exc) == reason


def test_decompression_bomb_is_size_exceeded():
    assert skip_reason(ignored_with_cause()) == "size_exceeded"
