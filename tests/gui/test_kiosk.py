"""The kiosk form as a volunteer and an attendee use it: type, press Enter, see the result.

Enter moves to the next field (as Tab does); only the last field and the Sign up button send the
form, so nobody is signed up past a consent question they never reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from kit.services.contacts import search_contacts
from kit.store.models import Signup


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def sign_up(qtbot, form) -> None:
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)


def test_signing_up_stores_the_signup_and_empties_the_form(qtbot, window, kit_with_event):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["last_name"], "Bhat")
    type_into(qtbot, form.edits["email"], "Amna.Bhat@Example.org")
    type_into(qtbot, form.edits["phone"], "612 555 0199")
    type_into(qtbot, form.edits["postal_code"], "55406")
    form.interest_boxes["events"].setChecked(True)
    form.consent_email.setChecked(True)
    sign_up(qtbot, form)

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
    sign_up(qtbot, form)
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
    sign_up(qtbot, form)
    assert Signup.select().count() == 1


def test_a_ten_thousand_character_name_is_refused_with_a_message(qtbot, window):
    form = window.kiosk.form
    form.edits["first_name"].setText("x" * 10_000)  # a paste; the field keeps one past the limit
    type_into(qtbot, form.edits["phone"], "6125550199")
    sign_up(qtbot, form)
    assert Signup.select().count() == 0
    assert "too long" in form.errors["first_name"].text()


def test_consent_to_texts_without_a_phone_is_explained(qtbot, window):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    form.consent_sms.setChecked(True)
    sign_up(qtbot, form)
    assert Signup.select().count() == 0
    assert "phone number" in form.errors["consent_sms"].text()


def test_a_storage_failure_keeps_the_typed_data_and_says_so(qtbot, window, monkeypatch):
    import kit.services.signups as signups_module  # the kiosk imports it when a form is sent
    from kit.store.database import StoreError

    def failing(*_args, **_kwargs):
        raise StoreError("The disk is full.")

    monkeypatch.setattr(signups_module, "record_signup", failing)
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    sign_up(qtbot, form)
    assert form.banner.isVisible() and "disk is full" in form.banner.text()
    assert form.edits["first_name"].text() == "Amna"
    assert form.edits["email"].text() == "amna@example.org"
    assert window.kiosk.form is form


def test_tab_order_follows_the_screen(qtbot, window):
    form = window.kiosk.form
    edits = form.edits
    expected = [edits["first_name"], edits["last_name"], edits["email"], form.consent_email,
                edits["phone"], form.consent_sms, edits["postal_code"], edits["note"]]
    expected += list(form.interest_boxes.values()) + [form.submit_button]
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
    assert shown == kit_with_event.pack().consent.email
    sign_up(qtbot, form)
    signup = Signup.get()
    assert signup.consent_email_text == shown and signup.consent_email is True
    assert signup.consent_sms_text == form.consent_sms.text() and signup.consent_sms is False


def press_enter(qtbot, form) -> None:
    """Enter where the attendee is (the form's focused field), as a keyboard sends it."""
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)


def test_enter_moves_to_the_next_field_and_records_nothing_until_the_end(qtbot, window):
    form = window.kiosk.form
    edits = form.edits
    type_into(qtbot, edits["first_name"], "Amna")
    press_enter(qtbot, form)
    assert form.focusWidget() is edits["last_name"]
    press_enter(qtbot, form)
    assert form.focusWidget() is edits["email"]
    qtbot.keyClicks(edits["email"], "amna@example.org")
    press_enter(qtbot, form)
    # "name, email, Enter" lands on the email question, unticked, instead of signing up.
    assert form.focusWidget() is form.consent_email and not form.consent_email.isChecked()
    press_enter(qtbot, form)  # Enter passes the question by without ticking it
    assert form.focusWidget() is edits["phone"] and not form.consent_email.isChecked()
    press_enter(qtbot, form)
    assert form.focusWidget() is form.consent_sms
    for name in ("postal_code", "note"):
        press_enter(qtbot, form)
        assert form.focusWidget() is edits[name]
    boxes = list(form.interest_boxes.values())
    for box in boxes:
        press_enter(qtbot, form)
        assert form.focusWidget() is box
    assert Signup.select().count() == 0 and window.kiosk.form is form

    press_enter(qtbot, form)  # Enter in the last field sends the form
    [signup] = Signup.select()
    assert signup.consent_email is False and signup.consent_sms is False
    assert window.kiosk.stack.currentWidget() is window.kiosk.thanks


