"""Signals from the page's host: the brand's own domain, or a host that borrows the brand's name."""
from __future__ import annotations

from collections.abc import Iterator

from detectors.page import Page
from detectors.types import Reason


def official_domain(page: Page) -> Iterator[Reason]:
    if page.on_official_domain:
        yield Reason("domain.official", 0.0, None, page.host)


def lookalike_domain(page: Page) -> Iterator[Reason]:
    """A host with a brand's name in it that is not one of the brand's domains (huanbei-kefu.com)."""
    if page.on_official_domain or page.brand is None:
        return
    for brand_index, alias, label in page.host_brands:
        if page.brands_by_name.get(page.brand.name) is not None and alias in page.brand.aliases:
            yield Reason("domain.lookalike", 0.0, None, f"{page.host} uses {alias!r}")
            return
