"""Reconcile bodies on disk with the rows that point at them (HOSTILE 57)."""
from __future__ import annotations

import json

import pytest

from takedown.evidence.bodies import BodyStore
from takedown.reconcile import reconcile
from takedown.store import upsert_finding, upsert_page

from .factories import finding, page

BODY = "<html>还呗客服 0061 491 570 313</html>".encode()


@pytest.fixture
def bodies(tmp_path):
    return BodyStore(tmp_path / "evidence")


@pytest.fixture
def kept(sessions, bodies):
    """A page with a finding, its body written first as the store pipeline does."""
    digest, path = bodies.put(BODY)
    with sessions.begin() as session:
        page_id = upsert_page(session, page(body_sha256=digest, body_path=str(path)))
        upsert_finding(session, page_id, finding(body_sha256=digest))
    return digest, path


def report(sessions, bodies):
    with sessions() as session:
        return reconcile(session, bodies)


def test_consistent_store_is_clean(sessions, bodies, kept):
    result = report(sessions, bodies)
    assert result.clean and (result.referenced, result.on_disk) == (1, 1)


def test_missing_corrupt_and_untracked_bodies_are_each_found(sessions, bodies, kept):
    digest, path = kept
    orphan, _ = bodies.put(b"written, then the crawler died before the commit")
    assert report(sessions, bodies).untracked == (orphan,)
    path.write_bytes(b"tampered")
    assert report(sessions, bodies).corrupt == (digest,)
    path.unlink()
    assert report(sessions, bodies).missing == (digest,)


def test_reconcile_command_names_the_orphan_and_fails(scamsweep, store_url, sessions, bodies, kept):
    status, out, _ = scamsweep("db", "reconcile", "--db", store_url, "--evidence", str(bodies.root), "--json")
    assert status == 0 and json.loads(out)["clean"] is True
    orphan, _ = bodies.put(b"untracked")
    status, out, err = scamsweep("db", "reconcile", "--db", store_url, "--evidence", str(bodies.root))
    assert status == 5 and f"untracked: {orphan}" in out
    assert err.strip() == "error: evidence bodies and case store disagree: 0 missing, 0 corrupt, 1 untracked"
