"""Issue 21: a set-up left half-way comes back at the next start behind the kiosk PIN. A passer-by
can no longer change the group's website (printed as a QR code on every handout), make the
laptop a table laptop with an outsider's key, or reach a file dialog from it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kit.services import first_run
from kit.services.kiosk_pin import KioskPin, ScryptParams, set_kiosk_mode
from kit.ui.kiosk.pin_dialog import PinDialog
from kit.ui.shell.first_run import CONTACT_PAGE, PIN_PAGE
from kit.ui.shell.main_window import MainWindow

CHEAP = ScryptParams(n=2**10)
PIN = "2468"


def make_window(qtbot, kit):
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def half_set_up(kit_with_event):
    """Step 1 done (the event), then the PIN and kiosk mode, and set-up quit before the end."""
    kit = kit_with_event
    first_run.mark_started(kit)
    KioskPin(kit.settings, params=CHEAP).set_pin(PIN)
    set_kiosk_mode(kit.settings, True)
    yield kit
    set_kiosk_mode(kit.settings, False)  # let pytest-qt close the window


def answer_pin(text: str, seen: list) -> None:
    """When the PIN dialog opens, type `text` and press OK (Cancel if it stays open)."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        dialog.pin_field.setText(text)
        dialog.ok_button.click()
        if dialog.isVisible():
            seen.append(dialog.message.text())
            dialog.reject()

    QTimer.singleShot(0, handle)


def test_the_rule_resuming_set_up_needs_the_pin_once_one_exists(kit_with_event):
    kit = kit_with_event
    assert not first_run.resuming_needs_pin(kit)  # set-up done (never started): nothing to resume
    first_run.mark_started(kit)
    assert not first_run.resuming_needs_pin(kit)  # no PIN yet: whoever sets the laptop up
    KioskPin(kit.settings, params=CHEAP).set_pin(PIN)
    assert first_run.resuming_needs_pin(kit)
    first_run.mark_finished(kit)
    assert not first_run.resuming_needs_pin(kit)


def test_a_half_done_set_up_is_behind_the_pin_at_the_next_start(qtbot, half_set_up):
    win = make_window(qtbot, half_set_up)
    kiosk = win.kiosk
    setup = kiosk.setup
    assert kiosk.stack.currentWidget() is setup
    assert setup.pages.currentWidget() is setup.gate and setup.gate.isVisible()
    # Nothing of set-up is on the screen or reachable with Tab: no website, no key file.
    assert not setup.built or not setup.flow.isVisible()
    focusable = [w for w in win.findChildren(QWidget) if w.isVisible()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]
    assert setup.gate.continue_button in focusable
    assert all(w.objectName() not in ("contact_website", "first_run_pin") for w in focusable)

    seen: list = []
    answer_pin("1111", seen)  # a wrong PIN: still shut
    qtbot.mouseClick(setup.gate.continue_button, Qt.MouseButton.LeftButton)
    assert isinstance(seen[0], PinDialog) and "Wrong PIN" in seen[1]
    assert setup.pages.currentWidget() is setup.gate
    assert not setup.built or not setup.flow.isVisible()

    seen.clear()
    answer_pin(PIN, seen)  # the volunteer: set-up goes on where it was left
    qtbot.mouseClick(setup.gate.continue_button, Qt.MouseButton.LeftButton)
    assert seen and setup.pages.currentWidget() is setup.flow and setup.flow.isVisible()
    assert setup.flow.currentId() == CONTACT_PAGE
    assert setup.flow.contact_page.edits["website"].isVisible()


def test_idle_puts_an_opened_set_up_back_behind_the_pin(qtbot, half_set_up):
    win = make_window(qtbot, half_set_up)
    setup = win.kiosk.setup
    seen: list = []
    answer_pin(PIN, seen)
    qtbot.mouseClick(setup.gate.continue_button, Qt.MouseButton.LeftButton)
    assert setup.pages.currentWidget() is setup.flow
    win.kiosk_lock.set_inactivity_interval(0.2)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.gate, timeout=3000)
    assert not setup.flow.isVisible()


def test_a_first_run_without_a_pin_is_open_and_stays_open_after_setting_one(qtbot, kit):
    win = make_window(qtbot, kit)
    setup = win.kiosk.setup
    assert setup.pages.currentWidget() is setup.flow  # no PIN yet: the person setting it up
    flow = setup.flow
    qtbot.keyClicks(flow.form.name, "Campus table")
    flow.next()  # the event (Enter in its name now moves to the place, not on)
    flow.next()  # the group's details, left as they are
    assert flow.currentId() == PIN_PAGE
    flow.pin_page.first.setText(PIN)
    flow.pin_page.second.setText(PIN)
    flow.next()  # the PIN is set now, by the volunteer at the keyboard
    assert KioskPin(kit.settings).is_set()
    win.kiosk.refresh()  # e.g. back from the volunteer area
    assert setup.pages.currentWidget() is flow and flow.isVisible()
    win.close()
    again = make_window(qtbot, kit)  # quit half-way: the next start asks for the PIN
    assert again.kiosk.setup.pages.currentWidget() is again.kiosk.setup.gate
