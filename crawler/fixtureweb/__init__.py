"""The fixture web: a realistic local web of search, forum, app-store and brand sites on loopback."""
from __future__ import annotations

from pathlib import Path

from crawler.fixtureweb.run import FixtureWeb, FixtureWebError, start_fixture_web

PACKAGE_DIR = Path(__file__).resolve().parent
BRANDS_TOML = PACKAGE_DIR / "brands.toml"
EXPECTED_JSON = PACKAGE_DIR / "expected.json"

__all__ = [
    "BRANDS_TOML", "EXPECTED_JSON", "FixtureWeb", "FixtureWebError", "demo_settings", "engine_settings", "start_fixture_web",
]


DEMO_ENGINES = ("bing", "baidu", "duckduckgo")


def engine_settings(fixture: FixtureWeb) -> dict:
    """SCAMSWEEP_SEARCH_ENGINES entries for every search engine the fixture web imitates."""
    port = fixture.port
    return {
        "bing": {"url": f"http://search.test:{port}/search?q={{query}}&first={{first}}", "parser": "bing", "pages": 3},
        "baidu": {"url": f"http://baidu.test:{port}/s?wd={{query}}&pn={{offset}}", "parser": "baidu", "pages": 3},
        "duckduckgo": {"url": f"http://ddg.test:{port}/html/?q={{query}}&s={{offset}}", "parser": "duckduckgo", "pages": 1},
        "google": {"url": f"http://google.test:{port}/search?q={{query}}&start={{offset}}", "parser": "google", "pages": 2},
        "sogou": {"url": f"http://sogou.test:{port}/web?query={{query}}&page={{page1}}", "parser": "sogou", "pages": 2},
    }


def demo_settings(fixture: FixtureWeb) -> dict:
    """Every Scrapy setting override that points the spiders at a running fixture web.

    >>> with start_fixture_web() as web:  # doctest: +SKIP
    ...     settings = demo_settings(web)
    """
    from crawler.fixtureweb.sites import all_hosts

    port = fixture.port
    return {
        "SCAMSWEEP_CONFIG": str(BRANDS_TOML),
        "SCAMSWEEP_STATIC_HOSTS": {host: "127.0.0.1" for host in all_hosts()},
        "SCAMSWEEP_SSRF_ALLOW_HOSTS": ["127.0.0.1"],
        # The demo runs three engines; engine_settings() has every engine the fixture web imitates.
        "SCAMSWEEP_SEARCH_ENGINES": {name: spec for name, spec in engine_settings(fixture).items() if name in DEMO_ENGINES},
        "SCAMSWEEP_BRAVE_API_URL": f"http://api.search.test:{port}/res/v1/web/search",
        "SCAMSWEEP_FORUM_SEEDS": [
            {"url": f"http://bbs.test:{port}/forum.php", "parser": "discuz",
             "search": f"http://bbs.test:{port}/search.php?mod=forum&srchtxt={{query}}&searchsubmit=yes"},
            {"url": f"http://oldbbs.test:{port}/index.php", "parser": "discuz"},
            {"url": f"http://phpbb.test:{port}/viewforum.php?f=2", "parser": "phpbb",
             "search": f"http://phpbb.test:{port}/search.php?keywords={{query}}"},
            {"url": f"http://discourse.test:{port}/search.json?q=huanbei", "parser": "discourse",
             "search": f"http://discourse.test:{port}/search.json?q={{query}}"},
            {"url": f"http://tieba.test:{port}/f/search/res?ie=utf-8&qw=huanbei", "parser": "tieba",
             "search": f"http://tieba.test:{port}/f/search/res?ie=utf-8&qw={{query}}"},
        ],
        "SCAMSWEEP_ITUNES_API_URL": f"http://apps.test:{port}",
        "SCAMSWEEP_ITUNES_COUNTRIES": ["cn", "us"],
        "SCAMSWEEP_APP_STORES": {
            "googleplay": {"search": f"http://play.test:{port}/store/search?q={{query}}&c=apps", "detail": "/store/apps/details?id=", "parser": "googleplay"},
            "xiaomi": {"search": f"http://app.mi.test:{port}/searchAll?keywords={{query}}&typeall=phone", "detail": "/details?id=", "parser": "xiaomi"},
        },
        "SCAMSWEEP_SEED_URLS": [f"http://huanbei-kefu.test:{port}/sitemap.xml"],
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "RETRY_ENABLED": False,
    }
