"""Every forum parser on the real saved forum pages of ../shared/pages/forum, read in place.

The expected values are those of ../shared/pages/README.md: titles, post counts, post ids, floors,
authors and times, boards and thread ids (what a moderator needs to find a post), hidden posts, gaps
in numbering, absolute times kept only in `span[title]`, charsets that lie, DOM dumps that start at
<head>. Each test calls the parser itself, so an exception fails it.
"""
from __future__ import annotations

import pytest

from spiders.parsers import discourse, discuz, phpbb, tieba
from spiders.parsers.registry import detect_site
from tests.spiders.parsers.pages import real_page

X3 = "forum/discuz-x3/"
D7 = "forum/discuz-7/"
CSOL = "https://csolbbs.tiancity.com/forum.php?mod=viewthread&tid="
HIPDA_THREAD = "https://www.4d4y.com/forum/viewthread.php?tid=572737"
HIPDA_BOARD = "https://www.hi-pda.com/forum/forumdisplay.php?fid=2"
DEBIAN = "https://forums.debian.net/viewtopic.php?t="
CF = "https://discuss.criticalfallibilism.com"
IONIC = "https://forum.ionicframework.com/t/how-to-build-an-android-apk-file-without-using-android-studio-in-a-capacitor-project/177814"


def only_thread(result):
    assert not result.fallback, result.notes
    (thread,) = result.items
    return thread


# --- Discuz! X3 ---------------------------------------------------------------------------------

def test_discuz_x3_thread_gives_four_posts_with_pids_floors_authors_and_times(shared_dir):
    page = real_page(shared_dir, X3 + "discuzX33-csolbbs-viewthread-38672.html", CSOL + "38672#lastpost")
    result = discuz.parse(page)
    thread = only_thread(result)
    assert (thread.title, thread.board, thread.thread_id) == ("建议对鼠神进行改版", "建议反馈", "38672")
    assert thread.url == CSOL + "38672"
    assert [p.post_id for p in thread.posts] == ["53876", "53885", "53888", "53937"]
    assert [p.floor for p in thread.posts] == ["楼主", "沙发", "板凳", "地板"]
    assert [p.author for p in thread.posts] == ["前程往事", "横财天降", "縋原啊反", "故乡故事里的故人"]
    assert (thread.posts[0].time, thread.posts[-1].time) == ("2024-4-5 23:20:45", "2024-5-6 12:47:42")
    assert thread.posts[0].text.startswith("建议对鼠神进行改版，现在的鼠神说是传奇")
    assert not any(p.hidden for p in thread.posts) and result.next_page is None


def test_discuz_x3_relative_date_gives_the_absolute_time_kept_in_span_title(shared_dir):
    page = real_page(shared_dir, X3 + "discuzX33-csolbbs-viewthread-38733.html", CSOL + "38733&extra=")
    thread = only_thread(discuz.parse(page))
    assert thread.title == "游戏全屏问题，希望大家能出个主意！！" and thread.url == CSOL + "38733"
    assert [(p.post_id, p.floor, p.author) for p in thread.posts] == [
        ("53961", "楼主", "1657811359"), ("53963", "沙发", "大虾米点")]  # a numeric user name stays a name
    assert [p.time for p in thread.posts] == ["2024-5-18 19:27:00", "2024-5-21 11:01:32"]  # shown: "6 天前"


def test_discuz_x3_thread_id_comes_from_the_page_when_its_url_is_unknown(shared_dir):
    page = real_page(shared_dir, X3 + "discuzX33-csolbbs-viewthread-38672.html", "https://example.invalid/")
    assert only_thread(discuz.parse(page)).thread_id == "38672"  # from <link rel=canonical>


# --- Discuz! 7.2 --------------------------------------------------------------------------------

