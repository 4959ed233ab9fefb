"""The SSRF guard: forbidden targets, odd spellings, redirect hops, ports and DNS rebinding never connect.

The crawl tests run a real Scrapy crawl (subprocess) with our settings. The fixture server on
127.0.0.1 plays the public web (allowlisted by address, as in the demo); canary listeners on
127.0.0.2 and [::1], on the same port, count connections that must never come.
"""
from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import quote

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.settings import Settings

from crawler.errors import UserError
from crawler.middlewares.ssrf import SsrfGuardMiddleware
from crawler.middlewares.ssrf_policy import SsrfPolicy, parse_ip_literal
from tests.hostile.harness import run_crawl
from tests.hostile.server import Canary, HostileServer
from tests.hostile.targets import SSRF_SETTINGS, forbidden_targets

POLICY = SsrfPolicy.build(["127.0.0.1"], [80, 443, 8080, 8443], {"portal.test": "93.184.215.14"})


@pytest.mark.parametrize(("url", "reason"), [
    ("http://127.0.0.2/", "loopback"), ("http://[::1]/", "loopback"), ("http://0.0.0.0/", "unspecified"),
    ("http://localhost/", "forbidden_name"), ("http://api.localhost/", "forbidden_name"),
    ("http://metadata.google.internal/computeMetadata/v1/", "forbidden_name"),
    ("http://169.254.169.254/latest/meta-data/", "link_local"), ("http://10.0.0.1/", "private"),
    ("http://172.16.0.1/", "private"), ("http://192.168.1.1/", "private"), ("http://100.64.0.1/", "cgnat"),
    ("http://[fc00::1]/", "unique_local"), ("http://[fe80::1]/", "link_local"), ("http://224.0.0.1/", "multicast"),
    ("http://[::ffff:127.0.0.2]/", "loopback"), ("http://2130706434/", "odd_ip_spelling"),
    ("http://0x7f.1/", "odd_ip_spelling"), ("http://0177.0.0.1/", "odd_ip_spelling"),
    ("http://127.1/", "odd_ip_spelling"), ("http://127.0.0.2./", "odd_ip_spelling"),
    ("http://１２７．０．０．２/", "odd_ip_spelling"), ("http://127。0。0。2/", "odd_ip_spelling"),
    ("http://ＬＯＣＡＬＨＯＳＴ/", "forbidden_name"),
    ("http://portal.test:6379/", "port"), ("http://portal.test:25/", "port"), ("http://example.com:5432/", "port"),
    ("file:///etc/passwd", "scheme"), ("gopher://example.com/", "scheme"), ("data:text/html,hi", "scheme"),
    ("ftp://example.com/", "scheme"), ("s3://bucket/key", "scheme"),
])
def test_url_refusals_name_their_reason(url, reason):
    assert POLICY.url_refusal(url) == reason


@pytest.mark.parametrize("url", [
    "http://example.com/", "https://example.com:8443/x", "http://93.184.215.14/", "http://127.0.0.1:41234/",
    "http://portal.test:8080/", "http://[2606:2800:220:1::1]/",
])
def test_public_and_allowlisted_urls_pass(url):
    assert POLICY.url_refusal(url) is None


def test_odd_spellings_denote_the_address_a_browser_would_use():
    assert str(parse_ip_literal("0x7f.1")[0]) == "127.0.0.1"
    assert str(parse_ip_literal("2130706433")[0]) == "127.0.0.1"
    assert parse_ip_literal("example.com") == (None, False)


def crawler_with(values: dict) -> SimpleNamespace:
    """Just enough of a crawler for from_crawler's startup checks (no reactor is started)."""
    return SimpleNamespace(settings=Settings(values), stats=None)


@pytest.mark.parametrize("handler", [
    "scrapy.core.downloader.handlers._httpx.HttpxDownloadHandler",
    "scrapy.core.downloader.handlers._aiohttp.AiohttpDownloadHandler",
])
def test_startup_refuses_handlers_that_bypass_the_resolver(handler):
    crawler = crawler_with({"DOWNLOAD_HANDLERS": {"https": handler}})
    with pytest.raises(UserError, match="bypass the SSRF guard"):
        SsrfGuardMiddleware.from_crawler(crawler)


def test_startup_refuses_a_crawl_without_the_twisted_reactor():
    crawler = crawler_with({"TWISTED_REACTOR_ENABLED": False})
    with pytest.raises(UserError, match="TWISTED_REACTOR_ENABLED"):
        SsrfGuardMiddleware.from_crawler(crawler)


