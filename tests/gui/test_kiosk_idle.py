"""The inactivity reset cannot be defeated by leaving a dialog open (issue 13): every dialog over
the kiosk closes, modal or not, the volunteer area behind a PIN goes back to the kiosk, and the
clipboard and the X11 selection are emptied.

The reset is triggered by its real timer, set to a fraction of a second; each test also arms a
fallback that closes a dialog the reset left open, so a regression fails instead of hanging.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kit.domain.signup import SignupForm
from kit.services.kiosk_pin import KioskPin, ScryptParams
from kit.services.signups import record_signup
from kit.ui.contacts.dialog import ContactDialog
from kit.ui.kiosk.pin_dialog import PinDialog
from tests.parts import require_tools, require_xcb

CHEAP = ScryptParams(n=2**10)
PIN = "2468"
IDLE_SECONDS = 0.3
FALLBACK_MS = 4000


class Fallback:
    """Closes whatever modal dialog is still open after FALLBACK_MS, and remembers doing so."""

    def __init__(self) -> None:
        self.used = False
        QTimer.singleShot(FALLBACK_MS, self._close)

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.used = True
            dialog.reject()
            QTimer.singleShot(100, self._close)  # the next one out, if dialogs were nested


def guard_with_pin(window, kit, *, kiosk_mode: bool) -> None:
    lock = window.kiosk_lock
    lock.pin = KioskPin(kit.settings, params=CHEAP)
    lock.pin.set_pin(PIN)
    if kiosk_mode:
        lock.set_kiosk_mode(True)


def half_fill(qtbot, window) -> None:
    form = window.kiosk.form
    qtbot.keyClicks(form.edits["first_name"], "Half")
    qtbot.keyClicks(form.edits["email"], "half@example.org")
    QGuiApplication.clipboard().setText("half@example.org")


@pytest.mark.parametrize("kiosk_mode", [True, False])
def test_a_pin_dialog_left_open_over_the_kiosk_is_closed(qtbot, window, kit_with_event, kiosk_mode):
    guard_with_pin(window, kit_with_event, kiosk_mode=kiosk_mode)
    half_fill(qtbot, window)
    form = window.kiosk.form
    seen: list = []
    QTimer.singleShot(50, lambda: seen.append(QApplication.activeModalWidget()))
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    fallback = Fallback()
    window.kiosk.volunteer_button.click()  # the PIN dialog runs its own loop until the reset
    assert isinstance(seen[0], PinDialog)
    assert not fallback.used and not seen[0].isVisible()
    assert seen[0].result() == QDialog.DialogCode.Rejected
    assert window.pages.currentWidget() is window.kiosk  # the PIN was never given
    assert window.kiosk.form is not form
    assert all(edit.text() == "" for edit in window.kiosk.form.edits.values())
    assert QGuiApplication.clipboard().text() == ""
    window.kiosk_lock.set_kiosk_mode(False)


@pytest.mark.parametrize("kiosk_mode", [True, False])
def test_a_contact_dialog_left_open_goes_and_the_kiosk_comes_back(qtbot, window, kit_with_event,
                                                                 kiosk_mode):
    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org"))
    guard_with_pin(window, kit_with_event, kiosk_mode=kiosk_mode)
    window.show_volunteer_area()
    page = window.volunteer.contacts
    page.table.selectRow(0)
    seen: list = []
    QTimer.singleShot(50, lambda: seen.append(QApplication.activeModalWidget()))
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    fallback = Fallback()
    page.edit_button.click()
    assert isinstance(seen[0], ContactDialog) and not fallback.used
    assert not seen[0].isVisible()
    assert window.pages.currentWidget() is window.kiosk
    window.kiosk_lock.set_kiosk_mode(False)


def test_a_message_box_over_a_dialog_closes_innermost_first(qtbot, window, kit_with_event):
    guard_with_pin(window, kit_with_event, kiosk_mode=True)
    outer = QDialog(window)
    qtbot.addWidget(outer)
    asked: list = []

    def ask() -> None:
        asked.append(QMessageBox.question(outer, "Delete", "Delete this contact?",
                                          QMessageBox.StandardButton.Yes
                                          | QMessageBox.StandardButton.Cancel,
                                          QMessageBox.StandardButton.Yes))

    QTimer.singleShot(30, ask)
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    fallback = Fallback()
    outer.exec()
    assert not fallback.used and not outer.isVisible()
    assert asked and asked[0] != QMessageBox.StandardButton.Yes  # closing is never a yes
    window.kiosk_lock.set_kiosk_mode(False)


def test_a_modeless_dialog_is_closed_too(qtbot, window):
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    modeless = QDialog(window)
    qtbot.addWidget(modeless)
    modeless.setModal(False)
    modeless.show()
    qtbot.waitUntil(lambda: not modeless.isVisible(), timeout=3000)


def test_an_unguarded_volunteer_area_keeps_its_dialog(qtbot, window):
    """No PIN, no kiosk mode: the volunteer area is open to anyone anyway, and a volunteer busy
    in a dialog keeps it."""
    window.show_volunteer_area()
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    modeless = QDialog(window)
    qtbot.addWidget(modeless)
    modeless.show()
    qtbot.wait(int(IDLE_SECONDS * 1000 * 3))
    assert modeless.isVisible() and window.pages.currentWidget() is window.volunteer


def test_the_selection_is_emptied_where_there_is_one(qtbot, window):
    clipboard = QGuiApplication.clipboard()
    if not clipboard.supportsSelection():
        pytest.skip("this platform has no middle-click selection (see the X11 test below)")
    clipboard.setText("half@example.org", QClipboard.Mode.Selection)
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Selection) == "", timeout=3000)


X11_CHECK = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QClipboard, QGuiApplication
    from kit.services.events import create_event
    from kit.services.kit import open_kit
    from kit.ui.shell.app import create_application
    from kit.ui.shell.main_window import MainWindow

    app = create_application()
    kit = open_kit(sys.argv[1])
    create_event(kit, "Lake Street table", "", "2026-06-14")
    window = MainWindow(kit)
    window.show()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.supportsSelection(), "no selection on X11?"
    form = window.kiosk.form
    form.edits["email"].setText("half@example.org")
    # What selecting the email with the mouse leaves behind for a middle click.
    clipboard.setText("half@example.org", QClipboard.Mode.Selection)
    app.processEvents()
    before = clipboard.text(QClipboard.Mode.Selection)
    window.kiosk_lock._on_idle()
    app.processEvents()
    after_idle = clipboard.text(QClipboard.Mode.Selection)
    # A stored sign-up leaves nothing behind either (the next person's middle click).
    form = window.kiosk.form
    form.edits["first_name"].setText("Amna")
    form.edits["email"].setText("amna@example.org")
    clipboard.setText("amna@example.org", QClipboard.Mode.Selection)
    app.processEvents()
    form.submitted.emit(form.form_data())
    app.processEvents()
    after_signup = clipboard.text(QClipboard.Mode.Selection)
    print(repr(before), repr(after_idle), repr(after_signup))
    kit.close()
""")


