"""What the hostile server answers, path by path: HOSTILE.md sections 1–6, generated at run time."""
from __future__ import annotations

import gzip
import itertools
import zlib
from functools import cache
from pathlib import Path
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import brotli
import zstandard

BOMB_BYTES = 64 * 1024 * 1024      # decompressed size of every bomb: 4 × DOWNLOAD_MAXSIZE
CHUNKED_BYTES = 20 * 1024 * 1024   # a chunked body that streams past DOWNLOAD_MAXSIZE
WARN_BYTES = 5 * 1024 * 1024       # between DOWNLOAD_WARNSIZE and DOWNLOAD_MAXSIZE
HTML = [("Content-Type", "text/html; charset=utf-8")]
_counter = itertools.count()


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    host: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    raw: bytes | None = None          # sent verbatim instead of status/headers/body
    after: str = ""                   # behaviour after sending: "", "hang", "drip", "reset"


@cache
def bomb(encoding: str) -> bytes:
    zeros = bytes(BOMB_BYTES)
    if encoding == "gzip":
        return gzip.compress(zeros, compresslevel=9)
    if encoding == "deflate":
        return zlib.compress(zeros, 9)
    if encoding == "br":
        return brotli.compress(zeros, quality=5)  # one small chunk that expands 64 MiB
    if encoding == "zstd":
        return zstandard.ZstdCompressor(level=3).compress(zeros)
    if encoding == "gzip-gzip":
        return gzip.compress(gzip.compress(zeros, compresslevel=9), compresslevel=9)
    raise KeyError(encoding)


def page(body: str, status: int = 200, headers: list | None = None) -> Reply:
    return Reply(status, (headers or []) + HTML, f"<html><body>{body}</body></html>".encode())


def links(hrefs: list[str]) -> str:
    return "".join(f'<a href="{href}">l</a>' for href in hrefs)


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, [("Location", location)])


def raw(data: bytes, after: str = "") -> Reply:
    return Reply(raw=data, after=after)


def route(seen: Seen, server: Any) -> Reply:
    parts = urlsplit(seen.path)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    path = parts.path
    if seen.host == "soft.test":
        return page(links([f"/s/{next(_counter)}", f"/s/{next(_counter)}"]))
    for prefix, handler in ROUTES:
        if path == prefix or path.startswith(prefix + "/"):
            return handler(path[len(prefix):], query, server)
    return page("ok")


def _robots(rest, query, server):
    return Reply(200, [("Content-Type", "text/plain")], b"User-agent: *\nDisallow: /private\n")


def _bomb(rest, query, server):
    encoding = rest.strip("/")
    header = "gzip, gzip" if encoding == "gzip-gzip" else encoding
    return Reply(200, HTML + [("Content-Encoding", header)], bomb(encoding))


@cache
def heavy_page(kind: str) -> bytes:
    """Big bodies built once, so serving them never stalls the server past the crawl's timeouts."""
    if kind == "chunked":
        chunk = b"<p>" + b"x" * 65529 + b"</p>"
        body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(CHUNKED_BYTES // len(chunk)))
        return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + body + b"0\r\n\r\n"
    body = {
        "warn": lambda: "<p>" + "w" * WARN_BYTES + "</p>",
        "links": lambda: links([f"/trap/links/{i}" for i in range(200_000)]),
        "nested": lambda: "<div>" * 200_000 + "400-123-4567" + "</div>" * 200_000,
        "million": lambda: "<b>1</b>" * 1_000_000,
    }[kind]()
    return f"<html><body>{body}</body></html>".encode()


def warm() -> None:
    """Build every bomb and big page before the crawl starts."""
    for encoding in ("gzip", "deflate", "br", "zstd", "gzip-gzip"):
        bomb(encoding)
    for kind in ("chunked", "warn", "links", "nested", "million"):
        heavy_page(kind)


def _heavy(kind: str) -> Reply:
    return Reply(200, HTML, heavy_page(kind))


def _big(rest, query, server):
    kind = rest.strip("/")
    if kind == "content-length":
        return raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 104857600\r\n\r\n<html>", after="hang")
    if kind == "chunked":
        return raw(heavy_page("chunked"))
    return _heavy("warn")


def _slow(rest, query, server):
    kind = rest.strip("/")
    if kind == "never":
        return raw(b"", after="hang")
    if kind == "after-headers":
        return raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n", after="hang")
    return raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n", after="drip")


def _broken(rest, query, server):
    kind = rest.strip("/")
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
    if kind == "partial":
        return raw(head + b"Content-Length: 1000\r\n\r\n<html>0123")
    if kind == "chunked":
        return raw(head + b"Transfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n")
    if kind == "reset":
        return raw(head + b"Content-Length: 1000\r\n\r\n<html>0123", after="reset")
    if kind == "dup-headers":
        return raw(head + b"Content-Type: text/plain\r\nSet-Cookie: a=1\r\nSet-Cookie: a=2\r\nContent-Length: 2\r\n\r\nok")
    if kind == "bad-header":
        return raw(head + b"this line has no colon\r\n\x00\x01: \xff\r\nContent-Length: 2\r\n\r\nok")
    return raw(head + b"X-Huge: " + b"h" * 1024 * 1024 + b"\r\nContent-Length: 2\r\n\r\nok")


def _redir(rest, query, server):
    kind, _, arg = rest.strip("/").partition("/")
    if kind == "chain":
        n = int(arg or 0)
        return redirect(f"/redir/chain/{n - 1}") if n > 0 else page("end of chain")
    if kind == "loop":
        return redirect("/redir/loop/b" if arg == "a" else "/redir/loop/a")
    return redirect(query["url"], int(query.get("status", 302)))


def _meta(rest, query, server):
    n = int(query.get("n", 0))
    return page(f'<meta http-equiv="refresh" content="0; url=/meta/loop?n={n + 1}">')


def _refpol(rest, query, server):
    policy = query.get("p", "sys.exit")
    return page(links([f"/echo?after-refpol={policy}"]), headers=[("Referrer-Policy", policy)])


def _cookie(rest, query, server):
    return page(links([query["next"]]), headers=[("Set-Cookie", f"planted=CANARY-COOKIE; Domain={query['domain']}; Path=/")])


def _trap(rest, query, server):
    kind, _, tail = rest.strip("/").partition("/")
    here = f"/trap/{rest.strip('/')}/"
    if kind == "cal":
        m = int(query.get("m", 0))
        return page(links([f"/trap/cal?m={m + 1}", f"/trap/cal?m={m - 1}"]))
    if kind in ("a", "xy", "deep"):
        step = {"a": "a/", "xy": "x/y/", "deep": f"{tail.count('/') + 2}/"}[kind]
        return page(links([here + step]))
    if kind == "session":
        return page(links([f"/trap/session?PHPSESSID={next(_counter)}&utm_source=x",
                           f"/trap/session;jsessionid={next(_counter)}"]))
    if kind == "grow":
        return page(links([f"/trap/grow?x={query.get('x', '')}{'g' * 100}"]))
    if kind == "links" and not tail:
        return _heavy("links")
    return page("leaf")


def _markup(rest, query, server):
    return _heavy("nested" if rest.strip("/") == "nested" else "million")


def _sitemap(rest, query, server):
    if rest.strip("/") == "laughs.xml":
        entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
        body = f'<?xml version="1.0"?><!DOCTYPE urlset [{entities}]><urlset><url><loc>&a9;</loc></url></urlset>'
    else:
        body = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY f SYSTEM "file:///etc/passwd">'
                f'<!ENTITY c SYSTEM "{server.canary_url}/xxe.dtd">]>'
                '<urlset><url><loc>http://x.test/&f;&c;</loc></url></urlset>')
    return Reply(200, [("Content-Type", "application/xml")], body.encode())


