"""Findings as a STIX 2.1 bundle: the brand, the fake numbers as tel: URLs, the pages, what we saw.

IDs are UUIDv5 of stable keys and times come from the findings, so the same pack input gives
the same bundle byte for byte. STIX has no phone-number object; a number is the `url` object
of its RFC 3966 `tel:` URI, which is standard STIX and what a dialler would follow.
"""
from __future__ import annotations

import re
import uuid
from datetime import datetime

import stix2

from takedown.evidence.encoding import utf8
from takedown.evidence.packinput import FindingInput, PackInput

_SURROGATE = re.compile("[\ud800-\udfff]")
NAMESPACE = uuid.UUID("0a6f5e6c-5bd8-4c1e-9a55-5c0a75e1c9a1")  # scamsweep's own, fixed forever


def _text(value: str) -> str:
    """STIX text must be valid Unicode: a lone surrogate from scraped text becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", value)


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


def _quote(value: str) -> str:
    """A STIX pattern string literal (backslash and quote escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _first_seen(findings: list[FindingInput], fallback: datetime) -> datetime:
    seen = [f.first_seen for f in findings if f.first_seen is not None]
    return min(seen) if seen else fallback


def stix_bundle(pack: PackInput) -> bytes:
    """The bundle as deterministic JSON bytes; `stix2.parse(..., allow_custom=False)` accepts it."""
    objects: dict[str, object] = {}
    earliest = min(page.captured_at for page in pack.pages)
    for brand in sorted({_text(f.brand) for f in pack.findings}):
        identity = stix2.v21.Identity(id=stix_id("identity", brand), name=brand, identity_class="organization",
                                      created=earliest, modified=earliest,
                                      description="Brand impersonated by fake customer-service numbers")
        objects[identity.id] = identity
    for number in sorted({f.number_e164 for f in pack.findings if f.number_e164}):
        _add_number(objects, number, [f for f in pack.findings if f.number_e164 == number], earliest)
    for page in pack.sorted_pages():
        _add_page(objects, pack, page)
    bundle = stix2.v21.Bundle(id=stix_id("bundle", f"{pack.kind}:{pack.subject}:{pack.platform}"),
                              objects=[objects[key] for key in sorted(objects)])
    return utf8(bundle.serialize(sort_keys=True, indent=2, ensure_ascii=False) + "\n")


def _add_number(objects: dict, number: str, findings: list[FindingInput], fallback: datetime) -> None:
    seen = _first_seen(findings, fallback)
    brands = sorted({_text(f.brand) for f in findings})
    indicator = stix2.v21.Indicator(
        id=stix_id("indicator", f"tel:{number}"), created=seen, modified=seen, valid_from=seen,
        name=f"Fake customer-service number {number}", indicator_types=["malicious-activity"],
        description=f"Advertised as the customer-service number of {', '.join(brands)}; not an official number.",
        pattern=f"[url:value = {_quote('tel:' + number)}]", pattern_type="stix",
    )
    campaign = stix2.v21.Campaign(id=stix_id("campaign", number), created=seen, modified=seen, first_seen=seen,
                                  name=f"Fake customer-service number {number} ({', '.join(brands)})")
    objects[indicator.id] = indicator
    objects[campaign.id] = campaign
    _relate(objects, indicator.id, "indicates", campaign.id, seen)
    for brand in brands:
        _relate(objects, campaign.id, "targets", stix_id("identity", brand), seen)


def _relate(objects: dict, source: str, kind: str, target: str, when: datetime) -> None:
    relation = stix2.v21.Relationship(id=stix_id("relationship", f"{source}|{kind}|{target}"), created=when,
                                      modified=when, relationship_type=kind, source_ref=source, target_ref=target)
    objects[relation.id] = relation


def _add_page(objects: dict, pack: PackInput, page) -> None:
    findings = [f for f in pack.findings if f.page_key == page.key]
    page_url = _text(page.final_url or page.url)
    urls = [stix2.v21.URL(value=page_url)]
    urls += [stix2.v21.URL(value=f"tel:{n}") for n in sorted({f.number_e164 for f in findings if f.number_e164})]
    for url in urls:
        objects[url.id] = url
    when = page.captured_at
    observed = stix2.v21.ObservedData(
        id=stix_id("observed-data", f"{page.key}|{page_url}"), created=when, modified=when, first_observed=when,
        last_observed=when, number_observed=1, object_refs=sorted(url.id for url in urls),
    )
    objects[observed.id] = observed
    indicator = stix2.v21.Indicator(
        id=stix_id("indicator", f"url:{page_url}"), created=when, modified=when, valid_from=when,
        name="Page advertising a fake customer-service number", indicator_types=["malicious-activity"],
        pattern=f"[url:value = {_quote(page_url)}]", pattern_type="stix",
    )
    objects[indicator.id] = indicator
    for number in sorted({f.number_e164 for f in findings if f.number_e164}):
        _relate(objects, indicator.id, "indicates", stix_id("campaign", number), when)
