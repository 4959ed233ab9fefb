"""Compose the hand-written passages with brands, fictional numbers and obfuscations into cases.jsonl.

Run from the repository root: `.venv/bin/python tests/corpus/build_cases.py` (deterministic; rewrites
tests/corpus/cases.jsonl and the counts section of tests/corpus/README.md).
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from string import Template

import zhconv

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from brands import EN, ZH, Brand  # noqa: E402
from fakenumbers import NumberPool  # noqa: E402
from obfuscate import DIGIT_FAMILIES, Phone, homoglyph, render_number, separated_brand  # noqa: E402
from passage import Passage  # noqa: E402
import passages_benign_en  # noqa: E402
import passages_benign_zh  # noqa: E402
import passages_capitals_en  # noqa: E402
import passages_scam_en  # noqa: E402
import passages_scam_zh  # noqa: E402

SCAM_DIGITS = {
    "zh": ("plain", "fullwidth", "chinese_numerals", "circled", "keycap", "zero_width", "financial_numerals",
           "letter_digits", "math_digits", "separators", "superscript"),
    "en": ("plain", "fullwidth", "spelled_out", "circled", "keycap", "zero_width", "letter_digits",
           "math_digits", "separators", "superscript"),
}
BENIGN_DIGITS = {
    "zh": ("plain", "fullwidth", "chinese_numerals", "plain", "financial_numerals", "circled", "keycap",
           "zero_width", "separators", "math_digits", "letter_digits", "superscript"),
    "en": ("plain", "spelled_out", "fullwidth", "plain", "keycap", "letter_digits", "math_digits", "zero_width",
           "separators", "circled"),
}
SCAM_BRAND_FORMS = {
    "zh": ("plain", "homophone", "traditional", "brand_separators", "lookalike_domain", "plain"),
    "en": ("plain", "homoglyph", "brand_separators", "lookalike_domain", "plain"),
}
DEFAULT_NUMS = {"zh": ("cn400", "intl00", "intlplus", "mobile_intl"), "en": ("nanp", "intlplus", "intl00", "mobile_uk")}
NUMBER_SLOTS = ("N", "N2", "W", "S", "O")
NUMBER_FAMILY = {"intl00": "intl_00", "short": "short_code", "mobile_intl": "mobile", "mobile_uk": "mobile"}
LOOKALIKE_PATTERNS = ("{}-kefu.test", "{}400.test", "{}-support-desk.example", "help-{}.example",
                      "{}-care.test", "www.{}-official.example", "{}kf.test", "{}-helpline.example")
KIND_HOSTS = {
    "forum": ("bbs.chatter.example", "forum.teahouse.test", "community.askaround.example"),
    "blog": ("dailytips.example", "lifehacks-notes.test", "moneywise.example"),
    "other": ("kb.deskportal.example", "b2b.tradehub.test", "classifieds.citypost.example"),
    "app": ("apps.storefront.example",),
    "news": ("news.metrodaily.example", "www.eveningpost.test"),
    "search": (),
    "official": (),
}


def uses(text: str, slot: str) -> bool:
    """Whether the template has the slot `$slot` or `${slot}` (so $T is not found inside $TO)."""
    return re.search(rf"\$(?:{slot}(?![A-Za-z0-9_])|\{{{slot}\}})", text) is not None


class Chooser:
    """Picks the least-used option so families, brands and number kinds spread evenly, deterministically."""

    def __init__(self) -> None:
        self.usage: Counter[str] = Counter()

    def pick(self, options, key=lambda option: option):
        best = min(options, key=lambda option: self.usage[key(option)])
        self.usage[key(best)] += 1
        return best


class Builder:
    """Turns each passage into `variants` cases with rotating brands, numbers and families."""

    def __init__(self) -> None:
        self.pool = NumberPool(20261128)
        self.brands, self.digits, self.forms, self.kinds = Chooser(), Chooser(), Chooser(), Chooser()
        self.variant = 0

    def cases(self, passages: list[Passage]) -> list[dict]:
        out = []
        for passage in passages:
            for _ in range(passage.variants):
                self.variant += 1
                out.append(self.case(passage))
        return out

    def case(self, passage: Passage) -> dict:
        brand = None if passage.brandless else self.pick_brand(passage)
        families: list[str] = []
        slots, scam_numbers = self.fill_numbers(passage, brand, families)
        form = self.brand_form(passage, brand, families)
        slots.update(self.brand_slots(brand, form))
        url = self.url_for(passage, brand, form, slots, families)
        template = passage.text
        if form == "traditional":
            template, slots = self.traditional(template, slots)
        text = Template(template).substitute(slots)
        ordered = sorted(set(families), key=families.index)
        return {
            "id": "", "lang": passage.lang, "source_kind": passage.kind, "url": url, "synthetic": True,
            "derived_from": None, "text": text, "brand": brand.name if brand else None,
            "brand_aliases": list(brand.aliases) if brand else [],
            "official_numbers": brand.official_numbers if brand else [],
            "official_domains": list(brand.domains) if brand else [], "label": passage.label,
            "scam_numbers": scam_numbers, "why": self.why(passage, brand, ordered), "families": ordered,
        }

    def traditional(self, template: str, slots: dict[str, str]) -> tuple[str, dict[str, str]]:
        """Convert the page to traditional script; 幺 stays 幺 in numbers (zhconv would make it 么)."""
        locale = ("zh-tw", "zh-hk", "zh-hant")[self.variant % 3]
        converted = {key: zhconv.convert(value, locale).replace("么", "幺") if key in NUMBER_SLOTS
                     else zhconv.convert(value, locale) for key, value in slots.items()}
        return zhconv.convert(template, locale), converted

    def pick_brand(self, passage: Passage) -> Brand:
        pool = ZH if passage.lang in ("zh", "mixed") else EN
        needs_official = uses(passage.text, "O")
        options = [b for b in pool if ("*" in passage.sectors or b.sector in passage.sectors)
                   and (b.official or not needs_official)]
        if not options:
            raise ValueError(f"no brand fits passage {passage.text[:40]!r}")
        return self.brands.pick(options, key=lambda b: b.name)

    def fill_numbers(self, passage: Passage, brand: Brand | None, families: list[str]):
        lang = "zh" if passage.lang in ("zh", "mixed") else "en"
        scam_label = passage.label == "scam"
        table = SCAM_DIGITS if scam_label else BENIGN_DIGITS
        options = table[lang] + (("spelled_out",) if passage.lang == "mixed" and scam_label else ())
        digit_family = self.digits.pick(options, key=lambda f: f"{passage.label}:{f}")
        kinds = passage.nums or DEFAULT_NUMS[lang]
        slots, found = {}, []
        for slot in ("N", "N2", "W", "S"):
            if not (uses(passage.text, slot) or (slot == "N" and uses(passage.text, "T"))):
                continue
            kind = self.kinds.pick(kinds, key=lambda k: f"{passage.lang}:{k}")
            phone = self.pool.fresh(kind)
            slots[slot], used = self.render(phone, digit_family)
            families.extend(self.phone_families(phone, kind, used, slots[slot]))
            if slot in ("N", "N2") and scam_label:
                found.append(phone.norm)
                if slot == "N":
                    slots["T"] = "tel:" + phone.norm
        if brand and brand.official:
            printed, norm = brand.official[self.variant % len(brand.official)]
            slots["O"] = printed if scam_label else DIGIT_FAMILIES[digit_family](printed, self.variant)
            slots["TO"] = "tel:" + norm
            slots["OD"] = norm.removeprefix("+1").removeprefix("+")
            if not scam_label and uses(passage.text, "O"):
                families.extend(self.genuine_families(norm, digit_family))
        if uses(passage.text, "T") or uses(passage.text, "TO"):
            families.append("tel_link")
        if scam_label and uses(passage.text, "O"):
            families.append("genuine_plus_fake")
        return slots, found

    @staticmethod
    def genuine_families(norm: str, digit_family: str) -> list[str]:
        out = [] if digit_family == "plain" else [digit_family]
        if norm.isdigit() and len(norm) <= 8:
            out.append("short_code")
        return out

    def render(self, phone: Phone, family: str) -> tuple[str, str]:
        text = render_number(phone, family, self.variant)
        used = family if family != "letter_digits" or any(c in text for c in "OolI") else "separators"
        return text, used

    @staticmethod
    def phone_families(phone: Phone, kind: str, digit_family: str, text: str) -> list[str]:
        out = [] if digit_family == "plain" else [digit_family]
        if kind in NUMBER_FAMILY:
            out.append(NUMBER_FAMILY[kind])
        if phone.prefix.startswith("+"):
            out.append("intl_plus")
        if phone.kind == "uk_mobile" and "mobile" not in out:
            out.append("mobile")
        return out

    def brand_form(self, passage: Passage, brand: Brand | None, families: list[str]) -> str:
        if brand is None or passage.label == "benign" or passage.form:
            form = passage.form or "plain"
            if form != "plain":
                families.append(form)
            return form
        lang = "zh" if passage.lang in ("zh", "mixed") else "en"
        form = self.forms.pick(SCAM_BRAND_FORMS[lang], key=lambda f: f"{lang}:{f}")
        if form != "plain":
            families.append(form)
        return form

    def brand_slots(self, brand: Brand | None, form: str) -> dict[str, str]:
        if brand is None:
            return {}
        names = (brand.name,) + brand.aliases[:2]
        plain = names[self.variant % len(names)] if self.variant % 3 == 0 else brand.name
        shown = {
            "homophone": lambda: brand.homophones[self.variant % len(brand.homophones)],
            "homoglyph": lambda: homoglyph(plain, self.variant),
            "brand_separators": lambda: separated_brand(plain, self.variant),
        }.get(form, lambda: plain)()
        again = shown if form in ("homophone", "homoglyph") else brand.name
        domain = brand.domains[0] if brand.domains else f"{brand.slug}.example"
        return {"B": shown, "A": again, "P": brand.name, "D": domain}

    def url_for(self, passage, brand, form, slots, families) -> str | None:
        lookalike = brand and LOOKALIKE_PATTERNS[self.variant % len(LOOKALIKE_PATTERNS)].format(brand.slug)
        if passage.label == "scam" and brand and (form == "lookalike_domain" or uses(passage.text, "D")):
            slots["D"] = lookalike
            if "lookalike_domain" not in families:
                families.append("lookalike_domain")
            return f"https://{lookalike}/{self.variant}.html"
        if passage.label == "benign" and uses(passage.text, "L"):
            slots["L"] = lookalike
            families.append("lookalike_domain")
            return f"https://{lookalike}/"
        if passage.kind == "official" and brand and brand.fictional:
            return f"https://{brand.domains[0]}/help/contact"
        hosts = KIND_HOSTS[passage.kind]
        if not hosts or self.variant % 3 == 0:
            return None
        return f"https://{hosts[self.variant % len(hosts)]}/p/{1000 + self.variant}.html"

    @staticmethod
    def why(passage: Passage, brand: Brand | None, families: list[str]) -> str:
        note = passage.why
        if families:
            note += f" [{', '.join(families)}]"
        if brand and brand.official and brand.why_official:
            note += f"; official number per {brand.why_official}"
        return note


def all_passages() -> list[Passage]:
    # Newer passage files go last, so the brands, numbers and families of earlier cases stay as they were.
    return (passages_scam_zh.PASSAGES + passages_scam_en.PASSAGES
            + passages_benign_zh.PASSAGES + passages_benign_en.PASSAGES + passages_capitals_en.PASSAGES)


def build() -> list[dict]:
    cases = Builder().cases(all_passages())
    random.Random(7).shuffle(cases)
    for index, case in enumerate(cases, start=1):
        case["id"] = f"t-{index:04d}"
    return cases


def counts_markdown(cases: list[dict]) -> str:
    def table(title: str, counter: Counter) -> str:
        rows = "\n".join(f"| {key} | {value} |" for key, value in sorted(counter.items(), key=lambda kv: -kv[1]))
        return f"| {title} | cases |\n|---|---|\n{rows}\n"
    scam_families = Counter(f for c in cases if c["label"] == "scam" for f in c["families"])
    benign_families = Counter(f for c in cases if c["label"] == "benign" for f in c["families"])
    family_rows = "\n".join(f"| {f} | {scam_families[f]} | {benign_families[f]} |"
                            for f in sorted(set(scam_families) | set(benign_families)))
    return "\n".join([
        f"Total: {len(cases)} cases.\n",
        table("label", Counter(c["label"] for c in cases)),
        table("lang", Counter(c["lang"] for c in cases)),
        table("source_kind", Counter(f'{c["source_kind"]} / {c["label"]}' for c in cases)),
        f"| family | scam cases | benign cases |\n|---|---|---|\n{family_rows}\n",
    ])


def write(cases: list[dict]) -> None:
    lines = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
    (HERE / "cases.jsonl").write_text(lines, encoding="utf-8")
    readme = HERE / "README.md"
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    readme.write_text(f"{head}{start}\n{counts_markdown(cases)}{end}{tail}", encoding="utf-8")


def main(argv: list[str]) -> int:
    built = build()
    if "--check" in argv:
        current = (HERE / "cases.jsonl").read_text(encoding="utf-8")
        fresh = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in built)
        readme = (HERE / "README.md").read_text(encoding="utf-8")
        if current != fresh or counts_markdown(built) not in readme:
            print("tests/corpus/cases.jsonl or its README counts are out of date: rerun "
                  "tests/corpus/build_cases.py", file=sys.stderr)
            return 1
        return 0
    write(built)
    print(counts_markdown(built))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
