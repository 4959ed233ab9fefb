"""The `search` spider: brand queries on search engines; result pages, snippets and landing pages."""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote_plus, urlencode, urlsplit

import scrapy

from spiders.common import (
    ConfiguredSpider, SpiderArgumentError, expand_queries, load_brand_book, page_item, parser_for, pick_brands, positive_int,
    saved_response, snippet_segments,
)

RESULTS_PER_PAGE = 10
WRAPPER_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Engine:
    """A search engine's URL template and parser. Placeholders: {query}; {page} (0-based) or {page1}
    (1-based) page number; {offset} (0-based) or {first} (1-based) number of the first result."""

    name: str
    url: str
    parser: str
    pages: int

    def page_url(self, query: str, page: int) -> str:
        offset = page * RESULTS_PER_PAGE
        return self.url.format(query=quote_plus(query), page=page, page1=page + 1, offset=offset, first=offset + 1)


def engines_from_setting(raw: dict, wanted: str | None) -> tuple[Engine, ...]:
    """Engines of SCAMSWEEP_SEARCH_ENGINES, optionally restricted to a comma-separated list."""
    engines = []
    for name, spec in dict(raw).items():
        if not isinstance(spec, dict) or "url" not in spec or "{query}" not in str(spec["url"]):
            raise SpiderArgumentError(f"SCAMSWEEP_SEARCH_ENGINES[{name!r}] needs a url with {{query}}")
        parser_for(spec.get("parser", name))  # an unknown parser fails now, not mid-crawl
        engines.append(Engine(name, str(spec["url"]), str(spec.get("parser", name)), positive_int(f"{name}.pages", spec.get("pages", 1))))
    if wanted:
        names = [n.strip() for n in wanted.split(",") if n.strip()]
        unknown = [n for n in names if n not in {e.name for e in engines}]
        if unknown:
            raise SpiderArgumentError(f"unknown engine {unknown[0]!r} (configured: {', '.join(e.name for e in engines)})")
        engines = [e for e in engines if e.name in names]
    return tuple(engines)


def same_site(url: str, other: str) -> bool:
    """Whether two URLs share a host or its parent domain (html.duckduckgo.com and duckduckgo.com).

    >>> same_site("https://duckduckgo.com/y.js?u3=x", "https://html.duckduckgo.com/html/?q=a")
    True
    """
    hosts = [(urlsplit(u).hostname or "").split(".") for u in (url, other)]
    return all(len(h) >= 2 for h in hosts) and hosts[0][-2:] == hosts[1][-2:]


def results_page_item(response, spider: str, segments, query: str, engine: str):
    """A results page is judged snippet by snippet, never as one text: its snippets come from
    unrelated sites, and read together they pair one site's brand with another's number."""
    item = page_item(response, spider=spider, source_kind=SearchSpider.source_kind, segments=segments, query=query, engine=engine)
    item.text = ""
    item.flags.append("results_page")
    return item


class BraveBackend:
    """Brave Search API: on when the environment variable named by SCAMSWEEP_BRAVE_API_KEY_ENV holds a key."""

    name = "brave"

    def __init__(self, url: str, key: str | None, pages: int):
        self.url, self.key, self.pages = url, key, pages

    @property
    def enabled(self) -> bool:
        return bool(self.key)

    @classmethod
    def from_settings_and_env(cls, settings, environ, logger) -> "BraveBackend":
        variable = settings.get("SCAMSWEEP_BRAVE_API_KEY_ENV")
        backend = cls(settings.get("SCAMSWEEP_BRAVE_API_URL"), environ.get(variable) if variable else None,
                      positive_int("SCAMSWEEP_BRAVE_PAGES", settings.getint("SCAMSWEEP_BRAVE_PAGES", 1)))
        if not backend.enabled:
            logger.info("Brave Search API backend off: environment variable %s is not set", variable)
        return backend

    def request(self, query: str, callback, offset: int = 0) -> scrapy.Request:
        """The API request, without the key: BraveKeyMiddleware adds it when it is sent, so the
        key is never written to a JOBDIR or a shared Redis queue."""
        target = f"{self.url}?{urlencode({'q': query, 'count': 20, 'offset': offset})}"
        return scrapy.Request(target, headers={"Accept": "application/json"}, callback=callback,
                              cb_kwargs={"query": query, "offset": offset})


class BraveKeyMiddleware:
    """Adds the Brave key to requests for the API's host only, and strips it from any other
    (a redirect copies headers to wherever it points)."""

    HEADER = "X-Subscription-Token"

    def __init__(self, api_host: str | None, key: str | None):
        self.api_host, self.key = api_host, key

    @classmethod
    def from_crawler(cls, crawler):
        variable = crawler.settings.get("SCAMSWEEP_BRAVE_API_KEY_ENV")
        return cls(urlsplit(crawler.settings.get("SCAMSWEEP_BRAVE_API_URL") or "").hostname,
                   os.environ.get(variable) if variable else None)

    def process_request(self, request):
        if self.key and self.api_host and urlsplit(request.url).hostname == self.api_host:
            request.headers[self.HEADER] = self.key
        else:
            request.headers.pop(self.HEADER, None)


