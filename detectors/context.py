"""What surrounds a number: customer-service claims, warning or news framing, sentences and official sources."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# A claim that a number is a line to the brand's service desk.
CLAIM_WORDS = (
    "客服", "热线", "熱線", "人工", "官方", "注销", "註銷", "退款", "理赔", "理賠", "售后", "售後", "服务电话",
    "服務電話", "咨询电话", "咨詢電話", "电话", "電話", "专线", "專線", "维修", "維修", "报修", "報修",
    "投诉", "投訴", "坐席", "拨打", "撥打", "致电", "致電", "解封", "联系", "聯繫", "聯系", "服务中心", "服務中心",
    "customer care", "customer service", "customer support", "helpline", "help line", "hotline", "help desk",
    "helpdesk", "support", "toll free", "toll-free", "tollfree", "24/7", "24x7", "24 hours", "refund", "cancel",
    "call", "dial", "phone", "contact", "live agent", "agent", "representative", "reservations", "rebook",
    "assistance", "speak to", "reach", "whatsapp", "desk",
)
# Words that frame a number as a danger to avoid, or report on one.
WARNING_WORDS = (
    "诈骗", "詐騙", "警惕", "谨防", "謹防", "揭露", "提醒", "假冒", "冒充", "骗子", "騙子", "骗局", "騙局",
    "反诈", "反詐", "防骗", "防騙", "不要拨打", "切勿", "公安", "警方", "报警", "報警", "受害", "上当", "上當",
    "虚假", "虛假", "钓鱼", "釣魚", "被骗", "被騙", "骗取", "騙取", "不法分子", "犯罪", "曝光", "涉嫌",
    "scam", "scammer", "fraudster", "fraudulent", "fake", "beware", "warning", "warn", "police", "do not call",
    "don't call", "never call", "impersonat", "phishing", "spoof", "bogus", "victim", "criminal", "arrested",
    "reported", "caution", "be careful", "be aware", "not genuine",
)


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = sorted(set(words), key=len, reverse=True)
    latin = [re.escape(w) for w in parts if w.isascii()]
    other = [re.escape(w) for w in parts if not w.isascii()]
    return re.compile(f"(?:(?<![a-z])(?:{'|'.join(latin)})|{'|'.join(other)})", re.IGNORECASE)


_CLAIM = _alternation(CLAIM_WORDS)
_WARNING = _alternation(WARNING_WORDS)
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
    sentence_ends: list[int]

    def sentence(self, position: int) -> tuple[int, int]:
        """Bounds of the sentence holding `position`."""
        index = bisect.bisect_right(self.sentence_ends, position)
        start = self.sentence_ends[index - 1] + 1 if index > 0 else 0
        end = self.sentence_ends[index] if index < len(self.sentence_ends) else 1 << 62
        return start, end


def find_cues(text: str) -> Cues:
    """All cues of a text in one pass per cue family (C-speed regex scans)."""
    claims = [Cue(m.start(), m.end(), m.group().lower()) for m in _CLAIM.finditer(text)]
    warnings = [Cue(m.start(), m.end(), m.group().lower()) for m in _WARNING.finditer(text)]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    return Cues(claims, warnings, ends)


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
