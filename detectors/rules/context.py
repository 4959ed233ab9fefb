"""Signals from the words around a number and from where the text comes from."""
from __future__ import annotations

from collections.abc import Iterator

from detectors.context import cues_between
from detectors.page import Page
from detectors.types import PhoneHit, Reason, Span

CLAIM_BEFORE = 80  # characters before a number searched for a service claim
CLAIM_AFTER = 40
WARNING_BEFORE = 120
WARNING_ARTICLE_CUES = 3  # distinct warning words that make a whole text a warning


def service_claim(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A customer-service word close to the number (客服, hotline, refund …)."""
    if hit.span is None:
        return
    near = cues_between(page.cues.claims, hit.span.start - CLAIM_BEFORE, hit.span.end + CLAIM_AFTER)
    if near:
        cue = min(near, key=lambda c: abs(c.start - hit.span.start))
        yield Reason("context.service_claim", 0.0, Span(cue.start, cue.end), cue.word)


def warning_around_number(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A warning word in the number's sentence or just before it: the number is quoted as a danger."""
    if hit.span is None:
        return
    start, end = page.cues.sentence(hit.span.start)
    near = cues_between(page.cues.warnings, max(start, hit.span.start - WARNING_BEFORE), min(end, hit.span.end + 60))
    if near:
        cue = near[0]
        yield Reason("context.number_in_warning", 0.0, Span(cue.start, cue.end), cue.word)


def warning_article(page: Page) -> Iterator[Reason]:
    distinct = {cue.word for cue in page.cues.warnings}
    if len(distinct) >= WARNING_ARTICLE_CUES:
        yield Reason("context.warning_article", 0.0, None, ", ".join(sorted(distinct)[:6]))


def source_kind(page: Page) -> Iterator[Reason]:
    if page.source_kind == "news":
        yield Reason("context.news_source", 0.0, None, page.source_kind)
    elif page.source_kind == "official":
        yield Reason("context.official_source", 0.0, None, page.source_kind)
