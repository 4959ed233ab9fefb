"""Discuz! forums (X3 and 7.x): forum index, thread lists, search results and threads with posts."""
from __future__ import annotations

import re

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.forums import floor_label, id_in, last_crumb, without_params
from spiders.parsers.html import Document, absolute_url, clean, first, link_url, parse_html, text_of

SITE = "discuz"
MAX_POSTS = 200  # a thread page shows 10-40; more is a trap
MAX_ROWS = 500  # a board page lists 20-80 threads, a search page 20-50 hits
MAX_LINKS = 500
POSTS = "div[id^='post_']"
BODIES = ("td[id^='postmessage_']", "div[id^='postmessage_']", "td.t_f", "td.t_msgfont", "div.t_msgfont")
AUTHORS = (".authi a.xw1", ".postauthor .postinfo a", "a.xw1", ".authi a", ".postauthor cite a")
TIMES = ("em[id^='authorposton'] span[title]", "em[id^='authorposton']")
FLOORS = ("a[id^='postnum']", ".pi strong a")  # the second: X3.5's deleted post keeps only its floor
TITLES = ("#thread_subject", "#threadtitle h1", "h1.ts", "h1")
NAV = ("#pt .z", "#nav")
# Thread rows of a board (X3 and 7.x tbody#normalthread_N / #stickthread_N) and of 7.x search results.
ROWS = "tbody[id^='normalthread_'], tbody[id^='stickthread_'], div.searchlist tbody"
ROW_TITLES = ("a.xst", "th span[id^='thread_'] a", "th.subject a[href*='tid=']", "th a[href*='tid=']")
HITS = "li.pbw"  # X3 search results: one li per thread, with an excerpt of its first post
THREAD_LINKS = ("tbody[id^='normalthread_'] a.xst", "tbody[id^='stickthread_'] a.xst",
                "tbody[id^='normalthread_'] span[id^='thread_'] a", "tbody[id^='stickthread_'] span[id^='thread_'] a",
                "#threadlist li.pbw h3 a", "#threadlist th a.xst", "div.searchlist th.subject a")
BOARD_LINKS = ("a[href*='mod=forumdisplay']", "a[href*='forumdisplay.php']")
NEXT_PAGE = (".pg a.nxt", ".pages a.next", "a.nxt")
PAGERS = {"pg", "pages", "pgs", "pages_btns", "threadpages"}
POST_NOISE = (".pstatus", ".quote", "script", ".attach_nopermission", ".locked")
DROPPED_PARAMS = frozenset({"extra", "highlight", "fromuid", "from", "ordertype", "authorid", "filter", "orderby", "sid"})
_POST_ID = re.compile(r"^post_(\d+)$")
_POSTED = re.compile(r"^\s*(发表于|發表於|posted on)\s*", re.I)
_TID = re.compile(r"(?:[?&;]p?tid=|/thread-)(\d+)")
_ROW_ID = re.compile(r"_(\d+)$")
_BOARD_HREF = re.compile(r"forumdisplay|/forum-\d+-\d+")


def canonical(url: str | None) -> str | None:
    """A thread or board URL without view-only parameters (extra, highlight, sid, …), page 1 implied.

    >>> canonical("http://bbs.test/forum.php?mod=viewthread&tid=7&extra=page%3D2&page=1")
    'http://bbs.test/forum.php?mod=viewthread&tid=7'
    """
    return without_params(url.split("#", 1)[0], DROPPED_PARAMS, "page") if url else None


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


def _stamp(element) -> str:
    """A post's time: the absolute one a `span[title]` keeps behind "6 天前", else the text shown."""
    if element is None:
        return ""
    exact = element if element.get("title") else first(element, "span[title]")
    when = exact.get("title") if exact is not None else text_of(element, 80)
    return _POSTED.sub("", clean(when, 80))


def _post(container, pid: str) -> ForumPost | None:
    """One post block. A post without a message cell is `hidden`: the forum shows a notice instead
    (div.locked: banned author, reply-only) or, for a deleted post, only its floor."""
    body = first(container, *BODIES)
    floor = first(container, *FLOORS)
    hidden = body is None and (floor is not None or first(container, ".locked") is not None)
    if body is None and not hidden:
        return None
    if body is not None:
        for noise in [el for selector in POST_NOISE for el in body.cssselect(selector)]:
            noise.drop_tree()
    stamp = first(container, *TIMES)
    return ForumPost(author=text_of(first(container, *AUTHORS), 80), time=_stamp(stamp),
                     text=text_of(body) if body is not None else "", post_id=pid,
                     floor=floor_label(text_of(floor, 40)), hidden=hidden)


def _board(doc: Document, listing: bool) -> str:
    """The innermost board in the breadcrumb; a board page names itself in its last crumb."""
    nav = first(doc.root, *NAV)
    boards = [a for a in nav.iter("a") if _BOARD_HREF.search(a.get("href") or "")] if nav is not None else []
    if boards:
        return text_of(boards[-1], 200)
    if listing:
        return last_crumb(nav) if nav is not None else text_of(first(doc.root, ".bm_h h1 a", "h1.xs2 a"), 200)
    return ""


