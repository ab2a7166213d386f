"""The Import dialog: the detected file and mapping, a corrected column, the report, Cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from kit.services import imports as import_service
from kit.services.events import active_event
from kit.store.models import Contact, Signup
from kit.ui.contacts import import_dialog as dialog_module
from kit.ui.contacts.import_dialog import ImportDialog

SHEET = (
    "Given;Surname;E-mail;Phone;OK to email\r\n"
    "Amina;Shah;amina@example.org;612-555-0101;yes\r\n"
    "Bilal;Dar;bilal@example.org;;no\r\n"
    "Chen;Li;not-an-email;;yes\r\n"
)


def make_dialog(qtbot, kit) -> ImportDialog:
    dialog = ImportDialog(kit)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_and_wait(qtbot, dialog: ImportDialog, path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy, timeout=10_000)


def test_import_shows_the_mapping_lets_it_be_fixed_and_reports_the_bad_row(
        qtbot, kit_with_event, tmp_path):
    kit = kit_with_event
    path = tmp_path / "paper-sheet.csv"
    path.write_bytes(SHEET.encode("cp1252"))
    dialog = make_dialog(qtbot, kit)
    assert dialog.event_choice.currentData() == active_event(kit).id  # the active event by default
    open_and_wait(qtbot, dialog, path)

    assert "3 rows" in dialog.detected.text() and "semicolons" in dialog.detected.text()
    assert dialog.mapping_table.rowCount() == 5
    assert dialog.mapping_table.item(2, 0).text() == "E-mail"
    assert dialog.mapping()["E-mail"] == "email"
    assert "amina@example.org" in dialog.mapping_table.item(2, 2).text()  # examples
    # "Given" is not a header the kit knows: it says so, and Import waits for a fix.
    assert "Given" not in dialog.mapping()
    assert dialog.mapping_problem.isVisible() and "first name" in dialog.mapping_problem.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column_field("Given", "first_name")
    assert not dialog.mapping_problem.isVisible() and dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)

    lines = [dialog.report_list.item(i).text() for i in range(dialog.report_list.count())]
    assert lines[0] == "✓ 2 new people"
    [bad] = [line for line in lines if line.startswith("⚠")]
    assert bad.startswith("⚠ Row 4:") and "email" in bad.lower()
    assert "1 row could not be imported" in dialog.message.text()
    assert sorted(c.first_name for c in Contact.select()) == ["Amina", "Bilal"]
    assert Contact.get(Contact.first_name == "Bilal").consent_email is False
    assert not dialog.import_button.isEnabled()  # a second run would change nothing


def test_cancel_takes_everything_back(qtbot, kit_with_event, tmp_path, monkeypatch):
    kit = kit_with_event
    path = tmp_path / "people.csv"
    path.write_text("First name,Email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(30)),
                    encoding="utf-8")
    gate = threading.Event()

    def held_import(*args, **kwargs):
        gate.wait(10)  # hold the real import until Cancel was pressed: no race
        return import_service.run_import(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "run_import", held_import)
    dialog = make_dialog(qtbot, kit)
    open_and_wait(qtbot, dialog, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)

    assert "cancelled" in dialog.message.text()
    assert Contact.select().count() == 0 and Signup.select().count() == 0
    assert dialog.import_button.isEnabled()  # it can be run again


def test_an_unreadable_file_says_why(qtbot, kit_with_event, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    dialog = make_dialog(qtbot, kit_with_event)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.detected.text().startswith("⚠") and "empty" in dialog.detected.text()
    assert not dialog.import_button.isEnabled()


def test_the_contacts_tab_opens_it_and_the_status_bar_follows(qtbot, kit_with_event, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kit.ui.shell.main_window import MainWindow

    kit = kit_with_event
    path = tmp_path / "people.csv"
    path.write_text("Name,Email,Email opt-in\nDana Ali,dana@example.org,yes\n", encoding="utf-8")
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.show()
    win.show_volunteer_area()

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        dialog.open_file(path)
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy, timeout=10_000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        dialog.reject()

    QTimer.singleShot(0, drive)
    qtbot.mouseClick(win.volunteer.contacts.import_button, Qt.MouseButton.LeftButton)
    assert win.volunteer.contacts.count_label.text() == "1 contact"
    assert "Not yet exported: 1" in win.status_text.text()


def test_labels_that_are_not_interests_are_shown_and_can_be_mapped(qtbot, kit_with_event):
    import json
    import os
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "google-contacts.csv"
    dialog = make_dialog(qtbot, kit_with_event)
    open_and_wait(qtbot, dialog, fixture)
    assert "Recognised: Google Contacts export." in dialog.detected.text()
    assert dialog.label_table.isVisible() and dialog.labels_hint.isVisible()
    assert dialog.label_table.rowCount() == 1  # * myContacts and * starred are Google's own
    assert dialog.label_table.item(0, 0).text() == "Bike crew"
    assert dialog.label_table.item(0, 2).text() == "1"
    assert dialog.label_map() == {"Bike crew": None}  # left out unless chosen
    dialog.set_label_interest("Bike crew", "events")
    if shots := os.environ.get("SCREENSHOT_DIR"):
        dialog.grab().save(f"{shots}/import-labels.png")
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert done.args[0].ignored_interests == {}
    chen = Contact.get(Contact.first_name == "Chen")
    assert json.loads(Signup.get(Signup.contact == chen).interests) == ["events"]


def test_a_huge_cell_is_shown_short_and_refuses_only_its_row(qtbot, kit_with_event, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("First name,Email,Notes\r\nAnn,ann@example.org,short\r\n"
                    f"Big,big@example.org,{'x' * 1_000_000}\r\n", encoding="utf-8")
    dialog = make_dialog(qtbot, kit_with_event)
    open_and_wait(qtbot, dialog, path)
    examples = dialog.mapping_table.item(2, 2).text()
    assert "short" in examples and len(examples) < 100
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    report = done.args[0]
    assert report.imported == 1 and [row for row, _ in report.errors] == [3]


def test_a_renamed_mailchimp_file_waits_for_the_coordinator_s_answer(
        qtbot, kit_with_event, tmp_path):
    from pathlib import Path

    fixture = (Path(__file__).resolve().parents[1] / "fixtures" / "imports"
               / "nonsubscribed_members_export_8f2a1c9b7d.csv")
    renamed = tmp_path / "june-list.csv"
    renamed.write_bytes(fixture.read_bytes())
    dialog = make_dialog(qtbot, kit_with_event)
    open_and_wait(qtbot, dialog, renamed)
    # Nothing assumed: the question shows, and Import waits for an answer.
    assert dialog.consent_hint.isVisible() and dialog.consent_choice.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.consent_choice.setCurrentIndex(dialog.consent_choice.findData(False))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.imported == 2 and dialog.report.errors == []
    assert {c.consent_email for c in Contact.select()} == {False}
    # Mailchimp's own name says it: no question.
    open_and_wait(qtbot, dialog, fixture)
    assert not dialog.consent_choice.isVisible()


def test_the_report_lists_rows_imported_without_their_phone(qtbot, kit_with_event):
    report = import_service.ImportReport(imported=1, warnings=[(2, "Phone = '06' could not be "
                                                                   "read")])
    lines = dialog_module.report_lines(report)
    assert (True, "Row 2, imported: Phone = '06' could not be read") in lines


def test_a_phone_s_vcard_file_imports_into_the_chosen_event(qtbot, kit_with_event):
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "iphone-contacts.vcf"
    dialog = make_dialog(qtbot, kit_with_event)
    open_and_wait(qtbot, dialog, fixture)
    assert "vCard" in dialog.detected.text() and dialog.event_choice.isEnabled()
    assert dialog.mapping()["Email"] == "email" and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.imported == 2 and dialog.report.errors == []
    assert {s.event_id for s in Signup.select()} == {dialog.event_choice.currentData()}
