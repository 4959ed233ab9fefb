"""Write one fetch as gzipped WARC records (warcinfo, request, response, metadata) with warcio."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from urllib.parse import quote, urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from takedown.evidence.encoding import canonical_json
from takedown.evidence.scrub import scrub_headers, scrub_url

# Headers that describe the wire encoding, not the body we keep (bodies are stored decoded):
# kept under X-Archive-Orig-* so the stored headers match the stored body (HOSTILE 83).
_WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


@dataclass(frozen=True)
class Fetch:
    """What the crawler sent and received for one URL, as plain data."""

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    body: bytes
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    ip_address: str | None = None
    method: str = "GET"


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# everything a URI may hold literally; the rest (non-ASCII, spaces, controls) is percent-encoded
_URI_SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def warc_uri(url: str) -> str:
    """The URL as an ASCII URI fit for a WARC header line (an IRI's characters percent-encoded,
    so a hostile URL can neither break the record nor add headers to it).

    >>> warc_uri("http://x.test/还呗 a\\r\\nWARC-Type: x")
    'http://x.test/%E8%BF%98%E5%91%97%20a%0D%0AWARC-Type:%20x'
    """
    return quote(url, safe=_URI_SAFE, encoding="utf-8", errors="surrogatepass")


def header_safe(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Header lines with control characters (CR, LF, NUL...) replaced by spaces: a value can
    never end its line and forge another header or record."""
    return [(_CONTROL.sub(" ", name), _CONTROL.sub(" ", value)) for name, value in headers]


def warc_date(moment: datetime) -> str:
    """WARC-Date in UTC with microseconds (WARC 1.1), e.g. 2026-11-28T14:54:06.123456Z."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()} given where UTC is required")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _request_line(fetch: Fetch, target: str) -> str:
    parts = urlsplit(target)
    path = parts.path or "/"
    return f"{fetch.method} {path}{'?' + parts.query if parts.query else ''} HTTP/1.1"


def _response_headers(fetch: Fetch) -> list[tuple[str, str]]:
    kept = []
    for name, value in header_safe(scrub_headers(fetch.response_headers)):
        if name.lower() in _WIRE_HEADERS:
            kept.append((f"X-Archive-Orig-{name}", value))
        else:
            kept.append((name, value))
    kept.append(("Content-Length", str(len(fetch.body))))
    return kept


def _reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def write_warc(fetch: Fetch, metadata: dict, software: str) -> bytes:
    """The gzipped WARC of one fetch: warcinfo, request (scrubbed), response, metadata (JSON).

    Every record carries WARC-Date and WARC-Target-URI; request and response carry the
    IP address when known and block/payload digests that `warcio` checks.
    """
    target = warc_uri(scrub_url(fetch.final_url or fetch.url))
    date = warc_date(fetch.fetched_at)
    out = BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    common = {"WARC-Date": date}
    writer.write_record(writer.create_warcinfo_record("capture.warc.gz", {"software": software, "format": "WARC File Format 1.1"}))
    request = _request_record(writer, fetch, target, common)
    response = _response_record(writer, fetch, target, common, request)
    body = canonical_json(metadata)
    info = writer.create_warc_record(
        target, "metadata", payload=BytesIO(body), length=len(body),
        warc_content_type="application/json",
        warc_headers_dict={**common, "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    for record in (request, response, info):
        writer.write_record(record)
    return out.getvalue()


def _ip_header(fetch: Fetch) -> dict[str, str]:
    return {"WARC-IP-Address": fetch.ip_address} if fetch.ip_address else {}


def _request_record(writer: WARCWriter, fetch: Fetch, target: str, common: dict):
    sent = header_safe(scrub_headers(fetch.request_headers))
    if not any(name.lower() == "host" for name, _ in sent):
        sent = [("Host", urlsplit(target).netloc), *sent]
    headers = StatusAndHeaders(_request_line(fetch, target), sent, protocol="", is_http_request=True)
    return writer.create_warc_record(
        target, "request", payload=BytesIO(b""), length=0, http_headers=headers,
        warc_headers_dict={**common, **_ip_header(fetch)},
    )


def _response_record(writer: WARCWriter, fetch: Fetch, target: str, common: dict, request):
    headers = StatusAndHeaders(f"{fetch.status} {_reason_phrase(fetch.status)}", _response_headers(fetch),
                               protocol="HTTP/1.1")
    return writer.create_warc_record(
        target, "response", payload=BytesIO(fetch.body), length=len(fetch.body), http_headers=headers,
        warc_headers_dict={**common, **_ip_header(fetch),
                           "WARC-Concurrent-To": request.rec_headers.get_header("WARC-Record-ID")},
    )
