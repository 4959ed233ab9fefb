"""Spider middleware that strips session ids and tracking parameters from URLs before fingerprinting.

`;jsessionid=…`, `PHPSESSID`, `sid`, `utm_*` and friends make one page look like endless pages
(HOSTILE 36). Requests are rewritten to the clean URL, so the duplicate filter sees one page
and the stored URL is the canonical one.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

SESSION_PARAMS = frozenset({
    "phpsessid", "jsessionid", "sid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken",
    "gclid", "fbclid", "msclkid", "yclid", "_ga", "mc_eid",
})
PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)


def is_session_param(name: str) -> bool:
    name = name.lower()
    return name in SESSION_PARAMS or name.startswith("utm_")


def strip_session_params(url: str) -> str:
    """`url` without session ids and tracking parameters; other parameters keep their order.

    >>> strip_session_params("http://a.test/p;jsessionid=AB12?id=3&utm_source=x&PHPSESSID=9")
    'http://a.test/p?id=3'
    """
    parts = urlsplit(url)
    path = PATH_SESSION.sub("", parts.path)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not is_session_param(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))


class UrlNormMiddleware(BaseSpiderMiddleware):
    def __init__(self, crawler: Any):
        super().__init__(crawler)
        if not crawler.settings.getbool("SCAMSWEEP_URLNORM_ENABLED"):
            raise NotConfigured("SCAMSWEEP_URLNORM_ENABLED is off")

    def get_processed_request(self, request: Request, response: Any) -> Request:
        clean = strip_session_params(request.url)
        if clean == request.url:
            return request
        self.crawler.stats.inc_value("scamsweep/urlnorm/session_stripped")
        return request.replace(url=clean)
