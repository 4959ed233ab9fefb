"""The closing summary of a crawl: counts per brand and source kind, top fake numbers."""
from __future__ import annotations

from types import SimpleNamespace

from crawler.summary import summarise


def finding(brand, kind, number, url, source_kind="forum"):
    return SimpleNamespace(brand=brand, kind=kind, number=number, url=url, source_kind=source_kind)


def test_counts_per_brand_and_source_kind():
    summary = summarise([
        finding("还呗", "fake_number", "+85261234567", "http://a.test/1"),
        finding("还呗", "fake_number", "+85261234567", "http://a.test/2", "search"),
        finding("Lumora Pay", "impersonating_app", "", "http://apps.test/9", "app"),
    ])
    assert summary.findings == 3
    assert summary.by_brand_and_kind == {("Lumora Pay", "app"): 1, ("还呗", "forum"): 1, ("还呗", "search"): 1}
    assert summary.impersonating_apps == 1


def test_top_numbers_rank_by_pages_then_findings():
    summary = summarise([
        finding("A", "fake_number", "+1", "http://x.test/1"),
        finding("B", "fake_number", "+2", "http://x.test/2"),
        finding("B", "fake_number", "+2", "http://x.test/3"),
        finding("C", "fake_number", "+2", "http://x.test/3"),
    ])
    first = summary.top_numbers[0]
    assert (first.number, first.pages, first.findings, first.brands) == ("+2", 2, 3, ("B", "C"))
    assert [row.number for row in summary.top_numbers] == ["+2", "+1"]
