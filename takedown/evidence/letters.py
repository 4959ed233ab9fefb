"""Request letters in a platform's terms, in Chinese and English, filled from the pack input."""
from __future__ import annotations

from pathlib import Path
from string import Template

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


def render_letter(pack: PackInput, language: str, fingerprint: str) -> bytes:
    """The letter for the pack's platform in `language` (zh or en), UTF-8."""
    template = Template((TEMPLATES / f"letter.{pack.platform}.{language}.txt").read_text("utf-8"))
    return utf8(template.substitute(letter_fields(pack, fingerprint)))
