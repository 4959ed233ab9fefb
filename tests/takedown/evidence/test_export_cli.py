"""`scamsweep export pack` and `scamsweep verify` as a user meets them, on a real case store."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from cli import main

from .casestore import StoredCase, build_case_store


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> StoredCase:
    return build_case_store(tmp_path_factory.mktemp("store"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def export(capsys, case: StoredCase, subject: str, output: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "export", "pack", subject, "--platform", "forum", "-o", str(output), "--db", case.db_url,
               "--evidence", str(case.evidence), "--config", "localweb/brands.toml", *extra)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_export_then_verify_a_finding(capsys, case: StoredCase, tmp_path: Path, signing_key_env: Path) -> None:
    status, out, err = export(capsys, case, str(case.finding_ids[0]), tmp_path / "pack")
    assert (status, err) == (0, "")
    manifest = json.loads((tmp_path / "pack" / "manifest.json").read_text())
    assert manifest["findings"][0]["official_numbers"] == ["400-681-6666"]
    assert manifest["pages"][0]["url"].startswith("http://127.0.0.1:8123/thread-1.html")
    fp = manifest["signing"]["fingerprint_sha256"]
    assert fp in out
    status, out, err = run(capsys, "verify", str(tmp_path / "pack"), "--fingerprint", fp)
    assert status == 0 and out.startswith("OK:")
    status, out, _ = run(capsys, "verify", str(tmp_path / "pack"))  # our own key is trusted by default
    assert status == 0


def test_exporting_twice_gives_identical_files(capsys, case: StoredCase, tmp_path: Path, signing_key_env: Path) -> None:
    export(capsys, case, str(case.finding_ids[0]), tmp_path / "a")
    export(capsys, case, str(case.finding_ids[0]), tmp_path / "b")
    export(capsys, case, str(case.finding_ids[0]), tmp_path / "a.zip")
    export(capsys, case, str(case.finding_ids[0]), tmp_path / "b.zip")
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_cluster_pack_for_a_phone_carrier(capsys, case: StoredCase, tmp_path: Path, signing_key_env: Path) -> None:
    status, _, err = run(capsys, "export", "pack", "+85212345678", "--cluster", "--platform", "carrier", "-o",
                         str(tmp_path / "c.zip"), "--db", case.db_url, "--evidence", str(case.evidence),
                         "--config", "localweb/brands.toml")
    assert (status, err) == (0, "")
    with zipfile.ZipFile(tmp_path / "c.zip") as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert {"pages/01/capture.warc.gz", "pages/02/capture.warc.gz"} <= names
    assert sorted(f["id"] for f in manifest["findings"]) == sorted(str(i) for i in case.finding_ids)
    status, out, _ = run(capsys, "verify", str(tmp_path / "c.zip"), "--json")
    assert status == 0 and json.loads(out)["subject"] == "cluster +85212345678"


def test_tampered_pack_fails_verify_naming_the_file(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    export(capsys, case, str(case.finding_ids[0]), tmp_path / "pack")
    with open(tmp_path / "pack" / "page.txt", "ab") as handle:
        handle.write(b" ")
    status, out, err = run(capsys, "verify", str(tmp_path / "pack"))
    assert status == 7 and out == ""
    assert err == "error: verify failed: page.txt: SHA-256 does not match SHA256SUMS\n"


def test_non_empty_output_folder_is_left_alone(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    status, _, err = export(capsys, case, str(case.finding_ids[0]), tmp_path / "out")
    assert status != 0 and err.startswith("error: output") and err.count("\n") == 1
    assert files_of(tmp_path / "out") == {"keep.txt": b"mine"}


def test_existing_zip_is_not_overwritten(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    (tmp_path / "p.zip").write_bytes(b"earlier pack")
    status, _, err = export(capsys, case, str(case.finding_ids[0]), tmp_path / "p.zip")
    assert status != 0 and "already exists" in err
    assert (tmp_path / "p.zip").read_bytes() == b"earlier pack"


@pytest.mark.parametrize("subject", ["999", "abc", "+10000000000"])
def test_unknown_id_writes_nothing(capsys, case, tmp_path: Path, signing_key_env: Path, subject: str) -> None:
    extra = ("--cluster",) if subject.startswith("+") else ()
    status, _, err = export(capsys, case, subject, tmp_path / "out", *extra)
    assert status == 6 and "does not exist" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [tmp_path / "keys"]


def test_missing_signing_key_given_with_key_writes_nothing(capsys, case, tmp_path: Path) -> None:
    status, _, err = export(capsys, case, str(case.finding_ids[0]), tmp_path / "out", "--key", str(tmp_path / "k.pem"))
    assert status == 5 and err == f"error: signing key {tmp_path / 'k.pem'} does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_a_brand_missing_from_the_brand_book_stops_the_export(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    book = tmp_path / "other.toml"
    reporter = Path("localweb/brands.toml").read_text("utf-8").partition("[reporter]")[2]
    book.write_text('[[brand]]\nname = "Acme"\naliases = ["Acme"]\nofficial_numbers = ["+1 888-555-0100"]\n'
                    f"[reporter]{reporter}", "utf-8")
    status, _, err = export(capsys, case, str(case.finding_ids[0]), tmp_path / "out", "--config", str(book))
    assert status == 5 and err.count("\n") == 1 and "is not in the brand book" in err
    assert not (tmp_path / "out").exists()
    status, _, err = run(capsys, "export", "pack", str(case.finding_ids[0]), "--platform", "forum", "-o",
                         str(tmp_path / "out"), "--db", case.db_url, "--evidence", str(case.evidence),
                         "--config", str(tmp_path / "absent.toml"))
    assert status == 3 and "absent.toml does not exist" in err


def test_missing_database_file_is_not_created(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    status, _, err = run(capsys, "export", "pack", "1", "--platform", "forum", "-o", str(tmp_path / "o"),
                         "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert status == 4 and "does not exist" in err
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "o").exists()


def test_verify_of_a_missing_pack_or_key_is_one_line(capsys, tmp_path: Path) -> None:
    status, _, err = run(capsys, "verify", str(tmp_path / "nope.zip"), "--fingerprint", "ab")
    assert status == 5 and err.count("\n") == 1 and "does not exist" in err
    status, _, err = run(capsys, "verify", str(tmp_path), "--key", str(tmp_path / "pub.pem"))
    assert status == 2 and "cannot be read" in err


def test_each_export_is_a_custody_entry_in_the_audit_log(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    from takedown.audit import history
    from takedown.db import open_store

    finding_id = case.finding_ids[1]
    export(capsys, case, str(finding_id), tmp_path / "pack", "--as", "alice")
    with open_store(case.db_url) as sessions, sessions() as session:
        rows = [row for row in history(session, finding_id) if row.action == "export" and row.actor == "alice"]
    sums = (tmp_path / "pack" / "SHA256SUMS").read_bytes()
    assert len(rows) == 1 and hashlib.sha256(sums).hexdigest() in rows[0].note and "forum" in rows[0].note


def test_evidence_changed_on_disk_blocks_the_export(capsys, tmp_path: Path, signing_key_env: Path) -> None:
    damaged = build_case_store(tmp_path / "store")
    for body in (damaged.evidence / "bodies").rglob("*"):
        if body.is_file():
            body.write_bytes(body.read_bytes().replace(b"00852", b"00853"))
    status, _, err = export(capsys, damaged, str(damaged.finding_ids[0]), tmp_path / "pack")
    assert status == 5 and "is corrupt" in err and not (tmp_path / "pack").exists()


def test_page_crawled_without_capture_still_exports_and_says_so(capsys, tmp_path: Path, signing_key_env: Path) -> None:
    import shutil

    bare = build_case_store(tmp_path / "store")
    shutil.rmtree(bare.evidence / "captures")
    status, _, err = export(capsys, bare, str(bare.finding_ids[0]), tmp_path / "pack")
    assert (status, err) == (0, "")
    manifest = json.loads((tmp_path / "pack" / "manifest.json").read_text())
    assert "no WARC capture on record" in manifest["pages"][0]["capture_notes"]
    assert not (tmp_path / "pack" / "capture.warc.gz").exists()
    assert "not recorded at capture" in (tmp_path / "pack" / "page.txt").read_text()
    assert run(capsys, "verify", str(tmp_path / "pack"))[0] == 0


def test_cluster_export_reads_either_backend(capsys, empty_store_url: str, tmp_path: Path, signing_key_env: Path) -> None:
    stored = build_case_store(tmp_path / "store", empty_store_url)
    status, _, err = run(capsys, "export", "pack", str(stored.finding_ids[1]), "--cluster", "--platform", "search",
                         "-o", str(tmp_path / "c"), "--db", stored.db_url, "--evidence", str(stored.evidence),
                         "--config", "localweb/brands.toml")
    assert (status, err) == (0, "")
    manifest = json.loads((tmp_path / "c" / "manifest.json").read_text())
    assert manifest["subject"] == {"kind": "cluster", "id": "+85212345678"} and len(manifest["pages"]) == 2
    assert run(capsys, "verify", str(tmp_path / "c"))[0] == 0


def test_revoked_signing_key_stops_the_export(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    from takedown.evidence.signing import fingerprint, load_signing_key

    key, _ = load_signing_key()
    (signing_key_env.parent / "revoked_keys.txt").write_text(fingerprint(key.public_key()) + "\n")
    status, _, err = export(capsys, case, str(case.finding_ids[0]), tmp_path / "pack")
    assert status == 5 and "is revoked" in err and err.count("\n") == 1
    assert not (tmp_path / "pack").exists()


@pytest.fixture(scope="module")
def unreviewed(tmp_path_factory) -> StoredCase:
    return build_case_store(tmp_path_factory.mktemp("unreviewed"), confirmed=False)


def test_an_unconfirmed_finding_is_refused_and_nothing_is_written(capsys, unreviewed, tmp_path: Path,
                                                                  signing_key_env: Path) -> None:
    finding_id = unreviewed.finding_ids[0]
    status, _, err = export(capsys, unreviewed, str(finding_id), tmp_path / "pack")
    assert status == 2 and not (tmp_path / "pack").exists()
    assert err == (f"error: finding {finding_id} (new) is not confirmed by a reviewer; confirm it first "
                   "(scamsweep review confirm) or export with --force --reason TEXT\n")


def test_force_without_a_reason_is_a_usage_error(capsys, unreviewed, tmp_path: Path, signing_key_env: Path) -> None:
    status, _, err = export(capsys, unreviewed, str(unreviewed.finding_ids[0]), tmp_path / "pack", "--force")
    assert status == 2 and "--force needs --reason TEXT" in err and not (tmp_path / "pack").exists()


def test_a_forced_export_records_who_and_why_in_the_audit_log(capsys, unreviewed, tmp_path: Path,
                                                              signing_key_env: Path) -> None:
    from takedown.audit import history
    from takedown.db import open_store

    finding_id = unreviewed.finding_ids[1]
    status, _, err = export(capsys, unreviewed, str(finding_id), tmp_path / "pack", "--force",
                            "--reason", "police asked for it today", "--as", "bob")
    assert (status, err) == (0, "")
    with open_store(unreviewed.db_url) as sessions, sessions() as session:
        rows = [row for row in history(session, finding_id) if row.action == "export"]
    assert len(rows) == 1 and rows[0].actor == "bob"
    assert rows[0].note.endswith(f"forced although not confirmed: {finding_id} (new); reason: police asked for it today")


def test_a_dismissed_finding_in_a_cluster_stops_the_cluster_export(capsys, tmp_path: Path, signing_key_env: Path) -> None:
    from datetime import datetime, timezone

    from takedown.db import open_store
    from takedown.lifecycle import move
    from takedown.models import FindingStatus

    mixed = build_case_store(tmp_path / "store", confirmed=False)
    now = datetime.now(timezone.utc)
    with open_store(mixed.db_url) as sessions, sessions.begin() as session:
        move(session, mixed.finding_ids[0], FindingStatus.CONFIRMED, actor="carol", at=now)
        move(session, mixed.finding_ids[1], FindingStatus.DISMISSED, actor="carol", at=now)
    status, _, err = run(capsys, "export", "pack", str(mixed.finding_ids[0]), "--cluster", "--platform", "carrier",
                         "-o", str(tmp_path / "c"), "--db", mixed.db_url, "--evidence", str(mixed.evidence),
                         "--config", "localweb/brands.toml")
    assert status == 2 and f"finding {mixed.finding_ids[1]} (dismissed) is not confirmed" in err
    assert not (tmp_path / "c").exists()


def test_a_missing_reporter_field_stops_the_export_naming_it(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    book = tmp_path / "brands.toml"
    text = Path("localweb/brands.toml").read_text("utf-8")
    book.write_text(text.replace('contact = "Dana Reviewer"\n', ""), "utf-8")
    status, _, err = run(capsys, "export", "pack", str(case.finding_ids[0]), "--platform", "forum",
                         "-o", str(tmp_path / "pack"), "--db", case.db_url, "--evidence", str(case.evidence),
                         "--config", str(book))
    assert (status, err) == (3, f"error: {book}: [reporter] contact is missing\n")
    assert not (tmp_path / "pack").exists()


def test_every_letter_is_signed_by_the_reporter(capsys, case, tmp_path: Path, signing_key_env: Path) -> None:
    assert export(capsys, case, str(case.finding_ids[0]), tmp_path / "pack")[0] == 0
    english = (tmp_path / "pack" / "letter.en.txt").read_text("utf-8")
    chinese = (tmp_path / "pack" / "letter.zh.txt").read_text("utf-8")
    assert "Demo Brand Protection Team is the authorised agent of the owners of 还呗" in english
    assert "Dana Reviewer, Demo Brand Protection Team, takedowns@brandprotection.test, +44 20 7946 0018" in english
    assert "我方身份：Demo Brand Protection Team，为“还呗”the owners of 还呗, Lumora Pay and 快鹿贷的授权代理人。" in chinese


def test_a_number_without_a_reporting_channel_stops_a_carrier_export(capsys, case, tmp_path: Path,
                                                                    signing_key_env: Path) -> None:
    book = tmp_path / "brands.toml"
    book.write_text(Path("localweb/brands.toml").read_text("utf-8") + '\n[reporting_channels.HK]\nname = ""\n', "utf-8")
    status, _, err = run(capsys, "export", "pack", str(case.finding_ids[0]), "--platform", "carrier",
                         "-o", str(tmp_path / "pack"), "--db", case.db_url, "--evidence", str(case.evidence),
                         "--config", str(book))
    assert (status, err) == (3, f"error: {book}: [reporting_channels.HK] needs name and how\n")
    assert not (tmp_path / "pack").exists()
