"""The Handouts tab's language choice: shown only for a pack with handout texts in more than one
language; the preview and the saved PDF follow it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2
import pytest

from kit.services.kit import open_kit
from kit.ui import file_dialogs
from kit.ui.handouts.page import HandoutsPage

PACK = Path(__file__).parents[1] / "fixtures" / "packs" / "multilingual"


@pytest.fixture
def multilingual_kit(tmp_path):
    shutil.copytree(PACK, tmp_path / "data" / "campaign")
    opened = open_kit(tmp_path / "data")
    yield opened
    opened.close()


def make_page(qtbot, kit, size=(1024, 600)) -> HandoutsPage:
    page = HandoutsPage(kit)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.busy and page.preview.page_count == 1, timeout=20_000)
    return page


def test_the_shipped_pack_shows_no_language_choice(qtbot, kit):
    page = make_page(qtbot, kit)
    assert not page.language_row.isVisible()
    assert page.current_language() == ""


def test_urdu_is_chosen_previewed_and_saved(qtbot, multilingual_kit, tmp_path, monkeypatch):
    page = make_page(qtbot, multilingual_kit)
    assert page.language_row.isVisible()
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["", "es", "ur"]
    assert "اردو" in page.language.itemText(2)
    # The row fits the column at 1024x600: nothing cut at its right edge.
    assert page.language_row.geometry().right() <= page.language_row.parentWidget().width()
    page.language.setCurrentIndex(page.language.findData("ur"))
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    target = tmp_path / "flyer-ur.pdf"
    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(target))
    page.save_button.click()
    document = pypdfium2.PdfDocument(target.read_bytes())
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "اپنے پڑوسیوں کا ساتھ دیں" in text
