"""The usage examples in the parsers' docstrings run, so the docs cannot drift from the code."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["html", "generic_serp", "google", "baidu", "duckduckgo", "yahoo", "yandex", "sogou", "so360",
           "phpbb", "discourse", "tieba", "googleplay", "xiaomi", "tencent", "registry"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(f"spiders.parsers.{name}")
    failures, tried = doctest.testmod(module, extraglobs={"SavedResponse": importlib.import_module(
        "spiders.parsers.base").SavedResponse}, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0
