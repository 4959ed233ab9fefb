"""Search-result extraction any engine parser shares, and the generic fallback for unknown markup."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from urllib.parse import unquote, urlsplit

from spiders.parsers.base import ParseResult, SavedResponse, SerpResult
from spiders.parsers.html import (
    Document, absolute_url, ancestors, clean, first, host_of, on_domain, parse_html, query_value, text_of,
)

SITE = "generic_serp"
MAX_RESULTS = 200  # a real SERP has tens; a page claiming thousands is a trap
MAX_CANDIDATES = MAX_RESULTS * 2
BLOCK_MAX_ELEMENTS = 300  # bigger than any one result: the page layout, not a result block
MIN_ANCHOR_CHARS = 4
# Click-tracking hosts and paths that mark a result as paid, whatever the engine.
AD_MARKERS = ("googleadservices.com", "/aclk?", "/pagead/", "bing.com/aclk", "yabs.yandex", "/cbclk",
              "duckduckgo.com/y.js", "baidu.com/baidu.php", "e.so.com/search/eclk", "/adclick")
# Query parameters that wrap the real target in common redirectors.
WRAPPER_PARAMS = ("uddg", "q", "url", "u", "target", "to", "adurl")
REDIRECT_PATHS = frozenset({"/url", "/l", "/link", "/redirect", "/r", "/out", "/away", "/goto", "/jump", "/click",
                            "/aclk", "/pagead/aclk", "/y.js", "/link.php", "/redirect.php", "/go"})


@dataclass(frozen=True)
class Candidate:
    """One result as an engine parser found it, before URL resolution and numbering."""

    anchor: object  # the lxml <a> element
    container: object  # the element that holds the whole result
    is_ad: bool
    title_el: object | None = None
    snippet_el: object | None = None
    url: str | None = None  # set when the engine keeps the real URL outside the href


def unwrap(url: str | None, params: Iterable[str] = WRAPPER_PARAMS) -> str | None:
    """The target of a redirect-wrapped URL (`/url?q=`, `/l/?uddg=`, Yahoo `/RU=.../`), else the URL.

    Only redirector paths are unwrapped, so a result that merely carries `?url=` keeps its own URL.

    >>> unwrap("https://www.google.com/url?q=https://a.example/&sa=U")
    'https://a.example/'
    >>> unwrap("https://archive.example/save?url=https://a.example/")
    'https://archive.example/save?url=https://a.example/'
    """
    if not url:
        return url
    marker = url.find("/RU=")
    if marker != -1 and ".yahoo." in host_of(url) + ".":
        target = unquote(url[marker + 4:].split("/", 1)[0])
        if target.startswith(("http://", "https://")):
            return target
    if urlsplit(url).path.rstrip("/") not in REDIRECT_PATHS:
        return url
    for name in params:
        value = query_value(url, name)
        if value and value.startswith(("http://", "https://")):
            return value
    return url


def candidates_in(blocks, anchors: tuple[str, ...], snippets: tuple[str, ...],
                  is_ad: Callable = lambda block, anchor: False, url_of: Callable = lambda block, anchor: None,
                  title_of: Callable = lambda anchor: None) -> list[Candidate]:
    """One candidate per result block that has a title link; paid when `is_ad` says so or the
    link goes through a known ad-click URL."""
    found = []
    for block in blocks:
        anchor = first(block, *anchors)
        if anchor is None:
            continue
        paid = bool(is_ad(block, anchor)) or looks_paid(anchor.get("href") or "")
        found.append(Candidate(anchor, block, paid, title_of(anchor), first(block, *snippets), url_of(block, anchor)))
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def outermost(blocks) -> list:
    """Blocks in order, without repeats and without blocks nested in an earlier one."""
    kept: list = []
    seen: set = set()
    for block in blocks:
        if block in seen or any(parent in seen for parent in ancestors(block)):
            continue
        seen.add(block)
        kept.append(block)
    return kept


def looks_paid(url: str) -> bool:
    return any(marker in url for marker in AD_MARKERS)


def has_ad_label(block, labels: tuple[str, ...] = ("广告", "推广", "Ad", "Sponsored")) -> bool:
    """True when a leaf element of the result says 广告/Ad on its own (the engines' ad badge)."""
    leaves = (el for el in block.iter("span", "a", "div", "i", "em") if len(el) == 0)
    return any(text_of(leaf, 20) in labels for _, leaf in zip(range(80), leaves))


def build_results(doc: Document, candidates: Iterable[Candidate],
                  resolve: Callable[[str | None], str | None] = unwrap) -> list[SerpResult]:
    """Number candidates (organic and ads counted apart), resolve their URLs, drop duplicates."""
    results: list[SerpResult] = []
    seen: set[tuple[str, bool]] = set()
    counts = {False: 0, True: 0}
    for cand in candidates:
        url = cand.url or resolve(absolute_url(doc.url, cand.anchor.get("href")))
        if not url or (url, cand.is_ad) in seen:
            continue
        title = text_of(cand.title_el if cand.title_el is not None else cand.anchor, 500)
        if not title:
            continue
        seen.add((url, cand.is_ad))
        counts[cand.is_ad] += 1
        snippet = text_of(cand.snippet_el) if cand.snippet_el is not None else _rest(cand.container, title)
        results.append(SerpResult(counts[cand.is_ad], title, url, snippet, cand.is_ad))
        if len(results) >= MAX_RESULTS:
            break
    return results


def _rest(container, title: str) -> str:
    """The container's text without the title: the snippet when no snippet element is known."""
    text = text_of(container)
    return clean(text.replace(title, "", 1)) if title else text


def finish(site: str, doc: Document, results: list[SerpResult], own_domains: tuple[str, ...],
           links: list[str] | None = None, next_page: str | None = None) -> ParseResult:
    """The parse result; with no recognised result, the generic extraction, marked as fallback."""
    notes = list(doc.notes)
    if results:
        return ParseResult(site, list(results), links or [], next_page, False, notes)
    generic = outbound_results(doc, own_domains)
    notes.append(f"markup not recognised as {site}: generic result-link extraction "
                 f"({len(generic)} links)")
    return ParseResult(site, generic, links or [], next_page, True, notes)


def outbound_results(doc: Document, own_domains: tuple[str, ...]) -> list[SerpResult]:
    """Every link that leaves the engine, with its anchor text and the text around it."""
    candidates = []
    for anchor in doc.root.iter("a"):
        href = absolute_url(doc.url, anchor.get("href"))
        target = unwrap(href)
        if not target or (on_domain(target, own_domains) and not looks_paid(target)):
            continue
        if len(text_of(anchor, 200)) < MIN_ANCHOR_CHARS:
            continue
        candidates.append(Candidate(anchor, _block_around(anchor), looks_paid(href or ""), url=target))
        if len(candidates) >= MAX_CANDIDATES:
            break
    return build_results(doc, candidates)


def _block_around(anchor):
    """The nearest ancestor whose text is a result-sized block (the snippet lives there)."""
    block = anchor
    for _ in range(4):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if next(islice(parent.iter(), BLOCK_MAX_ELEMENTS, None), None) is not None:
            break
        if len(text_of(parent, 2000)) > 600:
            break
        block = parent
    return block


def site_domain(url: str) -> str:
    """The registrable part of the page's host, roughly: baidu.com, google.co.uk, sina.com.cn."""
    labels = host_of(url).split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def parse(resp: SavedResponse) -> ParseResult:
    """Any result page: the outbound links with their anchor text and surrounding text.

    >>> r = parse(SavedResponse("https://s.example/?q=x", b'<p><a href="https://a.example/">A page</a> text</p>'))
    >>> (r.items[0].url, r.items[0].snippet, r.fallback)
    ('https://a.example/', 'text', True)
    """
    doc = parse_html(resp)
    results = outbound_results(doc, (site_domain(resp.url),))
    notes = [*doc.notes, f"generic result-link extraction ({len(results)} links)"]
    return ParseResult(SITE, results, [], None, True, notes)
