"""Sitemaps (sitemaps.org XML, sitemap indexes, plain-text URL lists) as URLs to visit."""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.html import absolute_url, decode_response

SITE = "sitemap"
MAX_URLS = 50000  # the sitemaps.org limit per file


@dataclass
class SitemapEntry:
    url: str
    lastmod: str = ""
    is_sitemap: bool = False  # True for an entry of a sitemap index (another sitemap)


def _xml_entries(root, base: str) -> list[SitemapEntry]:
    is_index = etree.QName(root).localname == "sitemapindex"
    entries = []
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname not in ("url", "sitemap"):
            continue
        values = {etree.QName(child).localname: (child.text or "").strip() for child in node if isinstance(child.tag, str)}
        url = absolute_url(base, values.get("loc"))
        if url:
            entries.append(SitemapEntry(url, values.get("lastmod", "")[:40], is_index))
        if len(entries) >= MAX_URLS:
            break
    return entries


def parse(resp: SavedResponse) -> ParseResult:
    """Entries of a sitemap; XML is read without entities or network access (no XXE).

    >>> xml = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://a.test/x</loc></url></urlset>'
    >>> parse(SavedResponse("http://a.test/sitemap.xml", xml)).items[0].url
    'http://a.test/x'
    """
    decoded = decode_response(resp)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True, remove_comments=True)
    try:
        root = etree.fromstring(decoded.text.lstrip("\ufeff").encode("utf-8"), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None and etree.QName(root).localname in ("urlset", "sitemapindex"):
        return ParseResult(SITE, _xml_entries(root, resp.url), [], None, False, list(decoded.notes))
    lines = [absolute_url(resp.url, line.strip()) for line in decoded.text.splitlines()[:MAX_URLS]]
    entries = [SitemapEntry(url) for url in lines if url]
    return ParseResult(SITE, entries, [], None, True, [*decoded.notes, "not an XML sitemap: read as a plain URL list"])
