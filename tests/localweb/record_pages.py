"""Record fixture-web pages into tests/pages/<site>/ for the parser tests: `python -m tests.localweb.record_pages`.

Pages are recorded as a client on port 8000 would see them, so links are stable in the files.
"""
from __future__ import annotations

from pathlib import Path

from localweb.server import serve_page
from localweb.state import ServerState
from localweb.wire import Request

PAGES = Path(__file__).resolve().parents[1] / "pages"
RECORDED_PORT = 8000
# (site folder, file name, host, target)
RECORDINGS = (
    ("bing", "fixture-huanbei-kefu-p1.html", "search.test", "/search?q=%E8%BF%98%E5%91%97+%E5%AE%A2%E6%9C%8D%E7%94%B5%E8%AF%9D&first=1"),
    ("bing", "fixture-lumora-p2.html", "search.test", "/search?q=Lumora+Pay+support+phone&first=11"),
    ("discuz", "x3-index.html", "bbs.test", "/forum.php"),
    ("discuz", "x3-forumdisplay.html", "bbs.test", "/forum.php?mod=forumdisplay&fid=4"),
    ("discuz", "x3-viewthread.html", "bbs.test", "/forum.php?mod=viewthread&tid=1001"),
    ("discuz", "x3-search-empty.html", "bbs.test", "/search.php?mod=forum&srchtxt=nothing&searchsubmit=yes"),
    ("discuz", "d7-forumdisplay-gbk.html", "oldbbs.test", "/forumdisplay.php?fid=1"),
    ("discuz", "d7-viewthread-gbk.html", "oldbbs.test", "/viewthread.php?tid=77"),
    ("discuz", "d7-viewthread-lying-meta.html", "oldbbs.test", "/viewthread.php?tid=78"),
    ("itunes", "search-lumora.json", "apps.test", "/search?term=Lumora&entity=software&country=us"),
    ("itunes", "detail-fake-huanbei.html", "apps.test", "/cn/app/x/id1400000002"),
)


def recording_url(host: str, target: str) -> str:
    return f"http://{host}:{RECORDED_PORT}{target}"


def record() -> list[Path]:
    written = []
    for site, name, host, target in RECORDINGS:
        reply = serve_page(Request("GET", host, RECORDED_PORT, target, {}), ServerState())
        path = PAGES / site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(reply.body)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in record():
        print(path.relative_to(PAGES.parent.parent))
