"""Correct a contact's details. Consent is shown, not edited: it is what the person answered.

Texts are translatable (`self.tr`; the field labels are marked with QT_TRANSLATE_NOOP).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError, ValidationFailed
from kit.domain.records import ContactRecord
from kit.domain.signup import SignupForm
from kit.domain.text import NAME_MAX, NOTE_MAX
from kit.services.contacts import update_contact
from kit.services.kit import Kit
from kit.ui.i18n import arg
from kit.ui.kiosk.signup_form import ErrorLabel
from kit.ui.plain_text import PlainLabel

EDITABLE = (
    ("first_name", QT_TRANSLATE_NOOP("ContactDialog", "First name"), NAME_MAX),
    ("last_name", QT_TRANSLATE_NOOP("ContactDialog", "Last name"), NAME_MAX),
    ("email", QT_TRANSLATE_NOOP("ContactDialog", "Email"), 320),
    ("phone", QT_TRANSLATE_NOOP("ContactDialog", "Phone"), 40),
    ("postal_code", QT_TRANSLATE_NOOP("ContactDialog", "ZIP code"), 12),
    ("note", QT_TRANSLATE_NOOP("ContactDialog", "Note"), NOTE_MAX),
)


class ContactDialog(QDialog):
    """Edit one contact; saving runs the same rules as the sign-up form."""

    def __init__(self, kit: Kit, record: ContactRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._record = record
        self.saved: ContactRecord | None = None
        self.setWindowTitle(self.tr("Edit contact"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        for name, source_label, limit in EDITABLE:
            label = self.tr(source_label)
            edit = QLineEdit(str(getattr(record, name)), self)
            edit.setObjectName(f"edit_{name}")
            edit.setMaxLength(limit + 1)
            edit.setAccessibleName(label)
            caption = PlainLabel(label)
            caption.setBuddy(edit)
            error = ErrorLabel(self)
            form.addRow(caption, edit)
            form.addRow("", error)
            self.edits[name] = edit
            self.errors[name] = error
        layout.addLayout(form)
        yes, no = self.tr("Yes"), self.tr("No")
        consent = PlainLabel(arg(
            self.tr("Email consent: %1 · Text message consent: %2 (as answered at the last sign-up; "
                    "%n sign-up(s) in total)", "", record.visits),
            yes if record.consent_email else no, yes if record.consent_sms else no,
        ))
        consent.setObjectName("Hint")
        consent.setWordWrap(True)
        layout.addWidget(consent)
        self.banner = ErrorLabel(self)
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        for label in (*self.errors.values(), self.banner):
            label.clear_message()
        values = {name: edit.text() for name, edit in self.edits.items()}
        try:
            self.saved = update_contact(self._kit, self._record.id, SignupForm(**values))
        except ValidationFailed as failed:
            for field, message in failed.by_field().items():
                (self.errors.get(field) or self.banner).show_message(message)
            return
        except KitError as error:
            self.banner.show_message(error.message)
            return
        self.accept()
