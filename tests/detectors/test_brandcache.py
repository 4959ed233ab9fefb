"""The compiled brand book cached on disk: used when sound, rebuilt (with a note) when corrupt, tampered or foreign."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.brandcache import cached_detector

BRANDS = str(Path(__file__).resolve().parents[2] / "localweb" / "brands.toml")
PAGE = "还呗人工客服热线 0044 7700 900 128"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SCAMSWEEP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_second_load_comes_from_the_cache_and_judges_alike(cache):
    built, note = cached_detector(BRANDS)
    (file,) = cache.glob("brands-*.json")
    loaded, again = cached_detector(BRANDS)
    assert note == again == "" and loaded is not built
    assert loaded.analyse(PAGE) == built.analyse(PAGE)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: raw.replace(b'"official_numbers":[', b'"official_numbers":[1,', 1),  # tampered, checksum fails
        lambda raw: b"not json\n" + raw,
        lambda raw: raw.replace(b"-2.", b"-9.", 1),  # another detector version's key
    ],
)
def test_a_damaged_cache_is_rebuilt_with_a_note(cache, damage):
    cached_detector(BRANDS)
    (file,) = cache.glob("brands-*.json")
    file.write_bytes(damage(file.read_bytes()))
    detector, note = cached_detector(BRANDS)
    assert "not used" in note and detector.analyse(PAGE).label == "scam"
    assert cached_detector(BRANDS)[1] == ""  # the rebuilt file is sound again


def test_a_tampered_payload_with_a_matching_checksum_is_still_validated(cache):
    import hashlib
    import json

    cached_detector(BRANDS)
    (file,) = cache.glob("brands-*.json")
    head, _, payload = file.read_bytes().partition(b"\n")
    state = json.loads(payload)
    state["aliases"][0][0] = 10**9  # an alias pointing at a brand that does not exist
    payload = json.dumps(state).encode()
    envelope = json.loads(head) | {"sha256": hashlib.sha256(payload).hexdigest()}
    file.write_bytes(json.dumps(envelope).encode() + b"\n" + payload)
    detector, note = cached_detector(BRANDS)
    assert "out of range" in note and detector.analyse(PAGE).label == "scam"
