"""Pack contents from plain data: members, marked text, manifest, determinism, CSV, STIX, letters."""
from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
import stix2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from takedown.evidence.container import write_pack, zip_bytes
from takedown.evidence.pack import build_pack
from takedown.evidence.packinput import PLATFORMS, PackInput
from takedown.evidence.signing import fingerprint
from takedown.evidence.textmark import mark_spans
from takedown.exports.csv import findings_csv, safe_cell

from .conftest import CANARIES
from .packs import captured_page, finding_for, single_pack

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))

SINGLE_MEMBERS = {
    "manifest.json", "capture.warc.gz", "page.html", "page.txt", "report.md", "letter.zh.txt",
    "letter.en.txt", "findings.csv", "stix.json", "public_key.pem", "SHA256SUMS", "SHA256SUMS.sig",
}


@pytest.fixture(scope="module")
def pack_input(tmp_path_factory) -> PackInput:
    return single_pack(tmp_path_factory.mktemp("capture"))


def test_single_finding_pack_has_every_member(pack_input: PackInput) -> None:
    members = build_pack(pack_input, KEY)
    assert set(members) == SINGLE_MEMBERS
    assert members["page.html"].startswith(b"<html>") and b"<script>" in members["page.html"]  # as captured


def test_page_text_marks_the_number_and_brand(pack_input: PackInput) -> None:
    text = build_pack(pack_input, KEY)["page.txt"].decode()
    assert "⟦还呗⟧客服电话 ⟦0085212345678⟧ 官方热线" in text


def test_manifest_says_what_how_when_and_why(pack_input: PackInput) -> None:
    manifest = json.loads(build_pack(pack_input, KEY)["manifest.json"])
    finding = manifest["findings"][0]
    assert finding["official_numbers"] == ["400-681-6666"]
    assert finding["found_number"] == {"e164": "+85212345678", "as_written": "0085212345678"}
    assert [r["code"] for r in finding["reasons"]] == ["phone.intl_prefix_00", "brand.exact"]
    page = manifest["pages"][0]
    assert page["captured_at"] == "2026-11-28T09:30:01.250000Z"
    assert page["url"].startswith("http://127.0.0.1:8123/thread-1.html")
    assert page["crawler_version"].startswith("scamsweep/")
    assert manifest["detector_versions"] == ["det-1.2"]
    assert manifest["signing"]["fingerprint_sha256"] == fingerprint(KEY.public_key())


def test_same_input_gives_byte_identical_pack_and_zip(pack_input: PackInput) -> None:
    first, second = build_pack(pack_input, KEY), build_pack(pack_input, KEY)
    assert first == second
    assert zip_bytes(first) == zip_bytes(second)


def test_pack_holds_no_crawler_secret_and_no_private_key(pack_input: PackInput) -> None:
    members = build_pack(pack_input, KEY)
    blob = b"".join(gzip.decompress(v) if k.endswith(".gz") else v for k, v in members.items())
    assert [c for c in CANARIES if c.encode() in blob] == []
    assert b"PRIVATE KEY" not in blob and bytes(range(32)) not in blob


def test_stix_bundle_is_accepted_by_stix2_without_custom_content(pack_input: PackInput) -> None:
    bundle = stix2.parse(build_pack(pack_input, KEY)["stix.json"], allow_custom=False)
    by_type = {}
    for obj in bundle.objects:
        by_type.setdefault(obj.type, []).append(obj)
    assert {o.name for o in by_type["identity"]} == {"还呗"}
    assert "[url:value = 'tel:+85212345678']" in {o.pattern for o in by_type["indicator"]}
    assert {o.value for o in by_type["url"]} >= {"tel:+85212345678"}
    assert by_type["observed-data"][0].first_observed.year == 2026


@pytest.mark.parametrize("hostile", ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "＝1"])
def test_csv_cells_never_start_a_formula(pack_input: PackInput, hostile: str) -> None:
    finding = replace(pack_input.findings[0], brand=hostile, number_raw=hostile)
    rows = list(csv.reader(io.StringIO(findings_csv(replace(pack_input, findings=(finding,))).decode("utf-8-sig"))))
    assert rows[1][1] == "'" + hostile and rows[1][4] == "'" + hostile
    assert safe_cell("plain 还呗") == "plain 还呗"


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_each_platform_gets_letters_in_both_languages(pack_input: PackInput, platform: str) -> None:
    members = build_pack(replace(pack_input, platform=platform), KEY)
    zh, en = members["letter.zh.txt"].decode(), members["letter.en.txt"].decode()
    for letter in (zh, en):
        assert "+85212345678" in letter and "400-681-6666" in letter and fingerprint(KEY.public_key()) in letter
        assert "$" not in letter
    assert "还呗" in zh and "请" in zh
    assert "ask you" in en and "Thank you" in en


