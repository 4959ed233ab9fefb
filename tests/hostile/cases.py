"""The hostile cases of HOSTILE.md sections 1–6 as crawl start requests, each with its category."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from tests.hostile.targets import forbidden_targets

CANARY_AUTH = "Bearer CANARY-AUTH-7f3a"
CANARY_COOKIE = "session=CANARY-COOKIE-7f3a"
CANARY_POST = "secret=CANARY-POST-7f3a"
PAGE_BUDGET = 30
SLOW_TIMEOUT = 3.0
# Each category has its own host, so one category's pages never spend another's page budget.
CATEGORY_HOSTS = ("bomb.test", "slow.test", "redir.test", "refpol.test", "content.test")
TRAP_HOSTS = ("cal.test", "aaa.test", "xy.test", "deep.test", "sess.test", "grow.test", "links.test", "soft.test")
TRAP_PATHS = {"cal.test": "/trap/cal?m=0", "aaa.test": "/trap/a/", "xy.test": "/trap/xy/", "deep.test": "/trap/deep/",
              "sess.test": "/trap/session", "grow.test": "/trap/grow?x=", "links.test": "/trap/links",
              "soft.test": "/s/start"}


@dataclass(frozen=True)
class Case:
    category: str
    name: str
    url: str
    follow: bool = False
    headers: dict | None = None
    method: str = "GET"
    body: str = ""
    sitemap: bool = False
    dont_filter: bool = False  # True where the duplicate filter would otherwise stop a loop before we do
    cookies: dict | None = None
    download_timeout: float | None = None  # per request, so only the slow cases wait for it

    def start(self) -> dict:
        return {"case": self.name, "url": self.url, "follow": self.follow, "headers": self.headers,
                "method": self.method, "body": self.body, "sitemap": self.sitemap,
                "dont_filter": self.dont_filter, "cookies": self.cookies,
                "download_timeout": self.download_timeout}


def _url(port: int, path: str, host: str = "public.test") -> str:
    return f"http://{host}:{port}{path}"


def bomb_cases(port: int, tls_port: int) -> list[Case]:
    names = ["gzip", "deflate", "br", "zstd", "gzip-gzip"]
    cases = [Case("bombs", f"bomb {n}", _url(port, f"/bomb/{n}", "bomb.test")) for n in names]
    cases += [Case("bombs", f"bomb {n} over https", f"https://bomb.test:{tls_port}/bomb/{n}") for n in ("gzip", "br")]
    cases += [Case("bombs", f"big {n}", _url(port, f"/big/{n}", "bomb.test")) for n in ("content-length", "chunked")]
    return cases + [Case("bombs", "between warn and max", _url(port, "/big/warn", "bomb.test"))]


def slow_cases(port: int) -> list[Case]:
    names = ["slow/never", "slow/after-headers", "slow/drip", "broken/partial", "broken/chunked", "broken/reset",
             "broken/dup-headers", "broken/bad-header", "broken/huge-header"]
    return [Case("slow_broken", n, _url(port, f"/{n}", "slow.test"), download_timeout=SLOW_TIMEOUT) for n in names]


def _via(port: int, target: str, status: int = 302, scheme: str = "http") -> str:
    return f"{scheme}://a.test:{port}/redir/to?status={status}&url={quote(target, safe='')}"


def redirect_cases(port: int, other_port: int, tls_port: int) -> list[Case]:
    def via(target: str, status: int = 302) -> str:
        return _via(port, target, status)

    secrets = {"Authorization": CANARY_AUTH, "Cookie": CANARY_COOKIE}
    cases = [
        Case("redirects", "chain of 21", _url(port, "/redir/chain/21", "redir.test")),
        Case("redirects", "loop a-b", _url(port, "/redir/loop/a", "redir.test"), dont_filter=True),
        Case("redirects", "meta-refresh loop", _url(port, "/meta/loop?n=0", "redir.test")),
        Case("redirects", "cross-domain with credentials", via(_url(port, "/echo?leak=domain", "b.test")), headers=secrets),
        Case("redirects", "cross-port with credentials", via(f"http://127.0.0.1:{other_port}/echo?leak=port"), headers=secrets),
        Case("redirects", "https to http with credentials",
             _via(tls_port, _url(port, "/echo?leak=downgrade", "a.test"), scheme="https"), headers=secrets),
        Case("redirects", "http to https with credentials", via(f"https://a.test:{tls_port}/echo?leak=upgrade"),
             headers=secrets),
        Case("redirects", "POST then 301 cross-origin", via(_url(port, "/echo?leak=post", "b.test"), 301), method="POST",
             body=CANARY_POST, headers={"Content-Type": "application/x-www-form-urlencoded"}),
    ]
    for target in ("file:///etc/passwd", "data:text/html,<p>x</p>", "ftp://127.0.0.2/", "s3://bucket/key", "gopher://127.0.0.2:70/"):
        cases.append(Case("redirects", f"redirect to {target.split(':')[0]}", via(target)))
    for policy in ("sys.exit", "os.getpid", "os.system"):
        cases.append(Case("redirects", f"Referrer-Policy {policy}", _url(port, f"/refpol?p={policy}", "refpol.test"),
                          follow=True))
    return cases


def ssrf_cases(port: int) -> list[Case]:
    targets = forbidden_targets(port)
    cases = [Case("ssrf", f"direct {t}", t) for t in targets]
    return cases + [Case("ssrf", f"redirect {t}", _url(port, f"/redir/to?url={quote(t + '?hop=1', safe='')}"))
                    for t in targets[:10]]


def trap_cases(port: int) -> list[Case]:
    return [Case("traps", host, _url(port, TRAP_PATHS[host], host), follow=True) for host in TRAP_HOSTS]


def content_cases(port: int) -> list[Case]:
    cases = [Case("markup", f"markup {n}", _url(port, f"/markup/{n}", "content.test")) for n in ("nested", "million")]
    cases += [Case("markup", f"sitemap {n}", _url(port, f"/sitemap/{n}.xml", "content.test"), sitemap=True)
              for n in ("laughs", "xxe")]
    cases += [Case("encodings", f"encoding {n}", _url(port, f"/enc/{n}", "content.test"))
              for n in ("utf7", "unknown", "bom", "invalid", "mixed")]
    return cases


def network_cases(port: int, other_port: int, tls_port: int) -> list[Case]:
    """Cases about the wire; crawled apart from the content cases, whose parsing blocks the reactor."""
    return (bomb_cases(port, tls_port) + slow_cases(port) + redirect_cases(port, other_port, tls_port) + ssrf_cases(port)
            + trap_cases(port))


COOKIE_HOSTS = ("a.co.uk", "b.co.uk")


def cookie_cases(port: int, tls_port: int) -> list[Case]:
    """Cases for a crawl with the cookie jar on (ours keeps it off): HOSTILE 18, 23 [S2, S3, S13]."""
    def plant(host: str, domain: str, then: str) -> str:
        return f"http://{host}:{port}/cookie?domain={domain}&next={quote(then, safe='')}"

    return [
        Case("cookies", "public-suffix cookie", plant("a.co.uk", ".co.uk", f"http://b.co.uk:{port}/echo?leak=psl"),
             follow=True),
        Case("cookies", "jar cookie across domains",
             plant("a.test", "a.test", _via(port, f"http://b.test:{port}/echo?leak=jar-domain")), follow=True),
        Case("cookies", "our cookie on https downgrade",
             _via(tls_port, f"http://a.test:{port}/echo?leak=jar-downgrade", scheme="https"),
             cookies={"ours": "CANARY-JAR-7f3a"}),
    ]
