"""The fixture forums' boards, threads and posts (bbs.test is Discuz! X3, oldbbs.test 7.x).

Scam numbers are wrapped in <!--n-->…<!--/n--> so recheck tests can serve a post without them.
"""
from __future__ import annotations

from dataclasses import dataclass


def plain_text(fragment: str) -> str:
    """A content fragment without the scam-number markers (for JSON answers and search excerpts)."""
    return fragment.replace("<!--n-->", "").replace("<!--/n-->", "")


@dataclass(frozen=True)
class Post:
    author: str
    time: str
    body: str  # trusted HTML fragment


@dataclass(frozen=True)
class Thread:
    tid: int
    fid: int
    title: str
    posts: tuple[Post, ...]


@dataclass(frozen=True)
class Board:
    fid: int
    name: str
    description: str


X3_BOARDS = (
    Board(2, "贷款交流", "网贷、信用卡、还款经验交流"),
    Board(3, "English corner", "Payments, banking and money talk in English"),
    Board(4, "生活杂谈", "吃喝玩乐，随便聊聊"),
)

REPLIES = ("顶一下", "同问", "mark，回头看", "谢谢楼主分享", "路过", "学习了", "楼上说得对", "支持", "收藏了", "沙发")

SCAM_THREAD_1001 = Thread(1001, 2, "还呗客服电话 人工服务 24小时", (
    Post("借呗小能手", "2025-6-3 10:12", "还呗客服电话，人工服务，要注销账户或者退费的打这个：<!--n-->四零零-幺六八-七七二一<!--/n-->，报身份证号就能查。"),
    *(Post(f"user{n:03d}", f"2025-6-3 1{n % 10}:0{n % 6}", REPLIES[n % len(REPLIES)]) for n in range(1, 11)),
    Post("借呗小能手", "2025-6-5 09:40", "再发一次，还呗人工客服 <!--n-->400 168 7721<!--/n-->，打不通就多打几次。"),
))

SCAM_THREAD_1002 = Thread(1002, 2, "快鹿贷注销账户 找这个客服", (
    Post("注销达人", "2025-7-1 20:05", "快鹿贷注销账户，找这个客服就行 <!--n-->0️⃣0️⃣ 6️⃣1️⃣ 491 571 491<!--/n-->，一对一处理，别在APP里点。"),
    Post("小鹿", "2025-7-1 21:30", "真的假的？注销为什么要打国外号码"),
    Post("注销达人", "2025-7-2 08:11", "专员说是总部海外客服，放心打。"),
))

SCAM_THREAD_1003 = Thread(1003, 3, "Lumora Pay refund hotline?", (
    Post("jen_k", "2025-5-20 14:02", "Anyone know the Lumora Pay refund hotline? The app chat is useless."),
    Post("refund_helper", "2025-5-20 15:47", "Call Lumora Pay customer service on <!--n-->1-888-555-0166<!--/n-->, they answer 24/7 and fixed my refund in 10 minutes."),
    Post("mike_t", "2025-5-21 09:15", "Thanks, will try."),
))

WARNING_THREAD_1004 = Thread(1004, 2, "警惕！还呗假客服是骗子", (
    Post("版主-阿明", "2025-6-10 09:00", "提醒大家：最近有人冒充还呗客服，用 0061 491 570 313 这样 00 开头的号码打给用户，说要注销账户、退费，全是诈骗！还呗官方客服只有 400-681-6666。"),
    Post("老用户", "2025-6-10 10:21", "感谢提醒，我上周就接到过，直接挂了。"),
    Post("小白", "2025-6-10 12:40", "已举报，大家千万别信。"),
))

LEGIT_THREAD_1005 = Thread(1005, 2, "还呗提前还款有手续费吗", (
    Post("理财新手", "2025-4-2 19:30", "还呗提前还款要手续费吗？借了 5000 元分 12 期。"),
    Post("过来人", "2025-4-2 20:02", "我问过官方客服 400-681-6666，提前还款不收手续费，利息按天算。"),
))

FILLER_TITLES = (
    "周末去哪儿吃火锅", "求推荐一款降噪耳机", "快递三天还没到，单号 SF1409923810225", "家里的猫不爱吃饭怎么办",
    "晒晒今天做的红烧肉", "有没有一起跑步的", "租房押一付三正常吗", "新手学做饭从哪开始",
    "手机 128G 够用吗", "小区停车费涨到 300 了", "推荐几本好看的小说", "孩子上幼儿园要准备什么",
    "今天股市又跌了", "电费一个月 260 元正常吗", "求一个好用的记账软件", "端午节去哪玩",
    "二手车 8 万预算买什么", "健身房年卡 2999 值不值", "自己装修的一些经验", "雨天开车注意事项",
    "楼下新开的面馆不错", "旧衣服怎么处理",
)


def filler_threads() -> tuple[Thread, ...]:
    """Ordinary chatter in 生活杂谈: enough threads that the thread list has two pages."""
    threads = []
    for i, title in enumerate(FILLER_TITLES):
        body = f"{title}？大家有什么经验，欢迎回帖。订单号 2025{i:02d}1288，价格 {199 + i * 10} 元。"
        posts = (Post(f"网友{i + 100}", f"2025-3-{i % 28 + 1} 12:{i:02d}", body), Post("热心网友", f"2025-3-{i % 28 + 1} 13:00", REPLIES[i % len(REPLIES)]))
        threads.append(Thread(2000 + i, 4, title, posts))
    return tuple(threads)


X3_THREADS: dict[int, Thread] = {
    t.tid: t for t in (SCAM_THREAD_1001, SCAM_THREAD_1002, SCAM_THREAD_1003, WARNING_THREAD_1004, LEGIT_THREAD_1005, *filler_threads())
}

OLD_BOARDS = (Board(1, "综合讨论区", "什么都可以聊"),)

OLD_THREADS: dict[int, Thread] = {
    77: Thread(77, 1, "还呗人工客服", (
        Post("老张", "2024-11-2 08:30", "还呗人工客服电话 <!--n-->００ ６１ ４９１ ５７１ ８０４<!--/n-->，我打过，能办注销。"),
        Post("路人甲", "2024-11-2 09:10", "谢谢。"),
    )),
    78: Thread(78, 1, "快鹿贷客服", (
        Post("阿杰", "2024-12-8 22:14", "快鹿贷客服电话求助，急！"),
        Post("热心人", "2024-12-8 22:40", "快鹿贷人工客服打 <!--n-->00 61 491 570 159<!--/n-->，说清楚要注销就行。"),
    )),
    79: Thread(79, 1, "今年的年终奖发了吗", (
        Post("打工人", "2025-1-15 18:00", "今年年终奖 2 个月，税后 18000 左右。"),
        Post("同事乙", "2025-1-15 18:30", "羡慕，我们只有 3000 的购物卡。"),
    )),
}

# oldbbs.test serves this thread with a meta charset that lies (says UTF-8, bytes are GB18030).
LYING_CHARSET_TIDS = frozenset({78})
