"""bbs.test (Discuz! X3 markup, UTF-8) and oldbbs.test (Discuz! 7.x markup, GBK)."""
from __future__ import annotations

from html import escape
from math import ceil
from urllib.parse import quote

from localweb.forum_data import LYING_CHARSET_TIDS, plain_text, OLD_BOARDS, OLD_THREADS, X3_BOARDS, X3_THREADS, Board, Thread
from localweb.wire import Reply, Request

THREADS_PER_PAGE = 20
# Not listed on the index: a board whose every page links a next one (a pagination trap).
ENDLESS_BOARD = Board(99, "无尽灌水", "每一页都有下一页")
POSTS_PER_PAGE = 10


def page_number(request: Request) -> int:
    raw = request.arg("page", "1")
    return max(int(raw), 1) if raw.isdigit() else 1


def pages(count: int, size: int) -> int:
    return max(ceil(count / size), 1)


def shown_posts(request: Request, thread: Thread) -> tuple[int, int, range]:
    """(current page, last page, indexes of the posts on it) for a thread page request."""
    current, last = page_number(request), pages(len(thread.posts), POSTS_PER_PAGE)
    first = (current - 1) * POSTS_PER_PAGE
    return current, last, range(first, min(first + POSTS_PER_PAGE, len(thread.posts)))


def board_threads(threads: dict[int, Thread], fid: int) -> list[Thread]:
    return [t for t in sorted(threads.values(), key=lambda t: t.tid) if t.fid == fid]


# --- Discuz! X3 ---------------------------------------------------------------------------
def serve_discuz_x3(request: Request) -> Reply | None:
    mod = request.arg("mod")
    if request.path in ("/", "/forum.php") and not mod:
        return x3_page("理财论坛", x3_index())
    if request.path == "/forum.php" and mod == "forumdisplay":
        return x3_forumdisplay(request)
    if request.path == "/forum.php" and mod == "viewthread":
        return x3_viewthread(request)
    if request.path == "/search.php":
        return x3_search(request)
    return None


def x3_page(title: str, content: str) -> Reply:
    return Reply.html(
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f'<title>{escape(title)} -  理财论坛 -  Powered by Discuz!</title><meta name="generator" content="Discuz! X3.4" /></head>'
        f'<body id="nv_forum" class="pg_index"><div id="hd"><div class="wp"><h2><a href="./" title="理财论坛">理财论坛</a></h2></div></div>'
        f'<div id="wp" class="wp"><div id="ct" class="wp cl">{content}</div></div>'
        '<div id="ft" class="wp cl"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p></div></body></html>'
    )


def x3_index() -> str:
    rows = "".join(
        f'<tr><td class="fl_icn"></td><td><h2><a href="forum.php?mod=forumdisplay&amp;fid={b.fid}">{escape(b.name)}</a></h2>'
        f'<p class="xg2">{escape(b.description)}</p></td><td class="fl_i"><span class="xi2">{len(board_threads(X3_THREADS, b.fid))}</span></td></tr>'
        for b in X3_BOARDS
    )
    return f'<div class="bm bmw flg cl"><div class="bm_h cl"><h2>论坛版块</h2></div><div class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb">{rows}</table></div></div>'


