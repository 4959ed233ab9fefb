"""Distributed crawling through Redis: the JSON codec, the settings, and real workers sharing one queue."""
from __future__ import annotations

import contextlib
import json
import math
import os
import socket
import subprocess
import sys
import threading
import uuid
from collections import Counter
from datetime import datetime
from urllib.parse import urlsplit

import pytest
import redis
import scrapy
from scrapy.http import FormRequest
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from crawler import redis_codec
from crawler.distributed import RedisScheduler, check_redis, distributed_settings, redacted
from crawler.errors import UserError
from localweb import BRANDS_TOML
from tests.spiders.crawl import start_crawl, read_result, run_crawl

UNREACHABLE = "redis://:secret@127.0.0.1:1/0"


class Probe(scrapy.Spider):
    name = "probe"

    def parse_page(self, response, page: int = 1):
        yield from ()


# --- the codec ---------------------------------------------------------------------------------

def test_codec_round_trips_a_request_with_bytes_body_headers_and_meta():
    spider = Probe()
    request = scrapy.Request("http://forum.test/t?id=1", method="POST", body=b"\x00\xffq=%E8%BF%98",
                             headers={"X-Raw": b"\xe8\xbf\x98", "Accept": ["a/b", "c/d"]},
                             meta={"depth": 2, "redirect_urls": ["http://a.test/"], "pair": (1, "x"), "$odd": {"k": b"v"},
                                   "latency": 0.25, "none": None},
                             cb_kwargs={"page": 3}, callback=spider.parse_page, priority=-5, dont_filter=True)
    encoded = redis_codec.dumps(request.to_dict(spider=spider))
    json.loads(encoded)  # plain JSON on the wire, readable by anything
    back = request_from_dict(redis_codec.loads(encoded), spider=spider)
    assert (back.url, back.method, back.body, back.priority, back.dont_filter) == (request.url, "POST", request.body, -5, True)
    assert back.headers.getlist("X-Raw") == [b"\xe8\xbf\x98"] and back.headers.getlist("Accept") == [b"a/b", b"c/d"]
    assert back.meta == request.meta and back.cb_kwargs == {"page": 3}
    assert back.callback == spider.parse_page


def test_codec_keeps_the_request_class_of_a_form_request():
    spider = Probe()
    request = FormRequest("http://bbs.test/search.php", formdata={"q": "还呗"}, callback=spider.parse_page)
    back = request_from_dict(redis_codec.loads(redis_codec.dumps(request.to_dict(spider=spider))), spider=spider)
    assert type(back) is FormRequest and back.body == request.body


@pytest.mark.parametrize(("meta", "where"), [
    ({"seen": {1, 2}}, "['seen']"),
    ({"when": datetime(2026, 1, 1)}, "['when']"),
    ({"nested": [{"handle": object()}]}, "['nested'][0]['handle']"),
])
def test_codec_refuses_what_json_cannot_carry_and_says_where(meta, where):
    with pytest.raises(redis_codec.CodecError, match=r"cannot encode request\['meta'\]" + where.replace("[", r"\[").replace("]", r"\]")):
        redis_codec.dumps(scrapy.Request("http://a.test/", meta=meta).to_dict())


def test_codec_refuses_not_a_number():
    with pytest.raises(redis_codec.CodecError, match="cannot encode"):
        redis_codec.dumps(scrapy.Request("http://a.test/", meta={"score": math.nan}).to_dict())


@pytest.mark.parametrize("data", [
    b'{"url": "http://a.test/", "_class": "os.system"}',
    b"\x80\x04\x95 pickle, not JSON",
    b'["not", "a", "request"]',
    b'{"body": {"$bytes": "not base64!"}}',
])
def test_codec_refuses_hostile_or_foreign_queue_entries(data):
    with pytest.raises(redis_codec.CodecError):
        redis_codec.loads(data)


# --- settings and errors -------------------------------------------------------------------------