def test_enter_on_the_sign_up_button_sends_the_form(qtbot, window):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    form.submit_button.setFocus()
    qtbot.keyClick(form.submit_button, Qt.Key.Key_Return)
    assert Signup.select().count() == 1


def test_consent_questions_sit_under_their_fields_unticked(window):
    form = window.kiosk.form
    assert not form.consent_email.isChecked() and not form.consent_sms.isChecked()
    for field, box in (("email", form.consent_email), ("phone", form.consent_sms)):
        edit = form.edits[field]
        edit_box = edit.geometry()
        question = box.geometry()
        # Right under the field, in its column, before any other field.
        assert 0 <= question.top() - edit_box.bottom() <= 8, field
        assert question.left() == edit_box.left() and question.right() == edit_box.right(), field
        later = [e.geometry().top() for e in form.edits.values() if e.geometry().top() > edit_box.top()]
        assert all(question.bottom() < top for top in later), field
    interests_top = min(b.geometry().top() for b in form.interest_boxes.values())
    assert form.consent_email.geometry().bottom() < interests_top


def test_no_interest_reads_like_an_opt_in(window, kit_with_event):
    """Interests are what people want to take part in; getting emails or texts is what the
    consent boxes are for (the default pack's "News and updates" read like the email box)."""
    pack = kit_with_event.pack()
    words = ("news", "update", "email", "e-mail", "text", "mail", "noticias", "novedades", "خبر")
    for language in ("en", "es", "ur"):
        for interest in pack.interests_in(language):
            assert not any(word in interest.label.lower() for word in words), interest
    assert "newsletter" not in window.kiosk.form.interest_boxes


def test_the_form_says_who_sees_the_details_in_the_attendees_language(window, kit_with_event):
    pack = kit_with_event.pack()
    assert pack.privacy and "removed" in pack.privacy
    assert window.kiosk.form.privacy.text() == pack.privacy
    window.kiosk.set_language("es")
    assert window.kiosk.form.privacy.text() == pack.privacy_in("es") != pack.privacy


def test_the_thank_you_screen_speaks_to_the_attendee(qtbot, window):
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Amna")
    type_into(qtbot, form.edits["email"], "amna@example.org")
    form.consent_email.setChecked(True)
    sign_up(qtbot, form)
    thanks = window.kiosk.thanks
    said = f"{thanks.title.text()} {thanks.subtitle.text()} {thanks.hint.text()}"
    assert "email you" in thanks.subtitle.text() and "text" not in thanks.subtitle.text()
    # Nothing addressed to the volunteer ("press any key to hand the form on").
    assert "press any key" not in said.lower() and "hand the form" not in said.lower()
    assert "Amna" not in said  # nothing personal stays on a screen strangers walk past

    qtbot.keyClick(thanks, Qt.Key.Key_Space)
    form = window.kiosk.form
    type_into(qtbot, form.edits["first_name"], "Bea")
    type_into(qtbot, form.edits["email"], "bea@example.org")
    sign_up(qtbot, form)
    assert "won't email or text you" in thanks.subtitle.text()


def test_focus_starts_in_first_name_and_the_first_letters_land_there(qtbot, kit_with_event):
    from kit.ui.shell.main_window import MainWindow

    window = MainWindow(kit_with_event)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.kiosk.form.edits["first_name"]
    assert QApplication.focusWidget() is first
    qtbot.keyClicks(QApplication.focusWidget(), "Amna")
    assert first.text() == "Amna"


def test_each_check_box_row_is_a_44_pixel_target_from_end_to_end(qtbot, window):
    for language in ("en", "ur"):
        window.kiosk.set_language(language)
        form = window.kiosk.form
        for box in [form.consent_email, form.consent_sms, *form.interest_boxes.values()]:
            assert box.height() >= 44, (language, box.objectName(), box.height())
            # The far end of the row, past the sentence's first words (left end in Urdu).
            far_end = QPoint(box.width() - 3 if language == "en" else 3, box.height() // 2)
            indicator_side = QPoint(3 if language == "en" else box.width() - 3, box.height() - 3)
            for point in (far_end, indicator_side):
                before = box.isChecked()
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=point)
                assert box.isChecked() is not before, (language, box.objectName(), point)
            # The sentence is shown in full, not cut at the row's end.
            label = box.label
            assert label.heightForWidth(label.width()) <= label.height() + 1, box.objectName()


