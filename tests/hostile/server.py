"""A hostile web server on loopback (stdlib only): bombs, slow and broken replies, redirects, traps, bad markup.

`HostileServer.start()` binds 127.0.0.1 on port 0 in a thread and reports its URL. It speaks
HTTP/1.0-style raw bytes so it can lie (wrong lengths, broken chunking, resets, drips). Every
request is recorded (host, path, headers, body) so tests can check what reached it. All
responses close the connection, so each request makes a fresh connection and a fresh lookup.
"""
from __future__ import annotations

import socket
import socketserver
import ssl
import threading
from collections import Counter

from tests.hostile import payloads
from tests.hostile.payloads import Reply, Seen


class _Handler(socketserver.BaseRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        self.request.settimeout(60)
        try:
            seen = self._read_request()
        except (OSError, ValueError):
            return
        if seen is None:
            return
        self.server.owner.record(seen)
        reply = payloads.route(seen, self.server.owner)
        self._send(reply)

    def _read_request(self) -> Seen | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(body) < length:
            body += self.request.recv(65536)
        host = headers.get("host", "").rsplit(":", 1)[0]
        return Seen(method, host, target, headers, body)

    def _send(self, reply: Reply) -> None:
        sock = self.request
        try:
            if reply.raw is not None:
                sock.sendall(reply.raw)
            else:
                head = [f"HTTP/1.1 {reply.status} X"] + [f"{k}: {v}" for k, v in reply.headers]
                if not any(k.lower() == "content-length" for k, _ in reply.headers) and reply.after != "drip":
                    head.append(f"Content-Length: {len(reply.body)}")
                head.append("Connection: close")
                sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + reply.body)
            self._after(reply.after)
        except OSError:
            pass

    def _after(self, behaviour: str) -> None:
        stop = self.server.owner.stopping
        if behaviour == "hang":
            stop.wait(120)
        elif behaviour == "drip":
            while not stop.wait(0.5):
                self.request.sendall(b"x")
        elif behaviour == "reset":
            self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: HostileServer
    tls: ssl.SSLContext | None = None

    def get_request(self):
        sock, address = super().get_request()
        if self.tls is None:
            return sock, address
        sock.settimeout(10)
        return self.tls.wrap_socket(sock, server_side=True), address


class HostileServer:
    """The server plus what it saw; `url(path, host=...)` builds a URL on a virtual host."""

    def __init__(self, address: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None):
        self.tcp = _TCPServer((address, port), _Handler)
        self.tcp.owner = self
        self.tcp.tls = tls
        self.scheme = "https" if tls else "http"
        self.address, self.port = self.tcp.server_address[:2]
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.seen: list[Seen] = []
        self.hits: Counter[str] = Counter()

    def record(self, seen: Seen) -> None:
        with self.lock:
            self.seen.append(seen)
            self.hits[seen.host] += 1

    def url(self, path: str, host: str | None = None) -> str:
        return f"{self.scheme}://{host or self.address}:{self.port}{path}"

    def start(self) -> HostileServer:
        threading.Thread(target=self.tcp.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.tcp.shutdown()
        self.tcp.server_close()


class Canary:
    """A loopback listener that only counts connections: any count above 0 is an SSRF leak."""

    def __init__(self, address: str = "127.0.0.2", port: int = 0):
        self.sock = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((address, port))
        self.sock.listen(64)
        self.address, self.port = self.sock.getsockname()[:2]
        self.connections = 0
        self.closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.closed.set()
        self.sock.close()
