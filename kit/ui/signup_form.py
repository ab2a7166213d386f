"""The attendee-facing sign-up form: big fields, keyboard first, messages at the wrong field.

A new form widget is built for every attendee, so no undo stack, completer or selection can carry
one person's details to the next. It is also built in one language: the kiosk passes the
attendee's `Catalogue` (kit.ui.i18n), and every visible and accessible text comes from it. The
strings are marked with QT_TRANSLATE_NOOP / `translate("SignupForm", ...)` so pyside6-lupdate
finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import FieldError
from kit.domain.signup import ConsentWording, SignupForm
from kit.domain.text import NAME_MAX, NOTE_MAX
from kit.ui.i18n import Catalogue, catalogue, isolate
from kit.ui.theme import chart_colours

INTEREST_COLUMNS = 3

REQUIRED = QT_TRANSLATE_NOOP("SignupForm", "required")
OPTIONAL = QT_TRANSLATE_NOOP("SignupForm", "optional")
EMAIL_OR_PHONE = QT_TRANSLATE_NOOP("SignupForm", "email or phone")

TEXT_FIELDS = (
    # name, label, hint, placeholder, max length, input hints
    ("first_name", QT_TRANSLATE_NOOP("SignupForm", "First name"), REQUIRED, "", NAME_MAX,
     Qt.InputMethodHint.ImhNone),
    ("last_name", QT_TRANSLATE_NOOP("SignupForm", "Last name"), OPTIONAL, "", NAME_MAX,
     Qt.InputMethodHint.ImhNone),
    ("email", QT_TRANSLATE_NOOP("SignupForm", "Email"), EMAIL_OR_PHONE, "name@example.com", 320,
     Qt.InputMethodHint.ImhEmailCharactersOnly),
    ("phone", QT_TRANSLATE_NOOP("SignupForm", "Phone"), EMAIL_OR_PHONE, "612 555 0123", 40,
     Qt.InputMethodHint.ImhDialableCharactersOnly),
    ("postal_code", QT_TRANSLATE_NOOP("SignupForm", "ZIP code"), OPTIONAL, "55406", 12,
     Qt.InputMethodHint.ImhPreferNumbers),
    ("note", QT_TRANSLATE_NOOP("SignupForm", "Anything you'd like us to know?"), OPTIONAL, "",
     NOTE_MAX, Qt.InputMethodHint.ImhNone),
)
# Addresses and numbers are written left to right even in an Urdu form.
LATIN_FIELDS = ("email", "phone", "postal_code")

# The domain's messages are English; for another language the form shows these, chosen by the
# error's field and code (the English text stays the domain's own, which says more).
ERROR_MESSAGES = {
    ("first_name", "required"): QT_TRANSLATE_NOOP("SignupErrors", "Please enter a first name."),
    ("email", "required"): QT_TRANSLATE_NOOP(
        "SignupErrors", "Enter an email address or a phone number."),
    ("consent_email", "needs_email"): QT_TRANSLATE_NOOP(
        "SignupErrors", "Add an email address to get emails."),
    ("consent_sms", "needs_phone"): QT_TRANSLATE_NOOP(
        "SignupErrors", "Add a phone number to get text messages."),
    ("email", "email"): QT_TRANSLATE_NOOP(
        "SignupErrors", "This email address is not valid. Check it for typos."),
    ("phone", "phone"): QT_TRANSLATE_NOOP(
        "SignupErrors", "This phone number is not valid. Check the digits. For a number from "
        "another country, start with + and the country code."),
    ("postal_code", "postal_code"): QT_TRANSLATE_NOOP("SignupErrors", "This ZIP code is not valid."),
}
CODE_MESSAGES = {
    "too_long": QT_TRANSLATE_NOOP("SignupErrors", "This is too long."),
    "control_characters": QT_TRANSLATE_NOOP(
        "SignupErrors", "Please write this on one line, without special characters."),
}


def error_messages(errors: list[FieldError], language: Catalogue) -> dict[str, str]:
    """The first message per field, in the form's language where a translation exists."""
    result: dict[str, str] = {}
    for error in errors:
        if error.field in result:
            continue
        source = ERROR_MESSAGES.get((error.field, error.code)) or CODE_MESSAGES.get(error.code)
        if language.translator is None or source is None:
            result[error.field] = error.message
        else:
            result[error.field] = language.translate("SignupErrors", source)
    return result


