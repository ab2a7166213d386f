"""The Protect tab with real widgets: status, lock, bundle export/import between two kits, purge
with its confirmation, kiosk PIN and mode, and the emergency wipe behind PIN + WIPE."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import kiosk_pin, protection
from kit.services.contacts import search_contacts
from kit.services.kiosk_pin import KioskPin, ScryptParams
from kit.services.kit import open_kit
from kit.services.signups import record_signup
from kit.ui import file_dialogs
from kit.ui.kiosk.pin_dialog import PinDialog, SetPinDialog
from kit.ui.protect.page import WipeDialog
from kit.ui.shell.main_window import MainWindow

CHEAP = ScryptParams(n=2**10)
PIN = "2468"
THEN = dt.datetime(2026, 6, 14, 15, 30, tzinfo=dt.UTC)


def protect_tab(win: MainWindow):
    win.show_volunteer_area()
    win.volunteer.tabs.setCurrentWidget(win.protect)
    return win.protect


def when_modal(handle) -> None:
    """Run `handle(dialog)` once the next modal dialog is open (exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        handle(dialog)

    QTimer.singleShot(0, poll)


def test_status_off_offers_to_turn_protection_on(window):
    page = protect_tab(window)
    assert page.status.text().startswith("Off")
    assert page.turn_on_button.isVisible() and "passphrase" in page.keys.text()
    assert not page.lock_button.isVisible() and not page.unlock_button.isVisible()
    assert "No kiosk PIN" in page.pin_status.text() and not page.kiosk_mode.isEnabled()


def test_status_of_a_protected_kit_and_lock_now(window, kit_with_event):
    protection.init_protection(kit_with_event, "correct horse", kdf=KdfParams(n=2**14))
    page = protect_tab(window)
    key = protection.load_ring(kit_with_event).active_key_id
    assert "unlocked" in page.status.text() and "Coordinator" in page.status.text()
    assert key in page.keys.text()
    page.lock_button.click()
    assert protection.mode(kit_with_event) == "locked"
    assert "locked" in page.status.text() and page.unlock_button.isEnabled()
    assert window.volunteer.contacts.model.locked


def test_bundle_buttons_round_trip_between_two_kits(qtbot, window, kit_with_event, tmp_path,
                                                    monkeypatch):
    for name in ("Ayesha", "Bilal"):
        record_signup(kit_with_event, SignupForm(first_name=name, email=f"{name}@example.org"))
    page = protect_tab(window)
    stick = tmp_path / "stick.bundle"
    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(stick))
    page.export_bundle_button.click()
    assert stick.exists() and "2 sign-ups" in page.bundle_result.text()

    home = open_kit(tmp_path / "home")  # the coordinator's kit (models now bound to it)
    try:
        win = MainWindow(home)
        qtbot.addWidget(win)
        other = protect_tab(win)
        monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(stick))
        other.import_bundle_button.click()
        qtbot.waitUntil(lambda: not other.importing)
        assert "2 new sign-ups" in other.bundle_result.text()
        assert {c.email for c in search_contacts(home, "")} == {"ayesha@example.org",
                                                                "bilal@example.org"}
        assert win.volunteer.contacts.model.rowCount() == 2  # the Contacts tab was told
        other.import_bundle_button.click()  # the same stick again: nothing doubles
        qtbot.waitUntil(lambda: not other.importing)
        assert "0 new sign-ups, 2 already here" in other.bundle_result.text()
        assert len(search_contacts(home, "")) == 2
    finally:
        home.close()


def bundle_of(kit, path, names) -> None:
    from kit.services.bundles import export_bundle

    for name in names:
        record_signup(kit, SignupForm(first_name=name, email=f"{name}@example.org"))
    export_bundle(kit, path)


