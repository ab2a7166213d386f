"""The Handouts tab: preview off the GUI thread, quick print to a PDF printer, save, log, counts."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import Qt

from kit.services.handouts import PrinterUnavailable
from kit.store.models import HandoutLog
from kit.ui import file_dialogs
from kit.ui.handouts import printing
from kit.ui.handouts.page import HandoutsPage, default_paper


def make_page(qtbot, kit) -> HandoutsPage:
    page = HandoutsPage(kit)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def wait_preview(qtbot, page, pages: int) -> None:
    qtbot.waitUntil(lambda: not page.busy and page.preview.page_count == pages, timeout=20_000)


@pytest.fixture
def pdf_out(tmp_path, monkeypatch):
    """Every printer the page asks for is a PDF file printer writing out.pdf."""
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(printing, "printer_for", lambda name=None: printing.pdf_printer(str(target)))
    return target


def test_preview_follows_the_selection(qtbot, kit_with_event):
    page = make_page(qtbot, kit_with_event)
    assert page.list.count() == 6
    assert page.current_name() == "flyer"
    wait_preview(qtbot, page, 1)
    page.select("factsheet")
    wait_preview(qtbot, page, 2)
    assert "2 pages" in page.list.currentItem().text()


def test_a_stale_preview_is_discarded(qtbot, kit_with_event):
    page = make_page(qtbot, kit_with_event)
    wait_preview(qtbot, page, 1)
    page.select("factsheet")  # two requests in flight; only the last one may land
    page.select("qr-cards")
    wait_preview(qtbot, page, 1)
    assert page.current_name() == "qr-cards"
    qtbot.wait(200)
    assert page.preview.page_count == 1


def test_quick_print_sends_copies_logs_and_counts(qtbot, kit_with_event, pdf_out):
    page = make_page(qtbot, kit_with_event)
    page.select("factsheet")
    wait_preview(qtbot, page, 2)
    page.copies.setValue(2)
    with qtbot.waitSignal(page.handout_logged, timeout=30_000) as logged:
        qtbot.mouseClick(page.quick_print_button, Qt.MouseButton.LeftButton)
    assert logged.args == ["factsheet", 2]
    row = HandoutLog.get()
    assert (row.handout, row.copies, row.action, row.paper) == (
        "factsheet", 2, "quick-print", page.current_paper())
    assert row.event.name == "Lake Street table"
    reader = pypdf.PdfReader(io.BytesIO(pdf_out.read_bytes()))
    assert len(reader.pages) == 4  # two pages, collated, twice
    assert "2 copies" in page.feedback.text() and page.feedback.isVisible()
    assert "Factsheet: 2" in page.today_label.text()
    assert page.quick_print_button.isEnabled()


def test_quick_print_without_a_printer_says_so_and_logs_nothing(qtbot, kit_with_event, monkeypatch):
    def no_printer(name=None):
        raise PrinterUnavailable("No printer is set up on this computer.")

    monkeypatch.setattr(printing, "printer_for", no_printer)
    page = make_page(qtbot, kit_with_event)
    wait_preview(qtbot, page, 1)
    page.quick_print_button.click()
    assert "No printer" in page.feedback.text()
    assert HandoutLog.select().count() == 0


def test_save_as_pdf_writes_the_file_and_logs_a_save(qtbot, kit_with_event, tmp_path, monkeypatch):
    target = tmp_path / "my flyer"  # no extension: .pdf is added
    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(target))
    page = make_page(qtbot, kit_with_event)
    wait_preview(qtbot, page, 1)
    page.save_button.click()
    saved = tmp_path / "my flyer.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert HandoutLog.get().action == "save"
    assert "Flyer: 1" in page.today_label.text()


def test_paper_choice_is_remembered_and_a4_renders_a4(qtbot, kit_with_event, pdf_out):
    page = make_page(qtbot, kit_with_event)
    wait_preview(qtbot, page, 1)
    page.paper.setCurrentIndex(page.paper.findData("a4"))
    wait_preview(qtbot, page, 1)
    assert default_paper(kit_with_event) == "a4"
    with qtbot.waitSignal(page.handout_logged, timeout=30_000):
        page.quick_print_button.click()
    box = pypdf.PdfReader(io.BytesIO(pdf_out.read_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert HandoutLog.get().paper == "a4"


def test_default_paper_is_letter_in_the_us_and_a4_elsewhere(kit):
    from PySide6.QtCore import QLocale

    assert default_paper(kit, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    assert default_paper(kit, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    assert default_paper(kit, QLocale.c()) == "letter"  # no country: the kit's region (US)


def test_missing_contact_details_are_named_and_can_be_filled_in(qtbot, kit_with_event, monkeypatch):
    from kit.ui.handouts.page import ContactDialog

    page = make_page(qtbot, kit_with_event)
    wait_preview(qtbot, page, 1)
    assert page.contact_warning.isVisible()
    assert "no way to reach your group" in page.contact_warning_text.text()

    def fill_in(dialog):
        dialog.edits["website"].setText("our group.org")  # a space: refused, dialog stays
        dialog.save()
        assert not dialog.error.isHidden() and "website" in dialog.error.text()
        dialog.edits["website"].setText("example.org/sk")  # made a full link, as in first run
        dialog.edits["email"].setText("hello@example.org")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", fill_in)
    with qtbot.waitSignal(page.pack_saved, timeout=10_000):
        assert page.open_contact_dialog()
    assert not page.contact_warning.isVisible()
    contact = kit_with_event.pack().organisation.contact
    assert (contact.website, contact.email) == ("https://example.org/sk", "hello@example.org")
    wait_preview(qtbot, page, 1)
