"""The Export dialog: live count, writing off the GUI thread, consent warnings, Cancel."""

from __future__ import annotations

import csv
import threading

from PySide6.QtCore import Qt

from kit.services import exports as export_service
from kit.services.events import create_event
from kit.ui.contacts import export_dialog as dialog_module
from kit.ui.contacts.export_dialog import ExportDialog
from tests.fakecrm.helpers import add_people


def make_dialog(qtbot, kit) -> ExportDialog:
    dialog = ExportDialog(kit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_csv_export_counts_then_writes_that_many_rows(qtbot, kit_with_event, tmp_path):
    kit = kit_with_event
    add_people(kit, 4)
    add_people(kit, 2, consent_email=lambda i: False, prefix="no-mail")
    dialog = make_dialog(qtbot, kit)
    dialog.set_format("csv")
    assert dialog.count_label.text() == "6 people will be written"
    dialog.consented_only.setChecked(True)
    assert dialog.count_label.text() == "4 people will be written"
    dialog.consented_only.setChecked(False)
    assert dialog.path.text().endswith(".csv")
    target = tmp_path / "contacts.csv"
    dialog.path.setText(str(target))

    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)

    assert done.args[0].count == 6
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["First name", "Last name", "Email"]
    assert len(rows) == 1 + 6
    assert "Wrote 6 people" in dialog.message.text() and str(target) in dialog.message.text()
    assert dialog.progress.isHidden() and dialog.close_button.isEnabled()


def test_mailing_list_formats_take_consent_unless_told_and_then_warn(qtbot, kit_with_event):
    kit = kit_with_event
    add_people(kit, 3)
    add_people(kit, 2, consent_email=lambda i: False, prefix="no-mail")
    dialog = make_dialog(qtbot, kit)
    dialog.set_format("mailchimp")
    assert "Mailchimp" in dialog.format_help.text()
    assert dialog.count_label.text() == "3 people will be written"
    assert dialog.include_everyone.isVisible() and not dialog.consented_only.isVisible()
    assert not dialog.include_warning.isVisible()
    dialog.include_everyone.setChecked(True)
    assert dialog.include_warning.isVisible() and "mailing list" in dialog.include_warning.text()
    assert dialog.count_label.text() == "5 people will be written"
    dialog.set_format("vcard")
    assert dialog.vcard_version.isVisible() and dialog.path.text().endswith(".vcf")
    assert not dialog.include_warning.isVisible()


def test_event_choice_narrows_the_count(qtbot, kit_with_event):
    kit = kit_with_event
    add_people(kit, 2)
    create_event(kit, "Campus table", "U of M", "2026-09-01")  # becomes the active event
    add_people(kit, 3, prefix="campus")
    dialog = make_dialog(qtbot, kit)
    assert dialog.count_label.text() == "5 people will be written"
    campus = dialog.event_choice.findText("Campus table", Qt.MatchFlag.MatchStartsWith)
    dialog.event_choice.setCurrentIndex(campus)
    assert dialog.count_label.text() == "3 people will be written"


def test_cancel_leaves_no_file(qtbot, kit_with_event, tmp_path, monkeypatch):
    kit = kit_with_event
    add_people(kit, 3)
    # Hold the real export at its start until Cancel was pressed, so the test is not a race.
    gate = threading.Event()

    def held_export(*args, **kwargs):
        gate.wait(10)
        return export_service.export_contacts(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "export_contacts", held_export)
    dialog = make_dialog(qtbot, kit)
    target = tmp_path / "never.csv"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)

    assert "cancelled" in dialog.message.text()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # no .part file either


def test_action_network_export_says_which_file_gets_the_mobile_box(qtbot, kit_with_event, tmp_path):
    kit = kit_with_event
    add_people(kit, 3, phone=lambda i: f"612-555-01{i:02d}", consent_sms=lambda i: i == 0)
    dialog = make_dialog(qtbot, kit)
    dialog.set_format("actionnetwork")
    assert "two files" in dialog.format_help.text()
    assert dialog.count_label.text() == ("3 people will be written\n"
                                         "and 1 person who agreed to texts, in a second file")
    target = tmp_path / "an.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    result = done.args[0]
    assert result.count == 3 and result.companion.count == 1
    text = dialog.message.text()
    assert "Upload an.csv with the mobile box" in text and "left unticked" in text
    assert f"Wrote 1 person who agreed to texts to {tmp_path / 'an-texts.csv'}" in text
    assert "Upload an-texts.csv separately and tick that box" in text
    if (shots := __import__("os").environ.get("SCREENSHOT_DIR")):
        dialog.grab().save(f"{shots}/export-actionnetwork.png")


def test_phones_without_a_yes_to_texts_only_with_the_box_ticked(qtbot, kit_with_event, tmp_path):
    kit = kit_with_event
    add_people(kit, 1, phone=lambda i: "612-555-0150", consent_sms=lambda i: True, prefix="yes")
    add_people(kit, 1, phone=lambda i: "612-555-0151", prefix="no")
    dialog = make_dialog(qtbot, kit)
    dialog.set_format("nationbuilder")
    assert dialog.include_phones.isVisible() and not dialog.include_phones.isChecked()
    assert not dialog.phones_warning.isVisible()
    target = tmp_path / "nb.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    text = target.read_text(encoding="utf-8")
    assert "+16125550150" in text and "+16125550151" not in text

    dialog.include_phones.setChecked(True)
    assert dialog.phones_warning.isVisible() and "text_consent" in dialog.phones_warning.text()
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = {row["email"]: row for row in csv.DictReader(handle)}
    assert rows["no0@example.org"]["mobile_number"] == "+16125550151"
    assert rows["no0@example.org"]["text_consent"] == "no"
    dialog.set_format("vcard")  # not an upload file: no such box
    assert not dialog.include_phones.isVisible()
