"""Signals from the words around a number and from where the text comes from."""
from __future__ import annotations

from collections.abc import Iterator

from detectors.context import Cue, cues_between, opens_with_contrast
from detectors.page import Page
from detectors.types import PhoneHit, Reason, Span

CLAIM_BEFORE = 80  # characters before a number searched for a service claim
CLAIM_AFTER = 40
TITLE_LENGTH = 160  # a service claim in the first line (the title) covers the whole text ...
TITLED_TEXT = 2000  # ... when the text is short enough to be one listing
WARNING_BEFORE = 200  # ... and for a warning, within the number's sentence and its neighbours
WARNING_AFTER = 80
DISCLAIMER_REACH = 300
BUSINESS_BEFORE = 100
WARNING_ARTICLE_CUES = 3  # distinct warning words that make a whole text a warning


def service_claim(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A customer-service word close to the number (客服, hotline, refund …), or in a short text's title."""
    if hit.span is None:
        return
    near = cues_between(page.cues.claims, hit.span.start - CLAIM_BEFORE, hit.span.end + CLAIM_AFTER)
    if near:
        cue = min(near, key=lambda c: abs(c.start - hit.span.start))
        yield Reason("context.service_claim", 0.0, Span(cue.start, cue.end), cue.word)
        return
    title = _title_claim(page)
    if title is not None:
        yield Reason("context.service_claim", 0.0, Span(title.start, title.end), f"title: {title.word}")


def _title_claim(page: Page) -> Cue | None:
    if len(page.text) > TITLED_TEXT:
        return None
    first_line = page.text.find("\n")
    end = min(TITLE_LENGTH, first_line if first_line >= 0 else len(page.text))
    return next((cue for cue in page.cues.claims if cue.end <= end), None)


def warning_around_number(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A warning word in the number's sentence or the one before: the number is quoted as a danger.

    Not when the sentence vouches for the number ("请认准官方热线，谨防诈骗" is a scam
    page's borrowed boilerplate), nor across a sentence that opens with "but".
    """
    if hit.span is None:
        return
    start, end = page.cues.sentences(hit.span.start, 1)
    if opens_with_contrast(page.text, page.cues.sentence(hit.span.start)[0]):
        start = page.cues.sentence(hit.span.start)[0]
    near = cues_between(page.cues.warnings, max(start, hit.span.start - WARNING_BEFORE),
                        min(end, hit.span.end + WARNING_AFTER))
    for cue in near:
        if not _vouched(page, cue):
            yield Reason("context.number_in_warning", 0.0, Span(cue.start, cue.end), cue.word)
            return


def _vouched(page: Page, cue: Cue) -> bool:
    """The warning's own sentence vouches for a line ("请认准官方热线，谨防诈骗"): boilerplate."""
    start, end = page.cues.sentence(cue.start)
    return bool(cues_between(page.cues.vouches, start, min(end, len(page.text))))


def disclaimer(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A non-affiliation statement near the number: a third party giving its own line."""
    if hit.span is None:
        return
    start, end = page.cues.sentences(hit.span.start, 2)
    near = cues_between(page.cues.disclaimers, max(start, hit.span.start - DISCLAIMER_REACH),
                        min(end, hit.span.end + DISCLAIMER_REACH))
    if near:
        yield Reason("context.disclaimer", 0.0, Span(near[0].start, near[0].end), near[0].word)


def other_business(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """Another company's name (… Pty Ltd, …有限公司) on the number's line, with no brand mention between."""
    if hit.span is None:
        return
    line_start = page.text.rfind("\n", 0, hit.span.start) + 1
    near = cues_between(page.cues.businesses, max(line_start, hit.span.start - BUSINESS_BEFORE), hit.span.start)
    if not near:
        return
    cue = near[-1]
    brand_between = any(
        mention.span is not None and cue.end <= mention.span.start < hit.span.start for mention in page.brand_hits
    )
    if not brand_between:
        yield Reason("context.other_business", 0.0, Span(cue.start, cue.end), cue.word)


def warning_article(page: Page) -> Iterator[Reason]:
    distinct = {cue.word for cue in page.cues.warnings}
    if len(distinct) >= WARNING_ARTICLE_CUES:
        yield Reason("context.warning_article", 0.0, None, ", ".join(sorted(distinct)[:6]))

