"""Settings lint (HOSTILE 92, issue 4 items 6–7): the shipped settings are polite and safe."""
from __future__ import annotations

import importlib
import json
import re
from importlib.metadata import version
from pathlib import Path

import pytest
import scrapy_redis.dupefilter
import scrapy_redis.scheduler
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

import crawler.settings as project_module
from crawler import redis_codec
from crawler.distributed import distributed_settings
from crawler.resolver import GuardedResolver

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"
OUR_MAXSIZE = 16 * 1024 * 1024


@pytest.fixture(scope="module")
def settings() -> Settings:
    loaded = Settings()
    loaded.setmodule("crawler.settings", priority="project")
    return loaded


def test_telnet_console_and_remote_control_are_off(settings):
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False


@pytest.mark.parametrize("scheme", ["file", "data", "ftp", "s3"])
def test_non_web_download_handlers_are_off(settings, scheme):
    assert scheme in settings.getdict("DOWNLOAD_HANDLERS")
    assert settings.getdict("DOWNLOAD_HANDLERS")[scheme] is None


def test_certificate_policy_is_a_deliberate_setting():
    """HOSTILE 92: cert verification per policy; ours (capture scam pages whatever their certificate)
    is written down in crawler/settings.py rather than inherited from Scrapy's default."""
    assert vars(project_module)["DOWNLOAD_VERIFY_CERTIFICATES"] is False


def test_crawl_depth_and_memory_are_bounded(settings):
    assert settings.getint("DEPTH_LIMIT") > 0
    assert settings.getbool("MEMUSAGE_ENABLED")
    assert settings.getint("MEMUSAGE_LIMIT_MB") > 0


def test_download_size_is_bounded_and_warns_earlier(settings):
    assert 0 < settings.getint("DOWNLOAD_MAXSIZE") <= OUR_MAXSIZE
    assert 0 < settings.getint("DOWNLOAD_WARNSIZE") < settings.getint("DOWNLOAD_MAXSIZE")
    assert settings.getbool("DOWNLOAD_FAIL_ON_DATALOSS")


def test_timeouts_redirects_and_url_length_are_bounded(settings):
    assert 0 < settings.getfloat("DOWNLOAD_TIMEOUT") <= 60
    assert 0 < settings.getint("REDIRECT_MAX_TIMES") <= 20
    assert 0 < settings.getint("URLLENGTH_LIMIT") <= 4096
    assert 0 < settings.getint("METAREFRESH_MAXDELAY") <= 30


def test_politeness_is_on(settings):
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 4
    assert settings.getfloat("DOWNLOAD_DELAY") > 0
    assert settings.getbool("RETRY_ENABLED") and settings.getbool("SCAMSWEEP_RETRY_BACKOFF_ENABLED")
    assert settings.getbool("HTTPCACHE_ENABLED") is False


def test_robots_txt_is_judged_by_the_middleware_that_serves_every_waiter(settings):
    # Scrapy's own middleware lets all but the first request waiting for robots.txt through
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] is None
    assert middlewares["crawler.middlewares.robots.SettledRobotsTxtMiddleware"] == 100


def test_user_agent_names_scamsweep_and_the_contact_url(settings):
    agent = settings.get("USER_AGENT")
    assert "scamsweep" in agent.lower()
    assert settings.get("SCAMSWEEP_CONTACT_URL") in agent
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.useragent.UserAgentMiddleware"] is None
    assert middlewares["crawler.middlewares.useragent.ContactUserAgentMiddleware"]


@pytest.mark.parametrize(("package", "fixed"), [("scrapy", "2.14.2"), ("brotli", "1.2.0"), ("lxml", "4.9.1")])
def test_installed_versions_have_the_security_fixes(package, fixed):
    """HOSTILE 91 and S12: brotli below 1.2.0 lets one brotli chunk expand past DOWNLOAD_MAXSIZE."""
    installed = tuple(int(p) for p in re.findall(r"\d+", version(package))[:3])
    assert installed >= tuple(int(p) for p in fixed.split(".")), f"{package} {version(package)} < {fixed}"


def test_dns_resolver_is_the_ssrf_guard(settings):
    assert issubclass(load_object(settings.get("TWISTED_DNS_RESOLVER")), GuardedResolver)
    assert settings.getdict("DOWNLOADER_MIDDLEWARES").get("crawler.middlewares.ssrf.SsrfGuardMiddleware")
    assert settings.getlist("SCAMSWEEP_SSRF_ALLOW_HOSTS") == []


@pytest.mark.parametrize("switch", ["SCAMSWEEP_TRAPS_ENABLED", "SCAMSWEEP_LINKCAP_ENABLED", "SCAMSWEEP_URLNORM_ENABLED"])
def test_trap_defences_are_on(settings, switch):
    assert settings.getbool(switch)


def test_persistent_queue_under_redis_keeps_its_state():
    """HOSTILE 62/65: under `crawl --redis` the queue persists, requests travel as JSON, never pickle."""
    distributed = Settings()
    distributed.setmodule("crawler.settings", priority="project")
    distributed.setdict(distributed_settings("redis://127.0.0.1:6379/0"), priority="cmdline")
    assert issubclass(load_object(distributed.get("SCHEDULER")), scrapy_redis.scheduler.Scheduler)
    assert issubclass(load_object(distributed.get("DUPEFILTER_CLASS")), scrapy_redis.dupefilter.RFPDupeFilter)
    assert distributed.getbool("SCHEDULER_PERSIST")
    assert not distributed.getbool("SCHEDULER_FLUSH_ON_START")
    serializer = importlib.import_module(distributed.get("SCHEDULER_SERIALIZER"))
    assert serializer is redis_codec
    assert json.loads(serializer.dumps({"url": "http://a.test/", "body": b"\x80"})) == {"url": "http://a.test/", "body": {"$bytes": "gA=="}}


def test_every_scamsweep_setting_is_documented():
    documented = set(re.findall(r"^\| `(SCAMSWEEP_[A-Z0-9_]+)` \|", DOCS.read_text(encoding="utf-8"), re.MULTILINE))
    ours = {name for name in vars(project_module) if name.startswith("SCAMSWEEP_")}
    assert ours - documented == set(), f"undocumented in {DOCS}"
