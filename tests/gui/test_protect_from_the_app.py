"""Everything `outreach-kit protect` does for a normal user, from the Protect tab (issue 14):
turn protection on (coordinator or table laptop), save the public-key file, add keys to a
table laptop, make a new key, and check the seals."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams, new_ring
from kit.services import protection
from kit.services.signups import record_signup
from kit.ui import file_dialogs
from kit.ui.protect.setup import PassphrasePrompt, ProtectDialog

PASSPHRASE = "quiet river lantern orchard"


def protect_tab(win):
    win.show_volunteer_area()
    win.volunteer.tabs.setCurrentWidget(win.protect)
    return win.protect


def when_modal(kind, handle) -> None:
    """Run `handle(dialog)` once a modal dialog of `kind` is open (exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        handle(dialog)

    QTimer.singleShot(0, poll)


def test_the_coordinator_turns_protection_on_then_saves_rotates_and_checks(
        qtbot, window, kit_with_event, tmp_path, monkeypatch):
    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org"))
    page = protect_tab(window)
    assert page.turn_on_button.isVisible() and not page.public_key_button.isVisible()

    def fill(dialog: ProtectDialog) -> None:
        choice = dialog.choice
        assert not choice.not_now.isVisible()  # cancelling is how to choose nothing here
        qtbot.mouseClick(choice.coordinator, Qt.MouseButton.LeftButton,
                         pos=QPoint(30, choice.coordinator.height() // 2))
        qtbot.keyClicks(choice.passphrase.first, PASSPHRASE)
        qtbot.keyClicks(choice.passphrase.second, PASSPHRASE)
        dialog.ok_button.click()  # not yet written down: refused
        assert dialog.isVisible() and choice.error.isVisible()
        qtbot.keyClick(choice.passphrase.written_down, Qt.Key.Key_Space)
        dialog.ok_button.click()

    when_modal(ProtectDialog, fill)
    page.turn_on_button.click()
    status = protection.protection_status(kit_with_event)
    assert status.can_read and status.sealed_signups == 1
    assert "Protected mode is on" in page.protect_result.text()
    assert not page.turn_on_button.isVisible()
    assert page.public_key_button.isVisible() and page.rotate_button.isVisible()

    target = tmp_path / "public-key.json"
    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(target))
    page.public_key_button.click()
    assert json.loads(target.read_text(encoding="utf-8")) and "public-key.json" in page.protect_result.text()

    first_key = status.active_key_id

    def enter_passphrase(dialog: PassphrasePrompt) -> None:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.accept()

    when_modal(PassphrasePrompt, enter_passphrase)
    page.rotate_button.click()
    new_key = protection.load_ring(kit_with_event).active_key_id
    assert new_key != first_key and new_key in page.protect_result.text()

    page.check_button.click()
    assert "Opened 1 sealed sign-ups" in page.protect_result.text()
    assert "intact" in page.protect_result.text()


def test_a_table_laptop_is_protected_and_later_takes_new_keys(qtbot, window, kit_with_event,
                                                              tmp_path, monkeypatch):
    ring, _private = new_ring(PASSPHRASE, KdfParams(n=2**10), "2026-06-14T10:00:00+00:00")
    key_file = tmp_path / "public-key.json"
    key_file.write_text(json.dumps(ring.public_file()), encoding="utf-8")
    page = protect_tab(window)

    def fill(dialog: ProtectDialog) -> None:
        choice = dialog.choice
        qtbot.mouseClick(choice.table, Qt.MouseButton.LeftButton,
                         pos=QPoint(30, choice.table.height() // 2))
        qtbot.keyClicks(choice.public_key.path, str(key_file))
        dialog.ok_button.click()

    when_modal(ProtectDialog, fill)
    page.turn_on_button.click()
    status = protection.protection_status(kit_with_event)
    assert status.mode != "off" and not status.can_read
    assert page.add_keys_button.isVisible() and not page.public_key_button.isVisible()
    assert not page.unlock_button.isVisible()

    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(key_file))
    page.add_keys_button.click()
    assert ring.active_key_id in page.protect_result.text()


def test_cancel_turns_nothing_on_and_keeps_no_passphrase(qtbot, window, kit_with_event):
    page = protect_tab(window)
    kept: list = []

    def cancel(dialog: ProtectDialog) -> None:
        dialog.choice.coordinator.click()
        qtbot.keyClicks(dialog.choice.passphrase.first, PASSPHRASE)
        dialog.reject()
        kept.append(dialog.choice.passphrase.first.text())

    when_modal(ProtectDialog, cancel)
    page.turn_on_button.click()
    assert kept == [""] and not kit_with_event.is_protected()
