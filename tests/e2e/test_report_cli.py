"""`outreach-kit report --event ID -o PATH` as a subprocess: the contract's exit codes."""

from __future__ import annotations

import io

from pypdf import PdfReader


def test_report_writes_a_pdf_without_personal_data(cli, tmp_path):
    assert cli("event", "add", "Campus table", "--location", "Coffman Union",
               "--date", "2026-09-10").returncode == 0
    added = cli("signup", "add", "--first-name", "Philippa", "--last-name", "Quorndon",
                "--email", "philippa.quorndon@canary.example", "--consent-email")
    assert added.returncode == 0, added.stderr
    out = tmp_path / "report.pdf"
    done = cli("report", "--event", "1", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Campus table" in text and "Coffman Union" in text
    assert "Quorndon" not in text and "canary.example" not in text and "Philippa" not in text


def test_report_for_a_missing_event_or_folder_is_bad_input(cli, tmp_path):
    assert cli("event", "add", "Campus table").returncode == 0
    missing = cli("report", "--event", "42", "-o", str(tmp_path / "r.pdf"))
    assert missing.returncode == 2 and "no event with id 42" in missing.stderr
    nowhere = cli("report", "--event", "1", "-o", str(tmp_path / "nope" / "r.pdf"))
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    assert len(nowhere.stderr.strip().splitlines()) == 1