@pytest.mark.parametrize("content_type", [None, "text/html; charset=gbk"], ids=["no-header", "header-says-gbk"])
def test_discuz_72_thread_in_the_legacy_table_layout_gives_all_fifteen_floors(shared_dir, content_type):
    page = real_page(shared_dir, D7 + "discuz72-4d4y-hipda-viewthread-572737.html", HIPDA_THREAD, content_type)
    result = discuz.parse(page)
    thread = only_thread(result)
    assert (thread.title, thread.board, thread.thread_id) == ("你觉得可以这样穿着出门吗", "La Femme", "572737")
    assert [p.floor for p in thread.posts] == [str(n) for n in range(1, 16)]
    assert [p.author for p in thread.posts] == [
        "走马亭", "木风", "kittymimim", "诸事不宜", "少年夏不安", "lycheejet", "遗忘海岸", "野辣椒", "蛋糕",
        "Hotspring", "Yumixuan", "老兵-猫族", "baguazui", "怪兽丫头", "老兵-猫族"]
    first, last = thread.posts[0], thread.posts[-1]
    assert (first.post_id, first.time) == ("7495936", "2010-3-5 15:31")
    assert first.text.startswith("以前夏天的时候经常看见有的人穿着短衬衫")
    assert last.time == "2010-3-31 13:51"
    assert sum(bool(p.text) for p in thread.posts) == 14  # 14 postmessage_ cells
    assert result.next_page == HIPDA_THREAD + "&page=2"
    assert any(note.startswith("charset_mismatch") for note in result.notes)  # declares gbk, is UTF-8


def test_discuz_72_post_of_a_banned_author_is_kept_as_hidden_with_its_identity(shared_dir):
    thread = only_thread(discuz.parse(real_page(shared_dir, D7 + "discuz72-4d4y-hipda-viewthread-572737.html", HIPDA_THREAD)))
    (hidden,) = [p for p in thread.posts if p.hidden]
    assert (hidden.floor, hidden.post_id, hidden.author, hidden.time, hidden.text) == (
        "4", "7496623", "诸事不宜", "2010-3-5 16:28", "")


def test_discuz_72_replies_do_not_repeat_the_posts_they_quote(shared_dir):
    thread = only_thread(discuz.parse(real_page(shared_dir, D7 + "discuz72-4d4y-hipda-viewthread-572737.html", HIPDA_THREAD)))
    by_floor = {p.floor: p.text for p in thread.posts}
    assert by_floor["13"] == "同意。你也看过天气预报员啊！"
    assert by_floor["15"] == "legging不就是打底裤么。。。"


def test_discuz_72_board_2017_lists_one_sticky_and_74_threads(shared_dir):
    result = discuz.parse(real_page(shared_dir, D7 + "discuz72-hipda-forumdisplay-discovery-fid2-2017.html", HIPDA_BOARD))
    assert not result.fallback
    rows = result.items
    assert len(rows) == 75 and {row.board for row in rows} == {"Discovery"}
    sticky, first, last = rows[0], rows[1], rows[-1]
    assert (sticky.thread_id, sticky.posts[0].author, sticky.posts[0].time) == ("468328", "UGlee", "2009-3-9")
    assert sticky.title.startswith("信天助学·义教·赈灾·全家福")
    assert (first.thread_id, first.title, first.posts[0].author, first.posts[0].time) == (
        "2089308", "准备开始折腾小米5", "心在飞翔", "2017-5-3")
    assert (last.thread_id, last.title, last.posts[0].author) == ("2089656", "tplink是不是假货比较多？", "lsxs")
    assert first.url == "https://www.hi-pda.com/forum/viewthread.php?tid=2089308"  # no extra=page%3D1…
    assert all(row.posts[0].text == "" for row in rows)  # a list does not show the posts
    assert "https://www.hi-pda.com/forum/viewthread.php?tid=2089308" in result.links
    assert "page=2" in result.next_page


def test_discuz_72_board_2015_drops_the_session_id_from_every_link(shared_dir):
    result = discuz.parse(real_page(shared_dir, D7 + "discuz72-hipda-forumdisplay-discovery-fid2-2015.html", HIPDA_BOARD))
    rows = result.items
    assert len(rows) == 7 + 68
    assert (rows[0].thread_id, rows[0].posts[0].author, rows[0].posts[0].time) == ("1183261", "dpower", "2013-5-2")
    assert rows[0].title.startswith("友情提示：任何有关交易或者会导致交易的内容均可能被小黑屋")
    assert (rows[7].thread_id, rows[7].title, rows[7].posts[0].author, rows[7].posts[0].time) == (
        "1747286", "我全责，对方车修好了叫我去拿发票", "eistein", "2015-11-14")
    assert (rows[-1].thread_id, rows[-1].title, rows[-1].posts[0].author) == ("1747202", "前两条什么意思？人难今？", "wallace7498")
    assert not any("sid=" in url for url in [*result.links, result.next_page, *(row.url for row in rows)])


