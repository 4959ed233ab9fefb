"""What every spider shares: PageItems from responses, parser lookup, brand queries, argument checks."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import scrapy

from crawler.errors import ExitStatus, UserError
from crawler.items import AppInfo, PageItem, TextSegment
from spiders.parsers.base import ForumThread, ParseResult, SavedResponse, SerpResult
from spiders.parsers.page import extract_page

SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-subscription-token", "x-api-key"})


class SpiderArgumentError(UserError):
    """A spider argument or spider setting that cannot work; raised before anything is fetched."""

    status = ExitStatus.USAGE


class ConfiguredSpider(scrapy.Spider):
    """A spider that reads its settings and brand book in `configure`, before any request is made."""

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings) -> None:
        raise NotImplementedError


def header_pairs(headers) -> list[tuple[str, str]]:
    """Every header line of a Scrapy Headers object, as (name, value) text pairs in order."""
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]


def redacted(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Request headers as an item may keep them: credentials replaced, names kept."""
    return [(name, "REDACTED" if name.lower() in SECRET_HEADERS else value) for name, value in headers]


def saved_response(response) -> SavedResponse:
    """The parser's view of a Scrapy response (lower-case header names, first value each)."""
    headers = {name.lower(): value for name, value in reversed(header_pairs(response.headers))}
    return SavedResponse(url=response.url, body=response.body, headers=headers)


def parser_for(name: str) -> Callable[[SavedResponse], ParseResult]:
    """The parse function of a site; it never raises on hostile content.

    `registry.run` falls back to the generic extraction of the site's kind when a parser
    gives up, so a spider callback always gets a ParseResult.
    """
    from spiders.parsers import registry

    try:
        registry.get_parser(name)
    except registry.UnknownSite:
        raise SpiderArgumentError(f"unknown parser {name!r} (known: {', '.join(sorted(registry.SITES))})") from None
    return functools.partial(registry.run, name)


def page_item(response, *, spider: str, source_kind: str, segments: Iterable[TextSegment] = (), **found) -> PageItem:
    """A PageItem for a fetched response: decoded visible text, headers, redirects, address.

    `found` fills the fields that say where the page was found (query, engine, rank,
    is_ad) or what it is (app).
    """
    page = extract_page(saved_response(response))
    redirects = list(response.meta.get("redirect_urls", []))
    return PageItem(
        url=redirects[0] if redirects else response.url,
        final_url=response.url,
        status=response.status,
        fetched_at=datetime.now(UTC),
        body=response.body,
        source_kind=source_kind,
        spider=spider,
        text=page.text,
        title=page.title,
        lang=page.lang,
        content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
        encoding=page.encoding,
        response_headers=header_pairs(response.headers),
        request_headers=redacted(header_pairs(response.request.headers)) if response.request is not None else [],
        redirect_chain=redirects,
        ip_address=str(response.ip_address) if getattr(response, "ip_address", None) else None,
        tel_links=page.tel_links,
        segments=list(segments),
        flags=page.flags,
        **found,
    )


def post_segments(thread: ForumThread) -> list[TextSegment]:
    return [TextSegment("post", p.text, thread.title, p.author, p.time, thread.url) for p in thread.posts if p.text]


def snippet_segments(results: Iterable[SerpResult]) -> list[TextSegment]:
    return [
        TextSegment("ad_snippet" if r.is_ad else "snippet", r.snippet, r.title, url=r.url)
        for r in results
        if r.snippet or r.title
    ]


def app_info(record) -> AppInfo:
    return AppInfo(record.store or "itunes", record.name, record.developer, record.bundle_id, record.store_url, record.description)


def load_brand_book(path: str):
    """The brands of the brand book at `path` (crawler.config reads and validates it)."""
    from crawler.config import load_brands

    return load_brands(path)


def expand_queries(brands, templates_for: Callable[[object], Iterable[str]]) -> list[tuple[str, str]]:
    """(brand name, query) pairs: every template of a brand with every alias, without repeats.

    >>> class B: name, aliases, queries = "X", ("X", "x app"), ("{alias} help",)
    >>> expand_queries([B()], lambda b: b.queries)
    [('X', 'X help'), ('X', 'x app help')]
    """
    seen: dict[str, str] = {}
    for brand in brands:
        for template in templates_for(brand):
            for alias in brand.aliases:
                query = " ".join(template.replace("{alias}", alias).split())
                seen.setdefault(query, brand.name)
    return [(name, query) for query, name in seen.items()]


def pick_brands(brands, wanted: str | None):
    """The brands named in a comma-separated argument (all when empty); unknown names are errors."""
    if not wanted:
        return tuple(brands)
    names = [name.strip() for name in wanted.split(",") if name.strip()]
    by_name = {brand.name: brand for brand in brands}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise SpiderArgumentError(f"unknown brand {unknown[0]!r} (brands: {', '.join(by_name)})")
    return tuple(by_name[name] for name in names)


def positive_int(name: str, value) -> int:
    """A spider argument that must be a whole number of at least 1."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise SpiderArgumentError(f"spider argument {name}={value!r} is not a whole number") from None
    if number < 1:
        raise SpiderArgumentError(f"spider argument {name}={value!r} must be at least 1")
    return number
