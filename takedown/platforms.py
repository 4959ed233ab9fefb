"""The fixed list of parties that can act on a finding; export, review submit and stats all use it."""
from __future__ import annotations

PLATFORMS = {
    "search": "search engine",
    "forum": "forum or hosting provider",
    "app-store": "app store",
    "registrar": "domain registrar",
    "carrier": "phone carrier or the anti-fraud reporting channel of the number's country",
}
