"""Baidu Tieba: full-text search results (tieba.baidu.com/f/search/res) and thread pages (/p/<id>)."""
from __future__ import annotations

import json
import re

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.fallback import forum_fallback
from spiders.parsers.html import Document, absolute_url, clean, first, link_url, parse_html, text_of

SITE = "tieba"
_THREAD_ID = re.compile(r"/p/(\d+)")
NEXT = ("div.pager a.next", "a.next.pagination-item", "li.l_pager a:contains('下一页')")


def _thread_url(doc: Document, href: str | None) -> str | None:
    """The canonical thread URL (/p/<id>) for a hit that links to one post of it."""
    url = absolute_url(doc.url, href)
    match = _THREAD_ID.search(url or "")
    return absolute_url(doc.url, f"/p/{match.group(1)}") if match else url


def _author(hit) -> str:
    """Tieba prints 贴吧：<forum> 作者：<user>; the forum link has class p_forum, the user's does not."""
    for anchor in hit.cssselect("a"):
        if "p_forum" in (anchor.get("class") or "") or "bluelink" in (anchor.get("class") or ""):
            continue
        if anchor.cssselect("font.p_violet") or "un=" in (anchor.get("href") or ""):
            return text_of(anchor, 200)
    return ""


def _search(doc: Document) -> ParseResult | None:
    hits = doc.select("div.s_post_list div.s_post, div.s_post")
    if not hits:
        return None
    threads, links = [], []
    for hit in hits:
        title = first(hit, "span.p_title a", "a.bluelink")
        if title is None:
            continue
        post = ForumPost(_author(hit), text_of(first(hit, "font.p_date", ".p_date"), 100),
                         text_of(first(hit, "div.p_content", ".p_content"), 100_000))
        url = absolute_url(doc.url, title.get("href")) or doc.url
        threads.append(ForumThread(text_of(title, 500), url, [post]))
        links.append(_thread_url(doc, title.get("href")))
    if not threads:
        return None
    unique = list(dict.fromkeys(link for link in links if link))
    return ParseResult(SITE, threads, unique, link_url(doc, *NEXT), False, list(doc.notes))


def _field(post) -> dict:
    try:
        value = json.loads(post.get("data-field") or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _thread(doc: Document) -> ParseResult | None:
    """A thread page: each div.l_post carries its author and date in a data-field JSON attribute."""
    posts = doc.select("div.l_post")
    if not posts:
        return None
    found = []
    for post in posts:
        field = _field(post)
        author = (field.get("author") or {}) if isinstance(field.get("author"), dict) else {}
        content = (field.get("content") or {}) if isinstance(field.get("content"), dict) else {}
        name = author.get("user_name") or text_of(first(post, "a.p_author_name", ".d_name a"), 200)
        when = content.get("date") or text_of(first(post, "span.tail-info:last-child", ".post-tail-wrap span"), 100)
        text = text_of(first(post, "div.d_post_content", ".j_d_post_content"), 100_000)
        found.append(ForumPost(clean(str(name), 200), clean(str(when), 100), text))
    title = first(doc.root, "h3.core_title_txt", "h1.core_title_txt", ".core_title_txt")
    thread = ForumThread(text_of(title, 500), doc.url, found)
    return ParseResult(SITE, [thread], [], link_url(doc, *NEXT), False, list(doc.notes))


def parse(resp: SavedResponse) -> ParseResult:
    """Search results give one thread per hit (its post excerpt, author, date); a thread page its posts.

    >>> page = '<div class="s_post"><span class="p_title"><a class="bluelink" href="/p/9?pid=1">还呗</a></span><div class="p_content">客服</div></div>'
    >>> parse(SavedResponse("https://tieba.baidu.com/f/search/res?qw=x", page.encode())).links
    ['https://tieba.baidu.com/p/9']
    """
    doc = parse_html(resp)
    result = _search(doc) or _thread(doc)
    return result or forum_fallback(SITE, doc, "no search hits or thread posts found")
