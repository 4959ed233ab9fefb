"""The shape of one hand-written passage template and the two helpers the passage files use."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    """A hand-written page text with slots: $B brand, $A brand again, $N/$N2 fake numbers, $O the genuine
    number, $T a tel: target of $N, $D a domain, $W a scam number quoted in a warning, $S a business's own
    number, $P the brand's plain name, $TO a tel: target of the genuine number, $OD its bare digits. `nums` lists the
    fake-number kinds that read naturally in this text."""

    label: str
    lang: str
    kind: str
    sectors: tuple[str, ...]
    text: str
    why: str
    nums: tuple[str, ...] = ()
    variants: int = 2
    brandless: bool = False
    form: str = ""            # force a brand spelling family (e.g. a warning that quotes a homophone)


def scam(lang: str, kind: str, sectors: str, text: str, why: str, nums: str = "", variants: int = 2,
         form: str = "") -> Passage:
    return Passage("scam", lang, kind, tuple(sectors.split()), text.strip(), why, tuple(nums.split()), variants,
                   form=form)


def benign(lang: str, kind: str, sectors: str, text: str, why: str, variants: int = 2,
           brandless: bool = False, nums: str = "", form: str = "") -> Passage:
    return Passage("benign", lang, kind, tuple(sectors.split()), text.strip(), why, tuple(nums.split()),
                   variants, brandless, form)
