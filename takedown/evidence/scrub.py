"""Remove crawler secrets (credentials, cookies, API keys) from headers and URLs before capture."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "REDACTED"

# Exact header names that carry credentials, plus any name or parameter that looks like one.
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "proxy-authenticate"}
)
# Names are split into words ("X-Api-Key", "accessToken", "client_secret") and judged word
# by word, so "keyword" or "authorid" (ordinary search and forum parameters) stay intact.
SECRET_WORD = re.compile(r"(key|token|secret|passwd|password|pwd|auth|sig|signature|credentials?|sessionid|sid)$")
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def is_secret_name(name: str) -> bool:
    """Whether a header or query parameter name is one whose value we never keep.

    >>> [is_secret_name(n) for n in ("X-Api-Key", "apikey", "accessToken", "keyword", "authorid")]
    [True, True, True, False, False]
    """
    if name.strip().lower() in SECRET_HEADERS:
        return True
    return any(SECRET_WORD.search(word.lower()) for word in _WORD.findall(name))


def scrub_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The headers with every secret value replaced by REDACTED (names kept, so the record
    still shows that a credential was sent)."""
    return [(name, REDACTED if is_secret_name(name) else value) for name, value in headers]


def scrub_url(url: str) -> str:
    """The URL without userinfo and with secret-looking query values redacted.

    >>> scrub_url("https://u:p@api.example/search?q=x&api_key=s3cr3t")
    'https://api.example/search?q=x&api_key=REDACTED'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    netloc = parts.netloc.rpartition("@")[2]
    if not parts.query:
        return urlunsplit(parts._replace(netloc=netloc))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(is_secret_name(name) for name, _ in pairs) and netloc == parts.netloc:
        return url
    query = urlencode([(name, REDACTED if is_secret_name(name) else value) for name, value in pairs])
    return urlunsplit(parts._replace(netloc=netloc, query=query))
