"""Signals about one phone number: official or not, how it is written, where it dials."""
from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumberType

from detectors.page import Page
from detectors.types import PhoneHit, Reason, Span


def is_official(page: Page, hit: PhoneHit) -> bool:
    """The number is a configured official number (compared as E.164 and as dialled digits)."""
    digits = hit.dialled.lstrip("+")
    return hit.number in page.official_numbers or hit.dialled in page.official_numbers or digits in page.official_numbers


def official(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    if is_official(page, hit):
        yield Reason("phone.official", 0.0, hit.span, hit.number)
    elif (brand := page.brand_for(hit)) is not None and brand.official_numbers:
        yield Reason("phone.not_official", 0.0, hit.span, f"{brand.name} lists {', '.join(brand.official_numbers)}")


def international_prefix(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    if hit.kind == "intl_00":
        yield Reason("phone.intl_prefix_00", 0.0, hit.span, hit.dialled)


def foreign_to_brand(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A number that dials a country outside the brand's markets (a 还呗 line in the UK)."""
    brand = page.brand_for(hit)
    if brand is None or not brand.markets or not hit.number.startswith("+"):
        return
    try:
        country = phonenumbers.parse(hit.number).country_code
    except phonenumbers.NumberParseException:
        return
    if country not in {phonenumbers.country_code_for_region(m) for m in brand.markets}:
        yield Reason("phone.foreign_to_brand", 0.0, hit.span, f"+{country} outside {','.join(brand.markets)}")


MIN_AREA_DIGITS = 3  # a two-digit area (London 20, Beijing 10) is a whole metropolis, not an office


def same_area_as_official(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A landline in the same city area as the brand's official landline: most likely a real office line.

    Scam lines are mobile, toll-free, 400 or foreign numbers; a fraudster rarely holds a
    number in the exchange of the brand's head office.
    """
    brand = page.brand_for(hit)
    if brand is None or is_official(page, hit) or not hit.number.startswith("+"):
        return
    area = _area(hit.number)
    if area and any(_area(number) == area for number in brand.official_numbers if number.startswith("+")):
        yield Reason("phone.same_area_as_official", 0.0, hit.span, area[1])


def _area(e164: str) -> tuple[int, str] | None:
    """(country code, geographic area code) of a fixed-line number, or None."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.number_type(number) not in (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return None
    length = phonenumbers.length_of_geographical_area_code(number)
    if length < MIN_AREA_DIGITS:
        return None
    return number.country_code, str(number.national_number)[:length]


def obfuscated(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    if hit.obfuscated:
        yield Reason("phone.obfuscated", 0.0, hit.span, hit.raw)


def vanity(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """The number was read from keypad letters (its brand uses vanity numbers): how it dials."""
    if hit.vanity:
        yield Reason("phone.vanity", 0.0, hit.span, f"{hit.raw} dials {hit.dialled}")


def tel_link_differs(page: Page) -> Iterator[Reason]:
    """A tel: link that dials a number the visible text does not show."""
    visible = {hit.number for hit in page.phones}
    for hit in page.tel_phones:
        if hit.number not in visible:
            yield Reason("phone.tel_link_differs", 0.0, None, hit.raw)


def identifiers(page: Page) -> Iterator[Reason]:
    """Digit runs read as identifiers, amounts or years, not phones (order #…, 运单号…, card numbers)."""
    for item in page.identifiers[:20]:
        yield Reason("number.identifier", 0.0, Span(item.start, item.end), item.what)


REPEATED = 3  # occurrences of one number that make a page read like a spam template


def repeated(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """The same number written three times or more: help-desk spam repeats its line after every sentence."""
    count = sum(1 for other in page.phones if other.number == hit.number)
    if count >= REPEATED:
        yield Reason("phone.repeated", 0.0, hit.span, f"{count} times")
