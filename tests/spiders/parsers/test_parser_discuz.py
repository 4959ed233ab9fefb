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


# --- pages the team wrote from Discuz!'s own templates (tests/pages/README.md) ---------------------

LICAI = "https://bbs.licai.example"


def test_x3_thread_keeps_banned_reply_only_and_deleted_floors_as_hidden_posts():
    result = parse(own_page("discuz/x3-viewthread-hidden-floors.html",
                            f"{LICAI}/forum.php?mod=viewthread&tid=7301&extra=page%3D1", "text/html; charset=utf-8"))
    (thread,) = result.items
    assert (thread.title, thread.board, thread.thread_id) == ("还呗客服电话是真的吗", "借贷交流", "7301")
    assert thread.url == f"{LICAI}/forum.php?mod=viewthread&tid=7301"
    assert [(p.floor, p.post_id, p.hidden) for p in thread.posts] == [
        ("楼主", "90101", False), ("沙发", "90102", False), ("板凳", "90105", True), ("地板", "90107", True),
        ("5", "90110", True), ("6", "90112", False)]
    banned, reply_only, deleted = thread.posts[2:5]
    assert (banned.author, banned.time, banned.text) == ("还呗客服中心", "2025-6-2 08:30:00", "")
    assert (reply_only.author, reply_only.text) == ("小白兔", "")
    assert (deleted.author, deleted.time) == ("", "")  # X3.5 shows a deleted floor's number only
    assert thread.posts[1].text == "千万别打，00 开头的是境外号码。官方只在 App 里的“我的-客服”入口。"  # quote dropped
    assert thread.posts[5].time == "2025-6-3 09:41:12" and thread.posts[5].text.startswith("我也接到过")  # edit note dropped
    assert result.next_page == f"{LICAI}/forum.php?mod=viewthread&tid=7301&page=2"


def test_x3_board_rows_carry_the_thread_id_the_opening_author_and_the_absolute_date():
    result = parse(own_page("discuz/x3-forumdisplay-sticky-relative-dates.html",
                            f"{LICAI}/forum.php?mod=forumdisplay&fid=12", "text/html; charset=utf-8"))
    rows = result.items
    assert [row.thread_id for row in rows] == ["6902", "7301", "7296", "7288"]  # the announcement is no thread
    assert {row.board for row in rows} == {"借贷交流"}
    assert [(row.posts[0].author, row.posts[0].time) for row in rows] == [
        ("版主小理", "2024-11-20"), ("夜猫子", "2025-6-1"), ("还呗客服中心", "2025-6-2 08:02"), ("匿名", "2025-5-28")]
    assert rows[1].title == "还呗客服电话是真的吗"  # not its [求助] type label
    assert not any("page=" in link or "extra=" in link for link in result.links)  # per-thread pagers are not threads
    assert result.next_page == f"{LICAI}/forum.php?mod=forumdisplay&fid=12&page=2"


def test_x3_search_hits_carry_the_excerpt_author_date_and_board():
    result = parse(own_page("discuz/x3-search-hits.html",
                            f"{LICAI}/search.php?mod=forum&searchid=284&orderby=lastpost&ascdesc=desc&searchsubmit=yes",
                            "text/html; charset=utf-8"))
    assert not result.fallback
    hits = result.items
    assert [(h.thread_id, h.board, h.title) for h in hits] == [
        ("7301", "借贷交流", "还呗客服电话是真的吗"), ("7196", "借贷交流", "注销还呗账户的正确步骤"),
        ("6650", "新手问答", "求助：还呗利息怎么算")]
    first = hits[0].posts[0]
    assert (first.author, first.time) == ("夜猫子", "2025-6-1 20:15") and "００８５２ ５５５０ ２２３３" in first.text
    assert hits[0].url == f"{LICAI}/forum.php?mod=viewthread&tid=7301"  # highlight= dropped
    assert hits[2].posts[0].author == ""  # 匿名 is not a user
    assert "page=2" in result.next_page


def test_discuz7_search_results_in_gbk_list_the_threads_with_their_boards():
    result = parse(own_page("discuz/d7-search-gbk.html", f"{OLD}/search.php?searchid=77&searchsubmit=yes", "text/html; charset=gbk"))
    assert [(t.thread_id, t.board, t.title, t.posts[0].author, t.posts[0].time) for t in result.items] == [
        ("3301", "贷款口子", "还呗退费找谁", "阿杰", "2024-12-9"), ("3275", "综合讨论", "有人用过还呗吗", "匿名", "2024-11-30")]
    assert [link for link in result.links if "viewthread" in link] == [f"{OLD}/viewthread.php?tid={tid}" for tid in (3301, 3275)]
    assert "page=2" in result.next_page
