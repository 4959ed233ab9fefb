"""Discuz! forums (X3 and 7.x): forum index, thread lists, search results and threads with posts."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.html import Document, absolute_url, clean, first, link_url, parse_html, text_of

SITE = "discuz"
MAX_POSTS = 200  # a thread page shows 10-40; more is a trap
MAX_LINKS = 500
POSTS = "div[id^='post_']"
BODIES = ("td[id^='postmessage_']", "div[id^='postmessage_']", "td.t_f", "td.t_msgfont", "div.t_msgfont")
AUTHORS = (".authi a.xw1", ".postauthor .postinfo a", "a.xw1", ".authi a", ".postauthor cite a")
TIMES = ("em[id^='authorposton'] span[title]", "em[id^='authorposton']")
TITLES = ("#thread_subject", "#threadtitle h1", "h1.ts", "h1")
THREAD_LINKS = ("tbody[id^='normalthread_'] a.xst", "tbody[id^='stickthread_'] a.xst",
                "tbody[id^='normalthread_'] span[id^='thread_'] a", "tbody[id^='stickthread_'] span[id^='thread_'] a",
                "#threadlist li.pbw h3 a", "#threadlist th a.xst")
BOARD_LINKS = ("a[href*='mod=forumdisplay']", "a[href*='forumdisplay.php']")
NEXT_PAGE = (".pg a.nxt", ".pages a.next", "a.nxt")
PAGERS = {"pg", "pages", "pgs", "pages_btns"}
POST_NOISE = (".pstatus", ".quote", "script", ".attach_nopermission", ".locked")
DROPPED_PARAMS = {"extra", "highlight", "fromuid", "from", "ordertype", "authorid", "filter", "orderby"}
_POST_ID = re.compile(r"^post_\d+$")
_POSTED = re.compile(r"^\s*(发表于|發表於|posted on)\s*", re.I)


def canonical(url: str | None) -> str | None:
    """A thread or board URL without view-only parameters (extra, highlight, …), page 1 implied.

    >>> canonical("http://bbs.test/forum.php?mod=viewthread&tid=7&extra=page%3D2&page=1")
    'http://bbs.test/forum.php?mod=viewthread&tid=7'
    """
    if not url:
        return None
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k not in DROPPED_PARAMS and not (k == "page" and v == "1")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))


def _in_pager(anchor) -> bool:
    """Page-number links are pagination, followed through `next_page` (where a page cap applies)."""
    return any(set((node.get("class") or "").split()) & PAGERS for node in anchor.iterancestors())


def _links(doc: Document, selectors: tuple[str, ...]) -> list[str]:
    seen: dict[str, None] = {}
    for selector in selectors:
        for anchor in doc.select(selector):
            if _in_pager(anchor):
                continue
            url = canonical(absolute_url(doc.url, anchor.get("href")))
            if url:
                seen.setdefault(url)
            if len(seen) >= MAX_LINKS:
                return list(seen)
    return list(seen)


def _post(container) -> ForumPost | None:
    body = first(container, *BODIES)
    if body is None:
        return None
    for noise in [el for selector in POST_NOISE for el in body.cssselect(selector)]:
        noise.drop_tree()
    stamp = first(container, *TIMES)
    when = stamp.get("title") if stamp is not None and stamp.get("title") else text_of(stamp, 80)
    return ForumPost(author=text_of(first(container, *AUTHORS), 80), time=_POSTED.sub("", when), text=text_of(body))


def _thread(doc: Document) -> ForumThread | None:
    containers = [el for el in doc.select(POSTS) if _POST_ID.match(el.get("id", ""))][:MAX_POSTS]
    posts = [post for post in map(_post, containers) if post is not None]
    if not posts:
        return None
    title = text_of(first(doc.root, *TITLES), 300) or _page_title(doc)
    return ForumThread(title=title, url=doc.url, posts=posts)


def _is_discuz(doc: Document) -> bool:
    generator = first(doc.root, "meta[name='generator']")
    if generator is not None and "discuz" in (generator.get("content") or "").lower():
        return True
    return bool(doc.select("#threadlist, #postlist, #threadlisttableid"))


def _page_title(doc: Document) -> str:
    title = doc.root.find(".//title")
    return clean(title.text_content(), 300).split(" - ")[0] if title is not None else ""


def parse(resp: SavedResponse) -> ParseResult:
    """A thread page gives one ForumThread with its posts; list pages give links to follow.

    >>> page = '<span id="thread_subject">T</span><div id="post_1"><a class="xw1">ann</a><em id="authorposton1">发表于 2025-1-2 03:04</em><td class="t_f" id="postmessage_1">hi</td></div>'
    >>> thread = parse(SavedResponse("http://bbs.test/forum.php?mod=viewthread&tid=1", page.encode())).items[0]
    >>> (thread.title, thread.posts[0].author, thread.posts[0].time, thread.posts[0].text)
    ('T', 'ann', '2025-1-2 03:04', 'hi')
    """
    doc = parse_html(resp)
    next_page = canonical(link_url(doc, *NEXT_PAGE))
    thread = _thread(doc)
    if thread is not None:
        return ParseResult(SITE, [thread], [], next_page, False, list(doc.notes))
    links = _links(doc, THREAD_LINKS) + _links(doc, BOARD_LINKS)
    if links or _is_discuz(doc):  # a list page, or an empty one (a search without hits)
        return ParseResult(SITE, [], list(dict.fromkeys(links)), next_page, False, list(doc.notes))
    text = text_of(doc.root.find("body") if doc.root.find("body") is not None else doc.root)
    generic = ForumThread(_page_title(doc), resp.url, [ForumPost("", "", text)] if text else [])
    notes = [*doc.notes, "markup not recognised as Discuz!: the page text is kept as one post"]
    return ParseResult(SITE, [generic], [], None, True, notes)
