"""The sitemap parser: url sets, sitemap indexes, plain URL lists, and no entity expansion."""
from __future__ import annotations

from spiders.parsers.base import SavedResponse
from spiders.parsers.sitemap import parse

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def test_urlset_entries_with_lastmod():
    xml = f'<?xml version="1.0"?><urlset {NS}><url><loc> http://a.test/x </loc><lastmod>2025-06-01</lastmod></url><url><loc>/y</loc></url></urlset>'
    result = parse(SavedResponse("http://a.test/sitemap.xml", xml.encode()))
    assert [(e.url, e.lastmod, e.is_sitemap) for e in result.items] == [("http://a.test/x", "2025-06-01", False), ("http://a.test/y", "", False)]
    assert not result.fallback


def test_sitemap_index_entries_are_sitemaps():
    xml = f'<sitemapindex {NS}><sitemap><loc>http://a.test/s1.xml</loc></sitemap></sitemapindex>'
    (entry,) = parse(SavedResponse("http://a.test/index.xml", xml.encode())).items
    assert entry.is_sitemap and entry.url == "http://a.test/s1.xml"


def test_entities_are_not_expanded():
    xml = f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset {NS}><url><loc>http://a.test/&x;</loc></url></urlset>'
    entries = parse(SavedResponse("http://a.test/sitemap.xml", xml.encode())).items
    assert all("root:" not in e.url for e in entries)


def test_plain_text_list_and_non_http_lines():
    result = parse(SavedResponse("http://a.test/sitemap.txt", b"http://a.test/1\njavascript:alert(1)\nftp://a.test/f\n\nhttp://a.test/2\n"))
    assert [e.url for e in result.items] == ["http://a.test/1", "http://a.test/2"] and result.fallback
