"""tieba.test: Baidu Tieba-like full-text search (GBK, like the real one) and thread pages."""
from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

from localweb.forum_data import Post, plain_text
from localweb.wire import Reply, Request

THREADS: dict[int, tuple[str, str, tuple[Post, ...]]] = {
    8800001: ("还呗", "还呗人工客服电话到底是多少", (
        Post("夜猫子", "2025-07-02 23:10", "还呗人工客服电话到底是多少？APP 里一直是机器人。"),
        Post("还呗客服专员", "2025-07-02 23:25", "还呗人工客服 <!--n-->零零六一 四九一 五七五 二五四<!--/n-->，报手机号即可办理注销和退款。"),
        Post("老司机", "2025-07-03 08:02", "楼上骗子！官方只有 400-681-6666。"),
    )),
    8800002: ("快鹿贷", "快鹿贷怎么注销账户", (
        Post("新手小白", "2025-06-11 12:00", "快鹿贷怎么注销账户？"),
        Post("吧务", "2025-06-11 12:30", "APP 里 设置-账户与安全-注销账户，自己办理，客服 400-830-2468。"),
    )),
}


def serve(request: Request) -> Reply | None:
    if request.path == "/f/search/res":
        return search_page(request.arg("qw").strip())
    if request.path.startswith("/p/") and request.path[3:].isdigit() and int(request.path[3:]) in THREADS:
        return thread_page(int(request.path[3:]))
    return None


def search_page(words: str) -> Reply:
    hits = "".join(
        f'<div class="s_post"><span class="p_title"><a data-tid="{tid}" class="bluelink" href="/p/{tid}?pid={tid * 10 + n}&amp;cid=0#{tid * 10 + n}" target="_blank">{escape(title)}</a></span>'
        f'<div class="p_content">{escape(plain_text(post.body))}</div>'
        f'贴吧：<a data-fid="30012" class="p_forum" href="/f?kw={quote(forum.encode("gbk"))}" target="_blank"><font class="p_violet">{escape(forum)}</font></a>'
        f'作者：<a href="/i/{tid}?un={quote(post.author.encode("gbk"))}" target="_blank"><font class="p_violet">{escape(post.author)}</font></a>'
        f'<font class="p_green p_date">{post.time}</font></div>'
        for tid, (forum, title, posts) in THREADS.items() for n, post in enumerate(posts)
        if words and (words in plain_text(post.body) or words in title)
    )
    html = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"/>'
        f'<title>百度贴吧_{escape(words)}</title></head><body><div class="s_container clearfix"><div class="s_main">'
        f'<div class="s_post_list">{hits}</div></div></div></body></html>'
    )
    return Reply(200, html.encode("gbk"), "text/html; charset=GBK")


def thread_page(tid: int) -> Reply:
    forum, title, posts = THREADS[tid]
    rendered = "".join(
        f"<div class=\"l_post l_post_bright j_l_post clearfix\" data-field='{escape(json.dumps({'author': {'user_name': p.author}, 'content': {'post_id': tid * 10 + n, 'post_no': n + 1, 'date': p.time}}, ensure_ascii=False))}'>"
        f'<div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un={quote(p.author)}">{escape(p.author)}</a></li></ul></div>'
        f'<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{tid * 10 + n}" class="d_post_content j_d_post_content">{p.body}</div></cc></div></div></div>'
        for n, p in enumerate(posts)
    )
    return Reply.html(
        f'<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{escape(title)}【{escape(forum)}吧】_百度贴吧</title></head><body>'
        f'<div class="core_title_wrap_bright clearfix"><h3 class="core_title_txt pull-left text-overflow" title="{escape(title)}">{escape(title)}</h3></div>'
        f'<div id="j_p_postlist" class="p_postlist">{rendered}</div></body></html>'
    )
