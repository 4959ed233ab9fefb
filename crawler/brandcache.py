"""The compiled brand book, cached on disk (interim: builds every time)."""
from __future__ import annotations


def cached_detector(path=None):
    from crawler.config import load_brands
    from detectors import Detector

    return Detector(load_brands(path)), ""
