"""Benchmark of the detection engine (issue 3): pages/s with 10, 1,000 and 10,000 brands, and the cost ratio.

Pages are about 20 KB of Chinese or English prose, 10% of them carrying a brand's name
and a phone number; brands have three aliases each. Everything is generated here from a
fixed seed, so every run judges the same pages. Run: `.venv/bin/python bench/detect.py`.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors import Detector  # noqa: E402
from detectors.types import Brand  # noqa: E402

PAGE_CHARS = 20_000
CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "tor", "bel", "sun", "dax", "ori", "pel", "qua", "zen", "lux", "mor", "tis")
EN_WORDS = (
    "the", "account", "service", "payment", "order", "please", "update", "today", "customer", "market", "report",
    "travel", "flight", "booking", "review", "price", "delivery", "support", "policy", "information", "about", "with",
    "from", "your", "their", "have", "will", "when", "which", "there", "been", "more", "some", "time", "very", "into",
)
ZH_CLAIMS = ("人工客服电话", "官方客服热线", "注销专线", "退款客服")
EN_CLAIMS = ("customer service number", "refund hotline", "24/7 support line", "call the helpline")


def make_brands(count: int, rng: random.Random) -> tuple[Brand, ...]:
    """`count` brands, half Chinese and half English, three distinct aliases each."""
    brands, seen = [], set()
    while len(brands) < count:
        chinese = len(brands) % 2 == 0
        names = [_cjk_name(rng) if chinese else _latin_name(rng) for _ in range(2)]
        names.append(_latin_name(rng) if chinese else _cjk_name(rng))
        if any(name in seen for name in names):
            continue
        seen.update(names)
        market = ("CN",) if chinese else ("US",)
        official = f"+86400{rng.randrange(10**7):07d}" if chinese else f"+1888{rng.randrange(2, 10)}{rng.randrange(10**6):06d}"
        brands.append(Brand(names[0], tuple(names), (official,), (), market))
    return tuple(brands)


def _cjk_name(rng: random.Random) -> str:
    return "".join(rng.choice(CJK) for _ in range(rng.randrange(3, 5)))


def _latin_name(rng: random.Random) -> str:
    """Two-word names ("Kalomi Venra"): a million combinations, enough for 10,000 brands."""
    first = "".join(rng.choice(SYLLABLES) for _ in range(3))
    second = "".join(rng.choice(SYLLABLES) for _ in range(2))
    return f"{first.capitalize()} {second.capitalize()}"


def make_pages(count: int, brands: tuple[Brand, ...], rng: random.Random) -> list[str]:
    """Pages of ~20 KB prose; every tenth names a brand and gives a phone number."""
    pages = []
    for index in range(count):
        chinese = index % 2 == 0
        words = _prose(rng, chinese)
        if index % 10 == 0:
            brand = rng.choice(brands)
            claim = rng.choice(ZH_CLAIMS if chinese else EN_CLAIMS)
            number = f"0044 7700 900 {rng.randrange(1000):03d}"
            words.insert(len(words) // 2, f" {brand.aliases[0]} {claim} {number} ")
        pages.append(("" if chinese else " ").join(words)[:PAGE_CHARS])
    return pages


def _prose(rng: random.Random, chinese: bool) -> list[str]:
    words, size = [], 0
    while size < PAGE_CHARS:
        if chinese:
            word = "".join(rng.choice(CJK) for _ in range(rng.randrange(1, 4)))
            word += "，" if rng.random() < 0.1 else ("。" if rng.random() < 0.05 else "")
        else:
            word = rng.choice(EN_WORDS) + ("." if rng.random() < 0.06 else "")
        if rng.random() < 0.01:
            word += f" {rng.randrange(1990, 2026)} "  # years and amounts: digits that are not phones
        words.append(word)
        size += len(word) + 1
    return words


def pages_per_second(detector: Detector, pages: list[str], repeats: int) -> float:
    """Median pages/s over `repeats` passes, in CPU time of this process (one core), so that
    other work on a shared machine does not count against the engine."""
    rates = []
    for _ in range(repeats):
        start = time.process_time()
        for page in pages:
            detector.analyse(page, source_kind="search")
        rates.append(len(pages) / (time.process_time() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20260601)
    all_brands = make_brands(10_000, rng)
    pages = make_pages(args.pages, all_brands[:10], random.Random(7))
    rates = {}
    for count in (10, 1_000, 10_000):
        brands = all_brands[:count]
        pages = make_pages(args.pages, brands, random.Random(7))
        start = time.perf_counter()
        detector = Detector(brands)
        built = time.perf_counter() - start
        detector.analyse(pages[0])  # warm caches (NFKC table, pinyin readings)
        rates[count] = pages_per_second(detector, pages, args.repeats)
        found = sum(detector.analyse(page).label == "scam" for page in pages)
        print(f"{count:>6} brands: index built in {built:6.2f} s, {rates[count]:7.1f} pages/s, "
              f"{found} of {len(pages)} pages judged scam", flush=True)
    ratio = rates[10] / rates[10_000]
    print(f"cost ratio 10,000 / 10 brands: {ratio:.2f} (target <= 2); "
          f"pages/s with 10,000 brands: {rates[10_000]:.1f} (target >= 300)")


if __name__ == "__main__":
    main()
