"""Name why a request ended without a response: one reason code per failure, for logs and stats.

Spiders call `count_skip(failure, stats)` from their errbacks so every hostile case ends in a
counted skip (`scamsweep/skip/<reason>`), whichever component stopped it. Our own components
raise `SkippedRequest`, which carries its reason code.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import (
    CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError, DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest, ResponseDataLossError, UnsupportedURLSchemeError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionLost, ConnectionRefusedError, DNSLookupError, TimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

logger = logging.getLogger(__name__)

class SkippedRequest(IgnoreRequest):
    """A request one of our components refused on purpose; `code` is its reason code."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


# (exception types, reason) in the order they are tried; subclasses before their bases.
REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, TimeoutError), "timeout"),
    ((ResponseDataLossError,), "dataloss"),
    ((DownloadCancelledError,), "size_exceeded"),
    ((CannotResolveHostError, DNSLookupError), "dns"),
    ((DownloadConnectionRefusedError, ConnectionRefusedError), "connection_refused"),
    ((ResponseFailed, ResponseNeverReceived, ConnectionLost), "connection_lost"),
    ((DownloadFailedError,), "download_failed"),
    ((UnsupportedURLSchemeError,), "scheme"),
    ((HttpError,), "http_error"),
)


def skip_reason(exc: BaseException) -> str:
    """The reason code of a request failure (the exception a Failure wraps)."""
    if isinstance(exc, SkippedRequest):
        return exc.code
    if isinstance(exc, DownloadCancelledError) and str(exc).startswith("Expected to receive"):
        return "maxsize_header"  # Content-Length over DOWNLOAD_MAXSIZE: aborted before the body (HOSTILE 5)
    cause = exc.__cause__
    if cause is not None and type(cause).__name__ == "_DecompressionMaxSizeExceeded":
        return "size_exceeded"
    for types, code in REASONS:
        if isinstance(exc, types):
            return code
    if isinstance(exc, IgnoreRequest):
        return "robots" if "robots.txt" in str(exc) else "ignored"
    return "error"


def count_skip(failure: Any, stats: Any) -> str:
    """Log and count a failed request under its reason code; returns the code."""
    reason = skip_reason(failure.value)
    stats.inc_value(f"scamsweep/skip/{reason}")
    logger.info("skipped %s (reason: %s)", getattr(failure.request, "url", "?") if hasattr(failure, "request") else "?", reason)
    return reason
