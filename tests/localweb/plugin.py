"""The `fixture_web` session fixture: one fixture web per test session, in a child process."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from localweb import FixtureWeb, start_fixture_web


@pytest.fixture(scope="session")
def fixture_web() -> Iterator[FixtureWeb]:
    """The running fixture web (127.0.0.1, port picked by the OS); stopped at session end."""
    web = start_fixture_web(port=0)
    try:
        yield web
    finally:
        web.stop()
