"""The translation catalogues hold every message the code shows, and nothing else (issue 23).

pyside6-lupdate reads kit/ui into a temporary catalogue; the committed ones must hold exactly
the same messages (context and source text). A string added to the code without running
packaging/translations.sh fails here, and so does a message left behind by code that no
longer shows it. No QApplication: lupdate runs as a subprocess.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kit.ui.catalogue_review import DRAFT_MARK, messages

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "assets" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("outreach-kit_*.ts"))


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6)")
    return found


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(message.context, message.source) for message in messages(path)}


def _fresh_catalogue(tmp_path: Path) -> Path:
    """What lupdate finds in kit/ui today."""
    out = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "kit" / "ui").rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-locations", "none", "-no-obsolete", "-ts", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    return out


def test_there_are_catalogues():
    assert {path.name for path in CATALOGUES} == {"outreach-kit_es.ts", "outreach-kit_ur.ts"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_the_catalogue_holds_every_message_of_the_code_and_no_other(catalogue, tmp_path):
    code = _keys(_fresh_catalogue(tmp_path))
    held = _keys(catalogue)
    missing, stale = sorted(code - held), sorted(held - code)
    assert not missing and not stale, (
        f"{catalogue.name} is out of date; run packaging/translations.sh and commit the .ts and "
        f".qm files.\nIn the code, not in the catalogue: {missing}\n"
        f"In the catalogue, not in the code: {stale}")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_no_message_is_filed_under_a_variable_name(catalogue):
    """`parent.tr(...)` files its text under the context "parent", which is never looked up."""
    contexts = {message.context for message in messages(catalogue)}
    assert not contexts & {"parent", "self", "widget", "owner", "dialog"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_no_vanished_entries_and_locations_name_real_files(catalogue):
    root = ET.parse(catalogue).getroot()
    kinds = {translation.get("type") for translation in root.iter("translation")}
    assert not kinds & {"vanished", "obsolete"}
    for location in root.iter("location"):
        name = location.get("filename")
        if name:
            assert (catalogue.parent / name).resolve().is_file(), name


def test_the_check_sees_a_string_the_catalogue_lacks(tmp_path):
    """The comparison itself: a catalogue missing one message of the code is caught."""
    fresh = _fresh_catalogue(tmp_path)
    root = ET.parse(fresh).getroot()
    context = root.find("context")
    context.remove(context.find("message"))
    trimmed = tmp_path / "trimmed.ts"
    ET.ElementTree(root).write(trimmed, encoding="utf-8")
    assert len(_keys(fresh) - _keys(trimmed)) == 1


def test_the_draft_mark_is_what_the_review_guide_names():
    guide = (ROOT / "docs" / "translations-review.md").read_text(encoding="utf-8")
    assert DRAFT_MARK in guide