def x3_pager(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""
    links = "".join(
        f"<strong>{n}</strong>" if n == current else f'<a href="{base}&amp;page={n}">{n}</a>' for n in range(1, last + 1)
    )
    following = f'<a href="{base}&amp;page={current + 1}" class="nxt">下一页</a>' if current < last else ""
    return f'<div class="pg">{links}<label><input type="text" name="custompage" class="px" size="2" value="{current}" /><span title="共 {last} 页"> / {last} 页</span></label>{following}</div>'


def x3_forumdisplay(request: Request) -> Reply | None:
    if request.arg("fid") == str(ENDLESS_BOARD.fid):
        return x3_board_page(ENDLESS_BOARD, board_threads(X3_THREADS, 4)[:3], page_number(request), page_number(request) + 1)
    board = next((b for b in X3_BOARDS if str(b.fid) == request.arg("fid")), None)
    if board is None:
        return None
    threads = board_threads(X3_THREADS, board.fid)
    current, last = page_number(request), pages(len(threads), THREADS_PER_PAGE)
    return x3_board_page(board, threads[(current - 1) * THREADS_PER_PAGE : current * THREADS_PER_PAGE], current, last)


def x3_board_page(board: Board, shown: list[Thread], current: int, last: int) -> Reply:
    rows = "".join(
        f'<tbody id="normalthread_{t.tid}"><tr><td class="icn"><a href="forum.php?mod=viewthread&amp;tid={t.tid}" target="_blank"></a></td>'
        f'<th class="common"><a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;extra=page%3D{current}" onclick="atarget(this)" class="s xst">{escape(t.title)}</a></th>'
        f'<td class="by"><cite><a href="home.php?mod=space&amp;uid={t.tid}">{escape(t.posts[0].author)}</a></cite><em><span>{escape(t.posts[0].time)}</span></em></td>'
        f'<td class="num"><a href="forum.php?mod=viewthread&amp;tid={t.tid}" class="xi2">{len(t.posts) - 1}</a><em>{len(t.posts) * 37}</em></td></tr></tbody>'
        for t in shown
    )
    pager = x3_pager(f"forum.php?mod=forumdisplay&amp;fid={board.fid}", current, last)
    content = (
        f'<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum.php?mod=forumdisplay&amp;fid={board.fid}">{escape(board.name)}</a></h1></div></div>'
        f'<div id="pgt" class="bm bw0 pgs cl"><span id="fd_page_top">{pager}</span></div>'
        f'<div id="threadlist" class="tl bm bmw"><div class="bm_c"><form method="post" name="moderate" id="moderate">'
        f'<table summary="forum_{board.fid}" cellspacing="0" cellpadding="0" id="threadlisttableid">{rows}</table></form></div></div>'
        f'<div class="bm bw0 pgs cl"><span id="fd_page_bottom">{pager}</span></div>'
    )
    return x3_page(board.name, content)


def x3_post(thread: Thread, index: int) -> str:
    post = thread.posts[index]
    pid = thread.tid * 100 + index
    return (
        f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>'
        f'<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={pid}" target="_blank" class="xw1">{escape(post.author)}</a></div></div></td>'
        f'<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={thread.tid}&amp;pid={pid}" id="postnum{pid}"><em>{index + 1}</em>#</a></strong>'
        f'<div class="pti"><div class="authi"><em id="authorposton{pid}">发表于 {escape(post.time)}</em></div></div></div>'
        f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">\n{post.body}</td></tr></table></div></div></div></td></tr></table></div>'
    )


def x3_viewthread(request: Request) -> Reply | None:
    tid = request.arg("tid")
    thread = X3_THREADS.get(int(tid)) if tid.isdigit() else None
    if thread is None:
        return None
    current, last, indexes = shown_posts(request, thread)
    posts = "".join(x3_post(thread, i) for i in indexes)
    pager = x3_pager(f"forum.php?mod=viewthread&amp;tid={thread.tid}", current, last)
    content = (
        f'<div id="pgt" class="pgs mbm cl">{pager}</div>'
        f'<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="plc ptm pbn vwthd">'
        f'<h1 class="ts"><span id="thread_subject">{escape(thread.title)}</span></h1></td></tr></table>{posts}</div>'
        f'<div class="pgs mtm mbm cl">{pager}</div>'
    )
    return x3_page(thread.title, content)


def x3_search(request: Request) -> Reply:
    words = request.arg("srchtxt").strip()
    found = [t for t in X3_THREADS.values() if words and (words in t.title or any(words in p.body for p in t.posts))]
    items = "".join(
        f'<li class="pbw" id="{t.tid}"><h3 class="xs3"><a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;highlight={quote(words)}" target="_blank">{escape(t.title)}</a></h3>'
        f'<p class="xg1">{len(t.posts) - 1} 个回复 - {len(t.posts) * 37} 次查看</p><p>{escape(plain_text(t.posts[0].body))[:120]}</p>'
        f'<p><span>{escape(t.posts[0].time)}</span> - <span><a href="home.php?mod=space&amp;uid={t.tid}">{escape(t.posts[0].author)}</a></span></p></li>'
        for t in sorted(found, key=lambda t: t.tid)
    )
    content = f'<div class="sttl mbn"><h2><em>{escape(words)}</em> 结果: <em>找到相关主题 {len(found)} 个</em></h2></div><div class="slst mtw" id="threadlist"><ul>{items}</ul></div>'
    return x3_page(f"搜索 - {words}", content)


# --- Discuz! 7.x (GBK) ----------------------------------------------------------------------
def serve_discuz_7(request: Request) -> Reply | None:
    if request.path in ("/", "/index.php"):
        return old_page("老论坛", old_index(), tid=None)
    if request.path == "/forumdisplay.php":
        return old_forumdisplay(request)
    if request.path == "/viewthread.php":
        return old_viewthread(request)
    return None


def old_page(title: str, content: str, tid: int | None) -> Reply:
    lying = tid in LYING_CHARSET_TIDS
    meta_charset = "utf-8" if lying else "gbk"
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}" />'
        f'<title>{escape(title)} -  老论坛 - Powered by Discuz!</title><meta name="generator" content="Discuz! 7.2" /></head>'
        f'<body onkeydown="if(event.keyCode==27) return false;"><div id="wrap" class="wrap s_clear">{content}</div>'
        '<div id="footer"><p id="copyright">Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>7.2</em></p></div></body></html>'
    )
    if lying:  # no charset in the header, a false one in the page
        return Reply(200, html.encode("gb18030"), "text/html")
    return Reply(200, html.encode("gbk"), "text/html; charset=gbk")