# --- phpBB --------------------------------------------------------------------------------------

def test_phpbb_topic_with_a_session_id_in_every_link_gives_two_posts(shared_dir):
    result = phpbb.parse(real_page(shared_dir, "forum/phpbb/phpbb3-debian-allanstyle-viewtopic-159270.html", DEBIAN + "159270"))
    thread = only_thread(result)
    assert (thread.title, thread.thread_id) == ("kernel compile eror chagelog", "159270")
    assert thread.board == "Programming"  # its breadcrumb names are empty; "Return to “Programming”" is not
    assert [(p.post_id, p.floor, p.author, p.time) for p in thread.posts] == [
        ("799769", "1", "contactopublico", "2024-05-20T14:17:47+00:00"),
        ("799806", "2", "wizard10000", "2024-05-21T11:04:39+00:00")]
    assert result.next_page is None


def test_phpbb_topic_of_four_posts(shared_dir):
    thread = only_thread(phpbb.parse(real_page(shared_dir, "forum/phpbb/phpbb3-debian-allanstyle-viewtopic-158836.html",
                                               DEBIAN + "158836")))
    assert thread.title == "Auto-rebuild code (nginx module) on debian package upgrade (nginx)"
    assert thread.board == "Debian Development Discussion"
    assert [p.post_id for p in thread.posts] == ["796732", "796975", "797121", "797123"]
    assert [p.author for p in thread.posts] == ["kikinder", "ruwolf", "kikinder", "kikinder"]
    assert (thread.posts[0].time, thread.posts[-1].time) == ("2024-04-10T16:01:46+00:00", "2024-04-15T20:41:53+00:00")
    assert thread.posts[0].text.startswith("Hello guys! let's assume I have installed debian package")


# --- Discourse ----------------------------------------------------------------------------------

def test_discourse_topic_json_near_post_452_gives_posts_433_to_452_and_asks_for_the_rest(shared_dir):
    page = real_page(shared_dir, "forum/discourse/discourse-criticalfallibilism-topic-2108-near-post-452-raw.json",
                     CF + "/t/2108/452.json")
    result = discourse.parse(page)
    thread = only_thread(result)
    assert (thread.title, thread.thread_id) == ("Comments on The Boyfriend's Introduction to Feminism", "2108")
    assert thread.url == CF + "/t/comments-on-the-boyfriends-introduction-to-feminism/2108"
    assert [p.floor for p in thread.posts] == [str(n) for n in range(433, 453)]
    assert (thread.posts[0].post_id, thread.posts[0].author, thread.posts[0].time) == (
        "19902", "ActiveMind", "2025-12-12T21:24:58.916Z")
    assert (thread.posts[-1].post_id, thread.posts[-1].author, thread.posts[-1].time) == (
        "20181", "anonymous45", "2026-01-19T00:47:25.767Z")
    assert result.next_page.startswith(CF + "/t/2108/posts.json?post_ids%5B%5D=")
    assert result.next_page.count("post_ids") == 20  # 446 in the stream, 20 loaded: the next chunk


def test_discourse_posts_json_keeps_the_gap_where_post_7_was_deleted(shared_dir):
    page = real_page(shared_dir, "forum/discourse/discourse-criticalfallibilism-topic-2144-posts-pretty.json",
                     CF + "/t/2144/posts.json")
    thread = only_thread(discourse.parse(page))
    assert thread.thread_id == "2144" and thread.url == CF + "/t/kpop-demon-hunters/2144"
    assert [p.floor for p in thread.posts] == [str(n) for n in range(1, 22) if n != 7]
    assert (thread.posts[0].post_id, thread.posts[0].author) == ("20089", "Elliot")
    assert (thread.posts[-1].post_id, thread.posts[-1].author, thread.posts[-1].floor) == ("20200", "Eternity", "21")


