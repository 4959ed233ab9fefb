"""Baidu Tieba: full-text search results (tieba.baidu.com/f/search/res) and thread pages (/p/<id>)."""
from __future__ import annotations

import json
import re

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.fallback import forum_fallback
from spiders.parsers.forums import floor_label, id_in
from spiders.parsers.html import Document, absolute_url, clean, first, link_url, parse_html, query_value, text_of

SITE = "tieba"
_THREAD_ID = re.compile(r"/p/(\d+)")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2})?")
MAX_POSTS = 200  # a thread page shows 30
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
        url = absolute_url(doc.url, title.get("href")) or doc.url
        post = ForumPost(_author(hit), text_of(first(hit, "font.p_date", ".p_date"), 100),
                         text_of(first(hit, "div.p_content", ".p_content"), 100_000), query_value(url, "pid") or "")
        board = text_of(first(hit, "a.p_forum"), 200)
        thread_id = id_in(url, _THREAD_ID) or clean(title.get("data-tid"), 30)
        threads.append(ForumThread(text_of(title, 500), url, [post], board, thread_id))
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


def _tail_date(post) -> str:
    """The date under a post: Tieba prints it as the last `span.tail-info` that looks like one
    (the others say 来自 Android客户端, 1楼 or IP属地)."""
    for tail in reversed(post.cssselect("span.tail-info, .post-tail-wrap span")):
        match = _DATE.search(text_of(tail, 60))
        if match:
            return match.group(0)
    return ""


def _thread_post(post) -> ForumPost:
    field = _field(post)
    author = field.get("author") if isinstance(field.get("author"), dict) else {}
    content = field.get("content") if isinstance(field.get("content"), dict) else {}
    # The name a reader sees (a nickname) is what a moderator looks for; user_name is often null.
    name = text_of(first(post, "li.d_name a", "a.p_author_name"), 200) or clean(str(author.get("user_name") or ""), 200)
    when = _tail_date(post) or clean(str(content.get("date") or ""), 100)
    text = text_of(first(post, "div.d_post_content", ".j_d_post_content"), 100_000)
    floor = str(content.get("post_no") or "") or floor_label(
        next((t for t in (text_of(el, 20) for el in post.cssselect("span.tail-info")) if t.endswith("楼")), ""))
    return ForumPost(name, when, text, clean(str(content.get("post_id") or ""), 30), clean(floor, 20))


def _thread(doc: Document) -> ParseResult | None:
    """A thread page: each div.l_post carries its ids (and, on older pages, its date) in a data-field JSON."""
    posts = [post for post in doc.select("div.l_post") if post.get("data-field")] or doc.select("div.l_post")
    if not posts:
        return None
    found = [_thread_post(post) for post in posts[:MAX_POSTS]]
    title = first(doc.root, "h3.core_title_txt", "h1.core_title_txt", ".core_title_txt")
    forum = first(doc.root, "meta[fname]")
    board = clean(forum.get("fname"), 200) if forum is not None else text_of(first(doc.root, "a.card_title_fname"), 200)
    thread_id = id_in(doc.url, _THREAD_ID) or next(
        (str(f["content"].get("thread_id")) for f in map(_field, posts[:1]) if isinstance(f.get("content"), dict)
         and f["content"].get("thread_id")), "")
    thread = ForumThread(text_of(title, 500), doc.url, found, board, clean(thread_id, 30))
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