def test_distributed_settings_switch_scheduler_dupefilter_and_serializer_to_json():
    settings = distributed_settings("redis://127.0.0.1:6379/0")
    assert settings["SCHEDULER"] == "crawler.distributed.RedisScheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings["SCHEDULER_PERSIST"] is True and settings["REDIS_URL"] == "redis://127.0.0.1:6379/0"
    assert settings["SCHEDULER_SERIALIZER"] == "crawler.redis_codec"


def test_password_never_appears_in_messages():
    assert redacted("redis://user:secret@h.test:6380/2") == "redis://user:***@h.test:6380/2"
    assert redacted("redis://h.test/0") == "redis://h.test/0"


def scamsweep_crawl(tmp_path, *options: str, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "cli", "crawl", "seeds", "--config", str(BRANDS_TOML),
               "--db", f"sqlite:///{tmp_path}/s.db", *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})})


def test_unreachable_redis_is_one_clear_error_before_crawling(tmp_path):
    result = scamsweep_crawl(tmp_path, "--redis", UNREACHABLE)
    assert result.returncode != 0 and result.stdout == ""
    line = result.stderr.strip()
    assert line.startswith("error: cannot reach Redis at redis://:***@127.0.0.1:1/0: ") and "\n" not in line, result.stderr
    assert "secret" not in result.stderr
    assert not (tmp_path / "s.db").exists(), "the crawl went on to open the database"


def test_redis_url_also_comes_from_the_environment(tmp_path):
    result = scamsweep_crawl(tmp_path, env={"SCAMSWEEP_REDIS_URL": "http://not-redis.test"})
    assert result.returncode != 0
    assert result.stderr.startswith("error: cannot reach Redis at http://not-redis.test: "), result.stderr


def test_scheduler_start_up_against_unreachable_redis_is_a_user_error():
    with pytest.raises(UserError, match=r"cannot reach Redis at redis://:\*\*\*@127\.0\.0\.1:1/0"):
        RedisScheduler.from_crawler(get_crawler(Probe, distributed_settings(UNREACHABLE)))


# --- against a real Redis ------------------------------------------------------------------------

@pytest.fixture()
def redis_keys(redis_url):
    """Settings with this test's own keys in Redis; every key is deleted afterwards."""
    prefix = f"scamsweep-test:{uuid.uuid4().hex}"
    client = redis.Redis.from_url(redis_url)
    settings = {**distributed_settings(redis_url),
                "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
                "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter"}
    yield prefix, client, settings
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


def open_scheduler(settings: dict):
    """A crawler of the Probe spider and its RedisScheduler, opened as the engine opens it."""
    crawler = get_crawler(Probe, settings)
    crawler.spider = spider = Probe.from_crawler(crawler)
    crawler.stats.open_spider()
    scheduler = RedisScheduler.from_crawler(crawler)
    scheduler.open(spider)
    return crawler, spider, scheduler


@pytest.mark.redis
def test_check_redis_accepts_a_live_server(redis_url):
    check_redis(redis_url)


@pytest.mark.redis
def test_request_that_cannot_be_queued_is_counted_and_kept(redis_keys):
    prefix, client, settings = redis_keys
    crawler, spider, scheduler = open_scheduler(settings)
    assert scheduler.enqueue_request(scrapy.Request("http://a.test/1", callback=lambda response: None))
    assert scheduler.enqueue_request(scrapy.Request("http://a.test/2", meta={"seen": {1}}))
    assert scheduler.enqueue_request(scrapy.Request("http://a.test/3", callback=spider.parse_page))
    assert crawler.stats.get_value("scheduler/unserializable") == 2
    assert client.zcard(f"{prefix}:probe:requests") == 1
    fetched = [scheduler.next_request().url for _ in range(3)]
    assert sorted(fetched) == ["http://a.test/1", "http://a.test/2", "http://a.test/3"]
    assert scheduler.next_request() is None and not scheduler.has_pending_requests()
    scheduler.close("finished")
    scheduler.server.close()


