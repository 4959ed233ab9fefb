"""The small request/reply types the fixture web's sites are written against."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

# Scam numbers in site content are wrapped in these markers so that a page can be served
# "with the number removed" for recheck tests; live pages simply lose the markers.
NUMBER_OPEN = "<!--n-->"
NUMBER_CLOSE = "<!--/n-->"


@dataclass(frozen=True)
class Request:
    method: str
    host: str  # lower-case name without port, e.g. "bbs.test"
    port: int | None  # the port named in the Host header; None when the client used port 80
    target: str  # path with query, as sent
    headers: dict[str, str]
    body: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path or "/"

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def port_suffix(self) -> str:
        """":43123" when the client addressed a port, "" when it used the default (the demo's URLs)."""
        return f":{self.port}" if self.port else ""

    def link(self, host: str, target: str) -> str:
        """An absolute link to another virtual host, addressed the way this request was."""
        return f"http://{host}{self.port_suffix}{target}"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def html(cls, text: str, *, charset: str = "utf-8", content_type: str | None = None) -> "Reply":
        declared = content_type if content_type is not None else f"text/html; charset={charset}"
        return cls(200, text.encode(charset), declared)

    @classmethod
    def json(cls, data: object, status: int = 200) -> "Reply":
        return cls(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    @classmethod
    def text(cls, text: str, status: int = 200, content_type: str = "text/plain; charset=utf-8") -> "Reply":
        return cls(status, text.encode("utf-8"), content_type)

    @classmethod
    def redirect(cls, location: str | None) -> "Reply":
        """302 to `location`; 404 when there is nowhere to go."""
        if not location:
            return cls.not_found()
        return cls(302, b"", "text/html; charset=utf-8", [("Location", location)])

    @classmethod
    def not_found(cls) -> "Reply":
        return cls(404, b"<!DOCTYPE html><title>404 Not Found</title><h1>Not Found</h1>")


def apply_number_markers(html: str, remove_numbers: bool) -> str:
    """Drop the scam-number markers; with `remove_numbers`, drop what they wrap as well."""
    if not remove_numbers:
        return html.replace(NUMBER_OPEN, "").replace(NUMBER_CLOSE, "")
    out, start = [], 0
    while (opened := html.find(NUMBER_OPEN, start)) != -1:
        closed = html.find(NUMBER_CLOSE, opened)
        if closed == -1:
            break
        out.append(html[start:opened])
        start = closed + len(NUMBER_CLOSE)
    out.append(html[start:])
    return "".join(out)
