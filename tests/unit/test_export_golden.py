"""Every export format against a committed golden file, byte for byte (BOM, CRLF, quoting).

To regenerate after an intended change: UPDATE_GOLDEN=1 uv run pytest tests/unit/test_export_golden.py
and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kit.export import CSV_PRESETS
from tests.unit.export_samples import export_bytes, sample_records

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CASES = [(name, name, "csv", "3.0") for name in CSV_PRESETS] + [
    ("vcard", "vcard-3.0", "vcf", "3.0"),
    ("vcard", "vcard-4.0", "vcf", "4.0"),
    ("json", "json", "json", "3.0"),
]


@pytest.mark.parametrize(("fmt", "stem", "ext", "version"), CASES, ids=[c[1] for c in CASES])
def test_export_matches_golden_file(fmt: str, stem: str, ext: str, version: str) -> None:
    got = export_bytes(fmt, sample_records(), vcard_version=version)
    golden = GOLDEN / f"export-{stem}.{ext}"
    if os.environ.get("UPDATE_GOLDEN"):
        # Under CI a golden file is only ever compared: rewriting it there would pass anything.
        assert not os.environ.get("CI"), "UPDATE_GOLDEN is refused under CI"
        golden.write_bytes(got)
    assert got == golden.read_bytes()


@pytest.mark.parametrize("preset", CSV_PRESETS)
def test_csv_golden_files_have_crlf_and_bom_only_where_documented(preset: str) -> None:
    data = (GOLDEN / f"export-{preset}.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == (preset in {"csv", "google"})
    assert b"\r\n" in data
    # Every line end outside quoted notes is CRLF: no bare LF ends a record.
    assert data.endswith(b"\r\n")


def test_headers_are_exactly_what_the_tools_expect() -> None:
    def header(preset: str) -> str:
        return (GOLDEN / f"export-{preset}.csv").read_bytes().decode("utf-8-sig").split("\r\n")[0]

    assert header("mailchimp") == "Email Address,First Name,Last Name,Phone Number,Tags"
    assert header("nationbuilder") == (
        "email,email_opt_in,first_name,last_name,phone_number,mobile_number,mobile_opt_in,"
        "zip,tag_list,note")
    # Action Network's email file has no phone column at all; its texts file has one.
    assert header("actionnetwork") == "email,first_name,last_name,zip_code,tags,events"
    assert header("actionnetwork-texts") == (
        "email,first_name,last_name,zip_code,phone,tags,events")
    google = header("google").split(",")
    for column in ("First Name", "Last Name", "E-mail 1 - Value", "Phone 1 - Value", "Labels"):
        assert column in google


def test_golden_files_cannot_be_rewritten_under_ci():
    golden = GOLDEN / "export-json.json"
    before = golden.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{__file__}::test_export_matches_golden_file[json]"],
        env={**os.environ, "CI": "true", "UPDATE_GOLDEN": "1"}, capture_output=True, text=True,
        timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode != 0, done.stdout
    assert "UPDATE_GOLDEN is refused under CI" in done.stdout
    assert golden.read_bytes() == before