def test_a_bundle_imports_in_the_background_with_progress(qtbot, window, kit_with_event, tmp_path,
                                                         monkeypatch):
    import kit.services.bundles as bundles

    stick = tmp_path / "stick.bundle"
    bundle_of(kit_with_event, stick, ("Ayesha", "Bilal", "Chen"))
    monkeypatch.setattr(bundles, "BATCH_SIGNUPS", 1)  # three batches, three progress reports
    home = open_kit(tmp_path / "home")
    try:
        win = MainWindow(home)
        qtbot.addWidget(win)
        page = protect_tab(win)
        seen: list[tuple[int, int]] = []
        page._importer.progressed.connect(lambda done, total: seen.append((done, total)))
        monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(stick))
        page.import_bundle_button.click()
        # The click returns at once: the import runs in a worker, shown with a Cancel.
        assert page.importing and page.bundle_progress.isVisibleTo(page)
        assert page.cancel_import_button.isVisibleTo(page)
        assert not page.import_bundle_button.isEnabled()
        qtbot.waitUntil(lambda: not page.importing)
        assert seen and seen[-1] == (3, 3)
        assert "3 new sign-ups" in page.bundle_result.text()
        assert not page.bundle_progress.isVisibleTo(page)
        assert not page.cancel_import_button.isVisibleTo(page)
        assert page.import_bundle_button.isEnabled()
        assert win.volunteer.contacts.model.rowCount() == 3  # the Contacts tab was told
    finally:
        home.close()


def test_cancelling_a_bundle_import_takes_it_all_back(qtbot, window, kit_with_event, tmp_path,
                                                      monkeypatch):
    import threading

    import kit.services.bundles as bundles
    import kit.ui.protect.page as page_module

    stick = tmp_path / "stick.bundle"
    bundle_of(kit_with_event, stick, ("Ayesha", "Bilal", "Chen"))
    monkeypatch.setattr(bundles, "BATCH_SIGNUPS", 1)
    first_batch_in = threading.Event()

    def import_then_hold(kit, path, *, progress, cancel):
        # After the first batch is written, wait (in the worker) until Cancel is pressed, so
        # the cancel lands half-way through for certain.
        def report(done, total):
            progress(done, total)
            first_batch_in.set()
            for _ in range(500):
                if cancel():
                    break
                threading.Event().wait(0.01)
        return bundles.import_bundle(kit, path, progress=report, cancel=cancel)

    monkeypatch.setattr(page_module, "import_bundle", import_then_hold)
    home = open_kit(tmp_path / "home")
    try:
        win = MainWindow(home)
        qtbot.addWidget(win)
        page = protect_tab(win)
        monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(stick))
        page.import_bundle_button.click()
        qtbot.waitUntil(first_batch_in.is_set)
        qtbot.waitUntil(lambda: page.bundle_progress.value() == 1)  # the first batch is in
        page.cancel_import_button.click()
        qtbot.waitUntil(lambda: not page.importing)
        assert "cancelled" in page.bundle_result.text()
        assert search_contacts(home, "") == []  # the batch already written was undone
        assert page.import_bundle_button.isEnabled() and not page.bundle_progress.isVisibleTo(page)
    finally:
        home.close()


def test_a_file_that_is_not_a_bundle_is_refused(window, tmp_path, monkeypatch):
    page = protect_tab(window)
    csv = tmp_path / "people.csv"
    csv.write_text("first_name,email\nA,a@example.org\n")
    shown = []
    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(csv))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1]))
    page.import_bundle_button.click()
    assert shown == ["Not a bundle"]


def test_purge_shows_what_goes_and_asks_first(window, kit_with_event, monkeypatch):
    kit = kit_with_event
    kit.clock = lambda: THEN
    record_signup(kit, SignupForm(first_name="Old", email="old@example.org"))
    kit.settings.set("last_export_at", "2026-06-14T16:00:00")  # a full export saw it
    kit.clock = lambda: THEN + dt.timedelta(days=40)
    record_signup(kit, SignupForm(first_name="New", email="new@example.org"))
    page = protect_tab(window)
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    page.purge_button.click()
    assert "of 1 sign-up older than 30 days" in asked[0]
    assert len(search_contacts(kit, "")) == 2  # cancelled: nothing gone

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.purge_button.click()
    assert {c.email for c in search_contacts(kit, "")} == {"new@example.org"}