@pytest.mark.redis
def test_hostile_queue_entry_is_dropped_and_counted_not_run(redis_keys):
    prefix, client, settings = redis_keys
    crawler, spider, scheduler = open_scheduler(settings)
    client.zadd(f"{prefix}:probe:requests", {b'{"url": "http://a.test/", "_class": "os.system"}': -10})
    assert scheduler.enqueue_request(scrapy.Request("http://a.test/ok", callback=spider.parse_page))
    assert scheduler.next_request() is None  # the hostile entry had the higher priority
    assert crawler.stats.get_value("scheduler/undecodable") == 1
    assert scheduler.next_request().url == "http://a.test/ok"
    scheduler.close("finished")
    scheduler.server.close()


# --- real crawls: scrapy crawl subprocesses against the fixture web ------------------------------

# Slow enough that both workers take part and an interrupt lands midway; checks are on counts, never time.
PACED = {"CONCURRENT_REQUESTS": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 0.1, "DOWNLOAD_DELAY_JITTER": 0}


def page_hits(before: dict[str, int], after: dict[str, int]) -> Counter:
    """Server-side fetches since `before`, robots.txt left out (each worker reads it once per host)."""
    return Counter({key: n - before.get(key, 0) for key, n in after.items()
                    if n != before.get(key, 0) and not key.endswith("/robots.txt")})


def finish_together(*crawls) -> list:
    """Wait for every (folder, process) crawl to end; their results in the same order."""
    outputs = [(folder, process.communicate(timeout=150)[0], process) for folder, process in crawls]
    return [read_result(folder, process.returncode, output) for folder, output, process in outputs]


def assert_nothing_lost_in_the_queue(result) -> None:
    assert result.returncode == 0, result.log[-3000:]
    assert "scheduler/unserializable" not in result.stats and "scheduler/undecodable" not in result.stats, result.stats
    used = result.stats.get("scheduler/enqueued/redis", 0) + result.stats.get("scheduler/dequeued/redis", 0)
    assert used > 0, "the redis scheduler was not used"
    assert "ScrapyDeprecationWarning" not in result.log and "Traceback" not in result.log, result.log[-3000:]


@pytest.mark.slow
@pytest.mark.redis
@pytest.mark.parametrize("spider", ["search", "forum", "apps", "seeds"])
def test_each_spider_yields_the_same_pages_through_the_redis_queue(fixture_web, redis_keys, tmp_path, spider):
    _, _, settings = redis_keys
    # Side by side: the same spider with Scrapy's own scheduler and with the shared Redis queue.
    local, shared = finish_together(
        (tmp_path / "local", start_crawl(fixture_web, spider, tmp_path / "local")),
        (tmp_path / "redis", start_crawl(fixture_web, spider, tmp_path / "redis", settings=settings)))
    assert local.returncode == 0, local.log[-3000:]
    assert_nothing_lost_in_the_queue(shared)
    assert shared.urls() and shared.urls() == local.urls()


def forum_settings(fixture_web, redis_settings: dict) -> dict:
    from localweb import demo_settings

    discuz_only = demo_settings(fixture_web)["SCAMSWEEP_FORUM_SEEDS"][:2]  # bbs.test and oldbbs.test: 31 thread pages
    return {**PACED, **redis_settings, "SCAMSWEEP_FORUM_SEEDS": discuz_only}


@pytest.mark.slow
@pytest.mark.redis
def test_two_workers_share_one_crawl_and_fetch_each_page_once(fixture_web, redis_keys, tmp_path):
    _, _, settings = redis_keys
    settings = forum_settings(fixture_web, settings)
    before = fixture_web.hits()
    workers = [start_crawl(fixture_web, "forum", tmp_path / name, settings=settings) for name in ("one", "two")]
    results = finish_together(*zip((tmp_path / "one", tmp_path / "two"), workers))
    for result in results:
        assert_nothing_lost_in_the_queue(result)
    pages = [item["url"] for result in results for item in result.items]
    assert len(pages) == len(set(pages)), "every thread and search page yielded exactly once between them"
    assert len([url for url in pages if "search.php" not in url]) == 27 + 1 + 3  # searches yield their hits too
    assert all(result.items for result in results), "one worker did all the work: the queue was not shared"
    fetched = page_hits(before, fixture_web.hits())
    assert fetched and set(fetched.values()) == {1}, {key: n for key, n in fetched.items() if n != 1}


