"""What the forum parsers share: floor labels, ids read from URLs, and the board a breadcrumb names."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from spiders.parsers.html import clean, text_of

_NUMBERED_FLOOR = re.compile(r"^#?\s*(\d{1,7})\s*(?:#|楼|樓|F|floor)?$", re.I)
_CRUMB_SEPARATORS = re.compile(r"\s*[»›>\u00bb\u203a]\s*")


def floor_label(shown: str) -> str:
    """The floor as a moderator would name it: digits for 12#, #12 and 12楼; a name (楼主, 沙发) as shown.

    >>> [floor_label(s) for s in ("1#", " #12 ", "3楼", "楼主", "")]
    ['1', '12', '3', '楼主', '']
    """
    shown = clean(shown, 40)
    match = _NUMBERED_FLOOR.match(shown)
    return match.group(1) if match else shown


def id_in(url: str | None, pattern: re.Pattern) -> str:
    """The first group of `pattern` in a URL, or '' (ids are read from links the forum itself wrote)."""
    match = pattern.search(url or "")
    return match.group(1) if match else ""


def last_crumb(nav) -> str:
    """The last segment of a breadcrumb's text (`Forum » Board`): a list page names its board there."""
    parts = [part for part in _CRUMB_SEPARATORS.split(text_of(nav, 500)) if part]
    return clean(parts[-1], 200) if parts else ""


def without_params(url: str | None, dropped: frozenset[str], first_page: str = "") -> str | None:
    """A forum URL without the query parameters that only change the view or the visitor (session
    ids, highlights), and without `<first_page>=1`, which every forum implies; the fragment is kept.

    >>> without_params("https://b.example/viewtopic.php?t=5&sid=ab&page=1#p9", frozenset({"sid"}), "page")
    'https://b.example/viewtopic.php?t=5#p9'
    """
    if not url:
        return url
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k not in dropped and not (k == first_page and v == "1")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))
