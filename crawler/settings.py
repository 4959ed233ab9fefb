"""Scrapy settings of scamsweep: polite and safe by default; our own settings start with SCAMSWEEP_.

Every SCAMSWEEP_ setting is documented in docs/settings.md (a test checks it). Environment
variables named like a setting override it (see crawler.config.settings_from_env).
"""

BOT_NAME = "scamsweep"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- identity and politeness -------------------------------------------------------
SCAMSWEEP_CONTACT_URL = "https://scamsweep.invalid/crawler"
USER_AGENT = f"scamsweep/0.1 (+{SCAMSWEEP_CONTACT_URL})"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
# Politeness is per domain (below); the global cap only bounds how many connections are open at
# once. Scrapy stops taking requests from the scheduler while the cap is reached, so hosts that
# never answer, each holding a connection until DOWNLOAD_TIMEOUT, starved healthy hosts: at 16,
# 200 such hosts made a healthy host's 20 pages take 74 s instead of 1 s; at 64, 9.6 s. At 512
# they hold only their own slots (tests/hostile/test_slow_hosts.py asserts the share). Memory stays
# bounded by DOWNLOAD_MAXSIZE per response and MEMUSAGE_LIMIT_MB; a host that never answers uses none.
CONCURRENT_REQUESTS = 512
# Take the next request from the download slot with the fewest requests in flight, so a crowd of
# slow hosts queued first does not keep a free, healthy host waiting (Scrapy's broad-crawl advice).
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False
DOWNLOAD_DELAY_JITTER = 0.5
DNS_TIMEOUT = 20
# Retries wait SCAMSWEEP_RETRY_BACKOFF_BASE * 2**(n-1) s, capped (crawler/middlewares/backoff.py).
SCAMSWEEP_RETRY_BACKOFF_ENABLED = True
SCAMSWEEP_RETRY_BACKOFF_BASE = 2.0
SCAMSWEEP_RETRY_BACKOFF_MAX = 60.0
# Spiders (sources) that may skip robots.txt, each logged when it opens (crawler/middlewares/robots.py).
SCAMSWEEP_ROBOTSTXT_IGNORED_SPIDERS: list[str] = []
# Development runs only: `HTTPCACHE_ENABLED=True scamsweep crawl …` replays pages from .scrapy/httpcache.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 86400
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# --- safety ---------------------------------------------------------------------------
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 10
METAREFRESH_MAXDELAY = 10
DEPTH_LIMIT = 4
URLLENGTH_LIMIT = 2048
MEMUSAGE_ENABLED = True
MEMUSAGE_LIMIT_MB = 2048
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19 opens a remote-control HTTP port by default
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
DOWNLOAD_FAIL_ON_DATALOSS = True
# Certificate policy: not verified. Scam pages often have broken or self-signed certificates and
# must still be captured as evidence; what was presented is recorded, never trusted for identity.
DOWNLOAD_VERIFY_CERTIFICATES = False
# Against spider traps (crawler/middlewares/traps.py, linkcap.py, urlnorm.py).
SCAMSWEEP_TRAPS_ENABLED = True
SCAMSWEEP_DOMAIN_PAGE_BUDGET = 2000
SCAMSWEEP_MAX_PATH_SEGMENTS = 20
SCAMSWEEP_LINKCAP_ENABLED = True
SCAMSWEEP_MAX_LINKS_PER_PAGE = 500
SCAMSWEEP_URLNORM_ENABLED = True
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.urlnorm.UrlNormMiddleware": 20,
    "crawler.middlewares.linkcap.LinkCapMiddleware": 950,  # nearest the spider: capped before other work
}

# --- SSRF guard (crawler/resolver.py + crawler/middlewares/ssrf.py) ----------------------
TWISTED_DNS_RESOLVER = "crawler.resolver.GuardedResolver"
SCAMSWEEP_STATIC_HOSTS: dict[str, str] = {}
SCAMSWEEP_SSRF_ALLOW_HOSTS: list[str] = []
SCAMSWEEP_SSRF_ALLOW_PORTS = [80, 443, 8080, 8443]
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.robots.RobotsPolicyMiddleware": 90,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.robots.SettledRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.middlewares.useragent.ContactUserAgentMiddleware": 500,
    "crawler.middlewares.traps.TrapGuardMiddleware": 545,
    "crawler.middlewares.ssrf.SsrfGuardMiddleware": 555,
    "crawler.middlewares.backoff.RetryBackoffMiddleware": 556,
}

# --- output ----------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
    "crawler.pipelines.unchanged.UnchangedPipeline": 250,
    "crawler.pipelines.detect.DetectPipeline": 300,
    "crawler.pipelines.capture.CapturePipeline": 400,
    "crawler.pipelines.store.StorePipeline": 500,
}

# --- scamsweep ---------------------------------------------------------------------------
SCAMSWEEP_CONFIG = "brands.toml"
SCAMSWEEP_DB_URL = "sqlite:///scamsweep.db"
SCAMSWEEP_EVIDENCE_DIR = "evidence"
SCAMSWEEP_STORE_ENABLED = True
SCAMSWEEP_UNCHANGED_ENABLED = True
SCAMSWEEP_STORE_RETRY_TIMES = 6
SCAMSWEEP_STORE_RETRY_DELAY = 0.5
SCAMSWEEP_CAPTURE_ENABLED = True
SCAMSWEEP_SCREENSHOT_ENABLED = True
SCAMSWEEP_CHROMIUM_PATH = "/usr/bin/chromium"

# --- sources (spiders/serp.py, forum.py, appstore.py, seeds.py) ---------------------------
SCAMSWEEP_SEARCH_ENGINES = {"bing": {"url": "https://www.bing.com/search?q={query}&first={first}", "parser": "bing", "pages": 2}}
SCAMSWEEP_DEFAULT_QUERIES = ["{alias} 客服电话", "{alias} 人工客服", "{alias} customer service number"]
SCAMSWEEP_BRAVE_API_URL = "https://api.search.brave.com/res/v1/web/search"
SCAMSWEEP_BRAVE_API_KEY_ENV = "BRAVE_SEARCH_API_KEY"
SCAMSWEEP_BRAVE_PAGES = 1
SCAMSWEEP_FORUM_SEEDS: list[dict] = []
SCAMSWEEP_FORUM_MAX_PAGES = 20
SCAMSWEEP_ITUNES_API_URL = "https://itunes.apple.com"
SCAMSWEEP_ITUNES_COUNTRIES = ["cn", "us"]
SCAMSWEEP_ITUNES_LIMIT = 50
SCAMSWEEP_APP_STORES = {
    "googleplay": {"search": "https://play.google.com/store/search?q={query}&c=apps", "detail": "/store/apps/details?id=", "parser": "googleplay"},
    "xiaomi": {"search": "https://app.mi.com/searchAll?keywords={query}&typeall=phone", "detail": "/details?id=", "parser": "xiaomi"},
}
SCAMSWEEP_SEED_URLS: list[str] = []
