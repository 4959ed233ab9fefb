"""Each number goes to its own country's reporting channel, in the forms a carrier searches for."""
from __future__ import annotations

import pytest

from takedown.channels import NoChannel, channel_for, channels_from_config, number_facts


@pytest.mark.parametrize(("number", "region", "channel"), [
    ("+864006061707", "CN", "12321"),
    ("+8613800138000", "CN", "12321"),
    ("+447700900461", "GB", "7726"),
    ("+919876543210", "IN", "Chakshu"),
    ("+18885550199", "US", "Federal Trade Commission"),
    ("+12025550143", "US", "Federal Communications Commission"),
    ("+61491570313", "AU", "Scamwatch"),
    ("+85212345678", "HK", "Anti-Deception Coordination Centre"),
])
def test_the_channel_is_the_numbers_own_countrys(number: str, region: str, channel: str) -> None:
    found = channel_for(number)
    assert found.region == region and channel in found.name
    assert region == "CN" or "12321" not in found.name + found.how


def test_forms_and_range_holder_come_from_phonenumbers() -> None:
    mobile = number_facts("+8613800138000")
    assert (mobile.national, mobile.range_holder, mobile.place) == ("138 0013 8000", "China Mobile", "Beijing")
    assert number_facts("+18885550199").national == "(888) 555-0199"
    assert number_facts("+18885550199").range_holder == ""  # toll-free: no range holder in the data


def test_a_country_without_a_channel_says_which_table_to_add() -> None:
    with pytest.raises(NoChannel, match=r"add \[reporting_channels.DE\] with name and how"):
        channel_for("+4930123456")


def test_the_config_adds_and_overrides_channels() -> None:
    channels = channels_from_config({"reporting_channels": {"de": {"name": "Bundesnetzagentur", "how": "online form"},
                                                            "GB": {"name": "Ofcom", "how": "ofcom.org.uk"}}}, "b.toml")
    assert channel_for("+4930123456", channels).name == "Bundesnetzagentur"
    assert channel_for("+447700900461", channels).name == "Ofcom"
    with pytest.raises(NoChannel, match=r"b.toml: \[reporting_channels.FR\] needs name and how"):
        channels_from_config({"reporting_channels": {"FR": {"name": "x"}}}, "b.toml")
