"""The `apps` spider: per brand alias, the iTunes Search/Lookup API and HTML stores (Google Play,
Chinese Android markets): one PageItem per app listing, the description as a segment."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote_plus, urlencode

import scrapy

from crawler.items import TextSegment
from spiders.common import (
    ConfiguredSpider, SpiderArgumentError, app_info, expand_queries, load_brand_book, page_item, parser_for,
    pick_brands, positive_int, saved_response,
)
from spiders.parsers.page import links_containing

ITUNES = "itunes"
_TRACK_ID = re.compile(r"/id(\d{1,15})(?:[/?#]|$)")
_COUNTRY = re.compile(r"^[a-z]{2}$")
_STORE_COUNTRY = re.compile(r"^https?://[^/]+/([a-z]{2})/app/")


def track_id(store_url: str) -> str | None:
    """The numeric app id in an App Store URL (…/app/name/id123456?uo=4 → 123456)."""
    match = _TRACK_ID.search(store_url)
    return match.group(1) if match else None


def store_country(store_url: str) -> str | None:
    """The store country in an App Store URL (https://apps.apple.com/cn/app/… → cn)."""
    match = _STORE_COUNTRY.search(store_url)
    return match.group(1) if match else None


@dataclass(frozen=True)
class HtmlStore:
    """A store searched through its web pages: a search URL ({query}), the marker of detail-page URLs, a parser."""

    name: str
    search: str
    detail: str
    parser: str


def html_stores_from_setting(raw: dict) -> tuple[HtmlStore, ...]:
    stores = []
    for name, spec in dict(raw).items():
        if not isinstance(spec, dict) or "{query}" not in str(spec.get("search", "")) or not spec.get("detail"):
            raise SpiderArgumentError(f"SCAMSWEEP_APP_STORES[{name!r}] needs a search URL with {{query}} and a detail marker")
        parser_for(str(spec.get("parser", name)))
        stores.append(HtmlStore(name, str(spec["search"]), str(spec["detail"]), str(spec.get("parser", name))))
    return tuple(stores)


class AppStoreSpider(ConfiguredSpider):
    """Arguments: brands=A,B (default all), countries=cn,us (iTunes; default SCAMSWEEP_ITUNES_COUNTRIES),
    stores=itunes,googleplay,… (default: iTunes and every store in SCAMSWEEP_APP_STORES)."""

    name = "apps"
    source_kind = "app"

    def __init__(self, *args, brands: str | None = None, countries: str | None = None, stores: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.brand_filter, self.country_argument, self.store_argument = brands, countries, stores

    def configure(self, settings) -> None:
        self.api = settings.get("SCAMSWEEP_ITUNES_API_URL").rstrip("/")
        self.limit = positive_int("SCAMSWEEP_ITUNES_LIMIT", settings.getint("SCAMSWEEP_ITUNES_LIMIT"))
        countries = self.country_argument.split(",") if self.country_argument else settings.getlist("SCAMSWEEP_ITUNES_COUNTRIES")
        self.countries = [c.strip().lower() for c in countries if c.strip()]
        bad = [c for c in self.countries if not _COUNTRY.match(c)]
        if bad or not self.countries:
            raise SpiderArgumentError(f"country {bad[0] if bad else ''!r} is not a two-letter store country code")
        self.html_stores, self.use_itunes = self.pick_stores(html_stores_from_setting(settings.getdict("SCAMSWEEP_APP_STORES")))
        brands = pick_brands(load_brand_book(settings.get("SCAMSWEEP_CONFIG")), self.brand_filter)
        self.terms = [q for _, q in expand_queries(brands, lambda brand: ["{alias}"])]
        self.looked_up: set[str] = set()  # an app found in several countries is captured once

    def pick_stores(self, configured: tuple[HtmlStore, ...]) -> tuple[tuple[HtmlStore, ...], bool]:
        if not self.store_argument:
            return configured, True
        wanted = [s.strip() for s in self.store_argument.split(",") if s.strip()]
        known = {ITUNES, *(s.name for s in configured)}
        unknown = [s for s in wanted if s not in known]
        if unknown:
            raise SpiderArgumentError(f"unknown store {unknown[0]!r} (configured: {', '.join(sorted(known))})")
        return tuple(s for s in configured if s.name in wanted), ITUNES in wanted

    async def start(self):
        for term in self.terms:
            for country in self.countries if self.use_itunes else ():
                query = urlencode({"term": term, "entity": "software", "country": country, "limit": self.limit})
                yield scrapy.Request(f"{self.api}/search?{query}", callback=self.parse_search, cb_kwargs={"country": country})
            for store in self.html_stores:
                yield scrapy.Request(store.search.format(query=quote_plus(term)), callback=self.parse_store_search,
                                     cb_kwargs={"store": store.name})

    def parse_search(self, response, country: str):
        found = parser_for(ITUNES)(saved_response(response))
        if found.fallback:
            self.logger.warning("apps: no app records at %s (%s)", response.url, "; ".join(found.notes))
        for record in found.items:
            app_id = track_id(record.store_url)
            if app_id is None:
                self.crawler.stats.inc_value("scamsweep/apps/no_track_id")
                continue
            if app_id in self.looked_up:
                continue
            self.looked_up.add(app_id)
            # One lookup per app: its own capture, and the URL a recheck asks again. The listing's
            # own store country (…/cn/app/…) keeps that URL the same whichever search found it first.
            listing_country = store_country(record.store_url) or country
            yield scrapy.Request(f"{self.api}/lookup?{urlencode({'id': app_id, 'country': listing_country})}",
                                 callback=self.parse_listing, cb_kwargs={"store": ITUNES})

    def parse_store_search(self, response, store: str):
        marker = next(s.detail for s in self.html_stores if s.name == store)
        for url in links_containing(saved_response(response), marker):
            yield scrapy.Request(url, callback=self.parse_listing, cb_kwargs={"store": store})

    def parse_listing(self, response, store: str):
        parser = ITUNES if store == ITUNES else next(s.parser for s in self.html_stores if s.name == store)
        found = parser_for(parser)(saved_response(response))
        if found.fallback:
            self.crawler.stats.inc_value(f"scamsweep/apps/{store}/fallback")
        for record in found.items[:1]:
            segment = TextSegment("app_description", record.description, record.name, record.developer, url=record.store_url)
            item = page_item(response, spider=self.name, source_kind=self.source_kind, segments=[segment], app=app_info(record))
            item.title = record.name
            item.text = "\n".join((record.name, record.developer, record.description))
            yield item
