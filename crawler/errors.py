"""Exit statuses and the user-facing error type of the command line."""
from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    CONFIG = 3
    DATABASE = 4
    EVIDENCE = 5
    NOT_FOUND = 6
    VERIFY_FAILED = 7
    NOTHING_FOUND = 8  # the command ran, but found nothing to report (e.g. `parse` extracted no items)


class UserError(Exception):
    """An error caused by the user's input or environment; printed as one line, no traceback."""

    status = ExitStatus.FAILURE

    def __init__(self, message: str, *, status: ExitStatus | None = None):
        super().__init__(message)
        if status is not None:
            self.status = status
