"""Server-side memory of the fixture web: hit counts and the per-page live/gone state."""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field

MODES = ("live", "gone", "not_found", "number_removed")


@dataclass
class ServerState:
    """What tests read (hits) and steer (page modes); shared by the request threads."""

    hits: Counter = field(default_factory=Counter)  # (host, path with query) -> count
    modes: dict[tuple[str, str], str] = field(default_factory=dict)  # (host, path) -> mode
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, host: str, target: str) -> None:
        with self.lock:
            self.hits[(host, target)] += 1

    def hit_rows(self) -> list[dict]:
        with self.lock:
            return [{"host": h, "path": p, "count": n} for (h, p), n in sorted(self.hits.items())]

    def set_mode(self, host: str, path: str, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        with self.lock:
            if mode == "live":
                self.modes.pop((host, path), None)
            else:
                self.modes[(host, path)] = mode

    def mode(self, host: str, path: str) -> str:
        with self.lock:
            return self.modes.get((host, path), "live")

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.modes.clear()
