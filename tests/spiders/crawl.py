"""Run a spider against the fixture web in a child `scrapy crawl` and read back its items and stats."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from localweb import FixtureWeb, demo_settings

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRAPY = [sys.executable, "-m", "scrapy"]


@dataclass
class CrawlResult:
    items: list[dict]
    stats: dict
    returncode: int
    log: str
    folder: Path = field(repr=False, default=Path("."))

    def urls(self) -> set[str]:
        return {item["url"] for item in self.items}

    def by_url(self, url: str) -> dict:
        return next(item for item in self.items if item["url"] == url)


def crawl_settings(web: FixtureWeb, folder: Path, extra: dict | None = None) -> dict:
    """The demo settings plus: items collected as JSON lines in `folder`, no detection or storage."""
    return {
        **demo_settings(web),
        "ITEM_PIPELINES": {"tests.spiders.collect.CollectPipeline": 100},
        "COLLECT_FOLDER": str(folder),
        "LOG_FILE": str(folder / "crawl.log"),
        "LOG_LEVEL": "INFO",
        **(extra or {}),
    }


def write_settings_module(folder: Path, settings: dict) -> None:
    """A settings module on top of crawler.settings, so dicts and lists keep their types."""
    lines = ["from crawler.settings import *  # noqa: F401,F403"]
    lines += [f"{name} = {value!r}" for name, value in settings.items()]
    (folder / "crawl_settings.py").write_text("\n".join(lines) + "\n", "utf-8")


def crawl_command(spider: str, folder: Path, args: dict | None = None) -> tuple[list[str], dict]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawl_settings",
           "PYTHONPATH": os.pathsep.join([str(folder), str(REPO_ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [*SCRAPY, "crawl", spider]
    for name, value in (args or {}).items():
        command += ["-a", f"{name}={value}"]
    return command, env


def start_crawl(web: FixtureWeb, spider: str, folder: Path, *, args: dict | None = None, settings: dict | None = None,
                env: dict | None = None) -> subprocess.Popen:
    folder.mkdir(parents=True, exist_ok=True)
    write_settings_module(folder, crawl_settings(web, folder, settings))
    command, environment = crawl_command(spider, folder, args)
    return subprocess.Popen(command, cwd=REPO_ROOT, env={**environment, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def read_result(folder: Path, returncode: int, output: str) -> CrawlResult:
    items_file, stats_file = folder / "items.jsonl", folder / "stats.json"
    items = [json.loads(line) for line in items_file.read_text("utf-8").splitlines()] if items_file.exists() else []
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    log = (folder / "crawl.log").read_text("utf-8") if (folder / "crawl.log").exists() else ""
    return CrawlResult(items, stats, returncode, output + log, folder)


def run_crawl(web: FixtureWeb, spider: str, folder: Path, *, args: dict | None = None, settings: dict | None = None,
              env: dict | None = None, timeout: float = 180) -> CrawlResult:
    """Crawl to the end; returns items, stats, exit status and the log."""
    process = start_crawl(web, spider, folder, args=args, settings=settings, env=env)
    output, _ = process.communicate(timeout=timeout)
    return read_result(folder, process.returncode, output)