class SearchSpider(ConfiguredSpider):
    """Arguments: brands=A,B (default all), engines=bing (default all configured), pages=N (cap per engine),
    queries="q1|q2" (instead of the brand book's templates)."""

    name = "search"
    source_kind = "search"

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
        middlewares.setdefault("spiders.serp.BraveKeyMiddleware", 560)
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")

    def __init__(self, *args, brands: str | None = None, engines: str | None = None, pages: str | None = None,
                 queries: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.brand_filter, self.engine_filter, self.query_override = brands, engines, queries
        self.page_cap = positive_int("pages", pages) if pages is not None else None

    def configure(self, settings) -> None:
        """Read settings and the brand book; every mistake is raised here, before any request."""
        self.engines = engines_from_setting(settings.getdict("SCAMSWEEP_SEARCH_ENGINES"), self.engine_filter)
        brands = pick_brands(load_brand_book(settings.get("SCAMSWEEP_CONFIG")), self.brand_filter)
        defaults = settings.getlist("SCAMSWEEP_DEFAULT_QUERIES")
        if self.query_override:
            self.queries = [("", q.strip()) for q in self.query_override.split("|") if q.strip()]
        else:
            self.queries = expand_queries(brands, lambda brand: brand.queries or defaults)
        self.brave = BraveBackend.from_settings_and_env(settings, os.environ, self.logger)

    async def start(self):
        for _, query in self.queries:
            for engine in self.engines:
                yield self.serp_request(engine, query, 0)
            if self.brave.enabled:
                yield self.brave.request(query, self.parse_brave)

    def serp_request(self, engine: Engine, query: str, page: int) -> scrapy.Request:
        return scrapy.Request(engine.page_url(query, page), callback=self.parse_serp,
                              cb_kwargs={"engine": engine.name, "query": query, "page": page})

    def parse_serp(self, response, engine: str, query: str, page: int):
        found = parser_for(self.engine(engine).parser)(saved_response(response))
        if found.fallback:
            self.crawler.stats.inc_value(f"scamsweep/search/{engine}/fallback")
            self.logger.warning("%s: markup not recognised at %s (%s)", engine, response.url, "; ".join(found.notes))
        yield results_page_item(response, self.name, snippet_segments(found.items), query, engine)
        yield from self.landing_requests(found.items, engine, query, response.url)
        last = min(self.engine(engine).pages, self.page_cap or self.engine(engine).pages) - 1
        if found.next_page and found.items and page < last:
            yield self.serp_request(self.engine(engine), query, page + 1)

    def landing_requests(self, results, engine: str, query: str, results_url: str = ""):
        for result in results:
            self.crawler.stats.inc_value(f"scamsweep/search/{'ads' if result.is_ad else 'organic'}")
            found = {"engine": engine, "query": query, "rank": result.rank, "is_ad": result.is_ad}
            if results_url and same_site(result.url, results_url):
                # The engine's own click wrapper (Baidu's /link?url=): resolve it first, so the page
                # is known by its landing URL whichever engine listed it, and no click is counted twice.
                yield scrapy.Request(result.url, callback=self.parse_wrapper, cb_kwargs=found,
                                     meta={"dont_redirect": True, "handle_httpstatus_list": list(WRAPPER_REDIRECTS)})
            else:
                yield scrapy.Request(result.url, callback=self.parse_landing, cb_kwargs=found)

    def parse_wrapper(self, response, **found):
        location = response.headers.get("Location")
        if response.status in WRAPPER_REDIRECTS and location:
            target = response.urljoin(location.decode("latin-1"))
            yield scrapy.Request(target, callback=self.parse_landing, cb_kwargs={**found, "via": response.url})
        elif response.status == 200:
            yield from self.parse_landing(response, **found)

    def parse_landing(self, response, engine: str, query: str, rank: int, is_ad: bool, via: str | None = None):
        item = page_item(response, spider=self.name, source_kind=self.source_kind, query=query, engine=engine, rank=rank, is_ad=is_ad)
        if via:
            item.redirect_chain.insert(0, via)
        yield item

    def parse_brave(self, response, query: str, offset: int):
        found = parser_for("brave")(saved_response(response))
        if found.fallback:
            self.logger.warning("brave: no results in the answer for %r (%s)", query, "; ".join(found.notes))
        yield results_page_item(response, self.name, snippet_segments(found.items), query, BraveBackend.name)
        yield from self.landing_requests(found.items, BraveBackend.name, query)
        if found.next_page and offset + 1 < self.brave.pages:
            yield self.brave.request(query, self.parse_brave, offset + 1)

    def engine(self, name: str) -> Engine:
        return next(e for e in self.engines if e.name == name)

