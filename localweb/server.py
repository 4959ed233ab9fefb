"""The fixture web's HTTP server: one loopback socket, virtual hosts routed by the Host header.

Run `python -m localweb.server [--port N]`: it binds 127.0.0.1 on port N when free,
else on a port the OS picks, prints `FIXTUREWEB http://127.0.0.1:<port>` on one line and serves
until killed.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from localweb.sites import route
from localweb.state import ServerState
from localweb.wire import Reply, Request, apply_number_markers

MAX_BODY = 64 * 1024
MAX_SLOW_SECONDS = 30.0
SITE_LAST_MODIFIED = "Sat, 01 Nov 2025 08:00:00 GMT"


def split_host(host_header: str) -> tuple[str, int | None]:
    """("bbs.test", 43123) from "bbs.test:43123"; ("bbs.test", None) from "bbs.test".

    A crawler that reaches the names through a static hosts map (name -> 127.0.0.1:port)
    sends no port, and the pages then link without one, so URLs do not depend on the port.
    """
    name, _, port = host_header.strip().lower().rpartition(":")
    if not name or not port.isdigit():
        return host_header.strip().lower() or "127.0.0.1", None
    return name, int(port)


def behaviour(request: Request, state: ServerState) -> Reply | None:
    """The control and fault endpoints that every host answers (paths under /__)."""
    path = request.path
    if path == "/__hits":
        return Reply.json({"hits": state.hit_rows()})
    if path == "/__state" and request.method == "POST":
        return set_state(request, state)
    if path == "/__reset" and request.method == "POST":
        state.reset()
        return Reply.json({"ok": True})
    if path == "/__slow":
        time.sleep(min(float(request.arg("seconds", "2") or 2), MAX_SLOW_SECONDS))
        return Reply.html("<!DOCTYPE html><title>slow</title><p>finally</p>")
    if path.startswith("/__status/") and path[len("/__status/"):].isdigit():
        status = int(path[len("/__status/"):])
        return Reply(status, f"<!DOCTYPE html><title>{status}</title><h1>{status}</h1>".encode())
    return None


def set_state(request: Request, state: ServerState) -> Reply:
    try:
        wanted = json.loads(request.body or b"{}")
        state.set_mode(str(wanted["host"]).lower(), str(wanted["path"]), str(wanted.get("mode", "live")))
    except (ValueError, KeyError, TypeError) as exc:
        return Reply.json({"error": f"bad state request: {exc}"}, status=400)
    return Reply.json({"ok": True})


def serve_page(request: Request, state: ServerState) -> Reply:
    """A site's reply, shaped by the page's recheck mode (gone, not found, number removed)."""
    mode = state.mode(request.host, request.path)
    if mode == "gone":
        return Reply(410, b"<!DOCTYPE html><title>410 Gone</title><h1>This page has been removed</h1>")
    if mode == "not_found":
        return Reply.not_found()
    reply = route(request) or Reply.not_found()
    if reply.content_type.startswith("text/html"):
        charset = reply.content_type.partition("charset=")[2] or "utf-8"
        html = reply.body.decode(charset, errors="surrogateescape")
        html = apply_number_markers(html, remove_numbers=mode == "number_removed")
        reply.body = html.encode(charset, errors="surrogateescape")
    return reply


def with_validators(reply: Reply, mode: str) -> Reply:
    """ETag (a hash of the body) on every page, Last-Modified on unchanged ones, for incremental crawls."""
    if reply.status == 200:
        reply.headers.append(("ETag", f'"{hashlib.sha256(reply.body).hexdigest()[:32]}"'))
        if mode == "live":
            reply.headers.append(("Last-Modified", SITE_LAST_MODIFIED))
    return reply


def conditional(request: Request, reply: Reply) -> Reply:
    """304 Not Modified when the client already holds this version (If-None-Match)."""
    etag = dict(reply.headers).get("ETag")
    wanted = request.headers.get("if-none-match", "")
    if etag and etag in [tag.strip() for tag in wanted.split(",")]:
        return Reply(304, b"", reply.content_type, [("ETag", etag)])
    return reply


class FixtureHandler(BaseHTTPRequestHandler):
    server_version = "fixtureweb/1.0"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.answer("GET")

    def do_POST(self) -> None:
        self.answer("POST")

    def do_HEAD(self) -> None:
        self.answer("HEAD")

    def answer(self, method: str) -> None:
        length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
        body = self.rfile.read(length) if length else b""
        host, port = split_host(self.headers.get("Host", ""))
        request = Request(method, host, port, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        state: ServerState = self.server.state
        reply = behaviour(request, state)
        if reply is None:
            state.count(host, self.path)
            reply = conditional(request, with_validators(serve_page(request, state), state.mode(host, request.path)))
        self.send_reply(reply, include_body=method != "HEAD")

    def send_reply(self, reply: Reply, include_body: bool) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        if include_body:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's signature
        """Quiet: tests read hit counts from /__hits, not from a log."""


def make_server(port: int = 0) -> ThreadingHTTPServer:
    """A bound, not yet serving, fixture web on 127.0.0.1 (port 0 = the OS picks).

    A wanted port that is taken falls back to one the OS picks (the bind itself decides,
    so there is no check-then-bind race); the URL printed is always the one bound.
    """
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), FixtureHandler)
    except OSError:
        if port == 0:
            raise
        server = ThreadingHTTPServer(("127.0.0.1", 0), FixtureHandler)
    server.daemon_threads = True
    server.state = ServerState()
    return server


def wanted_port(argv: list[str]) -> int:
    """`--port N` from the command line; 0 (the OS picks) when absent or not a port number."""
    if len(argv) >= 2 and argv[0] == "--port" and argv[1].isdigit() and int(argv[1]) < 65536:
        return int(argv[1])
    return 0


def main() -> None:
    server = make_server(wanted_port(sys.argv[1:]))
    print(f"FIXTUREWEB http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