def old_index() -> str:
    rows = "".join(
        f'<tbody id="forum{b.fid}"><tr><th class="new"><h2><a href="forumdisplay.php?fid={b.fid}">{escape(b.name)}</a></h2><p>{escape(b.description)}</p></th>'
        f'<td class="forumnums"><em>{len(board_threads(OLD_THREADS, b.fid))}</em></td></tr></tbody>'
        for b in OLD_BOARDS
    )
    return f'<div class="mainbox list"><h3><a href="index.php">综合</a></h3><table cellspacing="0" cellpadding="0" summary="category1">{rows}</table></div>'


def old_pager(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""
    links = "".join(f"<strong>{n}</strong>" if n == current else f'<a href="{base}&amp;page={n}">{n}</a>' for n in range(1, last + 1))
    following = f'<a href="{base}&amp;page={current + 1}" class="next">下一页</a>' if current < last else ""
    return f'<div class="pages"><em>&nbsp;{last}&nbsp;</em>{links}{following}</div>'


def old_forumdisplay(request: Request) -> Reply | None:
    board: Board | None = next((b for b in OLD_BOARDS if str(b.fid) == request.arg("fid")), None)
    if board is None:
        return None
    threads = board_threads(OLD_THREADS, board.fid)
    rows = "".join(
        f'<tbody id="normalthread_{t.tid}"><tr><td class="folder"><a href="viewthread.php?tid={t.tid}" title="新窗口打开" target="_blank"></a></td>'
        f'<th class="subject new"><label>&nbsp;</label><span id="thread_{t.tid}"><a href="viewthread.php?tid={t.tid}&amp;extra=page%3D1">{escape(t.title)}</a></span></th>'
        f'<td class="author"><cite><a href="space.php?uid={t.tid}">{escape(t.posts[0].author)}</a></cite><em>{escape(t.posts[0].time.split()[0])}</em></td>'
        f'<td class="nums"><strong>{len(t.posts) - 1}</strong>/<em>{len(t.posts) * 21}</em></td></tr></tbody>'
        for t in threads
    )
    content = (
        f'<div id="foruminfo"><div id="nav"><a href="index.php">老论坛</a> &raquo; {escape(board.name)}</div></div>'
        f'<div id="threadlist" class="threadlist datalist" style="position: relative;"><form method="post" name="moderate" id="moderate">'
        f'<table summary="forum_{board.fid}" id="forum_{board.fid}" cellspacing="0" cellpadding="0" class="datatable">{rows}</table></form></div>'
    )
    return old_page(board.name, content, tid=None)


def old_post(thread: Thread, index: int) -> str:
    post = thread.posts[index]
    pid = thread.tid * 100 + index
    return (
        f'<div id="post_{pid}"><table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>'
        f'<td class="postauthor" rowspan="2"><div class="postinfo"><a href="space.php?uid={pid}" target="_blank" id="userinfo{pid}" class="dropmenu">{escape(post.author)}</a></div></td>'
        f'<td class="postcontent"><div class="postinfo"><strong><a title="复制本帖链接" id="postnum{pid}">{index + 1}<sup>#</sup></a></strong>'
        f'<div class="posterinfo"><div class="authorinfo"><em id="authorposton{pid}">发表于 {escape(post.time)}</em></div></div></div>'
        f'<div class="defaultpost"><div class="postmessage firstpost"><div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr>'
        f'<td class="t_msgfont" id="postmessage_{pid}">{post.body}</td></tr></table></div></div></div></td></tr></table></div>'
    )


def old_viewthread(request: Request) -> Reply | None:
    tid = request.arg("tid")
    thread = OLD_THREADS.get(int(tid)) if tid.isdigit() else None
    if thread is None:
        return None
    current, last, indexes = shown_posts(request, thread)
    posts = "".join(old_post(thread, i) for i in indexes)
    pager = old_pager(f"viewthread.php?tid={thread.tid}", current, last)
    content = (
        f'<div id="nav"><a href="index.php">老论坛</a> &raquo; <a href="forumdisplay.php?fid={thread.fid}">综合讨论区</a> &raquo; {escape(thread.title)}</div>'
        f'<div class="pages_btns s_clear">{pager}</div><div id="postlist" class="mainbox viewthread">'
        f'<div id="threadtitle"><h1>{escape(thread.title)}</h1></div>{posts}</div><div class="pages_btns s_clear">{pager}</div>'
    )
    return old_page(thread.title, content, tid=thread.tid)
