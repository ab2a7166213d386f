"""The kiosk form as a volunteer and an attendee use it: type, press Enter, see the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from kit.services.contacts import search_contacts
from kit.store.models import Signup


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_typing_and_pressing_enter_stores_the_signup_and_empties_the_form(qtbot, window, kit_with_event):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["last_name"], "Bhat")
    type_into(qtbot, form.edits["email"], "Amna.Bhat@Example.org")
    type_into(qtbot, form.edits["phone"], "612 555 0199")
    type_into(qtbot, form.edits["postal_code"], "55406")
    form.interest_boxes["events"].setChecked(True)
    form.consent_email.setChecked(True)
    qtbot.keyClick(form.edits["postal_code"], Qt.Key.Key_Return)

    stored = search_contacts(kit_with_event, "")
    assert [(c.first_name, c.last_name, c.email, c.phone, c.postal_code) for c in stored] == [
        ("Amna", "Bhat", "amna.bhat@example.org", "+16125550199", "55406")
    ]
    assert stored[0].consent_email is True and stored[0].consent_sms is False
    assert stored[0].interests == ("events",)
    assert window.kiosk.stack.currentWidget() is window.kiosk.thanks
    assert window.kiosk.form is None  # the filled form is gone at once

    qtbot.keyClick(window.kiosk.thanks, Qt.Key.Key_Space)
    fresh = window.kiosk.form
    assert fresh is not None and window.kiosk.stack.currentWidget() is window.kiosk.form_holder
    assert all(edit.text() == "" for edit in fresh.edits.values())
    assert not fresh.consent_email.isChecked()
    assert not any(box.isChecked() for box in fresh.interest_boxes.values())
    assert "Today: 1 sign-up" in window.status_text.text()


def test_no_undo_or_clipboard_brings_back_the_last_attendee(qtbot, window):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Secret")
    type_into(qtbot, form.edits["email"], "secret@example.org")
    QGuiApplication.clipboard().setText("secret@example.org")
    qtbot.keyClick(form.edits["email"], Qt.Key.Key_Return)
    qtbot.keyClick(window.kiosk.thanks, Qt.Key.Key_Space)

    fresh = window.kiosk.form
    for edit in fresh.edits.values():
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == ""
        assert edit.completer() is None
    assert QGuiApplication.clipboard().text() == ""


def test_an_invalid_email_shows_a_message_at_the_field_and_stores_nothing(qtbot, window, kit_with_event):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)

    assert Signup.select().count() == 0
    assert window.kiosk.form is form
    assert form.errors["email"].isVisible()
    assert "not valid" in form.errors["email"].text()
    assert form.edits["email"].text() == "amna@example"  # what was typed stays
    assert form.edits["first_name"].text() == "Amna"
    assert QApplication.focusWidget() is form.edits["email"]

    # Correcting the field clears its message and the sign-up goes through.
    form.edits["email"].clear()
    type_into(qtbot, form.edits["email"], "amna@example.org")
    assert not form.errors["email"].isVisible()
    qtbot.keyClick(form.edits["email"], Qt.Key.Key_Return)
    assert Signup.select().count() == 1


def test_a_ten_thousand_character_name_is_refused_with_a_message(qtbot, window):
    form = window.kiosk.form
    form.edits["first_name"].setText("x" * 10_000)  # a paste; the field keeps one past the limit
    type_into(qtbot, form.edits["phone"], "6125550199")
    qtbot.keyClick(form.edits["phone"], Qt.Key.Key_Return)
    assert Signup.select().count() == 0
    assert "too long" in form.errors["first_name"].text()


def test_consent_to_texts_without_a_phone_is_explained(qtbot, window):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    form.consent_sms.setChecked(True)
    qtbot.keyClick(form.edits["email"], Qt.Key.Key_Return)
    assert Signup.select().count() == 0
    assert "phone number" in form.errors["consent_sms"].text()


def test_a_storage_failure_keeps_the_typed_data_and_says_so(qtbot, window, monkeypatch):
    import kit.ui.kiosk as kiosk_module
    from kit.store.database import StoreError

    def failing(*_args, **_kwargs):
        raise StoreError("The disk is full.")

    monkeypatch.setattr(kiosk_module, "record_signup", failing)
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    qtbot.keyClick(form.edits["email"], Qt.Key.Key_Return)
    assert form.banner.isVisible() and "disk is full" in form.banner.text()
    assert form.edits["first_name"].text() == "Amna"
    assert form.edits["email"].text() == "amna@example.org"
    assert window.kiosk.form is form


def test_tab_order_follows_the_screen(qtbot, window):
    form = window.kiosk.form
    expected = [form.edits[name] for name in
                ("first_name", "last_name", "email", "phone", "postal_code", "note")]
    expected += list(form.interest_boxes.values()) + [form.consent_email, form.consent_sms,
                                                      form.submit_button]
    form.edits["first_name"].setFocus()
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_every_input_has_an_accessible_name(window):
    form = window.kiosk.form
    widgets = [*form.edits.values(), *form.interest_boxes.values(), form.consent_email,
               form.consent_sms, form.submit_button]
    assert all(w.accessibleName() for w in widgets)


def test_consent_wording_shown_is_the_wording_recorded(qtbot, window, kit_with_event):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    form.consent_email.setChecked(True)
    shown = form.consent_email.text()
    qtbot.keyClick(form.edits["email"], Qt.Key.Key_Return)
    signup = Signup.get()
    assert signup.consent_email_text == shown and signup.consent_email is True
    assert signup.consent_sms_text == form.consent_sms.text() and signup.consent_sms is False
