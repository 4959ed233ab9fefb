"""Digit runs that are not phone numbers: identifiers named by their label or known by their shape, amounts, dates.

Tracking, order, ticket, booking, serial, card, licence (ICP) and account numbers hold
long digit runs; a slice of one can be a valid-looking phone number ("…3344 5566 77"
read as +1 334 455 6677). A run is an identifier when a label names it just before
(运单号, 订单号, tracking number, order #, ticket no. …, in zh and en) or when its shape
says so (a Luhn-valid card grouped 4-4-4-4, an order id 113-5590214-8873204, a long run
of four-digit groups); an amount follows a currency sign or code, or ends in 元/块.
Each is blanked (same length) before phones are read, and reported as `number.identifier`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Labels that name an identifier. A label must be followed by its marker (number, no., #,
# id, :, 号 …) or be a label that is never said of a phone, so "cancel your order 1-888-…"
# still reads a phone number.
_EN_NOUNS = (
    r"tracking|track(?:ing)? ?id|order|ticket|booking|confirmation|reference|ref|serial|model|part|invoice|"
    r"receipt|transaction|txn|account|acct|a/c|card|member(?:ship)?|policy|waybill|consignment|parcel|shipment|"
    r"package|licen[cs]e|registration|reg|vat|tax|passport|id|isbn|sku|item|product|voucher|coupon|promo|"
    r"gift card|pin|otp|verification|security|passcode|flight|seat|room|gate|zip|postal|imei|s/n|sn|pnr|"
    r"record locator|e-?ticket|itinerary|routing|sort|iban|swift|bsb|abn|acn|ein|ssn|tin|gst|cheque|check|"
    r"batch|lot|award"
)
_EN_MARKERS = r"(?:number|numbers|num|no\.?|nos\.?|#|id|code|ref(?:erence)?)"
# Nouns that name an identifier on their own, with only a colon or # after them.
_EN_BARE = r"(?:pnr|isbn|sku|imei|s/n|iban|swift|bsb|abn|acn|ein|ssn|vat|gst|icp|po box|p\.o\. box|awb|utr|ref|reference)"
_ZH_LABELS = (
    "运单号|運單號|快递单号|快遞單號|物流单号|物流單號|单号|單號|订单号|訂單號|订单编号|訂單編號|工单号|工單號|流水号|流水號|"
    "交易号|交易號|交易单号|卡号|卡號|银行卡号|銀行卡號|账号|帳號|账户号|賬號|身份证号|身份證號|身份证|身份證|护照号|護照號|"
    "备案号|備案號|ICP备|ICP證|ICP证|公网安备|公網安備|许可证号|許可證號|许可证|許可證|营业执照|營業執照|信用代码|信用代碼|"
    "编号|編號|序列号|序列號|型号|型號|机身号|機身號|发票号|發票號|发票代码|票号|票號|客票号|航班号|航班號|车次|車次|"
    "工号|工號|取件码|取件碼|验证码|驗證碼|邮编|郵編|邮政编码|會員號|会员号|保单号|保單號|合同号|合同號|批准文号|案号|报案号|"
    "备案|商品编码|货号|貨號|批号|批號|证书编号|證書編號|登记号|登記號"
)
_LABEL = re.compile(
    rf"(?i:\b(?:{_EN_NOUNS})\s?{_EN_MARKERS}|\b{_EN_BARE}\b|(?:{_ZH_LABELS}))"
    r"[\s:：#＃.\-–—=为為是]{0,4}"
)
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])| (?=[0-9])){0,80}+")
_CURRENCY = re.compile(
    r"(?i:(?:[$€£¥₹₩₽฿]|\b(?:us|hk|a|c|nt)\$|\b(?:rs|inr|usd|aud|cad|eur|gbp|rmb|cny|hkd|twd|sgd|jpy)\b\.?)\s?)"
    r"[0-9][0-9,.]*+|(?<![0-9,.])[0-9][0-9,.]*+\s?(?:元|块|塊|萬|万元|美元|港币|港幣|欧元|英镑|rmb)"
)
_ORDER_SHAPE = re.compile(r"(?<![0-9])[0-9]{3}-[0-9]{7}-[0-9]{7}(?![0-9])")
_CARD_SHAPE = re.compile(r"(?<![0-9])[0-9]{4}(?:[ \-][0-9]{4}){3}(?![0-9])|(?<![0-9])[0-9]{4}[ \-][0-9]{6}[ \-][0-9]{5}(?![0-9])")
_GROUPED_FOURS = re.compile(r"(?<![0-9])[0-9]{4}(?: [0-9]{4}){3,}(?: [0-9]{1,4})?(?![0-9])")
_ROC_OR_YEAR = re.compile(r"(?:民國|民国)\s?[0-9]{2,3}\s?年|(?<![0-9])(?:19|20)[0-9]{2}\s?年")
MAX_IDENTIFIER = 64  # characters of one identifier token that are blanked


@dataclass(frozen=True, slots=True)
class Identifier:
    """A stretch of the normalised text that is not a phone number, and what it is."""

    start: int
    end: int
    what: str


def find_identifiers(text: str) -> list[Identifier]:
    """Identifiers, amounts and years in normalised text, sorted; offsets are in `text`.

    >>> [(i.what, text[i.start:i.end]) for text in ["运单号:7733 4455 6677 88"] for i in find_identifiers(text)]
    [('运单号', '7733 4455 6677 88')]
    """
    found = [item for item in _labelled(text)]
    found += [Identifier(m.start(), m.end(), "amount") for m in _CURRENCY.finditer(text) if _has_digits(m.group(), 1)]
    found += [Identifier(m.start(), m.end(), "order id") for m in _ORDER_SHAPE.finditer(text)]
    found += [Identifier(m.start(), m.end(), "card") for m in _CARD_SHAPE.finditer(text) if _luhn(m.group())]
    found += [Identifier(m.start(), m.end(), "grouped identifier") for m in _GROUPED_FOURS.finditer(text)]
    found += [Identifier(m.start(), m.end(), "year") for m in _ROC_OR_YEAR.finditer(text)]
    return sorted(found, key=lambda item: (item.start, item.end))


def _labelled(text: str):
    for label in _LABEL.finditer(text):
        token = _TOKEN.match(text, label.end())
        if token is None or not _has_digits(token.group(), 3):
            continue
        end = min(token.end(), token.start() + MAX_IDENTIFIER)
        yield Identifier(token.start(), end, " ".join(label.group().split()).rstrip(":：#＃.-–—=为為是 ").lower())


def mask(text: str, identifiers: list[Identifier]) -> str:
    """`text` with every identifier's characters replaced by spaces (same length, offsets unchanged)."""
    if not identifiers:
        return text
    chars = list(text)
    for item in identifiers:
        for index in range(item.start, item.end):
            chars[index] = " "
    return "".join(chars)


def _has_digits(token: str, count: int) -> bool:
    return sum(ch.isdigit() for ch in token) >= count


def _luhn(candidate: str) -> bool:
    digits = [int(ch) for ch in candidate if ch.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0
