"""phpBB boards: viewtopic (prosilver 3.x and subsilver2) and search.php results (posts and topics)."""
from __future__ import annotations

import re

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.fallback import forum_fallback
from spiders.parsers.html import Document, absolute_url, ancestors, clean, first, link_url, parse_html, text_of

SITE = "phpbb"
NEXT = ("li.next a", "a[rel='next']", ".pagination a.arrow.next", ".pagination strong + a", "a.right-box.right")
_AFTER_RAQUO = re.compile(r"[»\u00bb]\s*(.+)$")


def _author(post) -> str:
    name = first(post, ".postprofile a.username", ".postprofile a.username-coloured", "p.author a.username",
                 "p.author strong a", "p.author strong", ".postprofile dt a", "b.postauthor", ".postauthor")
    return text_of(name, 200)


def _time(post) -> str:
    stamp = first(post, "time[datetime]")
    if stamp is not None:
        return stamp.get("datetime")
    line = first(post, "p.author", ".search-result-date", "td.gensmall div[style*='float: right']", "td.gensmall")
    text = text_of(line, 300)
    match = _AFTER_RAQUO.search(text)
    return clean(match.group(1) if match else text.replace("Posted:", ""), 100)


def _post_text(post) -> str:
    return text_of(first(post, "div.content", "div.postbody div.content", "div.postbody"), 100_000)


def _subsilver_table(postbody):
    """subsilver2 puts each post in its own table.tablebg; author and date sit in its rows."""
    return next((t for t in ancestors(postbody, "table") if "tablebg" in (t.get("class") or "")), postbody)


def _topic(doc: Document) -> ParseResult | None:
    posts = doc.select("div.post[id^='p']:not(.search)") or doc.select("table.tablebg tr td div.postbody")
    if not posts:
        return None
    found = []
    for post in posts:
        holder = post if "post" in (post.get("class") or "").split() else _subsilver_table(post)
        found.append(ForumPost(_author(holder), _time(holder), _post_text(holder)))
    heading = first(doc.root, "h2.topic-title a", "h2.topic-title", "h2 a", "a.titles", "h2")
    thread = ForumThread(text_of(heading, 500), doc.url, found)
    return ParseResult(SITE, [thread], [], link_url(doc, *NEXT), False, list(doc.notes))


def _search(doc: Document) -> ParseResult | None:
    results = doc.select("div.search.post")
    rows = doc.select("ul.topiclist.topics li.row")
    if not results and not rows:
        return None
    threads, links = [], []
    for result in results:
        title = first(result, ".postbody h3 a", "h3 a")
        topic = first(result, "dd a[href*='viewtopic.php?t='], dd a[href*='viewtopic.php?f=']")
        url = absolute_url(doc.url, title.get("href")) if title is not None else doc.url
        post = ForumPost(_author(result), _time(result), _post_text(result))
        threads.append(ForumThread(text_of(title, 500), url or doc.url, [post]))
        links.append(absolute_url(doc.url, (topic if topic is not None else title).get("href")))
    for row in rows:
        title = first(row, "a.topictitle")
        if title is not None:
            links.append(absolute_url(doc.url, title.get("href")))
            threads.append(ForumThread(text_of(title, 500), links[-1] or doc.url, []))
    if not threads:
        return None
    unique = list(dict.fromkeys(link for link in links if link))
    return ParseResult(SITE, threads, unique, link_url(doc, *NEXT), False, list(doc.notes))


def parse(resp: SavedResponse) -> ParseResult:
    """A viewtopic page gives one thread with its posts; a search.php page one thread per hit.

    >>> page = b'<h2 class="topic-title"><a>T</a></h2><div id="p1" class="post"><p class="author">by <strong>al</strong> &raquo; 5 Jan</p><div class="content">Hi</div></div>'
    >>> parse(SavedResponse("https://b.example/viewtopic.php?t=1", page)).items[0].posts[0].author
    'al'
    """
    doc = parse_html(resp)
    result = _search(doc) if "search.php" in resp.url else _topic(doc)
    result = result or _topic(doc) or _search(doc)
    return result or forum_fallback(SITE, doc, "no posts or search results found")
