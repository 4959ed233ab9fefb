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
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False

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
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}

# --- SSRF guard (crawler/resolver.py + crawler/middlewares/ssrf.py) ----------------------
TWISTED_DNS_RESOLVER = "crawler.resolver.GuardedResolver"
SCAMSWEEP_STATIC_HOSTS: dict[str, str] = {}
SCAMSWEEP_SSRF_ALLOW_HOSTS: list[str] = []
SCAMSWEEP_SSRF_ALLOW_PORTS = [80, 443, 8080, 8443]
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ssrf.SsrfGuardMiddleware": 555,
}

# --- output ----------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
    "crawler.pipelines.detect.DetectPipeline": 300,
    "crawler.pipelines.capture.CapturePipeline": 400,
    "crawler.pipelines.store.StorePipeline": 500,
}

# --- scamsweep ---------------------------------------------------------------------------
SCAMSWEEP_CONFIG = "brands.toml"
SCAMSWEEP_DB_URL = "sqlite:///scamsweep.db"
SCAMSWEEP_EVIDENCE_DIR = "evidence"
SCAMSWEEP_CAPTURE_ENABLED = True
SCAMSWEEP_SCREENSHOT_ENABLED = True
SCAMSWEEP_CHROMIUM_PATH = "/usr/bin/chromium"
