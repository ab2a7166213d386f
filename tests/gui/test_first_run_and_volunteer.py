"""First run (no event yet) and the volunteer area: events and contacts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kit.domain.signup import SignupForm
from kit.services.events import active_event
from kit.services.signups import record_signup
from kit.store.models import Contact, Signup
from kit.ui.shell.main_window import MainWindow


def make_window(qtbot, kit):
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_first_run_asks_for_the_event_before_the_form(qtbot, kit):
    win = make_window(qtbot, kit)
    assert win.kiosk.stack.currentWidget() is win.kiosk.setup
    assert win.kiosk.form is None
    setup = win.kiosk.setup.form
    qtbot.keyClick(setup.date, Qt.Key.Key_Return)  # empty name: refused with a message
    assert active_event(kit) is None
    assert "name" in setup.error.text()
    qtbot.keyClicks(setup.name, "Lake Street <b>market</b>")
    qtbot.keyClicks(setup.location, "Minneapolis")
    qtbot.keyClick(setup.date, Qt.Key.Key_Return)  # the last field's Enter goes on
    event = active_event(kit)
    assert event is not None and event.name == "Lake Street <b>market</b>"
    # The rest of set-up (tests/gui/test_first_run_flow.py), then the form.
    win.kiosk.setup.flow.accept()
    assert win.kiosk.form is not None
    assert win.kiosk.stack.currentWidget() is win.kiosk.form_holder
    assert "Lake Street <b>market</b>" in win.kiosk.subtitle.text()


def add_people(kit, *people):
    for first, email in people:
        record_signup(kit, SignupForm(first_name=first, email=email))


def test_contacts_search_as_you_type(qtbot, kit_with_event):
    add_people(kit_with_event, ("Amna", "amna@example.org"), ("Zoë", "zoe@example.org"),
               ("علی", "ali@example.org"))
    win = make_window(qtbot, kit_with_event)
    qtbot.mouseClick(win.kiosk.volunteer_button, Qt.MouseButton.LeftButton)
    page = win.volunteer.contacts
    assert win.pages.currentWidget() is win.volunteer
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "zo")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).first_name == "Zoë"
    page.search.clear()
    page.search.insert("علی")  # QTest can only type Latin-1 keys; insert() is what an IME does
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.record(0).email == "ali@example.org")


def test_delete_asks_first_and_cancel_keeps_the_contact(qtbot, kit_with_event, monkeypatch):
    add_people(kit_with_event, ("Amna", "amna@example.org"))
    win = make_window(qtbot, kit_with_event)
    win.show_volunteer_area()
    page = win.volunteer.contacts
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.delete_button.click()
    assert Contact.select().count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert Contact.select().count() == 0 and Signup.select().count() == 0
    assert page.model.rowCount() == 0


def test_edit_contact_validates_and_saves(qtbot, kit_with_event, monkeypatch):
    from kit.ui.contacts.dialog import ContactDialog

    add_people(kit_with_event, ("Amna", "amna@example.org"))
    record = Contact.get()
    from kit.services.contacts import get_contact

    dialog = ContactDialog(kit_with_event, get_contact(kit_with_event, record.id))
    qtbot.addWidget(dialog)
    dialog.edits["email"].setText("not an email")
    dialog.save()
    assert dialog.errors["email"].text() and Contact.get().email == "amna@example.org"
    dialog.edits["email"].setText("amna.b@example.org")
    dialog.edits["last_name"].setText("Bhat")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = Contact.get()
    assert (saved.email, saved.last_name) == ("amna.b@example.org", "Bhat")


def test_switching_the_active_event_moves_new_signups(qtbot, kit_with_event):
    from kit.services.events import create_event

    second = create_event(kit_with_event, "Campus table", make_active=False)
    win = make_window(qtbot, kit_with_event)
    win.show_volunteer_area()
    events = win.volunteer.events
    row = next(r for r in range(events.table.rowCount())
               if events.table.item(r, 2).text() == "Campus table")
    events.table.selectRow(row)
    events.use_button.click()
    assert active_event(kit_with_event).id == second.id
    assert "Campus table" in win.kiosk.subtitle.text()
    assert "Event: Campus table" in win.status_text.text()


@pytest.mark.parametrize("tab", ["events", "protect"])
def test_reopening_the_volunteer_area_focuses_the_shown_tab(qtbot, window, tab):
    """The area reopens on the tab it was left on; focus goes to that tab's first control, not
    to the contacts search on the hidden Contacts tab."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_volunteer_area()
    assert QApplication.focusWidget() is window.volunteer.contacts.search
    page = window.volunteer.page(tab)
    window.volunteer.tabs.setCurrentWidget(page)
    window.show_kiosk()
    window.show_volunteer_area()
    assert window.volunteer.tabs.currentWidget() is page
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused) and focused.isVisible(), focused
    first = {"events": lambda: page.new_button,
             "protect": lambda: page.turn_on_button}[tab]()
    assert focused is first
