"""Speed of `scamsweep scan` as a user meets it (issue 9 item 8), measured through the real command in one run.

Prints: the wall time of a one-page scan with a 10,000-brand book (cache warm, and cold:
first run after the book changed), and the marginal pages/s with 10 and 10,000 brands
(time of a scan of N pages minus a scan of one page, over N - 1), and their cost ratio.
Brand books and pages come from bench/detect.py's generators with fixed seeds.
Run: `.venv/bin/python bench/scan.py`.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from detect import make_brands, make_pages  # noqa: E402

SCAMSWEEP = str(Path(sys.executable).with_name("scamsweep"))


def write_book(path: Path, brands) -> None:
    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    tables = [f"[[brand]]\nname = {quoted(b.name)}\naliases = [{', '.join(map(quoted, b.aliases))}]\n"
              f"official_numbers = [{', '.join(map(quoted, b.official_numbers))}]\n"
              f"markets = [{', '.join(map(quoted, b.markets))}]\n" for b in brands]
    path.write_text("\n".join(tables), "utf-8")


def timed_scan(book: Path, inputs: Path, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([SCAMSWEEP, "scan", "--json", "--brands", str(book), str(inputs)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    all_brands = make_brands(10_000, random.Random(20260601))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = dict(os.environ, SCAMSWEEP_CACHE_DIR=str(root / "cache"))
        marginal = {}
        for count in (10, 10_000):
            brands = all_brands[:count]
            book = root / f"brands-{count}.toml"
            write_book(book, brands)
            pages = make_pages(args.pages, brands, random.Random(7))
            many, one = root / f"pages-{count}.jsonl", root / f"page-{count}.jsonl"
            many.write_text("".join(json.dumps({"id": str(i), "text": p}) + "\n" for i, p in enumerate(pages)), "utf-8")
            one.write_text(json.dumps({"id": "0", "text": pages[0]}) + "\n", "utf-8")
            cold = timed_scan(book, one, env)  # builds and writes the cache
            singles = [timed_scan(book, one, env) for _ in range(args.repeats)]
            fulls = [timed_scan(book, many, env) for _ in range(args.repeats)]
            marginal[count] = (args.pages - 1) / (statistics.median(fulls) - statistics.median(singles))
            print(f"{count:>6} brands: one page {statistics.median(singles):.2f} s (cache warm), "
                  f"{cold:.2f} s (cache cold); marginal {marginal[count]:.0f} pages/s", flush=True)
    print(f"one-page scan with 10,000 brands: see above (target < 2 s); marginal pages/s with 10,000 brands: "
          f"{marginal[10_000]:.0f} (target >= 300); cost ratio 10,000/10 brands: "
          f"{marginal[10] / marginal[10_000]:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