ENCODED_TEXT = "还呗客服电话 400-681-6666"


def _enc(rest, query, server):
    kind = rest.strip("/")
    html = f"<html><body><p>{ENCODED_TEXT}</p></body></html>"
    bodies = {
        "utf7": ("text/html; charset=utf-7", html.encode("utf-7")),
        "unknown": ("text/html; charset=x-no-such-charset", html.encode("utf-8")),
        "bom": ("text/html; charset=gbk", b"\xef\xbb\xbf" + html.encode("utf-8")),
        "invalid": ("text/html; charset=utf-8", html.encode("utf-8").replace(b"<p>", b"<p>\xff\xfe\xc3(")),
        "mixed": ("text/html; charset=gb18030", html[:40].encode("gb18030") + "café ünïcödé".encode("latin-1")
                  + html[40:].encode("gb18030")),
    }
    content_type, body = bodies[kind]
    return Reply(200, [("Content-Type", content_type)], body)


def _echo(rest, query, server):
    return page("echo")


# A scam page of our own (the bundled local web's), served whole and in hostile ways; each way
# carries its own marker, so a test can search the database and the evidence folder for it.
SCAM_PAGE = (Path(__file__).resolve().parents[2] / "localweb" / "site" / "huanbei-kefu.test" / "kefu.html")


def scam_html(marker: str) -> bytes:
    return SCAM_PAGE.read_bytes().replace(b"</body>", f"<p>{marker}</p></body>".encode())


def _scam(rest, query, server):
    kind = rest.strip("/")
    html = scam_html(f"MARKER-{kind}")
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    if kind == "whole":
        return Reply(200, HTML, html)
    if kind == "bomb":  # the scam page, then zeros past DOWNLOAD_MAXSIZE, gzipped
        return Reply(200, HTML + [("Content-Encoding", "gzip")], gzip.compress(html + bytes(BOMB_BYTES), 9))
    if kind == "cut":  # Content-Length promises more than is sent
        return raw(head + b"Content-Length: %d\r\n\r\n" % (len(html) + 5000) + html)
    if kind == "reset":
        return raw(head + b"Content-Length: %d\r\n\r\n" % (len(html) + 5000) + html, after="reset")
    if kind == "chunked-past":  # the page, then chunks past DOWNLOAD_MAXSIZE
        return raw(head + b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n" % (len(html), html)
                   + heavy_page("chunked").split(b"\r\n\r\n", 1)[1])
    return raw(head + b"Content-Length: %d\r\n\r\n" % (len(html) + 100000) + html[:200], after="drip")


def _link(rest, query, server):
    return page(links([query["to"]]))


ROUTES = (
    ("/robots.txt", _robots), ("/bomb", _bomb), ("/big", _big), ("/slow", _slow), ("/broken", _broken),
    ("/redir", _redir), ("/meta/loop", _meta), ("/refpol", _refpol), ("/cookie", _cookie), ("/trap", _trap),
    ("/markup", _markup), ("/sitemap", _sitemap), ("/enc", _enc), ("/echo", _echo), ("/link", _link), ("/scam", _scam),
)
