"""The figures block of the hostile-web suite: tried / survived / lost / leaked per category, and limits."""
from __future__ import annotations

from collections import defaultdict

import pytest

FIGURES_KEY = pytest.StashKey[list]()

# A case "survives" when it ends in a response or in a skip with a known reason code.
UNKNOWN_REASON = "error"


def category_lines(cases: list, report: dict, leaks: dict[str, int]) -> list[str]:
    by_case: dict[str, list[dict]] = defaultdict(list)
    for outcome in report["outcomes"]:
        by_case[outcome["case"]].append(outcome)
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for case in cases:
        outcomes = by_case.get(case.name, [])
        row = rows[case.category]
        row[0] += 1
        if not outcomes:
            row[2] += 1
        elif all(o.get("reason") != UNKNOWN_REASON and "parse_error" not in o for o in outcomes):
            row[1] += 1
    return [f"  {category:<12} tried {t:>3} / survived {s:>3} / lost {lost} / leaked {leaks.get(category, 0)}"
            for category, (t, s, lost) in rows.items()]


def limit_lines(report: dict, maxsize: int, canary_connections: int, trap_fetches: dict[str, int],
                budget: int) -> list[str]:
    decompressed = [o["decompressed"] for o in report["outcomes"] if "decompressed" in o]
    worst = max(decompressed, default=0)
    traps = ", ".join(f"{host} {n}" for host, n in trap_fetches.items())
    seconds = sorted(o["seconds"] for o in report["outcomes"])
    stats = report["stats"]
    slow = {o["case"]: (o["attempt_seconds"], o["attempts"], o["seconds"])
            for o in report["outcomes"] if o["case"].startswith("slow/")}
    nested = next((o for o in report["outcomes"] if o["case"] == "markup nested"), {})
    return [
        f"  deep nesting (200,000 divs): survived; text nodes lxml/parsel sees {nested.get('text_nodes')} "
        "(the number inside is invisible to lxml-based extraction past a few thousand levels)",
        "  slow servers: each attempt ended after " + ", ".join(
            f"{name} {a:.1f} s ({n} attempts, {total:.1f} s in all)" for name, (a, n, total) in sorted(slow.items()))
        + " (DOWNLOAD_TIMEOUT 3 s per attempt, retry backoff 0.2 s)",
        f"  decompression: max decompressed before abort {worst:,} B vs limit {maxsize:,} B "
        f"({worst / maxsize:.3f} x); bombs stopped {len(decompressed)}",
        f"  ssrf: canary connections {canary_connections}; refusals {stats.get('scamsweep/ssrf/refused', 0)}",
        f"  traps: pages fetched per host (budget {budget}): {traps}; "
        f"budget hits {stats.get('scamsweep/traps/trap_budget_hit', 0)}, links dropped by cap "
        f"{stats.get('scamsweep/linkcap/dropped', 0)}",
        f"  time per outcome: p50 {seconds[len(seconds) // 2]:.2f} s, max {seconds[-1]:.2f} s; peak RSS growth "
        f"{(report['rss_peak_kb'] - report['rss_before_kb']) / 1024:.0f} MiB; finish_reason {stats.get('finish_reason')}",
    ]
