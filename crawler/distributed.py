"""Distributed crawling as a settings change: scrapy-redis's shared queue and duplicate filter.

Several `scamsweep crawl SPIDER --redis URL` workers with the same URL share one request queue
(`scamsweep:<spider>:requests`, a Redis sorted set popped atomically) and one duplicate filter
(`scamsweep:<spider>:dupefilter`), so each page is fetched once in total whichever worker takes it.
Requests travel as JSON (crawler.redis_codec), never pickle. Both keys persist when a spider
closes (SCHEDULER_PERSIST), so a worker that stops and starts again carries on where the queue is.

>>> distributed_settings("redis://127.0.0.1:6379/0")["SCHEDULER_SERIALIZER"]
'crawler.redis_codec'
"""
from __future__ import annotations

import logging
from collections import deque
from urllib.parse import urlsplit, urlunsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler

from crawler.errors import ExitStatus, UserError
from crawler.redis_codec import CodecError

logger = logging.getLogger(__name__)
QUEUE_KEY = "scamsweep:%(spider)s:requests"
DUPEFILTER_KEY = "scamsweep:%(spider)s:dupefilter"


def distributed_settings(redis_url: str) -> dict:
    """The Scrapy settings that make every worker with the same `redis_url` share one crawl."""
    return {
        "SCHEDULER": "crawler.distributed.RedisScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_SERIALIZER": "crawler.redis_codec",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": QUEUE_KEY,
        "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
        "REDIS_URL": redis_url,
        "REDIS_PARAMS": {"redis_cls": "crawler.distributed.ResilientRedis"},
    }


def redacted(url: str) -> str:
    """The URL without its password, fit for an error message or a log line."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def check_redis(url: str, timeout: float = 5.0) -> None:
    """Ping Redis; a UserError `cannot reach Redis at <url>: <why>` when the URL is bad or nobody answers."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
    except ValueError as exc:
        raise UserError(f"cannot reach Redis at {redacted(url)}: {exc}", status=ExitStatus.USAGE) from None
    try:
        client.ping()
    except redis.RedisError as exc:
        raise UserError(f"cannot reach Redis at {redacted(url)}: {exc}") from None
    finally:
        client.close()


class ResilientRedis(redis.Redis):
    """A Redis client that rides out an outage instead of failing the crawl (HOSTILE 64).

    A command that meets a connection error or timeout is retried after 0.5 s, doubling to at most
    10 s, twelve times: about 85 s in all. The worker waits (scheduler calls are synchronous) and
    carries on when Redis is back; its queue is in Redis, so a Redis restart with AOF/RDB on loses
    nothing. Past the budget the error is raised and the crawl fails loudly.
    """

    RETRIES = 12

    @classmethod
    def from_url(cls, url: str, **kwargs):
        kwargs.setdefault("retry", Retry(ExponentialBackoff(cap=10.0, base=0.5), cls.RETRIES))
        return super().from_url(url, **kwargs)


class RedisScheduler(Scheduler):
    """scrapy-redis 0.9.1's scheduler, adapted to Scrapy 2.19 and loud about requests it cannot queue.

    Why a subclass: 0.9.1 passes `spider=` to the stats collector and calls `spider.log()`, both
    deprecated in Scrapy 2.19 (a warning per request); its start-up lets a Redis connection error
    escape as a traceback; and a request that cannot be encoded raises inside the engine, which
    only logs it, so the page would vanish. Here such a request is logged as an error, counted as `scheduler/unserializable`
    (what Scrapy's own scheduler counts under JOBDIR), and kept in this worker's memory so it is
    still fetched. A queued entry that cannot be decoded is counted as `scheduler/undecodable`.
    """

    def __init__(self, server, **kwargs):
        super().__init__(server, **kwargs)
        self.local: deque = deque()

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("REDIS_URL") or ""
        if url:  # fail fast at start-up: the client below retries an outage for over a minute
            check_redis(url)
        try:
            instance = cls.from_settings(crawler.settings)
        except redis.RedisError as exc:
            raise UserError(f"cannot reach Redis at {redacted(url)}: {exc}") from None
        instance.stats = crawler.stats
        return instance

    def open(self, spider) -> None:
        self.spider = spider
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider, key=self.queue_key % {"spider": spider.name},
                                                 serializer=self.serializer)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if len(self.queue):
            logger.info("Resuming the shared crawl: %d requests queued in Redis", len(self.queue))

    def __len__(self) -> int:
        return len(self.queue) + len(self.local)

    def enqueue_request(self, request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        try:
            self.queue.push(request)
        except (CodecError, TypeError, ValueError) as exc:  # to_dict raises ValueError for a non-method callback
            logger.error("request kept in this worker only, it cannot be queued in Redis: %s (%s)", request, exc)
            self.stats.inc_value("scheduler/unserializable")
            self.local.append(request)
            return True
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        try:
            request = self.queue.pop(self.idle_before_close)
        except (CodecError, ValueError) as exc:  # popped already: a hostile or stale entry is dropped, counted
            logger.error("dropped a queued request that cannot be decoded: %s", exc)
            self.stats.inc_value("scheduler/undecodable")
            request = None
        if request is None and self.local:
            request = self.local.popleft()
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request
