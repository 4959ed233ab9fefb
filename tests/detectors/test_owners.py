"""Numbers and brands right (issue 8 item 5): each number read in, and attributed to, the brand named nearest to it."""
from __future__ import annotations

from detectors import Detector, Label
from detectors.types import Brand

LUMORA = Brand("Lumora Pay", ("Lumora Pay",), ("+18885550142",), ("lumorapay.test",), ("US",))
KESTREL = Brand("Kestrel Broadband", ("Kestrel Broadband", "Kestrel"), ("+442079460000",), ("kestrel.test",), ("GB",))
HUANBEI = Brand("还呗", ("还呗",), ("+864006816666",), ("huanbei.test",), ("CN",))
DETECTOR = Detector((LUMORA, KESTREL, HUANBEI))


def test_a_uk_national_number_beside_a_gb_brand_reads_as_british():
    verdict = DETECTOR.analyse("Kestrel Broadband refund helpline: 07700 900461 (24/7)")
    assert verdict.label is Label.SCAM and verdict.scam_numbers == ("+447700900461",)


def test_a_us_number_in_a_fictional_range_reads_as_american_beside_a_us_brand():
    verdict = DETECTOR.analyse("Lumora Pay customer service hotline (555) 010-4477")
    assert verdict.label is Label.SCAM and verdict.scam_numbers == ("+15550104477",)


def test_each_number_belongs_to_the_brand_named_nearest_to_it():
    text = ("Lumora Pay refund hotline: +44 20 7946 0311.\n"
            "Kestrel Broadband customer service: 07700 900461.")
    verdict = DETECTOR.analyse(text)
    assert set(verdict.scam_numbers) == {"+442079460311", "+447700900461"}
    assert verdict.brand_of("+442079460311") == "Lumora Pay"
    assert verdict.brand_of("+447700900461") == "Kestrel Broadband"


def test_one_brand_owns_every_number_of_its_page():
    verdict = DETECTOR.analyse("还呗人工客服电话 0044 7700 900 128,注销专线 0044 7700 900 129")
    assert {verdict.brand_of(number) for number in verdict.scam_numbers} == {"还呗"}
