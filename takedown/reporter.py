"""Who reports: the reporter profile of the config (`[reporter]`), as every letter and export signs it.

    [reporter]
    organisation = "Example Brand Protection Ltd"
    contact = "Jane Doe"
    email = "takedowns@brandprotection.example"
    authority = "authorised agent"          # or "trademark owner"
    on_behalf_of = "Example Holdings plc"   # required for an authorised agent
    phone = "+44 20 7946 0000"              # optional
    [reporter.policies]                      # optional: the policy each platform is asked to apply
    forum = "https://forum.example/terms#fraud"

A missing or malformed profile is a ReporterError naming the file and the field, so an export
stops before anything is written rather than send a letter without a sender.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from takedown.errors import TakedownError
from takedown.platforms import PLATFORMS

AUTHORITIES = ("trademark owner", "authorised agent")
REQUIRED = ("organisation", "contact", "email", "authority")
_EMAIL = re.compile(r"[^@\s]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")

# The basis each kind of party is asked to act on when the profile names no policy of its own.
DEFAULT_POLICIES = {
    "search": "the search engine's policies against scams, fraud and impersonation in its results and ads",
    "forum": "the forum's terms of service and its rules against fraud and impersonation",
    "app-store": "the store's developer policies on impersonation and deceptive apps",
    "registrar": "the registrar's obligation to act on abuse reports (ICANN Registrar Accreditation Agreement, section 3.18)",
    "carrier": "the rules against telecom fraud of the number's country",
}
assert set(DEFAULT_POLICIES) == set(PLATFORMS)


class ReporterError(TakedownError):
    """The reporter profile is missing or unusable."""

    exit_code = 3


@dataclass(frozen=True)
class ReporterProfile:
    """The sender of every letter and the creator of every export."""

    organisation: str
    contact: str
    email: str
    authority: str
    on_behalf_of: str = ""
    phone: str = ""
    policies: dict[str, str] = field(default_factory=dict)

    @property
    def domain(self) -> str:
        """The organisation's domain, from its email address."""
        return self.email.rpartition("@")[2].lower()

    def policy(self, platform: str) -> str:
        """The policy `platform` is asked to apply: the profile's own, else the default."""
        return self.policies.get(platform) or DEFAULT_POLICIES[platform]

    def authority_statement(self, brand: str) -> str:
        """One sentence saying on what authority the reporter writes about `brand`."""
        if self.authority == "trademark owner":
            return f"{self.organisation} owns the trademark {brand} and reports on its own behalf."
        return f"{self.organisation} is the authorised agent of {self.on_behalf_of}, owner of the trademark {brand}."


def reporter_from_config(config: Mapping, source: str) -> ReporterProfile:
    """The `[reporter]` table of a parsed config; ReporterError names the first missing or bad field.

    >>> reporter_from_config({"reporter": {"organisation": "O", "contact": "C", "email": "a@o.example",
    ...     "authority": "trademark owner"}}, "brands.toml").domain
    'o.example'
    """
    table = config.get("reporter")
    if not isinstance(table, Mapping):
        raise ReporterError(f"{source} has no [reporter] profile: letters need a sender "
                            f"(organisation, contact, email, authority)")
    values = {name: _text(table, name, source) for name in REQUIRED}
    for name in REQUIRED:
        if not values[name]:
            raise ReporterError(f"{source}: [reporter] {name} is missing")
    if not _EMAIL.fullmatch(values["email"]):
        raise ReporterError(f"{source}: [reporter] email {values['email']!r} is not an email address")
    if values["authority"] not in AUTHORITIES:
        raise ReporterError(f"{source}: [reporter] authority must be one of {', '.join(AUTHORITIES)}, "
                            f"not {values['authority']!r}")
    on_behalf_of = _text(table, "on_behalf_of", source)
    if values["authority"] == "authorised agent" and not on_behalf_of:
        raise ReporterError(f"{source}: [reporter] on_behalf_of is missing (whom the authorised agent acts for)")
    return ReporterProfile(**values, on_behalf_of=on_behalf_of, phone=_text(table, "phone", source),
                           policies=_policies(table.get("policies", {}), source))


def _text(table: Mapping, name: str, source: str) -> str:
    value = table.get(name, "")
    if not isinstance(value, str):
        raise ReporterError(f"{source}: [reporter] {name} must be text")
    return " ".join(value.split())


def _policies(table: object, source: str) -> dict[str, str]:
    if not isinstance(table, Mapping):
        raise ReporterError(f"{source}: [reporter.policies] must be a table of platform = policy")
    unknown = sorted(set(table) - set(PLATFORMS))
    if unknown:
        raise ReporterError(f"{source}: [reporter.policies] names unknown platform {unknown[0]!r} "
                            f"(platforms: {', '.join(PLATFORMS)})")
    return {name: _text(table, name, source) for name in table}
