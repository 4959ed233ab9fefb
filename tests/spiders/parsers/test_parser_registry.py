"""The site registry: explicit entries, lookups, site guessing and the never-raise wrapper."""
from __future__ import annotations

import pytest

from spiders.parsers import registry
from spiders.parsers.base import ParseResult, SavedResponse
from spiders.parsers.registry import SITES, Site, UnknownSite, detect_site, get_parser, run


def test_every_site_has_a_kind_a_description_and_a_parser():
    for name, site in SITES.items():
        assert site.kind in (registry.SERP, registry.FORUM, registry.APP, registry.FEED), name
        assert site.description and callable(site.parse), name


def test_every_parser_handles_an_empty_page_without_raising():
    for name, site in SITES.items():
        result = site(SavedResponse(site.home, b""))
        assert isinstance(result, ParseResult), name
        assert result.fallback or result.notes, name


def test_unknown_site_names_the_known_ones():
    with pytest.raises(UnknownSite) as caught:
        get_parser("altavista")
    assert "google" in str(caught.value)


@pytest.mark.parametrize(("url", "site"), [
    ("https://www.baidu.com/s?wd=x", "baidu"),
    ("https://www.google.com/search?q=x", "google"),
    ("https://www.google.co.uk/search?q=x", "google"),
    ("https://html.duckduckgo.com/html/?q=x", "duckduckgo"),
    ("https://search.yahoo.com/search?p=x", "yahoo"),
    ("https://yandex.ru/search/?text=x", "yandex"),
    ("https://www.baidu.com/img/logo.png", None),
    ("https://example.com/", None),
])
def test_detect_site_from_the_url(url, site):
    assert detect_site(url) == site


def test_content_that_breaks_a_parser_becomes_a_noted_generic_result(monkeypatch):
    def exploding(resp):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(SITES, "boom", Site(registry.SERP, "test", exploding))
    result = run("boom", SavedResponse("https://s.example/", b'<a href="https://a.example/">A result</a>'))
    assert result.fallback and result.site == "boom"
    assert [r.url for r in result.items] == ["https://a.example/"]
    assert any("parse_limited" in note for note in result.notes)


@pytest.mark.parametrize(("url", "site"), [
    ("https://tieba.baidu.com/f/search/res?qw=x", "tieba"),
    ("https://play.google.com/store/apps/details?id=com.x", "googleplay"),
    ("https://app.mi.com/details?id=com.x", "xiaomi"),
    ("https://www.sogou.com/web?query=x", "sogou"),
    ("https://www.so.com/s?q=x", "so360"),
])
def test_detect_site_for_chinese_engines_forums_and_stores(url, site):
    assert detect_site(url) == site


def test_detect_self_hosted_forums_from_their_markup():
    assert detect_site("https://board.example/viewtopic.php?t=1", b'<a href="./viewtopic.php?t=1">x</a>') == "phpbb"
    assert detect_site("https://f.example/t/1.json", b'{"post_stream": {"posts": []}}') == "discourse"


def test_a_forum_parser_that_gives_up_still_yields_the_page_text(monkeypatch):
    def exploding(resp):
        raise ValueError("bad content")

    monkeypatch.setitem(SITES, "boomforum", Site(registry.FORUM, "test", exploding))
    result = run("boomforum", SavedResponse("https://f.example/t/1", b"<main><p>call 00852 5550 1234</p></main>"))
    assert result.fallback and result.items[0].posts[0].text == "call 00852 5550 1234"
    assert any("gave up (ValueError)" in note for note in result.notes)
