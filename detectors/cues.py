"""Cue vocabularies (service claims, warnings, disclaimers, vouching, businesses) and one fast matcher per family.

Literal words go into an Aho-Corasick automaton (one pass over the text whatever the
vocabulary size); the few cues that need a pattern keep a small regex. A word ending in
`*` is a stem ("cancel*" finds "Canceling"); other Latin words must end at a word edge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick

from detectors.normalise.names import casefold

_LATIN_WORD_CHAR = re.compile(r"[a-z0-9]")


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    word: str


@dataclass
class CueFamily:
    """Literal cue words plus regex patterns, matched case-insensitively."""

    words: tuple[str, ...]
    # (literals one of which the text must contain, pattern): the literal test is a C-speed
    # substring search that spares most pages the regex scan.
    patterns: tuple[tuple[tuple[str, ...], str], ...] = ()
    automaton: ahocorasick.Automaton = field(init=False, repr=False)
    compiled: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in self.words:
            key = word.rstrip("*").lower()
            self.automaton.add_word(key, (key, word.endswith("*")))
        self.automaton.make_automaton()
        self.compiled = tuple((needles, re.compile(p, re.IGNORECASE)) for needles, p in self.patterns)

    def find(self, text: str, lowered: str | None = None) -> list[Cue]:
        """Every cue in `text`, sorted by position (`lowered` is casefold(text) when the caller has it)."""
        lowered = lowered if lowered is not None else casefold(text)[0]
        found = [cue for end, (key, stem) in self.automaton.iter(lowered) if (cue := _cue(lowered, end, key, stem))]
        for needles, regex in self.compiled:
            if any(needle in lowered for needle in needles):
                found += [Cue(m.start(), m.end(), m.group().lower()) for m in regex.finditer(text)]
        return sorted(found, key=lambda cue: (cue.start, cue.end))


def _cue(lowered: str, end: int, key: str, stem: bool) -> Cue | None:
    start = end - len(key) + 1
    if key[0].isascii() and start > 0 and _LATIN_WORD_CHAR.match(lowered[start - 1]):
        return None
    if key[-1].isascii() and not stem and end + 1 < len(lowered) and lowered[end + 1].isalpha() and lowered[end + 1].isascii():
        return None
    return Cue(start, end + 1, key)


CLAIMS = CueFamily(
    words=(
        "客服", "热线", "熱線", "人工", "官方", "注销", "註銷", "退款", "理赔", "理賠", "售后", "售後", "服务", "服務",
        "电话", "電話", "专线", "專線", "维修", "維修", "报修", "報修", "投诉", "投訴", "坐席", "拨打", "撥打", "致电",
        "致電", "解封", "解冻", "解凍", "联系", "聯繫", "聯系", "中心", "办理", "辦理", "通道", "号码", "號碼", "咨询",
        "諮詢", "customer care*", "customer service*", "customer support*", "helpline*", "help line*", "hotline*",
        "helpdesk*", "help desk*", "help center*", "help centre*", "support*", "toll free*", "toll-free*", "tollfree*",
        "24/7*", "24x7*", "24 hour*", "refund*", "cancel*", "call*", "dial*", "phone*", "contact*", "live agent*",
        "agent*", "representative*", "reservation*", "rebook*", "assistance*", "speak to*", "speak with*", "reach*",
        "whatsapp*", "desk*", "specialist*", "expert*", "department*", "team*", "escalation*", "supervisor*",
        "recovery*", "number*", "line*", "rang*", "technician*",
    ),
)
WARNINGS = CueFamily(
    words=(
        "诈骗", "詐騙", "警惕", "谨防", "謹防", "揭露", "提醒", "假冒", "冒充", "骗子", "騙子", "骗局", "騙局",
        "反诈", "反詐", "防骗", "防騙", "不要拨打", "切勿", "公安", "警方", "报警", "報警", "受害", "上当", "上當",
        "虚假", "虛假", "钓鱼", "釣魚", "被骗", "被騙", "骗取", "騙取", "不法分子", "犯罪", "曝光", "涉嫌",
        "自称", "自稱", "千万别", "千萬別", "别信", "別信", "不要信", "别理", "別理", "拉黑", "举报", "舉報", "挂掉",
        "掛掉", "打给我", "打給我", "打来", "打來",
        "scam*", "fraudster*", "fraudulent", "fraud alert", "fake*", "beware", "warn*", "police", "do not call",
        "don't call", "never call", "impersonat*", "phishing", "spoof*", "bogus", "victim*", "criminal*", "arrested",
        "reported", "reporting this", "reporting it", "reporting them", "report it", "report this", "report them",
        "report the number", "caution", "be careful", "be aware", "not genuine", "psa", "spam*", "abuse", "ban",
        "banned", "complaint about", "complaints about", "watchdog*", "don't fall", "do not fall", "hung up",
        "hang up", "claimed to be", "claiming to be", "pretend*", "asked for my", "called me", "texted me",
        "got a call", "received a call",
    ),
    patterns=(
        (("这个号码",), r"这个号码[^。!?\n]{0,40}吗"), (("這個號碼",), r"這個號碼[^。!?\n]{0,40}嗎"),
        (("接到",), r"接到[^。!?\n]{0,12}[电電]话"),
        ((" not ", "n't "), r"\b(?:is|are|was) not (?:a |an |the )?[^.!?\n]{0,40}(?:number|line|support|official|real|genuine)"
                            r"|\bisn't (?:a |an |the )?[^.!?\n]{0,40}(?:number|line|support|official|real|genuine)"),
    ),
)
# A third party saying it is not the brand: its number is its own, not a fake brand line.
DISCLAIMERS = CueFamily(
    words=("not affiliated with", "no affiliation with", "not associated with", "not endorsed by", "不隶属", "不隸屬"),
    patterns=(
        (("independent",), r"\bindependent (?:travel )?(?:agency|company|service|provider|business)"),
        (("third",), r"\bthird[- ]party (?:agency|service|provider)"),
        (("官方",), r"非[^。\n]{0,8}官方(?:网站|網站|机构|機構)"), (("无关",), r"与[^。\n]{0,10}无关"),
        (("無關",), r"與[^。\n]{0,10}無關"),
    ),
)
# Scam pages borrow the brand's own anti-fraud line ("请认准官方热线，谨防诈骗"): a warning in a
# sentence that also vouches for a line is not about the number.
VOUCHES = CueFamily(words=("认准", "認準", "唯一官方", "唯一客服", "唯一指定", "only official", "the official number"))
# Company designators: a number printed beside another business's name is that business's line.
BUSINESSES = CueFamily(words=("ltd", "limited", "inc", "llc", "pty", "gmbh", "corp", "co.", "有限公司", "有限责任公司"))
