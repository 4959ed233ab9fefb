"""Run scamsweep's spiders in this process with project settings, reporting progress as they go."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.errors import ExitStatus, UserError
from crawler.resolver import policy_from_settings
from crawler.settingvalues import setting_value


def project_settings(overrides: Mapping | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """crawler.settings, then SCAMSWEEP_* environment variables, then explicit overrides."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    apply_env_overrides(settings, os.environ if environ is None else environ)
    if overrides:
        settings.setdict({name: setting_value(name, value, settings.get(name)) for name, value in overrides.items()},
                         priority="cmdline")
    return settings


def apply_env_overrides(settings: Settings, environ: Mapping[str, str]) -> None:
    """An environment variable named like a SCAMSWEEP_ setting overrides it.

    Values of list settings are read as a JSON array or comma-separated, dict settings as JSON
    (`SCAMSWEEP_STATIC_HOSTS='{"a.test": "127.0.0.1"}'`); a malformed value is a user error naming
    the variable (crawler.settingvalues).
    """
    for name in list(settings.attributes):
        if not name.startswith("SCAMSWEEP_") or name not in environ:
            continue
        value = setting_value(name, environ[name], settings.get(name), source="environment variable")
        settings.set(name, value, priority="cmdline")


@dataclass
class CrawlProgress:
    """Counts a caller can show while the crawl runs."""

    responses: int = 0
    pages: int = 0
    per_spider: dict[str, int] = field(default_factory=dict)


def run_spiders(
    spider_names: Iterable[str],
    settings: Settings,
    on_progress: Callable[[CrawlProgress], None] | None = None,
    spider_kwargs: Mapping[str, Mapping] | None = None,
) -> dict[str, dict]:
    """Crawl with every named spider at once in this process; returns each spider's final stats.

    Twisted's reactor runs once per process, so call this once per process.
    """
    policy_from_settings(settings)  # a malformed SSRF/static-hosts setting fails here, before any crawl
    process = CrawlerProcess(settings)
    known = set(process.spider_loader.list())
    names = list(spider_names)
    unknown = [name for name in names if name not in known]
    if unknown:
        raise UserError(f"unknown spider {unknown[0]!r} (known: {', '.join(sorted(known))})", status=ExitStatus.USAGE)
    progress = CrawlProgress()
    crawlers, failures = [], []
    for name in names:
        crawler = process.create_crawler(name)
        _watch(crawler, name, progress, on_progress)
        crawlers.append(crawler)
        deferred = process.crawl(crawler, **dict((spider_kwargs or {}).get(name, {})))
        deferred.addErrback(failures.append)
    process.start()
    if failures:
        # Scrapy only logs an error raised while a crawl starts (a component's from_crawler, a bad
        # spider argument); raise it here so the command fails with that error instead of exit 0.
        raise failures[0].value
    return {crawler.spider.name if crawler.spider else name: crawler.stats.get_stats() for name, crawler in zip(names, crawlers)}


def _watch(crawler, name: str, progress: CrawlProgress, on_progress) -> None:
    def on_response(**_):
        progress.responses += 1
        _notify()

    def on_item(**_):
        progress.pages += 1
        progress.per_spider[name] = progress.per_spider.get(name, 0) + 1
        _notify()

    def _notify():
        if on_progress is not None:
            on_progress(progress)

    crawler.signals.connect(on_response, signal=signals.response_received, weak=False)
    crawler.signals.connect(on_item, signal=signals.item_scraped, weak=False)
