"""Kiosk mode under qtbot: escape keys and closing do nothing, the volunteer area and quitting
ask for the PIN, wrong PINs lock entry (60 s, then 120 s), and an idle half-filled form is
cleared with the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kit.services import kiosk_pin
from kit.services.kiosk_pin import KioskPin, NoPin, ScryptParams
from kit.ui.kiosk.pin_dialog import PinDialog

CHEAP = ScryptParams(n=2**10)
PIN = "2468"
MODIFIER_KEYS = {Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Meta}


class Clock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def kiosk_window(window, kit_with_event, clock):
    """The main window in kiosk mode, its PIN checked against a clock the test moves."""
    lock = window.kiosk_lock
    lock.pin = KioskPin(kit_with_event.settings, clock=clock, params=CHEAP)
    lock.pin.set_pin(PIN)
    lock.set_kiosk_mode(True)
    yield window
    lock.set_kiosk_mode(False)  # let pytest-qt close it


class KeysSeen(QObject):
    """Records the key presses that reach a widget."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.keys: list = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        # Modifier keys alone (QTest presses Ctrl before Ctrl+Q) are harmless and not counted.
        if event.type() == QEvent.Type.KeyPress and event.key() not in MODIFIER_KEYS:
            self.keys.append(event.key())
        return False


def answer_pin_dialog(qtbot, text: str, seen: list) -> None:
    """When the next modal dialog opens, type `text` into its PIN field and press OK."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        qtbot.keyClicks(dialog.pin_field, text)
        dialog.ok_button.click()
        if dialog.isVisible():  # wrong PIN: the dialog stays; give up like a volunteer would
            seen.append(dialog.message.text())
            dialog.reject()

    QTimer.singleShot(0, handle)


def test_kiosk_mode_is_full_screen_and_escape_keys_and_close_do_nothing(qtbot, kiosk_window):
    win = kiosk_window
    qtbot.waitUntil(win.isFullScreen)
    form = win.kiosk.form
    form.edits["first_name"].setFocus()
    qtbot.keyClicks(form.edits["first_name"], "Amna")
    reached = KeysSeen(form.edits["first_name"])
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                          (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(form.edits["first_name"], key, modifier)
        qtbot.keyClick(win, key, modifier)
    assert win.close() is False
    qtbot.wait(50)
    assert win.isVisible() and win.isFullScreen()
    assert form.edits["first_name"].text() == "Amna"
    assert reached.keys == []  # the keys reached nothing, not even the field
    qtbot.keyClick(form.edits["first_name"], Qt.Key.Key_X)
    assert reached.keys == [Qt.Key.Key_X]  # ordinary typing does


def test_escape_still_cancels_a_dialog_in_kiosk_mode(qtbot, kiosk_window):
    dialog = PinDialog(kiosk_window.kiosk_lock.pin, "Open the volunteer area", kiosk_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Escape)
    assert dialog.result() == PinDialog.DialogCode.Rejected and not dialog.isVisible()


def test_without_kiosk_mode_the_window_closes(qtbot, window):
    assert not window.kiosk_lock.kiosk_mode
    assert window.close() is True


def test_kiosk_mode_cannot_be_turned_on_without_a_pin(window):
    with pytest.raises(NoPin, match="PIN"):
        window.kiosk_lock.set_kiosk_mode(True)
    assert not window.kiosk_lock.kiosk_mode


def test_the_volunteer_area_asks_for_the_pin(qtbot, kiosk_window):
    win = kiosk_window
    seen: list = []
    answer_pin_dialog(qtbot, "1111", seen)
    win.kiosk.volunteer_button.click()
    assert isinstance(seen[0], PinDialog) and "Wrong PIN" in seen[1]
    assert win.pages.currentWidget() is win.kiosk

    seen.clear()
    answer_pin_dialog(qtbot, PIN, seen)
    win.kiosk.volunteer_button.click()
    assert seen and win.pages.currentWidget() is win.volunteer


def test_quitting_asks_for_the_pin(qtbot, kiosk_window):
    win = kiosk_window
    seen: list = []
    answer_pin_dialog(qtbot, "1111", seen)
    assert win.kiosk_lock.request_quit() is False and win.isVisible()
    answer_pin_dialog(qtbot, PIN, seen)
    assert win.kiosk_lock.request_quit() is True and not win.isVisible()


def test_five_wrong_pins_lock_entry_for_a_minute_then_two(qtbot, kit_with_event, clock):
    pin = KioskPin(kit_with_event.settings, clock=clock, params=CHEAP)
    pin.set_pin(PIN)
    dialog = PinDialog(pin, "Open the volunteer area")
    qtbot.addWidget(dialog)
    dialog.show()

    def enter(text: str) -> None:
        qtbot.keyClicks(dialog.pin_field, text)
        qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)

    for left in (4, 3, 2, 1):
        enter("0000")
        assert f"{left} more tr" in dialog.message.text() and dialog.pin_field.text() == ""
    enter("0000")
    assert "Try again in 1 minute." in dialog.message.text()
    assert not dialog.pin_field.isEnabled() and not dialog.ok_button.isEnabled()

    clock.now += 30  # the sixth attempt, within the minute, with the right PIN: refused
    assert not pin.verify(PIN).ok
    dialog._show_lockout()
    assert "Try again in 30 seconds" in dialog.message.text()

    clock.now += 31
    dialog._show_lockout()  # the countdown's tick
    assert dialog.pin_field.isEnabled() and dialog.message.isHidden()
    enter("9999")  # one more wrong PIN: the next wait is two minutes
    assert "Try again in 2 minutes." in dialog.message.text()
    clock.now += 121
    dialog._show_lockout()
    enter(PIN)
    assert dialog.result() == PinDialog.DialogCode.Accepted


def test_enter_on_an_empty_pin_is_not_a_wrong_pin(qtbot, kit_with_event, clock):
    """Issue 21: a passer-by pressing Enter on the empty PIN field must not run up the lockout
    (which doubles and survives a restart)."""
    pin = KioskPin(kit_with_event.settings, clock=clock, params=CHEAP)
    pin.set_pin(PIN)
    dialog = PinDialog(pin, "Open the volunteer area")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(12):
        qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.message.isHidden()  # no "Wrong PIN", no countdown
    assert dialog.pin_field.isEnabled() and dialog.ok_button.isEnabled()
    assert pin.attempts_left() == 5 and pin.locked_for() == 0
    assert kit_with_event.settings.get(kiosk_pin.ATTEMPTS_SETTING) is None
    qtbot.keyClicks(dialog.pin_field, PIN)
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)
    assert dialog.result() == PinDialog.DialogCode.Accepted


def test_after_the_minute_the_right_pin_works(qtbot, kit_with_event, clock):
    pin = KioskPin(kit_with_event.settings, clock=clock, params=CHEAP)
    pin.set_pin(PIN)
    for _ in range(5):
        pin.verify("0000")
    dialog = PinDialog(pin, "Quit")
    qtbot.addWidget(dialog)
    assert not dialog.pin_field.isEnabled()  # a dialog opened during the lockout says so at once
    clock.now += 61
    qtbot.waitUntil(dialog.pin_field.isEnabled, timeout=2500)  # the 1 s countdown reopens it
    qtbot.keyClicks(dialog.pin_field, PIN)
    dialog.ok_button.click()
    assert dialog.result() == PinDialog.DialogCode.Accepted


@pytest.mark.parametrize("kiosk_mode", [False, True])
def test_an_idle_half_filled_form_is_cleared_with_the_clipboard(qtbot, window, kit_with_event,
                                                               kiosk_mode):
    lock = window.kiosk_lock
    if kiosk_mode:
        KioskPin(kit_with_event.settings, params=CHEAP).set_pin(PIN)
        lock.set_kiosk_mode(True)
    lock.set_inactivity_interval(0.3)
    form = window.kiosk.form
    form.edits["first_name"].setFocus()
    qtbot.keyClicks(form.edits["first_name"], "Half")
    qtbot.keyClicks(form.edits["email"], "half@exam")
    QGuiApplication.clipboard().setText("half@example.org")
    qtbot.wait(150)
    qtbot.keyClicks(form.edits["email"], "p")  # still typing: the timer starts again
    qtbot.wait(200)
    assert window.kiosk.form is form and form.edits["email"].text() == "half@examp"
    qtbot.waitUntil(lambda: window.kiosk.form is not form, timeout=2000)
    fresh = window.kiosk.form
    assert all(edit.text() == "" for edit in fresh.edits.values())
    assert QGuiApplication.clipboard().text() == ""
    lock.set_kiosk_mode(False)


def test_the_thank_you_screen_keeps_its_own_timer(qtbot, window, kit_with_event):
    kit_with_event.settings.set("thank_you_seconds", 2)
    window.kiosk_lock.set_inactivity_interval(0.2)
    form = window.kiosk.form
    qtbot.keyClicks(form.edits["first_name"], "Amna")
    qtbot.keyClicks(form.edits["email"], "amna@example.org")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)  # Enter in a field moves on
    assert window.kiosk.stack.currentWidget() is window.kiosk.thanks
    qtbot.wait(600)
    assert window.kiosk.stack.currentWidget() is window.kiosk.thanks


def test_an_idle_volunteer_area_goes_back_to_the_kiosk_in_kiosk_mode(qtbot, kiosk_window):
    win = kiosk_window
    win.show_volunteer_area()
    win.kiosk_lock.set_inactivity_interval(0.2)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.kiosk, timeout=2000)


def test_the_inactivity_setting_is_read_at_start(qtbot, kit_with_event):
    from kit.ui.shell.main_window import MainWindow

    kiosk_pin.set_inactivity_seconds(kit_with_event.settings, 45)
    win = MainWindow(kit_with_event)
    qtbot.addWidget(win)
    assert win.kiosk_lock.idle.interval() == 45_000