class ErrorLabel(QLabel):
    """A message under a field; text, not colour alone, says what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class SignupFormWidget(QFrame):
    """One attendee's form. Emits `submitted` with what was typed; never stores anything itself."""

    submitted = Signal(object)  # SignupForm

    def __init__(
        self,
        interests: tuple[tuple[str, str], ...],
        wording: ConsentWording,
        parent: QWidget | None = None,
        *,
        language: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FormCard")
        self.language = language or catalogue("en")
        translate = self.language.translate
        self.setLayoutDirection(self.language.direction)
        self.setLocale(self.language.locale)
        muted = chart_colours()["muted"]
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.interest_boxes: dict[str, QCheckBox] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 18, 32, 18)
        layout.setSpacing(8)

        self.banner = QLabel(self)
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        placements = {
            "first_name": (0, 0), "last_name": (0, 1), "email": (3, 0), "phone": (3, 1),
            "postal_code": (6, 0), "note": (6, 1),
        }
        for name, source_label, source_hint, placeholder, limit, hints in TEXT_FIELDS:
            label = translate("SignupForm", source_label)
            hint = translate("SignupForm", source_hint)
            row, column = placements[name]
            edit = QLineEdit(self)
            if name in LATIN_FIELDS:
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setObjectName(f"field_{name}")
            edit.setMaxLength(limit + 1)  # one past the limit, so the rule can say what is wrong
            edit.setPlaceholderText(placeholder)
            edit.setInputMethodHints(hints | Qt.InputMethodHint.ImhNoPredictiveText
                                     | Qt.InputMethodHint.ImhSensitiveData)
            edit.setAccessibleName(label)
            edit.setAccessibleDescription(hint)
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(lambda _text, field=name: self._clear_error(field))
            # The hint is text in the label, not a colour: "(required)" reads the same to all.
            caption = QLabel(f"{label} <span style='font-weight:400;color:{muted}'>({hint})</span>")
            caption.setObjectName("FieldLabel")
            caption.setBuddy(edit)
            error = ErrorLabel(self)
            grid.addWidget(caption, row, column)
            grid.addWidget(edit, row + 1, column)
            grid.addWidget(error, row + 2, column)
            self.edits[name] = edit
            self.errors[name] = error
        layout.addLayout(grid)

        if interests:
            heading = QLabel(translate("SignupForm", "I'm interested in"))
            heading.setObjectName("FieldLabel")
            layout.addWidget(heading)
            boxes = QGridLayout()
            boxes.setHorizontalSpacing(18)
            boxes.setVerticalSpacing(2)
            for position, (tag, label) in enumerate(interests):
                box = QCheckBox(isolate(label, self.language.language), self)
                box.setObjectName(f"interest_{tag}")
                box.setAccessibleName(translate("SignupForm", "Interest: %1").replace("%1", label))
                boxes.addWidget(box, position // INTEREST_COLUMNS, position % INTEREST_COLUMNS)
                self.interest_boxes[tag] = box
            layout.addLayout(boxes)
            self.errors["interests"] = ErrorLabel(self)
            layout.addWidget(self.errors["interests"])

        contact_heading = QLabel(translate("SignupForm", "May we contact you?"))
        contact_heading.setObjectName("FieldLabel")
        layout.addWidget(contact_heading)
        shown = self.language.language
        self.consent_email = QCheckBox(isolate(wording.email, shown), self)
        self.consent_email.setObjectName("consent_email")
        self.consent_email.setAccessibleName(translate("SignupForm", "Email consent"))
        self.consent_email.setAccessibleDescription(wording.email)
        self.consent_sms = QCheckBox(isolate(wording.sms, shown), self)
        self.consent_sms.setObjectName("consent_sms")
        self.consent_sms.setAccessibleName(translate("SignupForm", "Text message consent"))
        self.consent_sms.setAccessibleDescription(wording.sms)
        for name, box in (("consent_email", self.consent_email), ("consent_sms", self.consent_sms)):
            box.toggled.connect(lambda _on, field=name: self._clear_error(field))
            layout.addWidget(box)
            self.errors[name] = ErrorLabel(self)
            layout.addWidget(self.errors[name])

        actions = QHBoxLayout()
        self.submit_button = QPushButton(translate("SignupForm", "Sign up"), self)
        self.submit_button.setObjectName("Primary")
        self.submit_button.setAccessibleName(self.submit_button.text())
        self.submit_button.clicked.connect(self.submit)
        privacy = QLabel(translate(
            "SignupForm", "We use your details only to keep you informed about our work. "
            "Leave the boxes unticked and we won't email or text you."))
        privacy.setObjectName("Hint")
        privacy.setWordWrap(True)
        self.privacy = privacy
        actions.addWidget(privacy, 1)
        actions.addWidget(self.submit_button)
        layout.addSpacing(6)
        layout.addLayout(actions)

        self._set_tab_order()

    def tab_chain(self) -> list[QWidget]:
        """The widgets in the order Tab visits them: as they read on screen."""
        order: list[QWidget] = [self.edits[name] for name, *_ in TEXT_FIELDS]
        order += list(self.interest_boxes.values())
        order += [self.consent_email, self.consent_sms, self.submit_button]
        return order

    def _set_tab_order(self) -> None:
        order = self.tab_chain()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- reading and messages -------------------------------------------------------------
    def form_data(self) -> SignupForm:
        """What is typed now, untouched: the rules live in the domain layer."""
        text = {name: edit.text() for name, edit in self.edits.items()}
        return SignupForm(
            first_name=text["first_name"], last_name=text["last_name"], email=text["email"],
            phone=text["phone"], postal_code=text["postal_code"], note=text["note"],
            interests=tuple(tag for tag, box in self.interest_boxes.items() if box.isChecked()),
            consent_email=self.consent_email.isChecked(),
            consent_sms=self.consent_sms.isChecked(),
        )

    def submit(self) -> None:
        self.submitted.emit(self.form_data())

    def fill(self, data: SignupForm) -> None:
        """Put what an attendee typed back in (after switching language); consent stays unticked,
        because it must be given to the wording in the new language."""
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        for tag, box in self.interest_boxes.items():
            box.setChecked(tag in data.interests)

    def show_field_errors(self, errors: list[FieldError]) -> None:
        """Show domain errors at their fields, in the form's language."""
        self.show_errors(error_messages(errors, self.language))

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message at its field and move the focus to the first wrong one."""
        self.clear_errors()
        first: QWidget | None = None
        for field, message in messages.items():
            label = self.errors.get(field)
            if label is None:
                self.show_banner(message)
                continue
            label.show_message(message)
            edit = self.edits.get(field)
            if edit is not None:
                edit.setProperty("invalid", True)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
            widget = edit or self._widget_for(field)
            if first is None and widget is not None:
                first = widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _widget_for(self, field: str) -> QWidget | None:
        if field == "consent_email":
            return self.consent_email
        if field == "consent_sms":
            return self.consent_sms
        if field == "interests" and self.interest_boxes:
            return next(iter(self.interest_boxes.values()))
        return None

    def show_banner(self, message: str) -> None:
        self.banner.setText(f"⚠ {message}")
        self.banner.show()

    def clear_errors(self) -> None:
        self.banner.hide()
        for field in list(self.errors):
            self._clear_error(field)

    def _clear_error(self, field: str) -> None:
        self.errors[field].clear_message()
        edit = self.edits.get(field)
        if edit is not None and edit.property("invalid"):
            edit.setProperty("invalid", False)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)

    def focus_first(self) -> None:
        self.edits["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter anywhere in the form (a checkbox too) submits it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
