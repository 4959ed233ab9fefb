"""phpBB boards: viewtopic (prosilver 3.x and subsilver2) and search.php results (posts and topics)."""
from __future__ import annotations

import re

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.fallback import forum_fallback
from spiders.parsers.forums import floor_label, id_in, without_params
from spiders.parsers.html import Document, absolute_url, ancestors, clean, first, link_url, parse_html, text_of

SITE = "phpbb"
NEXT = ("li.next a", "a[rel='next']", ".pagination a.arrow.next", ".pagination strong + a", "a.right-box.right",
        "td.gensmall b strong + span.page-sep + a")  # subsilver2: the page after the current one
# The board: the last forum crumb that has a name (some styles print empty crumbs), else "Return to “Board”".
CRUMBS = ("span.crumb[data-forum-id] span[itemprop='name']", "span.crumb[data-forum-id] a", "span.crumb a[href*='viewforum']",
          "p.breadcrumbs a[href*='viewforum']", "td.nav a[href*='viewforum']")
RETURN_LINKS = ("a.arrow-left[href*='viewforum']", "a.left-box[href*='viewforum']", "p.jumpbox-return a")
SESSION = frozenset({"sid"})
_AFTER_RAQUO = re.compile(r"[»\u00bb]\s*(.+)$")
_QUOTED = re.compile(r"[“\"«「]([^”\"»」]{1,200})[”\"»」]")
_TOPIC = re.compile(r"[?&;]t=(\d+)")
_POST = re.compile(r"[?&;#]p=?(\d+)")


def without_session(url: str | None) -> str | None:
    """A board URL without phpBB's session id (`sid=`), which changes per visitor and per visit.

    >>> without_session("https://b.example/viewtopic.php?t=5&sid=0123abcd&start=10")
    'https://b.example/viewtopic.php?t=5&start=10'
    """
    return without_params(url, SESSION)


def _author(post) -> str:
    name = first(post, ".postprofile a.username", ".postprofile a.username-coloured", "p.author a.username",
                 "p.author strong a", "p.author strong", ".postprofile dt a", "b.postauthor", ".postauthor")
    return text_of(name, 200)


def _time(post) -> str:
    stamp = first(post, "time[datetime]")
    if stamp is not None:
        return stamp.get("datetime")
    line = first(post, "p.author", ".search-result-date", "td.gensmall div[style*='float: right']", "td.gensmall")
    label = line.find(".//b") if line is not None else None
    if label is not None and (label.tail or "").strip():  # subsilver2: <b>Posted:</b> date, after a "Post" icon
        return clean(label.tail, 100)
    text = text_of(line, 300)
    match = _AFTER_RAQUO.search(text)
    return clean(match.group(1) if match else text.replace("Posted:", ""), 100)


def _post_text(post) -> str:
    return text_of(first(post, "div.content", "div.postbody div.content", "div.postbody"), 100_000)


def _post_id(holder) -> str:
    """prosilver: div.post#p123; subsilver2: the <a name="p123"> anchor; search hits: their post link."""
    if re.fullmatch(r"p\d+", holder.get("id") or ""):
        return holder.get("id")[1:]
    anchor = first(holder, "a[name^='p']", ".postbody h3 a", "a[href*='#p']")
    if anchor is not None and re.fullmatch(r"p\d+", anchor.get("name") or ""):
        return anchor.get("name")[1:]
    return id_in(anchor.get("href") if anchor is not None else "", _POST)


def _board(doc: Document) -> str:
    for name in reversed([text_of(el, 200) for selector in CRUMBS for el in doc.select(selector)]):
        if name:
            return name
    back = text_of(first(doc.root, *RETURN_LINKS), 300)
    match = _QUOTED.search(back)
    return clean(match.group(1), 200) if match else ""


def _topic_id(doc: Document, heading) -> str:
    canonical = first(doc.root, "link[rel='canonical']")
    for url in (doc.url, canonical.get("href") if canonical is not None else None,
                heading.get("href") if heading is not None else None):
        if id_in(url, _TOPIC):
            return id_in(url, _TOPIC)
    return ""


def _subsilver_table(postbody):
    """subsilver2 puts each post in its own table.tablebg; author and date sit in its rows."""
    return next((t for t in ancestors(postbody, "table") if "tablebg" in (t.get("class") or "")), postbody)


def _topic(doc: Document) -> ParseResult | None:
    posts = doc.select("div.post[id^='p']:not(.search)") or doc.select("table.tablebg tr td div.postbody")
    if not posts:
        return None
    found = []
    # subsilver2: a signature is a second div.postbody in the post's table; one post per table.
    holders = dict.fromkeys(post if "post" in (post.get("class") or "").split() else _subsilver_table(post) for post in posts)
    for holder in holders:
        floor = floor_label(text_of(first(holder, "p.author span.posti a", ".post-number"), 20))
        found.append(ForumPost(_author(holder), _time(holder), _post_text(holder), _post_id(holder), floor))
    heading = first(doc.root, "h2.topic-title a", "h2.topic-title", "h2 a", "a.titles", "h2")
    link = heading if heading is not None and heading.tag == "a" else None
    thread = ForumThread(text_of(heading, 500), without_session(doc.url) or doc.url, found, _board(doc),
                         _topic_id(doc, link))
    return ParseResult(SITE, [thread], [], without_session(link_url(doc, *NEXT)), False, list(doc.notes))


def _search(doc: Document) -> ParseResult | None:
    results = doc.select("div.search.post")
    rows = doc.select("ul.topiclist.topics li.row")
    if not results and not rows:
        return None
    threads, links = [], []
    for result in results:
        title = first(result, ".postbody h3 a", "h3 a")
        topic = first(result, "dd a[href*='viewtopic.php?t='], dd a[href*='viewtopic.php?f=']")
        if title is None and topic is None:
            continue
        url = without_session(absolute_url(doc.url, title.get("href"))) if title is not None else None
        post = ForumPost(_author(result), _time(result), _post_text(result), _post_id(result))
        board = text_of(first(result, "dd a[href*='viewforum']"), 200)
        topic_url = without_session(absolute_url(doc.url, (topic if topic is not None else title).get("href")))
        threads.append(ForumThread(text_of(title, 500), url or doc.url, [post], board, id_in(topic_url, _TOPIC)))
        links.append(topic_url)
    for row in rows:
        title = first(row, "a.topictitle")
        if title is not None:
            links.append(without_session(absolute_url(doc.url, title.get("href"))))
            board = text_of(first(row, "a[href*='viewforum']"), 200)
            threads.append(ForumThread(text_of(title, 500), links[-1] or doc.url, [], board, id_in(links[-1], _TOPIC)))
    if not threads:
        return None
    unique = list(dict.fromkeys(link for link in links if link))
    return ParseResult(SITE, threads, unique, without_session(link_url(doc, *NEXT)), False, list(doc.notes))


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