def _thread_id(doc: Document) -> str:
    """The tid from the page's own URL, its canonical link, or the links it writes to its posts."""
    canonical_link = first(doc.root, "link[rel='canonical']")
    candidates = [doc.url, canonical_link.get("href") if canonical_link is not None else None]
    for anchor in doc.select("a[id^='postnum']")[:3]:
        candidates += [anchor.get("href"), anchor.get("onclick")]
    return next((tid for tid in (id_in(url, _TID) for url in candidates) if tid), "")


def _thread(doc: Document) -> ForumThread | None:
    posts = []
    for container in doc.select(POSTS):
        match = _POST_ID.match(container.get("id", ""))
        post = _post(container, match.group(1)) if match else None
        if post is not None:
            posts.append(post)
        if len(posts) >= MAX_POSTS:
            break
    if not posts:
        return None
    title = text_of(first(doc.root, *TITLES), 300) or _page_title(doc)
    return ForumThread(title=title, url=canonical(doc.url) or doc.url, posts=posts, board=_board(doc, False),
                       thread_id=_thread_id(doc))


def _row(doc: Document, row, board: str) -> ForumThread | None:
    """A board or search row: the thread's title, link and id, and its opening post's author and
    time (a list does not show the post's text)."""
    title = first(row, *ROW_TITLES)
    url = canonical(absolute_url(doc.url, title.get("href"))) if title is not None else None
    if not url:
        return None
    by = first(row, "td.by", "td.author")
    author = text_of(first(by, "cite a", "cite"), 80) if by is not None else ""
    when = _stamp(first(by, "em")) if by is not None else ""
    forum = text_of(first(row, "td.forum a", "td.by a[href*='forumdisplay']"), 200)
    tid = id_in(row.get("id"), _ROW_ID) or id_in(url, _TID)
    opening = [ForumPost(author, when, "", floor="1")] if author or when else []
    return ForumThread(text_of(title, 300), url, opening, forum or board, tid)


def _hit(doc: Document, hit) -> ForumThread | None:
    """An X3 search hit (li.pbw): title, the excerpt of the first post, its date, author and board."""
    title = first(hit, "h3 a")
    url = canonical(absolute_url(doc.url, title.get("href"))) if title is not None else None
    if not url:
        return None
    paragraphs = [p for p in hit.iter("p") if "xg1" not in (p.get("class") or "").split()]
    meta = next((p for p in reversed(paragraphs) if p.find("span") is not None), None)
    excerpt = " ".join(text_of(p) for p in paragraphs if p is not meta)
    author = text_of(first(meta, "a[href*='uid']"), 80) if meta is not None else ""
    when = _stamp(meta.find("span")) if meta is not None else ""
    board = text_of(first(meta, "a[href*='forumdisplay']"), 200) if meta is not None else ""
    post = ForumPost(author, when, clean(excerpt), floor="1")
    return ForumThread(text_of(title, 300), url, [post], board, id_in(url, _TID) or hit.get("id", ""))


def _listing(doc: Document) -> list[ForumThread]:
    """The threads a board page or a search page lists."""
    board = _board(doc, True)
    rows = [_row(doc, row, board) for row in doc.select(ROWS)[:MAX_ROWS]]
    hits = [_hit(doc, hit) for hit in doc.select(HITS)[:MAX_ROWS]]
    return [thread for thread in rows + hits if thread is not None]


def _is_discuz(doc: Document) -> bool:
    generator = first(doc.root, "meta[name='generator']")
    if generator is not None and "discuz" in (generator.get("content") or "").lower():
        return True
    return bool(doc.select("#threadlist, #postlist, #threadlisttableid"))


def _page_title(doc: Document) -> str:
    title = doc.root.find(".//title")
    return clean(title.text_content(), 300).split(" - ")[0] if title is not None else ""


def parse(resp: SavedResponse) -> ParseResult:
    """A thread page gives one ForumThread with its posts; a board or search page one per thread
    it lists (with the links to follow); the forum index gives links to its boards.

    >>> page = '<span id="thread_subject">T</span><div id="post_9"><a class="xw1">ann</a><em id="authorposton9">发表于 2025-1-2 03:04</em><td class="t_f" id="postmessage_9">hi</td></div>'
    >>> thread = parse(SavedResponse("http://bbs.test/forum.php?mod=viewthread&tid=1", page.encode())).items[0]
    >>> (thread.title, thread.thread_id, thread.posts[0].author, thread.posts[0].time, thread.posts[0].post_id)
    ('T', '1', 'ann', '2025-1-2 03:04', '9')
    """
    doc = parse_html(resp)
    next_page = canonical(link_url(doc, *NEXT_PAGE))
    thread = _thread(doc)
    if thread is not None:
        return ParseResult(SITE, [thread], [], next_page, False, list(doc.notes))
    listed = _listing(doc)
    links = _links(doc, THREAD_LINKS) + _links(doc, BOARD_LINKS)
    if listed or links or _is_discuz(doc):  # a list page, or an empty one (a search without hits)
        return ParseResult(SITE, listed, list(dict.fromkeys(links)), next_page, False, list(doc.notes))
    text = text_of(doc.root.find("body") if doc.root.find("body") is not None else doc.root)
    generic = ForumThread(_page_title(doc), resp.url, [ForumPost("", "", text)] if text else [])
    notes = [*doc.notes, "markup not recognised as Discuz!: the page text is kept as one post"]
    return ParseResult(SITE, [generic], [], None, True, notes)
