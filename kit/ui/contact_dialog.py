"""Correct a contact's details. Consent is shown, not edited: it is what the person answered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
from kit.ui.signup_form import ErrorLabel

EDITABLE = (
    ("first_name", "First name", NAME_MAX),
    ("last_name", "Last name", NAME_MAX),
    ("email", "Email", 320),
    ("phone", "Phone", 40),
    ("postal_code", "ZIP code", 12),
    ("note", "Note", NOTE_MAX),
)


class ContactDialog(QDialog):
    """Edit one contact; saving runs the same rules as the sign-up form."""

    def __init__(self, kit: Kit, record: ContactRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._record = record
        self.saved: ContactRecord | None = None
        self.setWindowTitle("Edit contact")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        for name, label, limit in EDITABLE:
            edit = QLineEdit(str(getattr(record, name)), self)
            edit.setObjectName(f"edit_{name}")
            edit.setMaxLength(limit + 1)
            edit.setAccessibleName(label)
            caption = QLabel(label)
            caption.setBuddy(edit)
            error = ErrorLabel(self)
            form.addRow(caption, edit)
            form.addRow("", error)
            self.edits[name] = edit
            self.errors[name] = error
        layout.addLayout(form)
        consent = QLabel(
            f"Email consent: {'Yes' if record.consent_email else 'No'} · "
            f"Text message consent: {'Yes' if record.consent_sms else 'No'} "
            f"(as answered at the last sign-up; {record.visits} sign-up(s) in total)"
        )
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