# Xvfb and a window manager: one such test at a time (--dist loadgroup).
@pytest.mark.xdist_group("xvfb")
def test_on_a_real_x_display_the_middle_click_selection_is_emptied(tmp_path):
    """By the inactivity reset and by a stored sign-up."""
    require_tools("an X display", "xvfb-run", package="xvfb xauth")
    require_xcb()  # without them Qt aborts inside Xvfb instead of drawing
    script = tmp_path / "x11_check.py"
    script.write_text(X11_CHECK, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # this child process only: a real X display
    done = subprocess.run(["xvfb-run", "-a", sys.executable, str(script), str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["'half@example.org'", "''", "''"], done.stdout + done.stderr


def test_in_kiosk_mode_the_status_bar_shows_nothing_internal(qtbot, window, kit_with_event):
    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org"))
    window.refresh_status()
    assert "Waiting to sync" in window.status_text.text() and window.statusBar().isVisible()
    guard_with_pin(window, kit_with_event, kiosk_mode=True)
    assert not window.statusBar().isVisible() and window.status_text.text() == ""
    window.refresh_status()  # the 30-second refresh does not bring it back
    assert not window.statusBar().isVisible() and window.status_text.text() == ""
    window.show_volunteer_area()  # behind the PIN, volunteers see their counts
    assert window.statusBar().isVisible() and "Waiting to sync" in window.status_text.text()
    window.show_kiosk()
    assert not window.statusBar().isVisible()
    window.kiosk_lock.set_kiosk_mode(False)
    assert window.statusBar().isVisible()


def test_an_open_context_menu_is_closed(qtbot, window):
    """A right-click menu left open on the kiosk (Copy, Paste…) runs its own loop too."""
    from PySide6.QtWidgets import QMenu

    menu = QMenu(window.kiosk.form.edits["email"])
    menu.addAction("Paste")  # a stand-in for the line edit's own menu
    window.kiosk_lock.set_inactivity_interval(IDLE_SECONDS)
    closer = QTimer()
    closer.setSingleShot(True)
    closer.timeout.connect(menu.close)  # the fallback, should the reset not close it
    closer.start(FALLBACK_MS)
    menu.exec(window.mapToGlobal(window.rect().center()))
    assert closer.isActive()  # closed by the reset, long before the fallback
    closer.stop()
