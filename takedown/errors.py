"""Domain errors of the case store, printed by the CLI as one line."""
from __future__ import annotations


class TakedownError(Exception):
    """Base class: a problem the user can act on (bad id, illegal move, unreachable DB)."""

    exit_code = 1


class NotFound(TakedownError):
    exit_code = 6


class DatabaseUnavailable(TakedownError):
    exit_code = 4


class EvidenceError(TakedownError):
    exit_code = 5
