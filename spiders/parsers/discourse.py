"""Discourse forums: search.json results, topic JSON (/t/<id>.json, posts.json), and topic HTML
(the crawler view served without JavaScript, or a DOM saved from the rendered Ember app)."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urlencode, urlsplit

import lxml.html

from spiders.parsers.base import ForumPost, ForumThread, ParseResult, SavedResponse
from spiders.parsers.fallback import forum_fallback
from spiders.parsers.forums import floor_label, id_in
from spiders.parsers.html import LIMITED, Document, clean, first, link_url, load_json, parse_html, query_value, text_of

SITE = "discourse"
CHUNK = 20  # Discourse serves a topic's posts 20 at a time
SMALL_ACTION = 3  # post_type of "closed the topic", "split this topic": no text of anyone's
# The lazy `(?:/.*?)??` tries the bare host first, so /t/2144/posts.json is not taken for a subfolder.
_ROOT = re.compile(r"^(https?://[^/]+(?:/.*?)??)/(?:search(?:\.json)?|t/|posts)")
_TOPIC_ID = re.compile(r"/t/(?:[^/?#]+/)?(\d+)")
CATEGORY = ("#topic-title .category-name", ".topic-category [itemprop='name']", "#topic-title .badge-category__name",
            ".title-wrapper .badge-category__name", ".topic-category .badge-category__name")


def site_root(url: str) -> str:
    """The forum's base URL (Discourse may live in a subfolder), from a search or topic URL."""
    match = _ROOT.match(url)
    if match:
        return match.group(1)
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def cooked_text(cooked: str) -> str:
    """Text of a post's rendered HTML (`cooked`), parsed with the same limits as pages."""
    if not cooked.strip():
        return ""
    try:
        fragment = lxml.html.fragment_fromstring(cooked[:2_000_000], create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return clean(re.sub(r"<[^<>]*>", " ", cooked), 100_000)  # [^<>]: linear on hostile input
    return text_of(fragment, 100_000)


def _post(raw: dict) -> ForumPost:
    """A post of topic or search JSON; one the forum hid, deleted or its author withdrew is `hidden`."""
    author = raw.get("username") or raw.get("name") or ""
    text = cooked_text(str(raw.get("cooked") or "")) if raw.get("cooked") else clean(str(raw.get("blurb") or ""))
    hidden = bool(raw.get("hidden") or raw.get("deleted_at") or raw.get("user_deleted"))
    return ForumPost(clean(str(author), 200), clean(str(raw.get("created_at") or ""), 100), text,
                     clean(str(raw.get("id") or ""), 20), clean(str(raw.get("post_number") or ""), 20), hidden)


def _id(value) -> str:
    return clean(str(value), 20) if value is not None else ""


def topic_url(root: str, topic: dict) -> str:
    slug = topic.get("slug") or "topic"
    return f"{root}/t/{slug}/{topic.get('id')}"


def _search(data: dict, url: str) -> ParseResult:
    root = site_root(url)
    topics = {t.get("id"): t for t in data.get("topics") or [] if isinstance(t, dict)}
    threads: dict[object, ForumThread] = {}
    for raw in data.get("posts") or []:
        if not isinstance(raw, dict):
            continue
        topic = topics.get(raw.get("topic_id"), {"id": raw.get("topic_id")})
        title = clean(str(topic.get("title") or raw.get("topic_title_headline") or ""), 500)
        thread = threads.setdefault(raw.get("topic_id"), ForumThread(title, topic_url(root, topic),
                                                                     thread_id=_id(raw.get("topic_id"))))
        thread.posts.append(_post(raw))
    links = [f"{root}/t/{tid}.json" for tid in threads if tid is not None]
    grouped = data.get("grouped_search_result") or {}
    next_page = None
    if isinstance(grouped, dict) and grouped.get("more_full_page_results"):
        page = int(query_value(url, "page") or 1) + 1
        next_page = f"{root}/search.json?" + urlencode({"q": query_value(url, "q") or grouped.get("term") or "", "page": page})
    return ParseResult(SITE, list(threads.values()), links, next_page, False, [])


def _topic(data: dict, url: str) -> ParseResult:
    root = site_root(url)
    stream = data.get("post_stream") or {}
    raws = [p for p in stream.get("posts") or [] if isinstance(p, dict)]
    topic_id = data.get("id") or (raws[0].get("topic_id") if raws else None)
    title = clean(str(data.get("title") or data.get("fancy_title") or ""), 500)
    slug = data.get("slug") or (raws[0].get("topic_slug") if raws else None)
    posts = [_post(p) for p in raws if p.get("post_type") != SMALL_ACTION]
    thread = ForumThread(title, topic_url(root, {"id": topic_id, "slug": slug}), posts, thread_id=_id(topic_id))
    loaded = {p.get("id") for p in raws}
    missing = [pid for pid in stream.get("stream") or [] if pid not in loaded][:CHUNK]
    next_page = None
    if missing and topic_id is not None:
        next_page = f"{root}/t/{topic_id}/posts.json?" + urlencode([("post_ids[]", pid) for pid in missing])
    return ParseResult(SITE, [thread], [], next_page, False, [])


def _crawler_posts(doc: Document) -> list[ForumPost]:
    """The view Discourse serves to crawlers: one crawler-post per post (the first a
    DiscussionForumPosting, replies Comments since 3.2); the pager shares the class but not the type."""
    posts = []
    for post in doc.select("div.crawler-post[itemtype]"):
        if not post.get("itemtype", "").endswith(("DiscussionForumPosting", "Comment")):
            continue
        author = first(post, "[itemprop='author'] [itemprop='name']", ".creator a", ".creator")
        stamp = first(post, "time[datetime]", "[itemprop='datePublished']")
        when = (stamp.get("datetime") or stamp.get("content") or text_of(stamp)) if stamp is not None else ""
        body = first(post, "div.post[itemprop='text']", "div.post[itemprop='articleBody']", "div.post", "[itemprop='text']")
        floor = floor_label(text_of(first(post, "[itemprop='position']"), 20))
        posts.append(ForumPost(text_of(author, 200), clean(when, 100), text_of(body, 100_000), "", floor))
    return posts


def _rendered_posts(doc: Document) -> list[ForumPost]:
    """A DOM saved from the JavaScript app: article[data-post-id] per post (small actions have none)."""
    posts = []
    for article in doc.select("article[data-post-id]"):
        author = first(article, ".names .first a", ".names .username a", ".names a")
        stamp = first(article, ".post-date [data-time]", "[data-time]")
        floor = id_in(article.get("id"), re.compile(r"^post_(\d+)$"))
        body = first(article, "div.cooked", ".contents")
        posts.append(ForumPost(text_of(author, 200), _epoch_ms(stamp.get("data-time") if stamp is not None else None),
                               text_of(body, 100_000), _id(article.get("data-post-id")), floor))
    return posts


def _epoch_ms(value: str | None) -> str:
    """Discourse's `data-time` (milliseconds since 1970) as ISO 8601 UTC, like its JSON's created_at."""
    try:
        moment = datetime.fromtimestamp(int(value or "") / 1000, tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return ""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _topic_html(resp: SavedResponse) -> ParseResult:
    doc = parse_html(resp)
    posts = _crawler_posts(doc) or _rendered_posts(doc)
    if not posts:
        return forum_fallback(SITE, doc, "neither Discourse JSON nor a topic page (crawler view or rendered)")
    title = first(doc.root, "#topic-title h1 a.fancy-title", "#topic-title h1 a", "#topic-title h1", "h1")
    canonical = first(doc.root, "link[rel='canonical']")
    urls = (resp.url, canonical.get("href") if canonical is not None else None)
    topic_id = next((found for found in (id_in(url, _TOPIC_ID) for url in urls) if found), "")
    categories = [text_of(el, 200) for selector in CATEGORY for el in doc.select(selector)][:10]
    board = next((name for name in reversed(categories) if name), "")
    thread = ForumThread(text_of(title, 500), resp.url, posts, board, topic_id)
    next_page = link_url(doc, "a[rel='next']", "span[itemprop='nextPage'] a", "link[rel='next']")
    return ParseResult(SITE, [thread], [], next_page, False, doc.notes)


def parse(resp: SavedResponse) -> ParseResult:
    """search.json gives one thread per topic hit (its matching posts' blurbs); topic JSON gives the
    topic with its posts' text, and `next_page` asks posts.json for the posts not yet loaded.

    >>> body = b'{"id": 7, "title": "T", "slug": "t", "post_stream": {"posts": [{"id": 1, "username": "al", "cooked": "<p>Hi</p>"}], "stream": [1]}}'
    >>> parse(SavedResponse("https://f.example/t/7.json", body)).items[0].posts[0].text
    'Hi'
    """
    if resp.body[:512].lstrip()[:1] == b"<":
        return _topic_html(resp)
    data, notes = load_json(resp)
    if isinstance(data, dict) and "post_stream" in data:
        result = _topic(data, resp.url)
    elif isinstance(data, dict) and ("grouped_search_result" in data or "posts" in data):
        result = _search(data, resp.url)
    else:
        why = "not a Discourse search or topic JSON" if not any(n.startswith(LIMITED) for n in notes) else "JSON refused"
        return ParseResult(SITE, [], [], None, True, [*notes, f"markup not recognised as {SITE}: {why}"])
    result.notes = notes
    return result
