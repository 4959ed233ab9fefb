"""The reporter profile: every field a letter needs, a one-line error naming the one that is missing."""
from __future__ import annotations

import pytest

from takedown.reporter import DEFAULT_POLICIES, ReporterError, reporter_from_config

GOOD = {"organisation": "Acme Brand Protection", "contact": "Jo Doe", "email": "abuse@acme.example",
        "authority": "authorised agent", "on_behalf_of": "Acme Holdings"}


def profile(**changes):
    table = {k: v for k, v in {**GOOD, **changes}.items() if v is not None}
    return reporter_from_config({"reporter": table}, "brands.toml")


def test_a_complete_profile_signs_and_states_its_authority() -> None:
    reporter = profile(policies={"forum": "https://forum.example/rules#fraud"})
    assert reporter.domain == "acme.example"
    assert reporter.authority_statement("还呗") == (
        "Acme Brand Protection is the authorised agent of Acme Holdings, owner of the trademark 还呗.")
    assert reporter.policy("forum") == "https://forum.example/rules#fraud"
    assert reporter.policy("registrar") == DEFAULT_POLICIES["registrar"]


def test_a_trademark_owner_needs_no_principal() -> None:
    owner = profile(authority="trademark owner", on_behalf_of=None)
    assert owner.authority_statement("Lumora Pay") == (
        "Acme Brand Protection owns the trademark Lumora Pay and reports on its own behalf.")


@pytest.mark.parametrize(("changes", "message"), [
    ({"organisation": None}, "brands.toml: [reporter] organisation is missing"),
    ({"contact": "  "}, "brands.toml: [reporter] contact is missing"),
    ({"email": None}, "brands.toml: [reporter] email is missing"),
    ({"email": "not-an-address"}, "brands.toml: [reporter] email 'not-an-address' is not an email address"),
    ({"authority": "fan"}, "brands.toml: [reporter] authority must be one of trademark owner, authorised agent, not 'fan'"),
    ({"on_behalf_of": None}, "brands.toml: [reporter] on_behalf_of is missing (whom the authorised agent acts for)"),
    ({"phone": 7}, "brands.toml: [reporter] phone must be text"),
    ({"policies": {"fax": "x"}}, "brands.toml: [reporter.policies] names unknown platform 'fax'"),
])
def test_a_bad_profile_names_the_field(changes: dict, message: str) -> None:
    with pytest.raises(ReporterError) as caught:
        profile(**changes)
    assert str(caught.value).startswith(message)


def test_no_profile_at_all_says_what_a_letter_needs() -> None:
    with pytest.raises(ReporterError, match=r"brands.toml has no \[reporter\] profile"):
        reporter_from_config({"brand": []}, "brands.toml")