@pytest.mark.slow
@pytest.mark.redis
def test_stopped_worker_leaves_queue_and_dupefilter_and_another_carries_on(fixture_web, redis_keys, tmp_path):
    """HOSTILE 65: SCHEDULER_PERSIST keeps <spider>:requests and <spider>:dupefilter when a spider closes."""
    prefix, client, settings = redis_keys
    settings = forum_settings(fixture_web, settings)
    before = fixture_web.hits()
    first = run_crawl(fixture_web, "forum", tmp_path / "first", settings={**settings, "CLOSESPIDER_ITEMCOUNT": 8})
    assert first.stats.get("finish_reason") == "closespider_itemcount", first.log[-3000:]
    assert client.zcard(f"{prefix}:forum:requests") > 0 and client.scard(f"{prefix}:forum:dupefilter") > 0
    second = run_crawl(fixture_web, "forum", tmp_path / "second", settings=settings)
    for result in (first, second):
        assert_nothing_lost_in_the_queue(result)
    assert client.scard(f"{prefix}:forum:dupefilter") > 0, "the duplicate filter was cleared at the end"
    pages = [item["url"] for item in first.items + second.items]
    assert len({url for url in pages if "search.php" not in url}) == 27 + 1 + 3 and first.items and second.items
    fetched = page_hits(before, fixture_web.hits())
    assert set(fetched.values()) == {1}, {key: n for key, n in fetched.items() if n != 1}


class FlakyProxy:
    """A TCP relay to Redis on 127.0.0.1, port 0, that can drop every connection and refuse the next few."""

    def __init__(self, upstream: str):
        target = urlsplit(upstream)
        self.upstream = (target.hostname, target.port or 6379)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"redis://127.0.0.1:{self.listener.getsockname()[1]}{target.path}"
        self.refuse, self.refused, self.open = 0, 0, []
        threading.Thread(target=self._accept, daemon=True).start()

    def outage(self, refused_connections: int) -> None:
        """Cut every open connection; the next `refused_connections` connects are closed at once."""
        self.refuse = refused_connections
        for conn in self.open:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self.open.clear()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.refuse > 0:
                self.refuse, self.refused = self.refuse - 1, self.refused + 1
                client.close()
                continue
            server = socket.create_connection(self.upstream)
            self.open += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_RDWR)
        source.close()
        sink.close()

    def close(self) -> None:
        self.listener.close()
        self.outage(0)


@pytest.mark.redis
def test_scheduler_rides_out_a_redis_outage(redis_keys):
    """HOSTILE 64: Redis drops every connection and refuses two reconnects; the worker waits and carries on."""
    prefix, client, settings = redis_keys
    proxy = FlakyProxy(settings["REDIS_URL"])
    try:
        _, spider, scheduler = open_scheduler({**settings, "REDIS_URL": proxy.url})
        assert scheduler.enqueue_request(scrapy.Request("http://a.test/1", callback=spider.parse_page))
        proxy.outage(refused_connections=2)
        assert scheduler.enqueue_request(scrapy.Request("http://a.test/2", callback=spider.parse_page))
        assert proxy.refused == 2, "the outage was never met"
        assert {scheduler.next_request().url, scheduler.next_request().url} == {"http://a.test/1", "http://a.test/2"}
        assert client.zcard(f"{prefix}:probe:requests") == 0
        scheduler.close("finished")
        scheduler.server.close()
    finally:
        proxy.close()
