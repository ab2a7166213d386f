"""First paint first: the kiosk is shown from the starting kit (read-only, before the store is
open), and no sign-up is taken until the open kit arrives; the Sign up button says it is getting
ready meanwhile, and the volunteer area's button waits too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kit.services.starting_kit import read_starting_kit
from kit.store.models import Signup


@pytest.fixture
def starting_window(qtbot, kit_with_event):
    from kit.ui.shell.main_window import MainWindow

    starting = read_starting_kit(kit_with_event.paths)
    assert starting is not None
    win = MainWindow(starting)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if not win.ready:
        starting.close()


def fill(qtbot, form) -> None:
    form.edits["first_name"].setFocus()
    qtbot.keyClicks(form.edits["first_name"], "Amna")
    form.edits["email"].setFocus()
    qtbot.keyClicks(form.edits["email"], "amna@example.org")
    form.consent_email.setChecked(True)


def test_before_the_kit_is_open_sign_up_waits_visibly_and_records_nothing(
        qtbot, starting_window, kit_with_event):
    kiosk = starting_window.kiosk
    form = kiosk.form
    assert form is not None and kiosk.stack.currentWidget() is kiosk.form_holder
    assert not starting_window.ready and starting_window.kiosk_lock is None
    assert not form.submit_button.isEnabled()
    assert form.submit_button.text() == "Getting ready…"
    assert not kiosk.volunteer_button.isEnabled()
    assert kiosk.subtitle.text().startswith("Lake Street table")  # the event, from the file

    fill(qtbot, form)  # typing is welcome meanwhile
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    form.edits["note"].setFocus()  # Enter in the last field sends the form once ready
    qtbot.keyClick(form.edits["note"], Qt.Key.Key_Return)
    form.submit()  # and nothing else that submits gets through either
    assert Signup.select().count() == 0
    assert kiosk.form is form and form.edits["first_name"].text() == "Amna"

    starting_window.kit_ready(kit_with_event)
    assert starting_window.ready and starting_window.kiosk_lock is not None
    assert kiosk.form is form, "what was typed while waiting stays"
    assert form.submit_button.isEnabled() and form.submit_button.text() == "Sign up"
    assert kiosk.volunteer_button.isEnabled()
    assert "Event: Lake Street table" in starting_window.status_text.text()

    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert Signup.select().count() == 1
    assert kiosk.stack.currentWidget() is kiosk.thanks


def test_a_setting_made_while_starting_is_stored_once_the_kit_is_open(starting_window,
                                                                      kit_with_event):
    starting = starting_window.kit
    starting.settings.set("kiosk_language", "es")
    starting_window.kit_ready(kit_with_event)
    assert kit_with_event.settings.get("kiosk_language") == "es"


def test_a_kit_opened_at_once_takes_sign_ups_at_once(window):
    form = window.kiosk.form
    assert window.ready and form.submit_button.isEnabled()
    assert form.submit_button.text() == "Sign up"


def test_the_waiting_button_speaks_the_forms_language(qtbot, kit_with_event):
    from kit.ui.shell.main_window import MainWindow

    kit_with_event.settings.set("kiosk_language", "es")
    starting = read_starting_kit(kit_with_event.paths)
    win = MainWindow(starting)
    qtbot.addWidget(win)
    assert win.kiosk.form.submit_button.text() == "Preparando…"
    win.kit_ready(kit_with_event)
    assert win.kiosk.form.submit_button.text() == "Inscribirme"


def test_a_maximised_window_is_fitted_on_the_screen_not_at_the_sizes_it_passes_through(
        qtbot, kit_with_event):
    from kit.ui.shell.main_window import MainWindow

    win = MainWindow(kit_with_event)
    qtbot.addWidget(win)
    kiosk = win.kiosk
    applied = []
    real = kiosk._apply_scale

    def noting(scale):
        handle = win.windowHandle()
        applied.append((scale, kiosk.isVisible(), handle is not None and handle.isExposed()))
        real(scale)

    kiosk._apply_scale = noting
    win.showMaximized()
    qtbot.waitUntil(lambda: win.windowHandle().isExposed())
    qtbot.wait(50)
    assert applied, "fitted once on the screen"
    assert not [entry for entry in applied if entry[1] and not entry[2]], applied
    needed = kiosk.needed_size()
    assert needed.height() <= kiosk.height() and needed.width() <= kiosk.width()