def test_carrier_letter_names_the_channel_of_the_numbers_country_and_its_forms(pack_input: PackInput) -> None:
    members = build_pack(replace(pack_input, platform="carrier"), KEY)
    zh, en = members["letter.zh.txt"].decode(), members["letter.en.txt"].decode()
    for letter in (zh, en):  # a Hong Kong number goes to Hong Kong's channel, not China's 12321
        assert "Anti-Deception Coordination Centre" in letter and "18222" in letter and "12321" not in letter
        assert "E.164: +85212345678" in letter and "national (HK): 12345678" in letter
        assert "as written on the pages: 0085212345678" in letter


def test_cluster_pack_keeps_each_page_in_its_own_numbered_folder(tmp_path: Path) -> None:
    page_a, item_a = captured_page(tmp_path, "9")
    page_b, item_b = captured_page(tmp_path, "10", "http://127.0.0.1:8123/thread-9.html")
    pack = PackInput(kind="cluster", subject="+85212345678", platform="carrier",
                     findings=(finding_for(page_a, item_a, "4"), finding_for(page_b, item_b, "10")),
                     pages=(page_a, page_b))
    members = build_pack(pack, KEY)
    assert {"pages/01/page.html", "pages/02/page.html", "pages/01/capture.warc.gz", "pages/02/page.txt"} <= set(members)
    manifest = json.loads(members["manifest.json"])
    assert [(f["id"], f["page_file"]) for f in manifest["findings"]] == [("4", "pages/01/page.html"),
                                                                         ("10", "pages/02/page.html")]
    assert [p["url"] for p in manifest["pages"]][1] == "http://127.0.0.1:8123/thread-9.html"


HOSTILE_URLS = ["http://x.test/../../x", "/etc/passwd", "C:\\x", "..\\\\x", "http://x.test/a\x00b",
                "http://x.test/" + "a" * 300, "http://x.test/CON", "http://x.test/aux",
                "http://x.test/Ａ\u202etxt.exe", "javascript:alert(1)"]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_urls_never_become_member_names(pack_input: PackInput, tmp_path: Path, url: str) -> None:
    page = replace(pack_input.pages[0], url=url, final_url=url, redirect_chain=(url,))
    members = build_pack(replace(pack_input, pages=(page,)), KEY)
    assert set(members) == SINGLE_MEMBERS
    assert json.loads(members["manifest.json"])["pages"][0]["url"] == url
    out = tmp_path / "out"
    out.mkdir()
    archive = tmp_path / "pack.zip"
    archive.write_bytes(zip_bytes(members))
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "pack.zip"]
    report = members["report.md"].decode()
    assert "\u202e" not in report and "\x00" not in report  # shown escaped, never acted upon


def test_folder_and_zip_hold_the_same_bytes(pack_input: PackInput, tmp_path: Path) -> None:
    members = build_pack(pack_input, KEY)
    write_pack(members, tmp_path / "pack")
    write_pack(members, tmp_path / "pack.zip")
    with zipfile.ZipFile(tmp_path / "pack.zip") as zipped:
        assert {n: zipped.read(n) for n in zipped.namelist()} == members
    assert {p.name: p.read_bytes() for p in (tmp_path / "pack").iterdir()} == members


def test_page_own_marks_cannot_pass_for_ours() -> None:
    assert mark_spans("⟦fake⟧ 00852", [(7, 12)]) == "⟪fake⟫ ⟦00852⟧"


def test_impersonating_app_pack_has_no_phone_indicator(pack_input: PackInput) -> None:
    app = replace(pack_input.findings[0], kind="impersonating_app", number_e164="", number_raw="还呗借款Pro", segment="app")
    members = build_pack(replace(pack_input, platform="app-store", findings=(app,)), KEY)
    bundle = stix2.parse(members["stix.json"], allow_custom=False)
    assert not any(getattr(o, "pattern", "").startswith("[url:value = 'tel:") for o in bundle.objects)
    assert "(impersonating app)" in members["letter.en.txt"].decode()
    assert "not recorded at capture" in members["page.txt"].decode()  # the app text is not in this capture


def test_lone_surrogates_in_scraped_text_are_shown_not_fatal(pack_input: PackInput) -> None:
    page = replace(pack_input.pages[0], texts={"page": "还呗\udc80客服"}, url="http://x.test/\udc80")
    members = build_pack(replace(pack_input, pages=(page,)), KEY)
    assert "\\udc80" in members["page.txt"].decode("utf-8")
    assert json.loads(members["manifest.json"])["pages"][0]["url"] == "http://x.test/\udc80"
