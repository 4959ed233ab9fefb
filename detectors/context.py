"""What surrounds a number: customer-service claims, warning or news framing, sentences and official sources."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# A claim that a number is a line to the brand's service desk. Entries are regex fragments.
CLAIM_WORDS = (
    "客服", "热线", "熱線", "人工", "官方", "注销", "註銷", "退款", "理赔", "理賠", "售后", "售後", "服务", "服務",
    "电话", "電話", "专线", "專線", "维修", "維修", "报修", "報修", "投诉", "投訴", "坐席", "拨打", "撥打", "致电",
    "致電", "解封", "解冻", "解凍", "联系", "聯繫", "聯系", "中心", "办理", "辦理", "通道", "号码", "號碼", "咨询", "諮詢",
    "customer care", "customer service", "customer support", "help ?line", "hotline", "help ?desk", "help cent(?:er|re)",
    "support", "toll[- ]?free", "24/7", "24x7", "24 hours?", "refund", "cancel", "call", "dial", "phone", "contact",
    "live agent", "agent", "representative", "reservations?", "rebook", "assistance", "speak (?:to|with)", "reach",
    "whatsapp", "desk", "specialists?", "experts?", "department", "team", "escalation", "supervisor", "recovery",
    "number", "line", "rang", "technicians?",
)
# Scam pages borrow the brand's own anti-fraud line ("请认准官方热线，谨防诈骗"): a warning in a
# sentence that also vouches for the number is not about the number.
VOUCH_WORDS = ("认准", "認準", "唯一官方", "唯一客服", "唯一指定", "only official", "the official number")
# A sentence that opens with a contrast turns away from the warning before it ("这是骗子。但…").
CONTRAST_OPENERS = re.compile(r"\s*(?:[|>*\-–—]+\s*)?(?:回复\d*[:：]\s*)?(?:但是?|不过|可是|然而|but|however)", re.IGNORECASE)
# Company designators: a number printed beside another business's name is that business's line.
BUSINESS_WORDS = ("ltd", "limited", "inc", "llc", "pty", "gmbh", "corp", "co\\.", "有限公司", "有限责任公司")
# Words that frame a number as a danger to avoid, or report on one.
WARNING_WORDS = (
    "诈骗", "詐騙", "警惕", "谨防", "謹防", "揭露", "提醒", "假冒", "冒充", "骗子", "騙子", "骗局", "騙局",
    "反诈", "反詐", "防骗", "防騙", "不要拨打", "切勿", "公安", "警方", "报警", "報警", "受害", "上当", "上當",
    "虚假", "虛假", "钓鱼", "釣魚", "被骗", "被騙", "骗取", "騙取", "不法分子", "犯罪", "曝光", "涉嫌",
    "自称", "自稱", "千万别", "千萬別", "别信", "別信", "不要信", "别理", "別理", "拉黑", "举报", "舉報", "挂掉", "掛掉",
    "这个号码[^。!?\n]{0,20}吗", "這個號碼[^。!?\n]{0,20}嗎", "接到[^。!?\n]{0,12}电话", "接到[^。!?\n]{0,12}電話",
    "打给我", "打給我", "打来", "打來",
    "scam(?:s|mers?|med)?", "fraudsters?", "fraudulent", "(?:fraud|scam) alert", "fakes?", "beware", "warn(?:ing|s|ed)?",
    "police", "do not call", "don't call", "never call", "impersonat\\w*", "phishing", "spoof\\w*", "bogus",
    "victims?", "criminals?", "arrested", "reported", "reporting (?:this|it|them)", "report (?:it|this|them|the number)", "caution", "be careful", "be aware", "not genuine",
    "psa", "spam(?:mers?|ming)?", "abuse", "ban(?:ned)?", "complaints? about", "watchdogs?",
    "(?:is|are|was) not (?:a |an |the )?[^.!?\n]{0,40}(?:number|line|support|official|real|genuine)",
    "isn't (?:a |an |the )?[^.!?\n]{0,40}(?:number|line|support|official|real|genuine)",
    "don't fall", "do not fall", "hung up", "hang up", "claim(?:ed|ing) to be", "pretend", "asked for my",
    "called me", "texted me", "got a call", "received a call",
)
# A third party saying it is not the brand: its number is its own, not a fake brand line.
DISCLAIMER_WORDS = (
    "not affiliated with", "no affiliation with", "not associated with", "not endorsed by",
    "independent (?:travel )?(?:agency|company|service|provider|business)", "third[- ]party (?:agency|service|provider)",
    "不隶属", "不隸屬", "非[^。\n]{0,8}官方(?:网站|網站|机构|機構)", "与[^。\n]{0,10}无关", "與[^。\n]{0,10}無關",
)


def _alternation(words: tuple[str, ...], whole_words: bool = True) -> re.Pattern[str]:
    """One regex for a family of cue fragments; Latin ones start at a word edge (and end at one
    when `whole_words`; otherwise they are stems: "cancel" finds "Canceling")."""
    parts = sorted(set(words), key=len, reverse=True)
    latin = [w for w in parts if w.isascii()]
    other = [w for w in parts if not w.isascii()]
    tail = "(?![a-z])" if whole_words else ""
    return re.compile(f"(?:(?<![a-z])(?:{'|'.join(latin)}){tail}|{'|'.join(other)})", re.IGNORECASE)


_CLAIM = _alternation(CLAIM_WORDS, whole_words=False)
_VOUCH = _alternation(VOUCH_WORDS)
_BUSINESS = _alternation(BUSINESS_WORDS)
_WARNING = _alternation(WARNING_WORDS)
_DISCLAIMER = _alternation(DISCLAIMER_WORDS)
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s)")


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    word: str


@dataclass(slots=True)
class Cues:
    """Claim and warning words of a text, sorted by position, plus its sentence boundaries."""

    claims: list[Cue]
    warnings: list[Cue]
    disclaimers: list[Cue]
    vouches: list[Cue]
    businesses: list[Cue]
    sentence_ends: list[int]

    def sentence(self, position: int) -> tuple[int, int]:
        """Bounds of the sentence holding `position`."""
        return self.sentences(position, 0)

    def sentences(self, position: int, around: int) -> tuple[int, int]:
        """Bounds of the sentence holding `position` widened by `around` sentences each side."""
        index = bisect.bisect_right(self.sentence_ends, position)
        low, high = index - 1 - around, index + around
        start = self.sentence_ends[low] + 1 if low >= 0 else 0
        end = self.sentence_ends[high] if high < len(self.sentence_ends) else 1 << 62
        return start, end


def find_cues(text: str) -> Cues:
    """All cues of a text in one pass per cue family (C-speed regex scans)."""
    claims = [Cue(m.start(), m.end(), m.group().lower()) for m in _CLAIM.finditer(text)]
    warnings = [Cue(m.start(), m.end(), m.group().lower()) for m in _WARNING.finditer(text)]
    disclaimers = [Cue(m.start(), m.end(), m.group().lower()) for m in _DISCLAIMER.finditer(text)]
    vouches = [Cue(m.start(), m.end(), m.group().lower()) for m in _VOUCH.finditer(text)]
    businesses = [Cue(m.start(), m.end(), m.group().lower()) for m in _BUSINESS.finditer(text)]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    return Cues(claims, warnings, disclaimers, vouches, businesses, ends)


def opens_with_contrast(text: str, sentence_start: int) -> bool:
    """True when the sentence starting at `sentence_start` opens with but/however/但/不过."""
    return CONTRAST_OPENERS.match(text, sentence_start) is not None


def cues_between(cues: list[Cue], start: int, end: int) -> list[Cue]:
    """Cues that overlap [start, end)."""
    starts = [c.start for c in cues]
    low = bisect.bisect_left(starts, start - 40)
    return [c for c in cues[low:] if c.start < end and c.end > start][:50]


def host_of(url: str | None) -> str:
    """The lower-case host of a URL, or '' when there is none."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def on_domain(host: str, domains: tuple[str, ...]) -> bool:
    """True when host is one of the domains or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains if d)
