"""Context rules as a table: service claims make a number a scam; warnings, disclaimers and other businesses do not."""
from __future__ import annotations

import pytest

from detectors import Detector, Label
from detectors.types import Brand

DETECTOR = Detector((
    Brand("还呗", ("还呗",), ("+864006816666",), ("huanbei.test",), ("CN",)),
    Brand("Lumora Pay", ("Lumora Pay", "Lumora"), ("+18885550142",), ("lumorapay.test",), ("US",)),
    Brand("微信支付", ("微信支付", "微信"), ("+8675583765566",), (), ("CN",)),
))


def codes(text: str, **kwargs) -> set[str]:
    return {reason.code for reason in DETECTOR.analyse(text, **kwargs).reasons}


NOT_SCAM = "not scam"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("还呗人工客服热线 0044 7700 900 128", Label.SCAM),
        ("还呗 0044 7700 900 128", NOT_SCAM),  # no service claim
        ("警惕!有人冒充还呗客服,用 0044 7700 900 128 行骗。", Label.BENIGN),
        ("大家千万别打这个号码!!!0044 7700 900 128 自称还呗客服。", Label.BENIGN),
        ("这个号码 0044 7700 900 128 是还呗官方的吗?", Label.BENIGN),
        ("还呗客服中心,全国统一服务号码 0044 7700 900 128,请认准官方热线,谨防诈骗。", Label.SCAM),
        ("别慌,这是骗子。但如果真开了可以打还呗官方注销电话 0044 7700 900 128 自己核实一下。", Label.SCAM),
        ("PSA: +44 7700 900 835 is NOT Lumora Pay support!! They wanted remote access.", Label.BENIGN),
        ("Lumora Pay refund desk: call +44 7700 900 835 for chargebacks.", Label.SCAM),
        ("We are an independent travel agency, not affiliated with Lumora Pay. Call our office at +1 (202) 555-0143.",
         Label.BENIGN),
        ("Harbour Travel Pty Ltd · Phone +1 833 555 0113 | Description: Lumora Pay top-up", Label.BENIGN),
        ("Spammers posted the Lumora Pay support number +44 20 7946 0496 across forums, researchers said.", Label.BENIGN),
        ("微信支付客服 0755-83765566;支付问题转接财付通专线 0755-86013860", NOT_SCAM),
    ],
)
def test_context_decides_the_label(text, label):
    found = DETECTOR.analyse(text).label
    assert found is not Label.SCAM if label == NOT_SCAM else found is label


def test_an_annotated_source_kind_never_changes_a_verdict():
    """A crawl knows search, forum, app, seed, recheck: "news" or "official" from a label must not help."""
    text = "Lumora Pay customer care line +44 20 7946 0311"
    plain = DETECTOR.analyse(text)
    for kind in ("news", "official", "blog", "forum"):
        other = DETECTOR.analyse(text, source_kind=kind)
        assert (other.label, other.score, other.reasons) == (plain.label, plain.score, plain.reasons)
    assert plain.label is Label.SCAM


def test_official_domain_is_never_a_scam():
    verdict = DETECTOR.analyse("还呗客服热线 0044 7700 900 128", url="https://help.huanbei.test/contact")
    assert verdict.label is Label.BENIGN and "domain.official" in {r.code for r in verdict.reasons}


def test_lookalike_domain_and_url_words_name_the_brand():
    verdict = DETECTOR.analyse("客服热线 0044 7700 900 128", url="https://huanbei-kefu.example/")
    assert verdict.label is Label.SCAM and "domain.lookalike" in {r.code for r in verdict.reasons}
    in_path = DETECTOR.analyse("call the customer care line at +44 20 7946 0311",
                               url="https://forum.example/t/lumora-pay-refund-help")
    assert in_path.brand == "Lumora Pay" and "brand.url" in {r.code for r in in_path.reasons}


def test_every_reason_of_a_scam_points_into_the_text():
    text = "还呗人工客服热线 ０ ０ ４ ４ 7700 900 128"
    verdict = DETECTOR.analyse(text)
    for reason in verdict.reasons:
        if reason.span is not None:
            assert 0 <= reason.span.start < reason.span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # claim words written apart or in traditional script are claims, like brand names
        ("还呗 热 线 0044 7700 900 128", Label.SCAM),
        ("還唄 熱-線 0044 7700 900 128", Label.SCAM),
        # a brand and a mere "call" are not enough: a second signal is needed
        ("Lumora Pay news today. For a quote, call +1 (202) 555-0143.", NOT_SCAM),
        ("Call Lumora Pay's resolution center at +44 20 7946 0311 to dispute a payment.", Label.SCAM),
        # "ticket number", "range", "spam folder" are not claims or warnings
        ("Lumora Pay refund desk: +44 20 7946 0311. Check your spam folder for the ticket number.", Label.SCAM),
        # a warning about the number two sentences later still reaches it
        ("Lumora Pay hotline +44 20 7946 0311. They asked for my PIN. That is a fake number, don't call it.",
         Label.BENIGN),
        ("还呗客服电话 0044 7700 900 128。对方要我下载软件。这是假客服,别打。", Label.BENIGN),
        # the brand has no phone line at all
        ("Lumora Pay support +44 20 7946 0311? Lumora Pay does not have a phone line, only in-app chat.", Label.BENIGN),
        ("还呗人工客服 0044 7700 900 128?还呗没有客服电话,只有在线客服。", Label.BENIGN),
        # a victim's "got scammed" before a recovery line is not a warning about the line
        ("Got scammed last week. Lumora Pay recovery team helped me, their customer service number is "
         "+44 20 7946 0311.", Label.SCAM),
    ],
)
def test_claims_and_warnings_over_the_passage(text, label):
    found = DETECTOR.analyse(text).label
    assert found is not Label.SCAM if label == NOT_SCAM else found is label


def test_a_number_repeated_after_every_sentence_reads_as_a_spam_template():
    text = " ".join(f"Lumora Pay fares change often [☎ +1 (888) 555-0199] step {n}." for n in range(3))
    verdict = DETECTOR.analyse(text)
    assert "phone.repeated" in {reason.code for reason in verdict.reasons}
    assert "phone.repeated" not in codes("Lumora Pay hotline +1 (888) 555-0199")
