"""scamsweep's pure detection library: normalise, extract phones, match brands, judge context, score.

>>> from detectors import Detector, parse_brands
>>> det = Detector(parse_brands({"brand": [{"name": "Lumora Pay", "official_numbers": ["+1 888-555-0142"]}]}))
>>> det.analyse("Lumora Pay refund hotline: +44 20 7946 0311").scam_numbers
('+442079460311',)
"""
from detectors.config import parse_brands
from detectors.detector import Detector
from detectors.errors import ConfigError
from detectors.normalise.base import Normalised
from detectors.normalise.pipeline import normalise
from detectors.types import Brand, BrandHit, Label, OfficialApp, PhoneHit, Reason, Span, Verdict
from detectors.version import DETECTOR_VERSION

__all__ = [
    "DETECTOR_VERSION", "Brand", "BrandHit", "ConfigError", "Detector", "Label", "Normalised", "OfficialApp",
    "PhoneHit", "Reason", "Span", "Verdict", "normalise", "parse_brands",
]
