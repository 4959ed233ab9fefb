"""Signals from the words around a number and from where the text comes from."""
from __future__ import annotations

from collections.abc import Iterator

from detectors.context import Cue, cues_between, opens_with_contrast
from detectors.cues import about_a_number
from detectors.page import Page
from detectors.types import PhoneHit, Reason, Span

CLAIM_BEFORE = 80  # characters before a number searched for a service claim
CLAIM_AFTER = 40
SENTENCE_REACH = 200  # ... or anywhere in the number's sentence, up to this far
TITLE_LENGTH = 160  # a service claim in the first line (the title) covers the whole text ...
TITLED_TEXT = 2000  # ... when the text is short enough to be one listing
WARNING_BEFORE = 240  # ... and for a warning, within the number's sentence and two either side
WARNING_AFTER = 240
CLOSE_AFTER = 80  # any warning word counts up to this far after the number, in its own sentence
DISCLAIMER_REACH = 300
BUSINESS_BEFORE = 100
WARNING_ARTICLE_CUES = 3  # distinct warning words that make a whole text a warning


def service_claim(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A customer-service word (客服, hotline, refund desk …) close to the number or in its sentence, or in a
    short text's title; failing that, a mere call to action (call, dial, 拨打 …) close to it."""
    if hit.span is None:
        return
    cue = _nearest(page.cues.claims, hit, page)
    if cue is not None:
        yield Reason("context.service_claim", 0.0, Span(cue.start, cue.end), cue.word)
        return
    title = _title_claim(page)
    if title is not None:
        yield Reason("context.service_claim", 0.0, Span(title.start, title.end), f"title: {title.word}")
        return
    near = cues_between(page.cues.calls, hit.span.start - CLAIM_BEFORE, hit.span.end + CLAIM_AFTER)
    if near:
        call = min(near, key=lambda c: abs(c.start - hit.span.start))
        yield Reason("context.call_to_action", 0.0, Span(call.start, call.end), call.word)


def _nearest(cues: list[Cue], hit: PhoneHit, page: Page) -> Cue | None:
    """The claim nearest the number: within 80 characters before or 40 after, or in the number's sentence."""
    start, end = page.cues.sentence(hit.span.start)
    low = min(hit.span.start - CLAIM_BEFORE, max(start, hit.span.start - SENTENCE_REACH))
    high = max(hit.span.end + CLAIM_AFTER, min(end, hit.span.end + SENTENCE_REACH))
    near = cues_between(cues, low, high)
    return min(near, key=lambda c: abs(c.start - hit.span.start)) if near else None


def _title_claim(page: Page) -> Cue | None:
    if len(page.text) > TITLED_TEXT:
        return None
    first_line = page.text.find("\n")
    end = min(TITLE_LENGTH, first_line if first_line >= 0 else len(page.text))
    return next((cue for cue in page.cues.claims if cue.end <= end), None)


def warning_around_number(page: Page, hit: PhoneHit) -> Iterator[Reason]:
    """A warning word in the number's sentence or the one before, or a warning about a number or line
    ("don't call", "fake number", 假客服, "has no phone line") up to two sentences either side: the number
    is quoted as a danger.

    Not when the sentence vouches for the number ("请认准官方热线，谨防诈骗" is a scam
    page's borrowed boilerplate), nor across a sentence that opens with "but".
    """
    if hit.span is None:
        return
    start, end = page.cues.sentences(hit.span.start, 2)
    close = page.cues.sentences(hit.span.start, 1)[0], min(page.cues.sentence(hit.span.start)[1], hit.span.end + CLOSE_AFTER)
    if opens_with_contrast(page.text, page.cues.sentence(hit.span.start)[0]):
        start = page.cues.sentence(hit.span.start)[0]
        close = start, close[1]
    near = cues_between(page.cues.warnings, max(start, hit.span.start - WARNING_BEFORE),
                        min(end, hit.span.end + WARNING_AFTER))
    for cue in near:
        reaches = close[0] <= cue.start < close[1] or about_a_number(cue)
        if reaches and not _vouched(page, cue):
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

