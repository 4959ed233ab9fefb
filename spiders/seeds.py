"""The `seeds` spider: pages a team already suspects, from a URL list or a sitemap, within allowed domains."""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip

from spiders.common import ConfiguredSpider, SpiderArgumentError, page_item, parser_for, positive_int, saved_response
from spiders.parsers.base import SavedResponse

GZIP_MAGIC = b"\x1f\x8b"


def is_sitemap_url(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith((".xml", ".xml.gz", "sitemap.txt")) or "sitemap" in path.rsplit("/", 1)[-1]


def checked_urls(raw: list[str]) -> list[str]:
    urls = [u.strip() for u in raw if u and u.strip()]
    bad = [u for u in urls if urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).hostname]
    if bad:
        raise SpiderArgumentError(f"seed {bad[0]!r} is not an http(s) URL")
    return urls


class SeedsSpider(ConfiguredSpider):
    """Arguments: urls=U1,U2 (pages or sitemaps; default SCAMSWEEP_SEED_URLS), domains=a.test,b.test
    (default: the seeds' hosts), follow=0|1 (follow links within the domains; default 1)."""

    name = "seeds"
    source_kind = "seed"

    def __init__(self, *args, urls: str | None = None, domains: str | None = None, follow: str = "1", **kwargs):
        super().__init__(*args, **kwargs)
        if follow not in ("0", "1"):
            raise SpiderArgumentError(f"spider argument follow={follow!r} must be 0 or 1")
        self.url_argument, self.domain_argument, self.follow_links = urls, domains, follow == "1"

    def configure(self, settings) -> None:
        raw = self.url_argument.split(",") if self.url_argument else settings.getlist("SCAMSWEEP_SEED_URLS")
        self.seed_urls = checked_urls(raw)
        if not self.seed_urls:
            raise SpiderArgumentError("seeds spider needs urls=... or SCAMSWEEP_SEED_URLS")
        domains = self.domain_argument.split(",") if self.domain_argument else [urlsplit(u).hostname for u in self.seed_urls]
        # Scrapy's offsite filter reads allowed_domains when the spider opens.
        self.allowed_domains = sorted({d.strip().lower() for d in domains if d and d.strip()})
        self.links = LinkExtractor(allow_domains=self.allowed_domains, unique=True)
        self.max_links = positive_int("SCAMSWEEP_MAX_LINKS_PER_PAGE", settings.getint("SCAMSWEEP_MAX_LINKS_PER_PAGE", 500))
        self.max_sitemap_bytes = settings.getint("DOWNLOAD_MAXSIZE") or 16 * 1024 * 1024

    async def start(self):
        for url in self.seed_urls:
            yield scrapy.Request(url, callback=self.parse_sitemap if is_sitemap_url(url) else self.parse_page)

    def parse_sitemap(self, response):
        saved = saved_response(response)
        if saved.body[:2] == GZIP_MAGIC:  # sitemap.xml.gz: a file that is gzip, not a gzip transfer
            try:
                saved = SavedResponse(saved.url, gunzip(saved.body, max_size=self.max_sitemap_bytes), saved.headers)
            except (OSError, ValueError):  # corrupt, or larger than DOWNLOAD_MAXSIZE once inflated
                self.crawler.stats.inc_value("scamsweep/seeds/bad_sitemap")
                return
        found = parser_for("sitemap")(saved)
        for entry in found.items:
            if entry.is_sitemap:
                yield scrapy.Request(entry.url, callback=self.parse_sitemap)
            else:
                yield scrapy.Request(entry.url, callback=self.parse_page)

    def parse_page(self, response):
        yield page_item(response, spider=self.name, source_kind=self.source_kind)
        if self.follow_links and hasattr(response, "text") and "html" in response.headers.get("Content-Type", b"").decode("latin-1").lower():
            for link in self.links.extract_links(response)[: self.max_links]:
                yield scrapy.Request(link.url, callback=self.parse_page)