SIZES = [(1024, 600), (1366, 768), (1920, 1080)]


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("language", ["en", "es", "ur"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_whole_form_fits_the_window(qtbot, kit_with_event, size, language, large_text):
    """Sign up and every label inside the window, nothing to scroll, at each screen size and
    language, with Large text too, before and after error messages appear."""
    from kit.ui.shell.main_window import MainWindow
    from kit.ui.theme import apply_kit_theme

    kit_with_event.settings.set("large_text", large_text)
    window = MainWindow(kit_with_event)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.minimumHeight() <= size[1] - 60  # room for a title bar and a panel
        kiosk = window.kiosk
        kiosk.set_language(language)
        assert_inside(window)
        # Messages under three fields make the form taller: it still fits.
        form = kiosk.form
        form.edits["email"].setText("amna@example")
        form.edits["phone"].setText("12")
        sign_up(qtbot, form)
        assert form.errors["email"].isVisible() and form.errors["first_name"].isVisible()
        assert_inside(window)
        if size == (1920, 1080) and not large_text:
            assert kiosk.scale > 1.3  # a big screen gets a big form, not the laptop's
    finally:
        kit_with_event.settings.set("large_text", False)
        apply_kit_theme(QApplication.instance(), kit_with_event.settings)


def assert_inside(window) -> None:
    for _ in range(3):  # layouts settle on posted events, as they do in the running app
        QApplication.processEvents()
    kiosk = window.kiosk
    form = kiosk.form
    area = window.centralWidget()
    visible = area.rect()
    shown = [form.submit_button, *form.edits.values(), form.consent_email, form.consent_sms,
             *form.interest_boxes.values(), kiosk.title, kiosk.subtitle,
             *kiosk.language_buttons.values(), kiosk.volunteer_button,
             *[label for label in form.findChildren(QLabel) if label.isVisible()]]
    for widget in shown:
        top_left = widget.mapTo(area, QPoint(0, 0))
        box = widget.rect().translated(top_left)
        assert visible.contains(box), (widget.objectName(), widget.text()[:40] if hasattr(
            widget, "text") else "", box.getRect(), visible.getRect())
        if isinstance(widget, QLabel) and widget.wordWrap():  # every line shown, none cut
            assert widget.heightForWidth(widget.width()) <= widget.height() + 1, widget.text()[:40]
    for button in kiosk.language_buttons.values():  # never narrower than its text ("✓ Englis")
        assert button.width() >= button.sizeHint().width(), button.text()
    assert kiosk.form_holder.verticalScrollBar().maximum() == 0
    assert kiosk.form_holder.horizontalScrollBar().maximum() == 0


def test_the_scale_found_for_a_window_is_remembered_for_the_next_start(qtbot, kit_with_event):
    from kit.ui.shell.main_window import MainWindow

    def open_window():
        window = MainWindow(kit_with_event)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        window.kiosk.set_language("ur")
        return window

    first = open_window()

    def stored_for_urdu():  # written a moment after the paint (the scale may still grow a bit)
        stored = kit_with_event.settings.get("kiosk_fitted_scales") or []
        return [entry for entry in stored if entry[2] == "ur" and entry[-1] == first.kiosk.scale]

    qtbot.waitUntil(lambda: bool(stored_for_urdu()))
    scale = first.kiosk.scale
    assert scale < first.kiosk.wanted_scale()  # Urdu at 1024x600 had to shrink
    stored = kit_with_event.settings.get("kiosk_fitted_scales")
    assert all(isinstance(value, (int, float, str)) for entry in stored for value in entry)
    first.close()

    second = open_window()
    tried = []
    real = second.kiosk._apply_scale
    second.kiosk._apply_scale = lambda value: (tried.append(value), real(value))[1]
    second.kiosk.fit(force=True)
    assert tried == [scale] and second.kiosk.scale == scale  # no search the second time


def test_the_scales_found_are_written_after_the_answer_is_painted(qtbot, kit_with_event,
                                                                   monkeypatch):
    """A settings write is a committed transaction: a language switch (and each next attendee's
    form) waited for it before being painted. It is written a moment later, or when the page is
    hidden (the window closes, the volunteer area opens)."""
    from kit.ui.shell.main_window import MainWindow

    window = MainWindow(kit_with_event)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    settings = window.kiosk._kit.settings
    written, real = [], settings.set
    monkeypatch.setattr(settings, "set", lambda key, value: (written.append(key), real(key, value))[1])
    window.kiosk.set_language("ur")
    assert "kiosk_fitted_scales" not in written  # not before the form is painted
    qtbot.waitUntil(lambda: "kiosk_fitted_scales" in written)
    written.clear()
    window.kiosk.set_language("es")
    assert "kiosk_fitted_scales" not in written
    window.close()  # what was found is not lost with the window
    assert "kiosk_fitted_scales" in written
