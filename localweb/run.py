"""Start and stop the fixture web from code and tests: a child process on 127.0.0.1, port 0."""
from __future__ import annotations

import http.client
import json
import subprocess
import sys
from dataclasses import dataclass, field

STARTUP_PREFIX = "FIXTUREWEB "


class FixtureWebError(RuntimeError):
    """The fixture web did not start or did not answer."""


@dataclass
class FixtureWeb:
    """A running fixture web. Use as a context manager, or call stop().

    >>> with start_fixture_web() as web:  # doctest: +SKIP
    ...     web.hits("bbs.test")
    """

    port: int
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def host_url(self, host: str, target: str = "/") -> str:
        """The URL a crawler gives a page on a virtual host, e.g. http://bbs.test/forum.php.

        Crawls reach the names through a static hosts map that carries the port, so the
        URL itself never does (see localweb.demo_settings).
        """
        return f"http://{host}{target}"

    def fetch(self, host: str, target: str, method: str = "GET", body: bytes | None = None) -> tuple[int, dict, bytes]:
        """One request straight to the loopback socket with the given Host header."""
        return self.fetch_with_headers(host, target, {}, method, body)

    def fetch_with_headers(self, host: str, target: str, extra: dict[str, str], method: str = "GET",
                           body: bytes | None = None) -> tuple[int, dict, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            headers = {"Host": f"{host}:{self.port}", **extra}
            if body is not None:
                headers["Content-Type"] = "application/json"
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        except OSError as exc:
            raise FixtureWebError(f"fixture web at {self.url} did not answer: {exc}") from exc
        finally:
            connection.close()

    def hits(self, path_or_host: str | None = None) -> dict[str, int] | int:
        """Server-side hit counts (control endpoints excluded).

        None: {"host/target": count} for every page hit. "/path?query": hits of that exact
        target; "/path": hits of that path with any query; "host": all hits on a host;
        "host/target": that one page.
        """
        _, _, body = self.fetch("127.0.0.1", "/__hits")
        rows = json.loads(body)["hits"]
        if path_or_host is None:
            return {f"{r['host']}{r['path']}": r["count"] for r in rows}
        return sum(r["count"] for r in rows if hit_matches(r["host"], r["path"], path_or_host))

    def set_state(self, path: str, host: str, mode: str) -> None:
        """Make a page answer live, gone (410), not_found (404) or number_removed."""
        payload = json.dumps({"path": path, "host": host, "mode": mode}).encode()
        status, _, body = self.fetch("127.0.0.1", "/__state", "POST", payload)
        if status != 200:
            raise FixtureWebError(f"fixture web refused state {mode!r} for {host}{path}: {body.decode(errors='replace')}")

    def reset(self) -> None:
        """Forget hit counts and page states (between tests that share one server)."""
        self.fetch("127.0.0.1", "/__reset", "POST", b"{}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stdout:
            self.process.stdout.close()

    def __enter__(self) -> "FixtureWeb":
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


def hit_matches(host: str, target: str, wanted: str) -> bool:
    if wanted.startswith("/"):
        return target == wanted if "?" in wanted else target.partition("?")[0] == wanted
    if "/" in wanted:
        return f"{host}{target}" == wanted
    return host == wanted


def start_fixture_web(port: int = 0) -> FixtureWeb:
    """Start the fixture web in a child process and wait for the URL it prints.

    By default the OS picks the port; crawls reach the virtual hosts through a static
    hosts map that names the port (see demo_settings), so page URLs never carry it.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "localweb.server", "--port", str(port)],
        stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )
    line = process.stdout.readline() if process.stdout else ""
    if not line.startswith(STARTUP_PREFIX):
        process.kill()
        process.wait()
        raise FixtureWebError(f"fixture web did not start (it printed {line.strip()!r})")
    port = int(line[len(STARTUP_PREFIX):].strip().rsplit(":", 1)[1])
    return FixtureWeb(port=port, process=process)
