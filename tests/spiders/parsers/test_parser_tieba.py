"""Baidu Tieba parser on a GBK search page and a thread page written in Tieba's markup."""
from __future__ import annotations

from spiders.parsers import tieba
from tests.spiders.parsers.pages import own_page

SEARCH = "https://tieba.baidu.com/f/search/res?ie=utf-8&qw=%E8%BF%98%E5%91%97"


def test_gbk_search_page_gives_one_thread_per_hit_with_author_date_and_excerpt():
    result = tieba.parse(own_page("tieba/search-gbk.html", SEARCH))
    assert not result.fallback
    assert [t.title for t in result.items] == ["还呗客服电话是多少啊", "回复：警惕冒充还呗客服"]
    post = result.items[0].posts[0]
    assert (post.author, post.time) == ("小明同学", "2025-02-11 21:05")
    assert "00８５２ 5550 1234" in post.text
    assert result.items[0].url == "https://tieba.baidu.com/p/8123456701?pid=149000001&cid=0#149000001"


def test_search_links_are_the_threads_and_next_page_is_absolute():
    result = tieba.parse(own_page("tieba/search-gbk.html", SEARCH))
    assert result.links == ["https://tieba.baidu.com/p/8123456701", "https://tieba.baidu.com/p/8123000999"]
    assert result.next_page.startswith("https://tieba.baidu.com/f/search/res?") and result.next_page.endswith("pn=2")


def test_thread_page_reads_author_and_date_from_data_field():
    result = tieba.parse(own_page("tieba/thread.html", "https://tieba.baidu.com/p/8123456701"))
    (thread,) = result.items
    assert thread.title == "还呗客服电话是多少啊"
    assert [(p.author, p.time) for p in thread.posts] == [("小明同学", "2025-02-11 21:05"), ("lily", "2025-02-11 22:40")]
    assert thread.posts[1].text == "别打！官方电话是400-681-6666"
    assert result.next_page == "https://tieba.baidu.com/p/8123456701?pn=2"


def test_repeated_parses_after_garbage_collection_give_the_same_next_page():
    import gc

    pages = [tieba.parse(own_page("tieba/thread.html", "https://tieba.baidu.com/p/8123456701")) for _ in range(2)
             if gc.collect() is not None]
    assert [p.next_page for p in pages] == ["https://tieba.baidu.com/p/8123456701?pn=2"] * 2
