"""The fixture web: a realistic local web of search, forum, app-store and brand sites on loopback."""
from __future__ import annotations

from pathlib import Path

from localweb.run import FixtureWeb, FixtureWebError, start_fixture_web

PACKAGE_DIR = Path(__file__).resolve().parent
BRANDS_TOML = PACKAGE_DIR / "brands.toml"
EXPECTED_JSON = PACKAGE_DIR / "expected.json"

__all__ = [
    "BRANDS_TOML", "EXPECTED_JSON", "FixtureWeb", "FixtureWebError", "demo_settings", "engine_settings", "start_fixture_web",
]


DEMO_ENGINES = ("bing", "baidu", "duckduckgo")


def engine_settings(fixture: FixtureWeb) -> dict:
    """SCAMSWEEP_SEARCH_ENGINES entries for every search engine the fixture web imitates."""
    return {
        "bing": {"url": "http://search.test/search?q={query}&first={first}", "parser": "bing", "pages": 3},
        "baidu": {"url": "http://baidu.test/s?wd={query}&pn={offset}", "parser": "baidu", "pages": 3},
        "duckduckgo": {"url": "http://ddg.test/html/?q={query}&s={offset}", "parser": "duckduckgo", "pages": 1},
        "google": {"url": "http://google.test/search?q={query}&start={offset}", "parser": "google", "pages": 2},
        "sogou": {"url": "http://sogou.test/web?query={query}&page={page1}", "parser": "sogou", "pages": 2},
        "yahoo": {"url": "http://yahoo.test/search?p={query}&b={first}", "parser": "yahoo", "pages": 2},
        "yandex": {"url": "http://yandex.test/search/?text={query}&p={page}", "parser": "yandex", "pages": 2},
        "so360": {"url": "http://so360.test/s?q={query}&pn={page1}", "parser": "so360", "pages": 2},
    }


def demo_settings(fixture: FixtureWeb) -> dict:
    """Every Scrapy setting override that points the spiders at a running fixture web.

    >>> with start_fixture_web() as web:  # doctest: +SKIP
    ...     settings = demo_settings(web)
    """
    from localweb.sites import all_hosts

    return {
        "SCAMSWEEP_CONFIG": str(BRANDS_TOML),
        # Names map to the server's address *and port*: URLs keep port 80 and so stay the same
        # from run to run, whatever port the OS gave the server (a second demo adds nothing).
        "SCAMSWEEP_STATIC_HOSTS": {host: f"127.0.0.1:{fixture.port}" for host in all_hosts()},
        "SCAMSWEEP_SSRF_ALLOW_HOSTS": ["127.0.0.1"],
        # The demo runs three engines; engine_settings() has every engine the fixture web imitates.
        "SCAMSWEEP_SEARCH_ENGINES": {name: spec for name, spec in engine_settings(fixture).items() if name in DEMO_ENGINES},
        "SCAMSWEEP_BRAVE_API_URL": "http://api.search.test/res/v1/web/search",
        "SCAMSWEEP_FORUM_SEEDS": [
            {"url": "http://bbs.test/forum.php", "parser": "discuz",
             "search": "http://bbs.test/search.php?mod=forum&srchtxt={query}&searchsubmit=yes"},
            {"url": "http://oldbbs.test/index.php", "parser": "discuz"},
            {"url": "http://phpbb.test/viewforum.php?f=2", "parser": "phpbb",
             "search": "http://phpbb.test/search.php?keywords={query}"},
            {"url": "http://discourse.test/search.json?q=huanbei", "parser": "discourse",
             "search": "http://discourse.test/search.json?q={query}"},
            {"url": "http://tieba.test/f/search/res?ie=utf-8&qw=huanbei", "parser": "tieba",
             "search": "http://tieba.test/f/search/res?ie=utf-8&qw={query}"},
        ],
        "SCAMSWEEP_ITUNES_API_URL": "http://apps.test",
        "SCAMSWEEP_ITUNES_COUNTRIES": ["cn", "us"],
        "SCAMSWEEP_APP_STORES": {
            "googleplay": {"search": "http://play.test/store/search?q={query}&c=apps", "detail": "/store/apps/details?id=", "parser": "googleplay"},
            "xiaomi": {"search": "http://app.mi.test/searchAll?keywords={query}&typeall=phone", "detail": "/details?id=", "parser": "xiaomi"},
        },
        "SCAMSWEEP_SEED_URLS": ["http://huanbei-kefu.test/sitemap.xml"],
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "RETRY_ENABLED": False,
    }
