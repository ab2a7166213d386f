"""Keyboard and screen-reader access: tab order, accessible names, labels tied to their fields,
visible focus, and the large-text / high-contrast settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QWidget

from kit.services.contacts import search_contacts
from kit.ui.contacts.dialog import ContactDialog
from kit.ui.content.event_form import EventDialog
from kit.ui.theme import style_sheet


def activate(qtbot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def tab_through(qtbot, start: QWidget, count: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    seen = [QApplication.focusWidget()]
    for _ in range(count - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def buddies(widget: QWidget) -> dict[QWidget, QLabel]:
    return {label.buddy(): label for label in widget.findChildren(QLabel) if label.buddy()}


def test_kiosk_form_every_input_has_a_name_and_a_label(window):
    form = window.kiosk.form
    labelled = buddies(form)
    for edit in form.findChildren(QLineEdit):
        assert edit.accessibleName(), edit.objectName()
        assert edit in labelled, f"{edit.objectName()} has no label"
    for box in form.findChildren(QCheckBox):
        assert box.accessibleName() and box.text(), box.objectName()
    assert form.submit_button.accessibleName() == "Sign up"


def test_kiosk_tab_order_starts_at_the_language_buttons_and_follows_the_screen(qtbot, window):
    activate(qtbot, window)
    kiosk = window.kiosk
    form = kiosk.form
    expected = [kiosk.language_buttons[c] for c in ("en", "es", "ur")]
    expected += form.tab_chain()
    assert tab_through(qtbot, expected[0], len(expected)) == expected
    for button in expected[:3]:
        assert button.accessibleName()


def test_a_signup_by_keyboard_alone(qtbot, window, kit_with_event):
    form = window.kiosk.form
    activate(qtbot, window)
    assert QApplication.focusWidget() is form.edits["first_name"]  # where typing starts
    qtbot.keyClicks(form.edits["first_name"], "Amna")
    for _ in range(2):  # last name, then email
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "amna@example.org")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.consent_email  # the question right after the address
    qtbot.keyClick(form.consent_email, Qt.Key.Key_Space)
    qtbot.keyClick(form.consent_email, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.edits["phone"]
    assert search_contacts(kit_with_event, "") == []  # Enter moved on, it did not send
    while QApplication.focusWidget() is not form.submit_button:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(form.submit_button, Qt.Key.Key_Space)
    [contact] = search_contacts(kit_with_event, "")
    assert contact.email == "amna@example.org" and contact.consent_email


def test_event_dialog_names_labels_and_tab_order(qtbot, kit_with_event):
    dialog = EventDialog(kit_with_event)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    form = dialog.form
    labelled = buddies(form)
    for widget in (form.name, form.location, form.date):
        assert widget.accessibleName() and widget in labelled
    seen = tab_through(qtbot, form.name, 3)
    assert seen[:2] == [form.name, form.location]
    assert seen[2] is form.date or form.date.isAncestorOf(seen[2])


def test_contact_dialog_names_labels_and_tab_order(qtbot, kit_with_event):
    from kit.domain.signup import SignupForm
    from kit.services.signups import record_signup

    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org"))
    [record] = search_contacts(kit_with_event, "")
    dialog = ContactDialog(kit_with_event, record)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    labelled = buddies(dialog)
    order = [dialog.edits[name] for name in
             ("first_name", "last_name", "email", "phone", "postal_code", "note")]
    for edit in order:
        assert edit.accessibleName() and edit in labelled
    assert tab_through(qtbot, order[0], len(order)) == order


def test_dashboard_is_reachable_by_keyboard_with_named_controls(qtbot, window):
    activate(qtbot, window)
    window.show_volunteer_area()
    window.volunteer.tabs.setCurrentWidget(window.dashboard)
    page = window.dashboard
    assert buddies(page)[page.event_choice]
    seen = tab_through(qtbot, page.event_choice, 4)
    assert seen == [page.event_choice, page.report_button, page.refresh_button, page.chart]
    for widget in (page.event_choice, page.chart, page.interests, page.handouts, page.events_table):
        assert widget.accessibleName()


def test_large_text_and_high_contrast_are_settings_applied_to_the_app(qtbot, window,
                                                                      kit_with_event):
    app = QApplication.instance()
    toggles = window.display_toggles
    normal_size = app.font().pointSize()
    toggles.large_text.setChecked(True)
    assert kit_with_event.settings.get("large_text") is True
    assert app.font().pointSize() > normal_size
    toggles.high_contrast.setChecked(True)
    assert app.property("kit_high_contrast") is True
    assert "#0040ff" in app.styleSheet()  # the high-contrast focus colour
    assert window.dashboard.chart.bar_colour.name() == "#000000"
    toggles.large_text.setChecked(False)
    toggles.high_contrast.setChecked(False)
    assert app.font().pointSize() == normal_size


def test_every_theme_shows_focus_with_a_border_not_only_a_colour():
    for high in (False, True):
        for large in (False, True):
            sheet = style_sheet(high_contrast=high, large_text=large)
            for selector in ("QLineEdit:focus", "QPushButton:focus", "QCheckBox:focus",
                             "QTableView:focus", "QTabBar::tab:focus", "#StatTile:focus"):
                rule = sheet.split(selector, 1)[1].split("}", 1)[0]
                assert "border" in rule, (selector, high, large)


def test_the_volunteer_area_is_reached_by_keyboard(qtbot, window):
    """Tab after Sign up reaches "Volunteer area" (Enter opens it, PIN first); Ctrl+Shift+V
    does it from any field."""
    activate(qtbot, window)
    kiosk = window.kiosk
    form = kiosk.form
    form.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(form.submit_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kiosk.volunteer_button
    opened = []
    kiosk.volunteer_requested.connect(lambda: opened.append("button"))
    qtbot.keyClick(kiosk.volunteer_button, Qt.Key.Key_Space)
    assert opened == ["button"]
    assert window.pages.currentWidget() is window.volunteer  # no PIN set: it opened
    window.show_kiosk()
    form.edits["first_name"].setFocus()
    qtbot.keyClick(form.edits["first_name"], Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["button", "button"]
