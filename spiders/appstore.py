"""The `apps` spider: iTunes Search per brand alias, then one Lookup per app; one PageItem per app."""
from __future__ import annotations

import re
from urllib.parse import urlencode

import scrapy

from crawler.items import TextSegment
from spiders.common import (
    ConfiguredSpider, SpiderArgumentError, app_info, expand_queries, load_brand_book, page_item, parser_for, pick_brands, positive_int,
    saved_response,
)

_TRACK_ID = re.compile(r"/id(\d{1,15})(?:[/?#]|$)")
_COUNTRY = re.compile(r"^[a-z]{2}$")


def track_id(store_url: str) -> str | None:
    """The numeric app id in an App Store URL (…/app/name/id123456?uo=4 → 123456)."""
    match = _TRACK_ID.search(store_url)
    return match.group(1) if match else None


class AppStoreSpider(ConfiguredSpider):
    """Arguments: brands=A,B (default all), countries=cn,us (default SCAMSWEEP_ITUNES_COUNTRIES)."""

    name = "apps"
    source_kind = "app"

    def __init__(self, *args, brands: str | None = None, countries: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.brand_filter, self.country_argument = brands, countries

    def configure(self, settings) -> None:
        self.api = settings.get("SCAMSWEEP_ITUNES_API_URL").rstrip("/")
        self.limit = positive_int("SCAMSWEEP_ITUNES_LIMIT", settings.getint("SCAMSWEEP_ITUNES_LIMIT"))
        countries = self.country_argument.split(",") if self.country_argument else settings.getlist("SCAMSWEEP_ITUNES_COUNTRIES")
        self.countries = [c.strip().lower() for c in countries if c.strip()]
        bad = [c for c in self.countries if not _COUNTRY.match(c)]
        if bad or not self.countries:
            raise SpiderArgumentError(f"country {bad[0] if bad else ''!r} is not a two-letter store country code")
        brands = pick_brands(load_brand_book(settings.get("SCAMSWEEP_CONFIG")), self.brand_filter)
        self.terms = [q for _, q in expand_queries(brands, lambda brand: ["{alias}"])]
        self.looked_up: set[str] = set()  # an app found in several countries is captured once

    async def start(self):
        for term in self.terms:
            for country in self.countries:
                query = urlencode({"term": term, "entity": "software", "country": country, "limit": self.limit})
                yield scrapy.Request(f"{self.api}/search?{query}", callback=self.parse_search, cb_kwargs={"country": country})

    def parse_search(self, response, country: str):
        found = parser_for("itunes")(saved_response(response))
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
            # One lookup per app: its own capture, and the URL a recheck asks again.
            yield scrapy.Request(f"{self.api}/lookup?{urlencode({'id': app_id, 'country': country})}", callback=self.parse_lookup)

    def parse_lookup(self, response):
        found = parser_for("itunes")(saved_response(response))
        for record in found.items[:1]:
            segment = TextSegment("app_description", record.description, record.name, record.developer, url=record.store_url)
            item = page_item(response, spider=self.name, source_kind=self.source_kind, segments=[segment], app=app_info(record))
            item.title = record.name
            item.text = "\n".join((record.name, record.developer, record.description))
            yield item
