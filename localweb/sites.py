"""Which virtual host serves what: dynamic sites by name, every other host from site/<host>/."""
from __future__ import annotations

import gzip
from dataclasses import replace
from pathlib import Path

from localweb import (
    android_stores, appstore, baidu_engine, community, ddg_engine, forum, google_engine, search_engine, so360_engine, sogou_engine,
    tieba, yahoo_engine, yandex_engine,
)
from localweb.wire import Reply, Request

SITE_ROOT = Path(__file__).resolve().parent / "site"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json; charset=utf-8",
}
ALLOW_ALL_ROBOTS = "User-agent: *\nDisallow:\n"

DYNAMIC_SITES = {
    "search.test": search_engine.serve_serp,
    "api.search.test": search_engine.serve_brave_api,
    "baidu.test": baidu_engine.serve,
    "ddg.test": ddg_engine.serve,
    "google.test": google_engine.serve,
    "sogou.test": sogou_engine.serve,
    "yahoo.test": yahoo_engine.serve,
    yahoo_engine.REDIRECT_HOST: yahoo_engine.serve_redirect,
    "yandex.test": yandex_engine.serve,
    yandex_engine.AD_CLICK_HOST: yandex_engine.serve_ad_click,
    "so360.test": so360_engine.serve,
    so360_engine.AD_CLICK_HOST: so360_engine.serve_ad_click,
    "bbs.test": forum.serve_discuz_x3,
    "oldbbs.test": forum.serve_discuz_7,
    "apps.test": appstore.serve,
    "phpbb.test": community.serve_phpbb,
    "discourse.test": community.serve_discourse,
    "tieba.test": tieba.serve,
    "play.test": android_stores.serve_play,
    "app.mi.test": android_stores.serve_mi,
}


def static_hosts() -> list[str]:
    """Hosts whose pages are files under site/<host>/."""
    return sorted(p.name for p in SITE_ROOT.iterdir() if p.is_dir())


def all_hosts() -> list[str]:
    return sorted(set(static_hosts()) | set(DYNAMIC_SITES))


def route(request: Request) -> Reply | None:
    """The reply for a request, or None when nothing lives at that address."""
    if request.path == "/robots.txt":
        return robots(request)
    site = DYNAMIC_SITES.get(request.host)
    if site is not None:
        return site(request)
    return gzipped_twin(request) or static_file(request)


def robots(request: Request) -> Reply:
    file = SITE_ROOT / request.host / "robots.txt"
    return Reply.text(file.read_text("utf-8") if file.is_file() else ALLOW_ALL_ROBOTS)


def gzipped_twin(request: Request) -> Reply | None:
    """<file>.gz for any static file: its gzip as a file of its own (sitemap.xml.gz)."""
    if not request.path.endswith(".gz"):
        return None
    plain = static_file(replace(request, target=request.path[: -len(".gz")]))
    if plain is None:
        return None
    return Reply(200, gzip.compress(plain.body, mtime=0), "application/x-gzip")


def static_file(request: Request) -> Reply | None:
    """site/<host>/<path> (index.html for folders); `:{{port}}` becomes the addressed port (or nothing)."""
    host_root = (SITE_ROOT / request.host).resolve()
    relative = request.path.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    file = (host_root / relative).resolve()
    if host_root not in file.parents or not file.is_file():
        return None
    content_type = CONTENT_TYPES.get(file.suffix, "application/octet-stream")
    body = file.read_bytes()
    if content_type.endswith("utf-8"):
        body = body.replace(b":{{port}}", request.port_suffix.encode())
    return Reply(200, body, content_type)
