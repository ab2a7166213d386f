"""A press of Sign up or of a language button shows at once that it was taken, and Sign up stays
where it is as messages appear and clear (issue 23): a tap after a fix lands on the button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kit.ui.shell.main_window import MainWindow

SIZES = ((1024, 600), (1366, 768), (1920, 1080))


def open_window(qtbot, kit, size):
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    settle()
    return win


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def where(win, button) -> QRect:
    return QRect(button.mapTo(win, button.rect().topLeft()), button.size())


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_sign_up_stays_where_it_is_as_a_message_appears_and_clears(qtbot, kit_with_event, size,
                                                                   language):
    win = open_window(qtbot, kit_with_event, size)
    win.kiosk.set_language(language)
    settle()
    form = win.kiosk.form
    before = where(win, form.submit_button)
    qtbot.keyClicks(form.edits["first_name"], "Amna")
    qtbot.keyClicks(form.edits["email"], "amna@example")  # no domain: refused
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    settle()
    form = win.kiosk.form
    assert form.errors["email"].isVisible()
    assert where(win, form.submit_button) == before
    qtbot.keyClicks(form.edits["email"], ".org")  # typing clears the message
    settle()
    assert not form.errors["email"].isVisible()
    assert where(win, form.submit_button) == before


def test_sign_up_says_saving_before_the_work(qtbot, kit_with_event, monkeypatch):
    """What the attendee sees while the sign-up is stored: "Saving…", no second press, a busy
    pointer, already painted."""
    import kit.services.signups as signups

    win = open_window(qtbot, kit_with_event, (1366, 768))
    form = win.kiosk.form
    seen = {}
    real = signups.record_signup

    def slow_record(*args, **kwargs):
        button = form.submit_button
        cursor = QGuiApplication.overrideCursor()
        seen.update(text=button.text(), enabled=button.isEnabled(),
                    cursor=cursor.shape() if cursor is not None else None,
                    width=button.width())
        return real(*args, **kwargs)

    monkeypatch.setattr(signups, "record_signup", slow_record)
    width = form.submit_button.width()
    qtbot.keyClicks(form.edits["first_name"], "Amna")
    qtbot.keyClicks(form.edits["email"], "amna@example.org")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert seen == {"text": "Saving…", "enabled": False, "cursor": Qt.CursorShape.BusyCursor,
                    "width": width}
    assert QGuiApplication.overrideCursor() is None  # and given back


def test_a_language_button_shows_it_was_taken_before_the_form_is_rebuilt(qtbot, kit_with_event,
                                                                         monkeypatch):
    win = open_window(qtbot, kit_with_event, (1366, 768))
    kiosk = win.kiosk
    seen = {}
    real = kiosk._build_form

    def build():
        cursor = QGuiApplication.overrideCursor()
        seen.update(checked=kiosk.language_buttons["es"].isChecked(),
                    cursor=cursor.shape() if cursor is not None else None)
        real()

    monkeypatch.setattr(kiosk, "_build_form", build)
    qtbot.mouseClick(kiosk.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert seen == {"checked": True, "cursor": Qt.CursorShape.BusyCursor}
    assert QGuiApplication.overrideCursor() is None


def test_the_volunteer_language_button_shows_it_was_taken_before_the_rebuild(qtbot,
                                                                            kit_with_event):
    win = open_window(qtbot, kit_with_event, (1366, 768))
    win.show_volunteer_area()
    choice = win.language_choice
    seen = {}

    def rebuilding(_code):
        cursor = QGuiApplication.overrideCursor()
        seen.update(checked=choice.buttons["es"].isChecked(),
                    cursor=cursor.shape() if cursor is not None else None)

    choice.chosen.connect(rebuilding)
    qtbot.mouseClick(choice.buttons["es"], Qt.MouseButton.LeftButton)
    assert seen == {"checked": True, "cursor": Qt.CursorShape.BusyCursor}
    assert QGuiApplication.overrideCursor() is None
    assert win.interface.code == "es"
    win.set_interface_language("en")
