"""Request letters in a platform's terms, in Chinese and English, filled from the pack input."""
from __future__ import annotations

from pathlib import Path
from string import Template

from takedown.errors import EvidenceError
from takedown.evidence.encoding import utf8
from takedown.evidence.packinput import PackInput
from takedown.evidence.textmark import one_line

TEMPLATES = Path(__file__).with_name("templates")
LANGUAGES = ("zh", "en")


def subject_of(pack: PackInput) -> str:
    """How letters and reports name the pack: "finding 12" or "cluster +85212345678"."""
    return f"{pack.kind} {pack.subject}"


def letter_fields(pack: PackInput, fingerprint: str) -> dict[str, str]:
    """The values every template may use; untrusted strings are made one-line-safe."""
    findings = pack.sorted_findings()
    official = sorted({n for f in findings for n in f.official_numbers})
    fake = sorted({f.number_e164 for f in findings if f.number_e164}) or ["(impersonating app)"]
    pages = pack.sorted_pages()
    return {
        "brand": one_line(", ".join(sorted({f.brand for f in findings}))),
        "official_numbers": one_line(", ".join(official) or "(none on record)"),
        "fake_numbers": one_line(", ".join(fake)),
        "url_list": "\n".join(f"  - {one_line(page.final_url or page.url)}" for page in pages),
        "first_captured": min(p.captured_at for p in pages).strftime("%Y-%m-%d %H:%M:%S"),
        "subject": subject_of(pack),
        "fingerprint": fingerprint,
    }


def carrier_fields(pack: PackInput) -> dict[str, str]:
    """The number in every form a carrier searches for, its range holder, and the reporting
    channel of its country (never another country's); NoChannel when none is known."""
    from takedown.channels import channel_for, number_facts

    numbers = sorted({f.number_e164 for f in pack.findings if f.number_e164})
    if len(numbers) != 1:
        raise EvidenceError(f"a carrier pack is about one number; this pack has {len(numbers) or 'no'} numbers")
    facts = number_facts(numbers[0])
    channel = channel_for(numbers[0], pack.channels)
    written = sorted({one_line(f.number_raw) for f in pack.findings if f.number_raw})
    holder = facts.range_holder or "not in phonenumbers' carrier data"
    lines = [f"  - E.164: {facts.e164}", f"  - national ({facts.region}): {facts.national}",
             f"  - as written on the pages: {'; '.join(written) or facts.e164}",
             f"  - range holder: {one_line(holder)}"]
    return {"number_list": "\n".join(lines), "channel_name": channel.name, "channel_how": channel.how}


def render_letter(pack: PackInput, language: str, fingerprint: str) -> bytes:
    """The letter for the pack's platform in `language` (zh or en), UTF-8, signed by the reporter."""
    template = Template((TEMPLATES / f"letter.{pack.platform}.{language}.txt").read_text("utf-8"))
    fields = letter_fields(pack, fingerprint)
    if pack.platform == "carrier":
        fields |= carrier_fields(pack)
    return utf8(template.substitute(fields) + sender_block(pack, language))


def sender_block(pack: PackInput, language: str) -> str:
    """Who writes, on what authority, and under which policy the platform is asked to act."""
    reporter = pack.reporter
    if reporter is None:
        return ""
    brand = one_line(", ".join(sorted({f.brand for f in pack.findings})))
    reach = ", ".join(one_line(v) for v in (reporter.email, reporter.phone) if v)
    if language == "zh":
        role = "商标权利人" if reporter.authority == "trademark owner" else f"{one_line(reporter.on_behalf_of)}的授权代理人"
        return (f"\n我方身份：{one_line(reporter.organisation)}，为“{brand}”{role}。\n"
                f"请求依据：{one_line(reporter.policy(pack.platform))}\n"
                f"联系人：{one_line(reporter.contact)}，{reach}\n")
    return (f"\n{one_line(reporter.authority_statement(brand))}\n"
            f"We ask you to act under {one_line(reporter.policy(pack.platform))}.\n"
            f"{one_line(reporter.contact)}, {one_line(reporter.organisation)}, {reach}\n")
