"""phpBB parser on pages written in prosilver and subsilver2 markup: viewtopic and search.php."""
from __future__ import annotations

from spiders.parsers import phpbb
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import own_page

BOARD = "https://board.example.org/"


def test_viewtopic_gives_the_thread_with_author_time_and_text_of_each_post():
    result = phpbb.parse(own_page("phpbb/viewtopic.html", BOARD + "viewtopic.php?t=5521"))
    assert not result.fallback
    (thread,) = result.items
    assert thread.title == "Lumora Pay support number?"
    assert [(p.author, p.time) for p in thread.posts] == [
        ("worried_wendy", "2025-03-02T08:15:00+00:00"), ("helpdesk_lumora", "2025-03-02T09:01:00+00:00")]
    assert "+1 (888) 555-0142" in thread.posts[1].text
    assert "Lumora Pay Official Support" not in thread.posts[1].text  # signature is not the post
    assert result.next_page == BOARD + "viewtopic.php?t=5521&start=10"


def test_subsilver2_viewtopic_reads_postauthor_and_posted_date():
    result = phpbb.parse(own_page("phpbb/viewtopic-subsilver2.html", BOARD + "viewtopic.php?f=3&t=88"))
    (thread,) = result.items
    assert thread.title == "快鹿贷客服电话"
    (post,) = thread.posts
    assert post.author == "小明" and "2025-02-14 21:30" in post.time
    assert "00 852 5550 1288" in post.text


def test_search_results_are_one_thread_each_with_links_to_the_topics():
    result = phpbb.parse(own_page("phpbb/search.html", BOARD + "search.php?keywords=lumora"))
    assert not result.fallback
    assert [t.title for t in result.items] == ["Re: Lumora Pay support number?", "Warning: fake Lumora numbers"]
    first = result.items[0]
    assert first.url == BOARD + "viewtopic.php?p=40007#p40007"
    assert (first.posts[0].author, first.posts[0].time) == ("helpdesk_lumora", "Sun Mar 02, 2025 9:01 am")
    assert "555-0142" in first.posts[0].text
    assert result.links == [BOARD + "viewtopic.php?t=5521", BOARD + "viewtopic.php?t=5600"]
    assert result.next_page == BOARD + "search.php?keywords=lumora&start=20"


def test_unknown_forum_markup_falls_back_to_the_main_content_text():
    page = b"<html><head><title>Some board</title></head><body><main><h1>Help</h1><p>call 00852 5550 1234</p></main></body></html>"
    result = phpbb.parse(SavedResponse(BOARD + "viewtopic.php?t=1", page))
    assert result.fallback and any("not recognised" in n for n in result.notes)
    (thread,) = result.items
    assert thread.title == "Help" and "00852 5550 1234" in thread.posts[0].text


def test_search_in_topics_mode_lists_the_topics_as_links():
    page = b"""<div id="page-body"><ul class="topiclist topics">
      <li class="row bg1"><dl class="row-item topic_read"><dt><div class="list-inner">
        <a href="./viewtopic.php?t=5521" class="topictitle">Lumora Pay support number?</a>
        <div class="responsive-hide">by <a href="./memberlist.php?u=77" class="username">worried_wendy</a> &raquo; Sun Mar 02, 2025</div>
      </div></dt></dl></li></ul></div>"""
    result = phpbb.parse(SavedResponse(BOARD + "search.php?keywords=lumora&sr=topics", page))
    assert not result.fallback
    assert [t.title for t in result.items] == ["Lumora Pay support number?"]
    assert result.links == [BOARD + "viewtopic.php?t=5521"]


def test_subsilver2_topic_with_session_ids_icons_and_a_signature():
    # The team's page in subsilver2's own viewtopic_body.html markup (tests/pages/README.md): the "Post"
    # icon before <b>Posted:</b>, the post id only in <a name="p…">, a signature in a second div.postbody.
    result = phpbb.parse(own_page("phpbb/viewtopic-subsilver2-sid.html",
                            "https://wallet.example/viewtopic.php?f=7&t=4410&sid=8f1d0c6a2b7e4c55a9e0d3b1c2f4a6e8"))
    (thread,) = result.items
    assert (thread.title, thread.board, thread.thread_id) == ("Lumora Pay refund line?", "Refunds and chargebacks", "4410")
    assert thread.url == "https://wallet.example/viewtopic.php?f=7&t=4410"
    assert [(p.post_id, p.author, p.time) for p in thread.posts] == [
        ("61201", "sam_k", "Fri Mar 07, 2025 9:14 pm"), ("61208", "lumora_refunds_team", "Fri Mar 07, 2025 11:50 pm"),
        ("61215", "mod_ann", "Sat Mar 08, 2025 7:03 am")]
    assert "+1 (888) 555-0147" in thread.posts[1].text and "Moderator, Payments" not in thread.posts[2].text
    assert result.next_page == "https://wallet.example/viewtopic.php?f=7&t=4410&start=10"
