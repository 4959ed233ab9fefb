"""The rules the detector runs, listed explicitly: page rules and per-number rules."""
from __future__ import annotations

from detectors.rules import brand, context, domain, phone

PAGE_RULES = (
    domain.official_domain,
    domain.lookalike_domain,
    context.warning_article,
    phone.tel_link_differs,
    phone.identifiers,
)

NUMBER_RULES = (
    brand.brand_mention,
    phone.official,
    phone.international_prefix,
    phone.foreign_to_brand,
    phone.same_area_as_official,
    phone.obfuscated,
    phone.vanity,
    phone.repeated,
    context.service_claim,
    context.warning_around_number,
    context.disclaimer,
    context.other_business,
    brand.brand_near_number,
)