def test_set_pin_then_kiosk_mode_with_the_pin(qtbot, window, kit_with_event):
    page = protect_tab(window)
    window.kiosk_lock.pin = KioskPin(kit_with_event.settings, params=CHEAP)

    def set_pin(dialog):
        assert isinstance(dialog, SetPinDialog)
        qtbot.keyClicks(dialog.first, PIN)
        qtbot.keyClicks(dialog.second, "1357")
        dialog.save_button.click()  # they differ: refused, dialog stays
        assert "differ" in dialog.message.text() and dialog.isVisible()
        qtbot.keyClicks(dialog.first, PIN)
        qtbot.keyClicks(dialog.second, PIN)
        dialog.save_button.click()

    when_modal(set_pin)
    page.set_pin_button.click()
    assert window.kiosk_lock.pin.is_set() and page.kiosk_mode.isEnabled()
    assert page.set_pin_button.text() == "Change kiosk PIN…"

    def enter_pin(dialog):
        assert isinstance(dialog, PinDialog)
        qtbot.keyClicks(dialog.pin_field, PIN)
        dialog.ok_button.click()

    when_modal(enter_pin)
    page.kiosk_mode.setChecked(True)
    assert window.kiosk_lock.kiosk_mode and kiosk_pin.kiosk_mode(kit_with_event.settings)
    qtbot.waitUntil(window.isFullScreen)
    # A click on the sentence toggles the box, as a click on a check box's own text would;
    # turning it off asks for no PIN: whoever is here already passed it.
    qtbot.mouseClick(page.kiosk_mode_label, Qt.MouseButton.LeftButton)
    assert not page.kiosk_mode.isChecked()
    assert not window.kiosk_lock.kiosk_mode

    page.inactivity.setValue(120)
    assert kiosk_pin.inactivity_seconds(kit_with_event.settings) == 120
    assert window.kiosk_lock.idle.interval() == 120_000


def test_wipe_dialog_needs_the_pin_and_the_word(qtbot, kit_with_event):
    pin = KioskPin(kit_with_event.settings, params=CHEAP)
    pin.set_pin(PIN)
    dialog = WipeDialog(pin)
    qtbot.addWidget(dialog)
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.word, "WIPE")
    assert not dialog.wipe_button.isEnabled()  # no PIN yet
    qtbot.keyClicks(dialog.pin_field, "1111")
    assert dialog.wipe_button.isEnabled()
    dialog.wipe_button.click()
    assert "Wrong PIN" in dialog.message.text() and dialog.result() != WipeDialog.DialogCode.Accepted
    dialog.word.setText("wipe")  # lower case is not the word
    qtbot.keyClicks(dialog.pin_field, PIN)
    assert not dialog.wipe_button.isEnabled()
    dialog.word.setText("WIPE")
    dialog.wipe_button.click()
    assert dialog.result() == WipeDialog.DialogCode.Accepted


@pytest.mark.parametrize("with_pin", [True, False])
def test_emergency_wipe_removes_the_database_and_closes(qtbot, tmp_path, monkeypatch, with_pin):
    from kit.services.events import create_event

    kit = open_kit(tmp_path / "wipe-me")
    create_event(kit, "Table")
    record_signup(kit, SignupForm(first_name="Gone", email="gone@example.org"))
    database, data_dir = kit.paths.database, kit.paths.data_dir
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.show()
    if with_pin:
        KioskPin(kit.settings, params=CHEAP).set_pin(PIN)
        win.kiosk_lock.set_kiosk_mode(True)  # closing is refused, except after the wipe
    page = protect_tab(win)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))

    def confirm(dialog):
        assert isinstance(dialog, WipeDialog)
        assert (dialog.pin_field is not None) == with_pin
        if with_pin:
            qtbot.keyClicks(dialog.pin_field, PIN)
        qtbot.keyClicks(dialog.word, "WIPE")
        dialog.wipe_button.click()

    when_modal(confirm)
    page.wipe_button.click()
    assert not database.exists() and not data_dir.exists()
    assert "SSD" in shown[0] and "crypto-erase" in shown[0]
    assert win.kiosk_lock.wiped and not win.isVisible()


def test_cancelling_the_wipe_keeps_everything(qtbot, window, kit_with_event):
    page = protect_tab(window)
    when_modal(lambda dialog: dialog.reject())
    page.wipe_button.click()
    assert kit_with_event.paths.database.exists() and window.isVisible()
