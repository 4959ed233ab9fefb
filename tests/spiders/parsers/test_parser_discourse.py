"""Discourse parser on search.json and topic JSON written in Discourse's API format."""
from __future__ import annotations

from spiders.parsers import discourse
from spiders.parsers.base import SavedResponse
from tests.spiders.parsers.pages import own_page

ROOT = "https://community.example.net"


def test_search_json_groups_matching_posts_by_topic_with_author_time_and_blurb():
    result = discourse.parse(own_page("discourse/search.json", ROOT + "/search.json?q=lumora+support", "application/json"))
    assert not result.fallback
    assert [t.title for t in result.items] == ["Lumora Pay refund stuck", "PSA: fake support numbers"]
    stuck = result.items[0]
    assert stuck.url == ROOT + "/t/lumora-pay-refund-stuck/4410"
    assert [(p.author, p.time) for p in stuck.posts] == [
        ("lumora_help_desk", "2025-04-11T03:12:45.310Z"), ("sam_k", "2025-04-10T22:01:00.000Z")]
    assert "+44 20 7946 0958" in stuck.posts[0].text
    assert result.links == [ROOT + "/t/4410.json", ROOT + "/t/3977.json"]
    assert result.next_page == ROOT + "/search.json?q=lumora+support&page=2"


def test_topic_json_gives_post_text_from_cooked_html_and_asks_for_the_rest():
    result = discourse.parse(own_page("discourse/topic.json", ROOT + "/t/lumora-pay-refund-stuck/4410.json", "application/json"))
    (thread,) = result.items
    assert thread.title == "Lumora Pay refund stuck"
    assert len(thread.posts) == 20
    third = thread.posts[2]
    assert third.author == "lumora_help_desk"
    assert "call Lumora Pay support on +44 20 7946 0958, they will ask you to install AnyDesk." in third.text
    assert result.next_page.startswith(ROOT + "/t/4410/posts.json?post_ids%5B%5D=90021")
    assert result.next_page.count("post_ids") == 4


def test_forum_in_a_subfolder_keeps_its_prefix():
    assert discourse.site_root("https://example.org/forum/t/some-topic/12.json") == "https://example.org/forum"
    assert discourse.site_root("https://example.org/forum/search.json?q=x") == "https://example.org/forum"


def test_hostile_or_foreign_json_is_a_noted_fallback_not_an_error():
    for body in (b"[" * 100_000, b'{"unrelated": true}', b"{not json"):
        result = discourse.parse(SavedResponse(ROOT + "/t/1.json", body))
        assert result.fallback and result.items == [] and result.notes


def test_an_html_page_that_is_no_topic_falls_back_to_its_text():
    result = discourse.parse(SavedResponse(ROOT + "/t/1", b"<html><body><main>login required</main></body></html>"))
    assert result.fallback and result.items[0].posts[0].text == "login required"


def test_crawler_html_view_gives_the_posts_too():
    result = discourse.parse(own_page("discourse/topic-crawler.html", ROOT + "/t/lumora-pay-refund-stuck/4410"))
    assert not result.fallback
    (thread,) = result.items
    assert thread.title == "Lumora Pay refund stuck"
    assert [(p.author, p.time) for p in thread.posts] == [
        ("sam_k", "2025-04-10T22:01:00Z"), ("lumora_help_desk", "2025-04-11T03:12:45Z")]
    assert thread.posts[1].text == "Call +44 20 7946 0958 for refunds."
