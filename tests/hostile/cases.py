"""The hostile cases of HOSTILE.md sections 1–6 as crawl start requests, each with its category."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from tests.hostile.targets import forbidden_targets

CANARY_AUTH = "Bearer CANARY-AUTH-7f3a"
CANARY_COOKIE = "session=CANARY-COOKIE-7f3a"
CANARY_POST = "secret=CANARY-POST-7f3a"
PAGE_BUDGET = 30
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

    def start(self) -> dict:
        return {"case": self.name, "url": self.url, "follow": self.follow, "headers": self.headers,
                "method": self.method, "body": self.body, "sitemap": self.sitemap,
                "dont_filter": self.dont_filter}


def _url(port: int, path: str, host: str = "public.test") -> str:
    return f"http://{host}:{port}{path}"


def bomb_cases(port: int) -> list[Case]:
    names = ["gzip", "deflate", "br", "zstd", "gzip-gzip"]
    cases = [Case("bombs", f"bomb {n}", _url(port, f"/bomb/{n}", "bomb.test")) for n in names]
    cases += [Case("bombs", f"big {n}", _url(port, f"/big/{n}", "bomb.test")) for n in ("content-length", "chunked")]
    return cases + [Case("bombs", "between warn and max", _url(port, "/big/warn", "bomb.test"))]


def slow_cases(port: int) -> list[Case]:
    names = ["slow/never", "slow/after-headers", "slow/drip", "broken/partial", "broken/chunked", "broken/reset",
             "broken/dup-headers", "broken/bad-header", "broken/huge-header"]
    return [Case("slow_broken", n, _url(port, f"/{n}", "slow.test")) for n in names]


def redirect_cases(port: int, other_port: int) -> list[Case]:
    def via(target: str, status: int = 302) -> str:
        return _url(port, f"/redir/to?status={status}&url={quote(target, safe='')}", host="a.test")

    secrets = {"Authorization": CANARY_AUTH, "Cookie": CANARY_COOKIE}
    cases = [
        Case("redirects", "chain of 21", _url(port, "/redir/chain/21", "redir.test")),
        Case("redirects", "loop a-b", _url(port, "/redir/loop/a", "redir.test"), dont_filter=True),
        Case("redirects", "meta-refresh loop", _url(port, "/meta/loop?n=0", "redir.test")),
        Case("redirects", "cross-domain with credentials", via(_url(port, "/echo?leak=domain", "b.test")), headers=secrets),
        Case("redirects", "cross-port with credentials", via(f"http://127.0.0.1:{other_port}/echo?leak=port"), headers=secrets),
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


def network_cases(port: int, other_port: int) -> list[Case]:
    """Cases about the wire; crawled apart from the content cases, whose parsing blocks the reactor."""
    return bomb_cases(port) + slow_cases(port) + redirect_cases(port, other_port) + ssrf_cases(port) + trap_cases(port)
