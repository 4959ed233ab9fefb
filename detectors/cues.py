"""Cue vocabularies (service claims, warnings, disclaimers, vouching, businesses) and one fast matcher per family.

Literal words go into an Aho-Corasick automaton (one pass over the text whatever the
vocabulary size); the few cues that need a pattern keep a small regex. A word ending in
`*` is a stem ("cancel*" finds "Canceling"); other Latin words must end at a word edge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick

from detectors.normalise.base import Normalised
from detectors.normalise.names import casefold, folded

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
        """Every cue in `text`, sorted by position (`lowered` is casefold(text) when the caller has it).

        Chinese words are also found written apart or in traditional script (热 线, 熱-線), as
        brand names are: on a copy without name separators, mapped back to the text.
        """
        lowered = lowered if lowered is not None else casefold(text)[0]
        found = [cue for end, (key, stem) in self.automaton.iter(lowered) if (cue := _cue(lowered, end, key, stem))]
        if not lowered.isascii():
            found += self._spaced(lowered, found)
        for needles, regex in self.compiled:
            if any(needle in lowered for needle in needles):
                found += [Cue(m.start(), m.end(), m.group().lower()) for m in regex.finditer(text)]
        return sorted(found, key=lambda cue: (cue.start, cue.end))


    def _spaced(self, lowered: str, found: list[Cue]) -> list[Cue]:
        compact = folded(Normalised(lowered, tuple(range(len(lowered)))))[0]
        if len(compact.text) == len(lowered):
            return []
        taken = {(cue.start, cue.end) for cue in found}
        extra = []
        for end, (key, _) in self.automaton.iter(compact.text):
            if key.isascii():
                continue
            start = compact.origin[end - len(key) + 1]
            cue = Cue(start, compact.origin[end] + 1, key)
            if (cue.start, cue.end) not in taken and cue.end - cue.start > len(key):
                extra.append(cue)
        return extra


def _cue(lowered: str, end: int, key: str, stem: bool) -> Cue | None:
    start = end - len(key) + 1
    if key[0].isascii() and start > 0 and _LATIN_WORD_CHAR.match(lowered[start - 1]):
        return None
    if key[-1].isascii() and not stem and end + 1 < len(lowered) and lowered[end + 1].isalpha() and lowered[end + 1].isascii():
        return None
    return Cue(start, end + 1, key)


# Words that present a number as a brand's service line. Curated: whole words or explicit
# inflections, no bare stems that reach other words ("rang*" found "range", "number*"
# found "ticket number"); Chinese words are also found with spaces or symbols inside (热 线).
CLAIMS = CueFamily(
    words=(
        "客服", "热线", "熱線", "人工", "官方电话", "官方電話", "官方客服", "注销", "註銷", "退款", "退费", "退費", "理赔",
        "理賠", "售后", "售後", "服务电话", "服務電話", "服务热线", "服務熱線", "服务中心", "服務中心", "专线", "專線",
        "维修", "維修", "报修", "報修", "投诉", "投訴", "坐席", "解封", "解冻", "解凍", "客户服务", "客戶服務", "人工服务",
        "受理", "全国统一", "全國統一", "24小时", "24小時", "400电话", "咨询电话", "諮詢電話", "取消服务",
        "customer care", "customer service", "customer services", "customer support", "customer helpline",
        "customer help", "client services", "helpline", "helplines", "help line", "hotline", "hotlines", "help desk",
        "helpdesk", "help center", "help centre", "support line", "support number", "support team", "support desk",
        "support phone", "tech support", "technical support", "toll free", "toll-free", "tollfree", "24/7", "24x7",
        "24 hours", "24-hour", "24 hour", "refund", "refunds", "refund desk", "cancel", "cancellation",
        "cancellations", "canceling", "cancelling", "canceled", "cancelled", "live agent", "live person", "live representative",
        "representative", "reservation", "reservations", "reservation desk", "reschedule", "rescheduling",
        "change fee", "change fees", "flight change", "flight changes", "reservations desk", "booking desk", "rebook",
        "rebooking", "resolution center", "resolution centre", "dispute", "disputes", "dispute a payment",
        "chargeback", "name change", "name correction", "name corrections", "billing", "billing department",
        "account recovery", "recover your account", "unlock your account", "unlock", "unfreeze", "account team", "claims line", "claims department",
        "after-sales", "after sales", "service center", "service centre", "contact number", "phone number",
        "escalation", "supervisor", "vip line", "priority line", "concierge", "speak to a", "speak with a",
        "talk to a", "official number", "official line", "helpdesk number",
    ),
)
# Words that only ask the reader to call: weaker than a service claim.
CALLS = CueFamily(
    words=(
        "拨打", "撥打", "致电", "致電", "联系", "聯繫", "聯系", "电话", "電話", "号码", "號碼", "咨询", "諮詢", "办理",
        "辦理", "通道", "中心", "服务", "服務", "call", "calls", "calling", "dial", "dialing", "phone", "ring", "contact",
        "contacting", "reach", "reaching", "agent", "agents", "desk", "assistance", "specialist", "specialists",
        "department", "team", "line", "number", "whatsapp", "text us", "get in touch",
    ),
)
WARNINGS = CueFamily(
    words=(
        "诈骗", "詐騙", "警惕", "谨防", "謹防", "揭露", "提醒", "假冒", "冒充", "骗子", "騙子", "骗局", "騙局",
        "反诈", "反詐", "防骗", "防騙", "不要拨打", "切勿", "公安", "警方", "报警", "報警", "受害", "上当", "上當",
        "虚假", "虛假", "钓鱼", "釣魚", "被骗", "被騙", "骗取", "騙取", "不法分子", "犯罪", "曝光", "诈骗电话", "詐騙電話",
        "骚扰电话", "騷擾電話",
        "自称", "自稱", "千万别", "千萬別", "别信", "別信", "不要信", "别理", "別理", "拉黑", "举报", "舉報", "挂掉",
        "掛掉", "打给我", "打給我", "打来", "打來", "是骗子", "骗人", "骗人的", "假的", "假客服", "别打", "別打",
        "不要打", "小心", "当心", "當心", "别上当", "別上當", "骗钱", "騙錢", "不是官方", "非官方", "冒牌", "山寨", "记者",
        "記者", "据报道", "據報道", "调查发现", "調查發現", "通报", "通報", "案件", "民警",
        "scam", "scams", "scammer", "scammers", "scam number", "scam call", "scam calls", "scam alert", "scammy",
        "scam likely", "fraudster*", "unofficial", "not legit", "isn't legit", "not the real",
        "reporters", "journalist*", "investigation", "investigators", "researchers", "fraudulent", "fraud alert", "fake*", "beware", "warn*", "police", "do not call",
        "don't call", "never call", "impersonat*", "phishing", "spoof*", "bogus", "victim*", "criminal*", "arrested",
        "reported", "reporting this", "reporting it", "reporting them", "report it", "report this", "report them",
        "report the number", "caution", "be careful", "be aware", "not genuine", "psa", "spammer", "spammers",
        "spam call", "spam calls", "spam caller", "spam number", "spam numbers", "is spam", "abuse", "ban",
        "banned", "complaint about", "complaints about", "watchdog*", "don't fall", "do not fall", "hung up",
        "hang up", "claimed to be", "claiming to be", "pretend*", "asked for my", "called me", "texted me",
        "got a call", "received a call",
    ),
    patterns=(
        (("这个号码",), r"这个号码[^。!?\n]{0,40}吗"), (("這個號碼",), r"這個號碼[^。!?\n]{0,40}嗎"),
        (("接到",), r"接到[^。!?\n]{0,12}[电電]话"),
        ((" not ", "n't "), r"\b(?:is|are|was) not (?:a |an |the )?[^.!?\n]{0,40}(?:number|line|support|official|real|genuine)"
                            r"|\bisn't (?:a |an |the )?[^.!?\n]{0,40}(?:number|line|support|official|real|genuine)"),
        # the brand has no phone line at all, so any number given as its line is not its own
        ((" no ", "not ", "n't "), r"\b(?:has|have) no (?:customer service |customer support |phone |support )?"
                                   r"(?:phone|number|hotline|helpline|line|phone support)"
                                   r"|\bdo(?:es)?(?:n't| not) (?:have|offer|provide) (?:a |any )?(?:customer service |"
                                   r"customer support |phone |telephone |live )?(?:phone|number|hotline|helpline|line|"
                                   r"phone support|support line)"),
        (("没有", "沒有", "不设", "不設", "无客服", "無客服"),
         r"(?:没有|沒有|不设|不設|无|無)(?:任何)?(?:客服|人工|官方)?(?:电话|電話|热线|熱線|人工客服)"),
    ),
)
# Warnings that are about a number or a line itself: they reach two sentences from the number
# (other warning words only its own sentence and the one before).
NUMBER_WARNINGS = frozenset((
    "不要拨打", "别打", "別打", "不要打", "千万别", "千萬別", "假客服", "冒充", "假冒", "scam number", "fake number",
    "do not call", "don't call", "never call", "not the real", "not genuine", "impersonat", "spam number",
    "诈骗电话", "詐騙電話", "骚扰电话", "騷擾電話", "scam call", "scam calls", "scam likely",
))


def about_a_number(cue: Cue) -> bool:
    """A warning that names a number or line as fake, or says the brand has none (see NUMBER_WARNINGS)."""
    word = cue.word
    return word in NUMBER_WARNINGS or word.startswith(("impersonat", "scam number", "fake number")) or any(
        marker in word for marker in (" not ", "n't ", "没有", "沒有", "不设", "不設", "无", "無"))


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
