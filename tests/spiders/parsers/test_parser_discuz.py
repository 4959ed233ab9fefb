"""The Discuz! parser on X3 and 7.x pages (UTF-8, GBK, a lying meta charset) and unknown markup."""
from __future__ import annotations

from spiders.parsers.base import SavedResponse
from spiders.parsers.discuz import canonical, parse
from tests.spiders.parsers.pages import own_page

BBS = "http://bbs.test:8000"
OLD = "http://oldbbs.test:8000"


def test_x3_thread_gives_posts_with_author_time_and_text():
    result = parse(own_page("discuz/x3-viewthread.html", f"{BBS}/forum.php?mod=viewthread&tid=1001", "text/html; charset=utf-8"))
    (thread,) = result.items
    assert thread.title == "还呗客服电话 人工服务 24小时"
    assert len(thread.posts) == 10
    first = thread.posts[0]
    assert (first.author, first.time) == ("借呗小能手", "2025-6-3 10:12")
    assert "四零零-幺六八-七七二一" in first.text
    assert result.next_page == f"{BBS}/forum.php?mod=viewthread&tid=1001&page=2"
    assert not result.fallback


def test_x3_board_lists_threads_canonically_and_links_the_next_page():
    result = parse(own_page("discuz/x3-forumdisplay.html", f"{BBS}/forum.php?mod=forumdisplay&fid=4", "text/html; charset=utf-8"))
    threads = [link for link in result.links if "viewthread" in link]
    assert len(threads) == 20 and threads[0] == f"{BBS}/forum.php?mod=viewthread&tid=2000"
    assert not any("extra=" in link for link in result.links)
    assert not any("page=" in link for link in result.links)  # pagination comes through next_page only
    assert result.next_page == f"{BBS}/forum.php?mod=forumdisplay&fid=4&page=2"
    rows = result.items
    assert [row.thread_id for row in rows] == [str(tid) for tid in range(2000, 2020)]
    assert (rows[0].title, rows[0].board, rows[0].url) == ("周末去哪儿吃火锅", "生活杂谈", threads[0])
    assert [(p.author, p.time, p.text) for p in rows[0].posts] == [("网友100", "2025-3-1 12:00", "")]


def test_x3_index_links_every_board():
    result = parse(own_page("discuz/x3-index.html", f"{BBS}/forum.php", "text/html; charset=utf-8"))
    assert result.links == [f"{BBS}/forum.php?mod=forumdisplay&fid={fid}" for fid in (2, 3, 4)]


def test_empty_search_is_recognised_not_a_fallback():
    result = parse(own_page("discuz/x3-search-empty.html", f"{BBS}/search.php?srchtxt=nothing", "text/html; charset=utf-8"))
    assert (result.items, result.links, result.fallback) == ([], [], False)


def test_discuz7_gbk_thread():
    result = parse(own_page("discuz/d7-viewthread-gbk.html", f"{OLD}/viewthread.php?tid=77", "text/html; charset=gbk"))
    (thread,) = result.items
    assert thread.title == "还呗人工客服"
    assert [p.author for p in thread.posts] == ["老张", "路人甲"]
    assert "００ ６１ ４９１ ５７１ ８０４" in thread.posts[0].text and thread.posts[0].time == "2024-11-2 08:30"


def test_discuz7_board_lists_threads():
    result = parse(own_page("discuz/d7-forumdisplay-gbk.html", f"{OLD}/forumdisplay.php?fid=1", "text/html; charset=gbk"))
    assert result.links == [f"{OLD}/viewthread.php?tid={tid}" for tid in (77, 78, 79)]


def test_lying_meta_charset_is_overruled_and_noted():
    result = parse(own_page("discuz/d7-viewthread-lying-meta.html", f"{OLD}/viewthread.php?tid=78", "text/html"))
    (thread,) = result.items
    assert thread.title == "快鹿贷客服" and "00 61 491 570 159" in thread.posts[1].text
    assert any(note.startswith("charset_mismatch") for note in result.notes)


def test_handwritten_x3_keeps_the_real_time_and_drops_edit_notes_and_quotes():
    result = parse(own_page("discuz/handwritten-x3-rewrite-quote.html", "https://bbs.example/thread-5521-1-1.html"))
    first, second = result.items[0].posts
    assert result.items[0].title == "还呗怎么注销"
    assert (first.author, first.time, first.text) == ("星星点灯", "2024-9-14 21:07", "还呗怎么注销？APP 里找不到入口。")
    assert second.text == "设置-账户与安全-注销账户，自己就能办，别打网上的什么客服。"
    assert result.next_page == "https://bbs.example/thread-5521-2-1.html"


def test_unknown_markup_keeps_the_page_as_one_post_and_says_so():
    result = parse(SavedResponse("https://x.example/t/1", b"<html><title>A - B</title><body><p>call 400 1</p></body></html>"))
    assert result.fallback and result.items[0].posts[0].text == "call 400 1" and result.items[0].title == "A"
    assert any("not recognised as Discuz" in note for note in result.notes)


def test_canonical_drops_view_parameters_only():
    assert canonical(f"{BBS}/forum.php?mod=viewthread&tid=7&extra=page%3D2&highlight=x&page=3") == f"{BBS}/forum.php?mod=viewthread&tid=7&page=3"
    assert canonical(f"{OLD}/viewthread.php?tid=7&page=1") == f"{OLD}/viewthread.php?tid=7"
    assert canonical(None) is None
