"""Downloader middleware that sends a User-Agent naming scamsweep and the configured contact URL.

Scrapy's UserAgentMiddleware sends `USER_AGENT` as it stands; ours was formatted in
crawler/settings.py from the default `SCAMSWEEP_CONTACT_URL`, so a contact URL set later (an
environment variable, a team's settings) would never reach the header. This one rebuilds it.
"""
from __future__ import annotations

import re
from typing import Any

from scrapy import Request

CONTACT = re.compile(r"\(\+[^)]*\)")


def identify(user_agent: str, contact_url: str) -> str:
    """`user_agent` naming scamsweep and `contact_url` (replacing any "(+URL)" it already had).

    >>> identify("scamsweep/0.1 (+https://old.example/)", "https://team.example/crawler")
    'scamsweep/0.1 (+https://team.example/crawler)'
    >>> identify("Mozilla/5.0", "https://team.example/")
    'Mozilla/5.0 scamsweep (+https://team.example/)'
    """
    agent = user_agent.strip()
    if "scamsweep" not in agent.lower():
        agent = f"{agent} scamsweep".strip()
    contact = f"(+{contact_url})"
    return CONTACT.sub(contact, agent, count=1) if CONTACT.search(agent) else f"{agent} {contact}"


class ContactUserAgentMiddleware:
    def __init__(self, user_agent: str):
        self.user_agent = user_agent

    @classmethod
    def from_crawler(cls, crawler: Any) -> ContactUserAgentMiddleware:
        settings = crawler.settings
        return cls(identify(settings.get("USER_AGENT") or "", settings.get("SCAMSWEEP_CONTACT_URL")))

    def process_request(self, request: Request) -> None:
        request.headers.setdefault(b"User-Agent", self.user_agent)
