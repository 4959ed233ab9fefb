"""Inside a private network namespace: our own interface sits in non-global ranges; can a crawl reach it?

Run by tests/hostile/test_ssrf_netns.py as ``unshare --net python -m tests.hostile.ssrf_netns OUT.json``.
The namespace's `lo` carries documentation, relay, discard, local NAT64 and Teredo addresses
(the ranges an older guard let through); a canary listens on each. The hostile server on
127.0.0.1 plays the public web and leads the crawler to every canary four ways: a literal seed,
a redirect, a link on a page, and a name, all on port 80, whose (planted) DNS answer is the canary's address.
OUT gets each canary's connection count and the crawl's outcomes.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from tests.hostile.harness import run_crawl
from tests.hostile.netns import add_addresses
from tests.hostile.server import Canary, HostileServer

# One address in each range; ::ffff:192.0.2.10 reaches the IPv4 canary through a mapped address.
LIVE_ADDRESSES = ["192.0.2.10", "198.51.100.10", "203.0.113.10", "192.88.99.10", "2001:db8::10", "100::10",
                  "64:ff9b:1::10", "2001:0:4136:e378:8000:63bf:3fff:fdd2"]
MAPPED = "::ffff:192.0.2.10"
CANARY_PORT = 80  # a web port, so the port rule cannot be what stops the crawler


def host_of(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def start_requests(port: int) -> tuple[list[dict], dict[str, str]]:
    """Every way to each canary, and the planted DNS answers (name -> canary address)."""
    start, planted = [], {}
    for number, address in enumerate([*LIVE_ADDRESSES, MAPPED]):
        target = f"http://{host_of(address)}/?way="  # one URL per way, so no duplicate filter hides one
        name = f"canary{number}.test"
        planted[name] = address
        public = f"http://public.test:{port}"
        for way, url in (("seed", target + "seed"),
                         ("redirect", f"{public}/redir/to?url={quote(target + 'redirect', safe='')}"),
                         ("link", f"{public}/link?to={quote(target + 'link', safe='')}"), ("dns", f"http://{name}/")):
            start.append({"case": f"{way} {address}", "url": url, "follow": way == "link"})
    return start, planted


def main(out_path: str) -> None:
    add_addresses(LIVE_ADDRESSES)
    server = HostileServer().start()
    canaries = {address: Canary(address, CANARY_PORT) for address in LIVE_ADDRESSES}
    start, planted = start_requests(server.port)
    settings = {"SCAMSWEEP_SSRF_ALLOW_HOSTS": ["127.0.0.1"],
                "SCAMSWEEP_STATIC_HOSTS": {"public.test": "127.0.0.1", **planted}, "DOWNLOAD_TIMEOUT": 10}
    try:
        with tempfile.TemporaryDirectory() as workdir:
            report = run_crawl(Path(workdir), start, settings)
    finally:
        server.stop()
    result = {"connections": {a: c.connections for a, c in canaries.items()}, "outcomes": report["outcomes"],
              "stats": report["stats"]}
    for canary in canaries.values():
        canary.close()
    Path(out_path).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