def test_discourse_crawler_view_leaves_the_pager_out_and_keeps_the_floor_gaps(shared_dir):
    result = discourse.parse(real_page(shared_dir, "forum/discourse/discourse28-ionicforum-topic-177814-crawler.html", IONIC))
    thread = only_thread(result)
    assert thread.title == "How to build an Android APK file without using Android Studio in a Capacitor project?"
    assert (thread.board, thread.thread_id) == ("Capacitor", "177814")
    assert [p.floor for p in thread.posts] == [str(n) for n in range(1, 23) if n not in (4, 21)]
    assert [p.author for p in thread.posts[:4]] == ["SwapnilP133", "terranmarine", "mcroni", "roboter"]
    assert (thread.posts[0].time, thread.posts[-1].author, thread.posts[-1].time) == (
        "2019-11-18T06:49:00Z", "obinnae", "2020-12-28T01:57:12Z")
    assert result.next_page == IONIC + "?page=2"


def test_discourse_rendered_dom_is_read_from_its_articles(shared_dir):
    page = real_page(shared_dir, "forum/discourse/discourse33-uipath-topic-739028-rendered.html",
                     "https://forum.uipath.com/t/uipath-load-testing/739028/3")
    thread = only_thread(discourse.parse(page))
    assert (thread.title, thread.board, thread.thread_id) == ("UiPath Load Testing", "Test Suite", "739028")
    assert [p.floor for p in thread.posts] == ["1", "3", "4", "5", "6", "7", "8"]  # post 2 is a small action
    assert (thread.posts[0].post_id, thread.posts[0].author, thread.posts[0].time) == (
        "1757628", "robert.wagner", "2024-05-06T09:35:07.707Z")  # data-time 1714988107707 ms
    assert (thread.posts[-1].post_id, thread.posts[-1].author) == ("1767875", "ali.koundi1")
    assert all(p.text for p in thread.posts)


# --- Tieba --------------------------------------------------------------------------------------

def test_tieba_thread_gives_the_names_readers_see_the_floors_and_the_tail_dates(shared_dir):
    page = real_page(shared_dir, "forum/tieba/tieba-thread-8057560733-rendered.html", "https://tieba.baidu.com/p/8057560733")
    thread = only_thread(tieba.parse(page))
    assert (thread.title, thread.board, thread.thread_id) == ("什么样的人才算是佛系？在线等，挺急的", "佛系", "8057560733")
    assert [p.floor for p in thread.posts] == ["1", "2", "3", "6", "8", "9"]
    assert [p.author for p in thread.posts] == ["绫清逸", "逝者如斯不舍昼夜", "逝者如斯不舍昼夜", "Molkt", "agrdcgy", "来着的"]
    assert (thread.posts[0].post_id, thread.posts[-1].post_id) == ("145688898555", "149835513470")
    assert (thread.posts[0].time, thread.posts[-1].time) == ("2022-10-02 23:02", "2024-02-25 02:03")


# --- which parser, from the page alone ------------------------------------------------------------

@pytest.mark.parametrize(("relative", "site"), [
    (X3 + "discuzX33-csolbbs-viewthread-38672.html", "discuz"),  # a DOM dump: no doctype, starts at <head>
    (D7 + "discuz72-4d4y-hipda-viewthread-572737.html", "discuz"),
    (D7 + "discuz72-hipda-forumdisplay-discovery-fid2-2015.html", "discuz"),
    ("forum/phpbb/phpbb3-debian-allanstyle-viewtopic-158836.html", "phpbb"),
    ("forum/discourse/discourse28-ionicforum-topic-177814-crawler.html", "discourse"),
    ("forum/discourse/discourse33-uipath-topic-739028-rendered.html", "discourse"),
    ("forum/discourse/discourse-criticalfallibilism-topic-2144-posts-pretty.json", "discourse"),
])
def test_the_forum_software_is_recognised_from_the_page_when_the_url_says_nothing(shared_dir, relative, site):
    page = real_page(shared_dir, relative, "https://example.invalid/")
    assert detect_site(page.url, page.body) == site
