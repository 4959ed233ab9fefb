"""Shared test fixtures: the shared data folder, and the real services when CI provides them."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (real corpus and pages); skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared corpus and pages are not on this machine")
    return SHARED


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("SCAMSWEEP_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("SCAMSWEEP_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (SQLite still runs)")
    return url


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ.get("SCAMSWEEP_TEST_REDIS_URL")
    if not url:
        pytest.skip("SCAMSWEEP_TEST_REDIS_URL is not set: Redis tests skipped")
    return url


# The running local web (search engine, forums, app store, brand sites) for crawl tests.
from tests.localweb.plugin import fixture_web  # noqa: E402,F401