@pytest.fixture(scope="module")
def web():
    server = HostileServer().start()
    canaries = [Canary("127.0.0.2", server.port), Canary("::1", server.port)]
    server.canary_url = f"http://127.0.0.2:{server.port}"
    yield server, canaries
    server.stop()
    for canary in canaries:
        canary.close()


@pytest.fixture(scope="module")
def ssrf_crawl(web, tmp_path_factory):
    server, canaries = web
    targets = forbidden_targets(server.port)
    start = [{"url": url, "case": f"direct {url}"} for url in targets]
    start += [{"url": server.url(f"/redir/to?url={quote(url + '?hop=1')}", host="public.test"),
               "case": f"redirect {url}"} for url in targets[:10]]
    start.append({"url": server.url("/echo", host="public.test"), "case": "allowed"})
    start.append({"url": server.url("/echo?via=proxy", host="public.test"), "case": "forbidden proxy",
                  "proxy": f"http://127.0.0.2:{server.port}"})
    report = run_crawl(tmp_path_factory.mktemp("ssrf"), start, SSRF_SETTINGS)
    return report, targets


def test_no_forbidden_target_is_ever_connected(web, ssrf_crawl):
    _, canaries = web
    assert [c.connections for c in canaries] == [0, 0]


def test_every_forbidden_target_and_redirect_hop_is_a_counted_refusal(ssrf_crawl):
    report, targets = ssrf_crawl
    failed = {o["case"]: o for o in report["outcomes"] if "reason" in o}
    for url in targets:
        assert failed[f"direct {url}"]["reason"].startswith("ssrf_"), url
    for url in targets[:10]:
        assert failed[f"redirect {url}"]["reason"].startswith("ssrf_"), url
    stats = report["stats"]
    assert stats["scamsweep/ssrf/refused"] == len(targets) + 10 + 1  # + the proxy
    assert stats["scamsweep/ssrf/port"] == 3
    assert "SSRF guard refused" in report["log"]


def test_a_proxy_on_a_forbidden_address_is_refused_too(ssrf_crawl):
    report, _ = ssrf_crawl
    assert [o.get("reason") for o in report["outcomes"] if o["case"] == "forbidden proxy"] == ["ssrf_loopback"]


def test_the_allowlisted_host_is_still_crawled(ssrf_crawl):
    report, _ = ssrf_crawl
    assert [o["status"] for o in report["outcomes"] if o["case"] == "allowed"] == [200]


def test_dns_rebinding_is_judged_on_the_address_actually_connected(web, tmp_path):
    """rebind.test answers 127.0.0.1 (allowed) then 127.0.0.2 (the canary) to the next lookup.

    The upstream sees exactly one lookup per connection attempt (no separate pre-flight lookup),
    the first request reaches the server, the second is refused, and the canary stays at zero.
    """
    server, canaries = web
    before = server.hits["rebind.test"]
    start = [{"url": server.url(f"/echo?n={n}", host="rebind.test"), "case": f"rebind {n}"} for n in (1, 2)]
    settings = {**SSRF_SETTINGS, "TWISTED_DNS_RESOLVER": "tests.hostile.fakedns.RebindingResolver",
                "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "RETRY_TIMES": 0,
                "SCAMSWEEP_SSRF_ALLOW_PORTS": [80, 443, server.port]}  # a "public" web server on our port
    report = run_crawl(tmp_path, start, settings)
    assert report["log"].count("fake upstream lookup") == 2
    assert server.hits["rebind.test"] - before == 1
    assert report["stats"]["scamsweep/ssrf/loopback"] == 1
    assert [c.connections for c in canaries] == [0, 0]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_url_refusal_is_total_on_any_text(text):
    for url in (text, f"http://{text}/", f"http://[{text}]/", f"http://a.test:{text}/"):
        assert POLICY.url_refusal(url) is None or isinstance(POLICY.url_refusal(url), str)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["127.0.0.0/8", "10.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10", "192.168.0.0/16"]),
       st.integers(min_value=0, max_value=2**16))
def test_every_spelling_of_a_forbidden_address_is_refused(network, offset):
    base = ipaddress.ip_network(network)
    address = base.network_address + (offset % base.num_addresses)
    if POLICY.address_allowed(address):
        return
    value = int(address)
    spellings = [str(address), str(value), hex(value), "0" + oct(value)[2:], f"[::ffff:{address}]",
                 ".".join(hex(int(p)) for p in str(address).split("."))]
    for spelling in spellings:
        assert POLICY.url_refusal(f"http://{spelling}/") is not None, spelling
