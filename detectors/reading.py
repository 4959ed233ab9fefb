"""How a digit string is read as a phone number: which regions, in which order, and the forms a number is kept in.

A national number is read first in the markets of the brand it is attributed to (valid
there, then merely possible there when it is written in that country's national shape),
and only then in the page's other regions: 07700 900461 beside a British brand is
+44 7700 900461 although the UK reserves that range for drama and China has a valid
reading; "(555) 010-4477" beside an American brand is +1 555 010 4477.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SHORT_CODE = re.compile(r"(?:95\d{3}|96\d{3}|1010\d{4})")
_SERVICE = re.compile(r"(?:400|800)\d{7}")
NANP_REGIONS = frozenset({"US", "CA"})


def valid(digits: str, region: str | None):
    """The PhoneNumber `digits` dial in `region` when phonenumbers calls it valid, else None."""
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def possible_international(text: str):
    """A number after + or 00 that has a possible length (fictional ranges included), else None."""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) and len(str(number.national_number)) >= 6 else None


def possible_national(digits: str, region: str):
    """A number written in `region`'s national shape (its trunk prefix, or NANP's ten digits) with a possible length.

    >>> phonenumbers.format_number(possible_national("07700900461", "GB"), PhoneNumberFormat.E164)
    '+447700900461'
    >>> possible_national("7700900461", "GB") is None
    True
    """
    if region in NANP_REGIONS:
        if not (len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))):
            return None
    else:
        prefix = _trunk_prefix(region)
        if not prefix or not digits.startswith(prefix) or len(digits) < 8:
            return None
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


@cache
def _trunk_prefix(region: str) -> str:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata is not None else ""


def read_national(digits: str, regions: Sequence[str], markets: Sequence[str] = ()):
    """The first reading of national digits: valid in a market, possible in a market, then valid in a region.

    >>> read_national("07700900461", ("CN", "US", "GB"), ("GB",)).country_code
    44
    >>> read_national("07700900461", ("CN", "US", "GB")).country_code
    86
    """
    for region in markets:
        number = valid(digits, region)
        if number is not None:
            return number
    for region in markets:
        number = possible_national(digits, region)
        if number is not None:
            return number
    for region in ordered(digits, regions):
        number = valid(digits, region)
        if number is not None:
            return number
    return None


def ordered(digits: str, regions: Sequence[str], nanp_shaped: bool = False) -> Sequence[str]:
    """Regions to read national digits in, most likely first.

    The page's own order (brand markets, then language) wins, except that a leading 1
    with eleven digits reads as North American when written 1-XXX-XXX-XXXX (a Chinese
    mobile number is grouped 3-4-4).
    """
    if regions and len(digits) == 11 and digits.startswith("1") and (nanp_shaped or regions[0] in NANP_REGIONS):
        return sorted(regions, key=lambda r: r not in NANP_REGIONS)
    return regions


def kind_of(raw: str, number) -> str:
    """intl_plus, intl_00, service_400/800 (China), mobile or national."""
    stripped = raw.lstrip(" ([{")
    if stripped.startswith("+"):
        return "intl_plus"
    if stripped.startswith("00"):
        return "intl_00"
    national = str(number.national_number)
    if number.country_code == 86 and _SERVICE.fullmatch(national):
        return "service_" + national[:3]
    if phonenumbers.number_type(number) == PhoneNumberType.MOBILE:
        return "mobile"
    return "national"


def number_forms(number, kind: str) -> tuple[str, str]:
    """(identity key, as dialled): E.164 and, for domestic non-NANP numbers, the national digits.

    >>> number_forms(phonenumbers.parse("4006816666", "CN"), "service_400")
    ('+864006816666', '4006816666')
    """
    if isinstance(number, str):
        return number, number
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if kind == "intl_plus" or number.country_code == 1:
        return e164, e164
    if kind == "intl_00":
        return e164, "00" + e164[1:]
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return e164, "".join(ch for ch in national if ch.isdigit())
