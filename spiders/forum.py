"""The `forum` spider: forum boards, searches and threads; one PageItem per thread page, posts as segments."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote_plus

import scrapy

from spiders.common import (
    ConfiguredSpider, SpiderArgumentError, expand_queries, load_brand_book, page_item, parser_for, pick_brands, positive_int,
    post_segments, saved_response,
)


@dataclass(frozen=True)
class ForumSeed:
    """A forum to crawl: its entry URL, the parser of its software, and optionally a search URL ({query})."""

    url: str
    parser: str
    search: str | None = None


def seeds_from_setting(raw: list) -> tuple[ForumSeed, ...]:
    seeds = []
    for index, spec in enumerate(raw):
        if not isinstance(spec, dict) or not str(spec.get("url", "")).startswith(("http://", "https://")):
            raise SpiderArgumentError(f"SCAMSWEEP_FORUM_SEEDS[{index}] needs an http(s) url")
        search = spec.get("search")
        if search is not None and "{query}" not in str(search):
            raise SpiderArgumentError(f"SCAMSWEEP_FORUM_SEEDS[{index}].search needs {{query}}")
        parser_for(str(spec.get("parser", "discuz")))
        seeds.append(ForumSeed(str(spec["url"]), str(spec.get("parser", "discuz")), search))
    return tuple(seeds)


class ForumSpider(ConfiguredSpider):
    """Arguments: brands=A,B (which brands' aliases to search for), pages=N (pages followed per board or thread)."""

    name = "forum"
    source_kind = "forum"

    def __init__(self, *args, brands: str | None = None, pages: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.brand_filter = brands
        self.page_cap = positive_int("pages", pages) if pages is not None else None

    def configure(self, settings) -> None:
        self.seeds = seeds_from_setting(settings.getlist("SCAMSWEEP_FORUM_SEEDS"))
        self.max_pages = self.page_cap or positive_int("SCAMSWEEP_FORUM_MAX_PAGES", settings.getint("SCAMSWEEP_FORUM_MAX_PAGES"))
        brands = pick_brands(load_brand_book(settings.get("SCAMSWEEP_CONFIG")), self.brand_filter)
        self.search_terms = [q for _, q in expand_queries(brands, lambda brand: ["{alias}"])]
        if not self.seeds:
            self.logger.info("forum spider: SCAMSWEEP_FORUM_SEEDS is empty, nothing to crawl")

    async def start(self):
        for seed in self.seeds:
            yield self.follow(seed.url, seed.parser, 1)
            for term in self.search_terms if seed.search else ():
                yield self.follow(seed.search.format(query=quote_plus(term)), seed.parser, 1)

    def follow(self, url: str, parser: str, page: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_forum, cb_kwargs={"parser": parser, "page": page})

    def parse_forum(self, response, parser: str, page: int):
        found = parser_for(parser)(saved_response(response))
        # One item per page: a thread page's posts, or a search page's hits (several threads).
        segments = [segment for thread in found.items for segment in post_segments(thread)]
        if segments:
            if found.fallback:
                self.crawler.stats.inc_value("scamsweep/forum/fallback")
            item = page_item(response, spider=self.name, source_kind=self.source_kind, segments=segments)
            item.title = item.title or found.items[0].title  # JSON forums have no <title>
            yield item
        for link in found.links:
            yield self.follow(link, parser, 1)
        if found.next_page and page < self.max_pages:
            yield self.follow(found.next_page, parser, page + 1)
        elif found.next_page:
            self.crawler.stats.inc_value("scamsweep/forum/page_cap")
