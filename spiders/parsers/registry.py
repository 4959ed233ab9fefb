"""The explicit list of site parsers, how to look one up, and how to guess a site from a URL or body."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml.etree import LxmlError

from spiders.parsers import (
    baidu, bing, brave, discourse, discuz, duckduckgo, generic_serp, google, googleplay, itunes, phpbb, sitemap, so360,
    sogou, tencent, tieba, xiaomi, yahoo, yandex,
)
from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.fallback import app_fallback, forum_fallback
from spiders.parsers.html import LIMITED, host_of, on_domain, parse_html

SERP, FORUM, APP, FEED = "serp", "forum", "app", "feed"


@dataclass(frozen=True)
class Site:
    """One supported site: what its pages yield (`kind`), a one-line description, its parser."""

    kind: str
    description: str
    parse: Callable[[SavedResponse], ParseResult]
    home: str = "https://example.invalid/"  # base for relative links when the page's URL is unknown

    def __call__(self, resp: SavedResponse) -> ParseResult:
        return self.parse(resp)


SITES: dict[str, Site] = {
    "bing": Site(SERP, "Bing web search (www.bing.com/search), click URLs decoded", bing.parse,
                 "https://www.bing.com/search"),
    "brave": Site(SERP, "Brave Search API JSON (api.search.brave.com/res/v1/web/search)", brave.parse,
                  "https://api.search.brave.com/res/v1/web/search"),
    "baidu": Site(SERP, "Baidu web search (www.baidu.com/s)", baidu.parse, "https://www.baidu.com/s"),
    "google": Site(SERP, "Google web search, desktop and basic (gbv=1) layouts", google.parse, "https://www.google.com/search"),
    "duckduckgo": Site(SERP, "DuckDuckGo, html.duckduckgo.com and the rendered page", duckduckgo.parse, "https://html.duckduckgo.com/html/"),
    "yahoo": Site(SERP, "Yahoo web search (search.yahoo.com)", yahoo.parse, "https://search.yahoo.com/search"),
    "yandex": Site(SERP, "Yandex web search (yandex.ru/search, yandex.com/search)", yandex.parse, "https://yandex.com/search/"),
    "sogou": Site(SERP, "Sogou web search (www.sogou.com/web)", sogou.parse, "https://www.sogou.com/web"),
    "so360": Site(SERP, "360 Search (www.so.com/s)", so360.parse, "https://www.so.com/s"),
    "phpbb": Site(FORUM, "phpBB boards: viewtopic.php (prosilver, subsilver2) and search.php", phpbb.parse),
    "discourse": Site(FORUM, "Discourse forums: search.json, topic JSON, topic HTML (crawler view or rendered)", discourse.parse),
    "discuz": Site(FORUM, "Discuz! X3 and 7.x forums: index, thread lists, search, threads", discuz.parse),
    "tieba": Site(FORUM, "Baidu Tieba: search results (/f/search/res) and thread pages (/p/<id>)", tieba.parse,
                  "https://tieba.baidu.com/f/search/res"),
    "itunes": Site(APP, "Apple iTunes Search/Lookup API JSON and App Store detail pages", itunes.parse,
                   "https://itunes.apple.com/search"),
    "googleplay": Site(APP, "Google Play app detail pages (store/apps/details?id=)", googleplay.parse,
                       "https://play.google.com/store/apps/details"),
    "xiaomi": Site(APP, "Xiaomi app store detail pages (app.mi.com/details?id=)", xiaomi.parse,
                   "https://app.mi.com/details"),
    "tencent": Site(APP, "Tencent 应用宝 detail pages (sj.qq.com/myapp/detail.htm?apkName=) and search API JSON", tencent.parse,
                    "https://sj.qq.com/myapp/detail.htm"),
    "sitemap": Site(FEED, "sitemaps.org XML, sitemap indexes and plain-text URL lists", sitemap.parse),
    "generic_serp": Site(SERP, "any result page: outbound links with their text (fallback)", generic_serp.parse),
}


class UnknownSite(KeyError):
    """No parser is registered under that name."""

    def __str__(self) -> str:
        return f"unknown site {self.args[0]!r}; known sites: {', '.join(sorted(SITES))}"


def get_parser(site: str) -> Site:
    """The registered site, callable as a parser; `UnknownSite` names the known ones.

    >>> get_parser("google").kind
    'serp'
    """
    try:
        return SITES[site]
    except KeyError:
        raise UnknownSite(site) from None


# (domain, path pattern or None, site) in priority order: more specific hosts first.
_URL_RULES: tuple[tuple[str, str | None, str], ...] = (
    ("tieba.baidu.com", None, "tieba"),
    ("baidu.com", r"^/(s|baidu)\b", "baidu"),
    ("play.google.com", None, "googleplay"),
    ("google.com", r"^/search", "google"),
    ("bing.com", None, "bing"),
    ("duckduckgo.com", None, "duckduckgo"),
    ("search.yahoo.com", None, "yahoo"),
    ("sogou.com", None, "sogou"),
    ("so.com", r"^/s\b", "so360"),
    ("app.mi.com", None, "xiaomi"),
    ("sj.qq.com", None, "tencent"),
    ("android.myapp.com", None, "tencent"),
    ("api.search.brave.com", None, "brave"),
    ("apps.apple.com", None, "itunes"),
    ("itunes.apple.com", None, "itunes"),
)
# Markup fingerprints for self-hosted software, checked on the first 64 KiB of the body.
_BODY_RULES: tuple[tuple[bytes, str], ...] = (
    (rb"<(urlset|sitemapindex)\b", "sitemap"),
    (rb"Powered by <a[^<>]{0,200}>phpBB|phpBB Limited|viewtopic\.php\?", "phpbb"),
    (rb"Discuz!|discuz_uid|forum\.php\?mod=", "discuz"),
    (rb'"post_stream"|"grouped_search_result"|content="Discourse ', "discourse"),
)


def detect_site(url: str, body: bytes = b"") -> str | None:
    """Guess the site from the URL, then from fingerprints in the body; None when unsure.

    >>> detect_site("https://www.baidu.com/s?wd=x")
    'baidu'
    """
    host = host_of(url)
    path = re.sub(r"^https?://[^/]+", "", url) or "/"
    for domain, pattern, site in _URL_RULES:
        if site in SITES and on_domain(url, (domain,)) and (pattern is None or re.search(pattern, path)):
            return site
    if re.match(r"^(www\.)?google\.[a-z.]+$", host) and path.startswith("/search") and "google" in SITES:
        return "google"
    if re.match(r"^(www\.)?yandex\.[a-z.]+$", host) and "yandex" in SITES:
        return "yandex"
    head = body[:65536]
    for pattern, site in _BODY_RULES:
        if site in SITES and re.search(pattern, head):
            return site
    return None


def run(site: str, resp: SavedResponse) -> ParseResult:
    """Parse with the site's parser; content that still breaks it yields the generic
    extraction for its kind, with a note, never an exception (programming errors aside)."""
    parser = get_parser(site)
    try:
        return parser(resp)
    except (RecursionError, MemoryError, UnicodeError, ValueError, LxmlError) as exc:
        why = f"{LIMITED}: {site} parser gave up ({type(exc).__name__})"
        return _generic(site, parser.kind, resp, why)


def _generic(site: str, kind: str, resp: SavedResponse, why: str) -> ParseResult:
    if kind == SERP:
        result = generic_serp.parse(resp)
        result.site, result.notes = site, [*result.notes, why]
        return result
    doc = parse_html(resp)
    if kind == FORUM:
        return forum_fallback(site, doc, why)
    if kind == APP:
        return app_fallback(site, doc, site, why)
    return ParseResult(site, [], [], None, True, [*doc.notes, why])
