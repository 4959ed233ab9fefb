"""Types shared by the pure site parsers: a saved response in, typed records out."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SavedResponse:
    """What a parser needs of a response; built from a Scrapy response or a file on disk."""

    url: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    encoding: str | None = None  # declared/known encoding, if any


@dataclass
class SerpResult:
    rank: int
    title: str
    url: str
    snippet: str
    is_ad: bool = False


@dataclass
class ForumPost:
    """One post as the forum shows it; `post_id` and `floor` let a moderator find it ('' when unknown).

    A `hidden` post is one the forum shows only as a notice (author banned, post deleted,
    paid or reply-only content): its author, time and ids are known, its text is not.
    """

    author: str
    time: str
    text: str
    post_id: str = ""  # the forum's own id of the post (Discuz pid, phpBB p, Discourse post id, Tieba post_id)
    floor: str = ""  # the position the forum shows: "12" for 12# / #12 / 12楼, or a name (楼主, 沙发)
    hidden: bool = False


@dataclass
class ForumThread:
    title: str
    url: str
    posts: list[ForumPost] = field(default_factory=list)
    board: str = ""  # the sub-forum the thread is in, as the breadcrumb names it (innermost)
    thread_id: str = ""  # the forum's own id of the thread (Discuz tid, phpBB t, Discourse topic id, Tieba /p/<id>)


@dataclass
class AppRecord:
    name: str
    developer: str
    bundle_id: str
    description: str
    store_url: str
    store: str = ""


@dataclass
class ParseResult:
    """Items a parser found plus how it found them.

    `fallback` is True when the markup was not recognised and generic extraction was
    used; `links` are follow-up URLs (next page, thread links, detail pages) the spider
    may schedule; `notes` say what could not be parsed.
    """

    site: str
    items: list = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    next_page: str | None = None
    fallback: bool = False
    notes: list[str] = field(default_factory=list)
