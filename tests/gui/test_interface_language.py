"""The volunteer side in Spanish or Urdu (issue 23, Languages): chosen on first run's first
screen, in the volunteer area or with `--language`; stored in the kit's settings; set-up, PIN
dialogs, the volunteer area and the status bar speak it, Urdu right to left, and a draft
translation says so. The attendee's form keeps its own language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kit.services.kiosk_pin import KioskPin
from kit.services.settings import UI_LANGUAGE_CODES, UI_LANGUAGE_SETTING
from kit.ui.i18n import LANGUAGES, apply_interface_language
from kit.ui.kiosk.pin_dialog import PinDialog
from kit.ui.shell.main_window import MainWindow

PIN = "2468"


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    apply_interface_language("en")  # the translator is the application's, shared by all tests


def make_window(qtbot, kit):
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_command_line_offers_the_languages_the_app_has():
    assert UI_LANGUAGE_CODES == tuple(language.code for language in LANGUAGES)


def test_a_kit_set_to_spanish_opens_its_volunteer_side_in_spanish(qtbot, kit_with_event):
    kit_with_event.settings.set(UI_LANGUAGE_SETTING, "es")
    win = make_window(qtbot, kit_with_event)
    assert win.kiosk.volunteer_button.text() == "Área de voluntarios"
    assert win.kiosk.form.submit_button.text() == "Sign up"  # the attendee's form: its own
    win.show_volunteer_area()
    area = win.volunteer
    assert area.title.text() == "Área de voluntarios"
    assert area.back_button.text() == "Volver al formulario"
    assert [area.tabs.tabText(i) for i in range(3)] == ["Contactos", "Eventos",
                                                        "Impresos"]
    assert area.contacts.search.placeholderText() == "Buscar nombre, correo, teléfono o código postal"
    status = win.status_text.text()
    assert status.startswith("Evento: ") and "Por sincronizar: 0" in status, status
    assert "Hoy: 0 inscripciones" in status
    assert area.draft_notice.isVisible()
    assert "provisional" in area.draft_notice.text()


def test_the_volunteer_area_switches_language_and_remembers_it(qtbot, kit_with_event):
    win = make_window(qtbot, kit_with_event)
    win.show_volunteer_area()
    win.volunteer.tabs.setCurrentIndex(1)  # Events
    assert win.volunteer.title.text() == "Volunteer area"
    assert not win.volunteer.draft_notice.isVisible()  # English is the source: no draft
    click(qtbot, win.language_choice.buttons["es"])
    area = win.volunteer
    assert win.pages.currentWidget() is area and area.tabs.currentIndex() == 1
    assert area.title.text() == "Área de voluntarios"
    assert area.events.new_button.text() == "Nuevo evento…"
    assert area.draft_notice.isVisible()
    assert win.language_choice.buttons["es"].isChecked()
    assert win.status_text.text().startswith("Evento: ")
    assert kit_with_event.settings.get(UI_LANGUAGE_SETTING) == "es"
    assert win.kiosk.volunteer_button.text() == "Área de voluntarios"
    assert win.kiosk.volunteer_button.toolTip() == "Área de voluntarios (Ctrl+Mayús+V)"

    click(qtbot, win.language_choice.buttons["ur"])
    area = win.volunteer
    assert area.title.text() == "رضاکاروں کا حصہ"
    assert area.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.statusBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.status_text.text().startswith("تقریب: ")
    assert win.kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the form's English

    click(qtbot, win.language_choice.buttons["en"])
    assert win.volunteer.title.text() == "Volunteer area"
    assert win.volunteer.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert kit_with_event.settings.get(UI_LANGUAGE_SETTING) == "en"


def test_the_pin_dialog_speaks_spanish(qtbot, kit_with_event):
    kit_with_event.settings.set(UI_LANGUAGE_SETTING, "es")
    win = make_window(qtbot, kit_with_event)
    pin = KioskPin(kit_with_event.settings)
    pin.set_pin(PIN)
    dialog = PinDialog(pin, win.tr("Open the volunteer area"), win)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "PIN del quiosco"
    assert dialog.ok_button.text() == "Aceptar"
    qtbot.keyClicks(dialog.pin_field, "0000")
    dialog.ok_button.click()
    assert dialog.message.text() == "⚠ PIN incorrecto. Quedan 4 intentos antes de una espera de un minuto."


def test_first_runs_first_screen_chooses_the_language_and_keeps_what_was_typed(qtbot, kit):
    win = make_window(qtbot, kit)
    flow = win.kiosk.setup.flow
    assert flow.event_page.heading.text() == "Where are you tabling?"
    qtbot.keyClicks(flow.form.name, "Mercado de Lake Street")
    click(qtbot, flow.event_page.language_choice.buttons["es"])
    flow = win.kiosk.setup.flow
    assert flow.isVisible()
    assert flow.event_page.heading.text() == "¿Dónde pones la mesa?"
    assert flow.event_page.step.text() == "Paso 1 de 5"
    assert flow.event_page.draft_notice.isVisible()
    assert flow.form.name.text() == "Mercado de Lake Street"
    assert kit.settings.get(UI_LANGUAGE_SETTING) == "es"
    click(qtbot, flow.event_page.language_choice.buttons["ur"])
    flow = win.kiosk.setup.flow
    assert flow.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert flow.event_page.heading.text() == "آپ کی میز کہاں لگی ہے؟"


def test_a_language_change_waits_for_a_running_sync(qtbot, kit_with_event, monkeypatch):
    win = make_window(qtbot, kit_with_event)
    win.show_volunteer_area()
    win.volunteer.sync  # noqa: B018 (built: it shares the window's sync runner)
    monkeypatch.setattr(type(win.sync_runner), "busy", property(lambda _self: True))
    told = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda *args, **_kw: told.append(args[2]))
    click(qtbot, win.language_choice.buttons["es"])
    assert told and win.volunteer.title.text() == "Volunteer area"
    assert kit_with_event.settings.get(UI_LANGUAGE_SETTING) == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
