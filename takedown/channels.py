"""Where a phone number is reported: its forms, its range holder, and its country's reporting channel.

One table, `REPORTING_CHANNELS`, names the channel of each country by ISO region; the config
extends or overrides it with `[reporting_channels.XX]` tables (name, how). A number whose
country has no channel is an error that says which table to add, never another country's
channel: a US number is never sent to China's 12321.

    >>> channel_for("+18885550199").name
    'the US Federal Trade Commission (FTC) and Federal Communications Commission (FCC)'
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, carrier, geocoder

from takedown.errors import TakedownError


@dataclass(frozen=True)
class Channel:
    """A national channel for reporting fraud numbers, and how to use it."""

    region: str
    name: str
    how: str


REPORTING_CHANNELS: dict[str, Channel] = {
    "CN": Channel("CN", "12321, China's Internet and telecom harmful information reporting centre (12321举报中心)",
                  "report online at www.12321.cn or by calling 12321"),
    "GB": Channel("GB", "7726, the UK mobile operators' scam reporting service",
                  "forward the number by text to 7726, or report it to the operator through 7726.org"),
    "IN": Channel("IN", "Chakshu, the Department of Telecommunications' fraud reporting facility on Sanchar Saathi",
                  "report at sancharsaathi.gov.in (Chakshu)"),
    "US": Channel("US", "the US Federal Trade Commission (FTC) and Federal Communications Commission (FCC)",
                  "report to the FTC at reportfraud.ftc.gov and to the FCC at consumercomplaints.fcc.gov"),
    "AU": Channel("AU", "Scamwatch, run by the Australian Competition and Consumer Commission",
                  "report at scamwatch.gov.au"),
    "HK": Channel("HK", "the Hong Kong Police Anti-Deception Coordination Centre (ADCC)",
                  "call the Anti-Scam Helpline 18222 or report at adcc.gov.hk"),
}


class NoChannel(TakedownError):
    """No reporting channel is known for a number's country."""

    exit_code = 3


@dataclass(frozen=True)
class NumberFacts:
    """A number in the forms a carrier searches for, and what phonenumbers knows of its range."""

    e164: str
    national: str
    international: str
    region: str
    range_holder: str  # "" when phonenumbers' carrier data does not know the range
    place: str  # geocoder description ("" when unknown)


def number_facts(e164: str) -> NumberFacts:
    """The forms and range data of an E.164 number (a ValueError for one that does not parse).

    >>> number_facts("+61491570313").national
    '0491 570 313'
    """
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{e164!r} is not an E.164 number: {exc}") from None
    region = phonenumbers.region_code_for_number(parsed) or \
        phonenumbers.region_code_for_country_code(parsed.country_code)
    return NumberFacts(
        e164=phonenumbers.format_number(parsed, PhoneNumberFormat.E164),
        national=phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL),
        international=phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL),
        region=region if region != "ZZ" else "",
        range_holder=carrier.name_for_number(parsed, "en"),
        place=geocoder.description_for_number(parsed, "en"),
    )


def channels_from_config(config: Mapping, source: str) -> dict[str, Channel]:
    """The built-in table extended by the config's `[reporting_channels.XX]` tables (name, how)."""
    table = config.get("reporting_channels", {})
    if not isinstance(table, Mapping):
        raise NoChannel(f"{source}: [reporting_channels] must be a table of regions")
    channels = dict(REPORTING_CHANNELS)
    for region, entry in table.items():
        code = str(region).upper()
        if len(code) != 2 or not code.isalpha():
            raise NoChannel(f"{source}: [reporting_channels.{region}] is not a two-letter region code")
        if not isinstance(entry, Mapping) or not all(isinstance(entry.get(k), str) and entry[k].strip()
                                                     for k in ("name", "how")):
            raise NoChannel(f"{source}: [reporting_channels.{region}] needs name and how")
        channels[code] = Channel(code, " ".join(entry["name"].split()), " ".join(entry["how"].split()))
    return channels


def channel_for(e164: str, channels: Mapping[str, Channel] | None = None) -> Channel:
    """The reporting channel of the number's country; NoChannel naming the table to add."""
    region = number_facts(e164).region
    known = REPORTING_CHANNELS if channels is None else channels
    if region not in known:
        raise NoChannel(f"no reporting channel is known for {e164} (region {region or 'unknown'}); "
                        f"add [reporting_channels.{region or 'XX'}] with name and how to the config")
    return known[region]
