"""Dialogs for the kiosk PIN: asking for it (with the lockout shown as a countdown) and setting it.

The PIN field takes digits only and never keeps what was typed: it is emptied after every try,
so a PIN does not linger in a widget the next person could read back. Texts are translatable
(context "PinDialog" for the module-level `wait_text`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kit.services.kiosk_pin import (
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    BadPin,
    KioskPin,
    PinsDiffer,
)
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel
from kit.ui.theme import palette

log = logging.getLogger(__name__)

# ASCII digits and the Arabic-Indic and Extended Arabic-Indic (Urdu) ones: the attendee may have
# left the keyboard in Urdu, and the service reads those digits as the same PIN.
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"


def pin_edit(parent: QWidget, accessible_name: str) -> QLineEdit:
    """A masked field that accepts up to twelve digits and nothing else."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(
        QRegularExpression(f"[{DIGITS}]{{0,{PIN_MAX_DIGITS}}}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    edit.setMaxLength(PIN_MAX_DIGITS)
    edit.setAccessibleName(accessible_name)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no paste of a stored PIN
    return edit


def set_pin_typed_twice(pin: KioskPin, first: str, second: str) -> str | None:
    """Set the PIN typed twice (the rule: KioskPin.set_pin_typed_twice); None when it is set,
    else what the form shows, translated where the sentence is this module's."""
    try:
        pin.set_pin_typed_twice(first, second)
    except PinsDiffer:
        return QCoreApplication.translate("SetPinDialog",
                                          "The two PINs differ; type the same PIN twice.")
    except BadPin as error:
        return error.message
    return None


def wait_text(seconds: float) -> str:
    """"45 seconds", "2 minutes", "1 min 05 s": how long until the next try."""
    translate = QCoreApplication.translate
    whole = max(1, int(seconds + 0.999))
    if whole < 60:
        return (translate("PinDialog", "%n second", "", whole) if whole == 1
                else translate("PinDialog", "%n seconds", "", whole))
    minutes, rest = divmod(whole, 60)
    if not rest:
        return (translate("PinDialog", "%n minute", "", minutes) if minutes == 1
                else translate("PinDialog", "%n minutes", "", minutes))
    return arg(translate("PinDialog", "%1 min %2 s"), str(minutes), f"{rest:02d}")


class PinDialog(QDialog):
    """Asks for the kiosk PIN; accepted only when the PIN was right.

    `purpose` says what the PIN opens ("Open the volunteer area"). While entry is locked out
    the field is disabled and a countdown says when to try again.
    """

    def __init__(self, pin: KioskPin, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.setObjectName("PinDialog")
        self.setMinimumWidth(480)
        # A locked-out field must look shut, not like an empty box waiting for digits.
        app = QApplication.instance()
        colours = palette(high_contrast=bool(app and app.property("kit_high_contrast")))
        self.setStyleSheet(f"QLineEdit:disabled {{ background: {colours['header_bg']}; "
                           f"border: 2px dashed {colours['border']}; }}")
        layout = QVBoxLayout(self)
        title = PlainLabel(purpose)
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        hint = PlainLabel(self.tr("Enter the kiosk PIN the coordinator set."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.pin_field = pin_edit(self, self.tr("Kiosk PIN"))
        self.pin_field.setObjectName("pin")
        self.message = PlainLabel("")
        self.message.setObjectName("FieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        for widget in (title, hint, self.pin_field, self.message, buttons):
            layout.addWidget(widget)
        # The countdown: once a second while locked out, and the field opens again at zero.
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_lockout)
        self._show_lockout()

    def _show_lockout(self) -> None:
        waiting = self._pin.locked_for()
        locked = waiting > 0
        self.pin_field.setEnabled(not locked)
        self.pin_field.setPlaceholderText(self.tr("Locked for now: see below") if locked else "")
        self.ok_button.setEnabled(not locked)
        if locked:
            self._say(self.tr("Too many wrong PINs. Try again in %1.").replace("%1", wait_text(waiting)))
            if not self._tick.isActive():
                self._tick.start()
            return
        self._tick.stop()
        if self.message.property("lockout"):
            self.message.setProperty("lockout", False)
            self.message.hide()
            self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, *, lockout: bool = True) -> None:
        self.message.setText(f"⚠ {text}")
        self.message.setProperty("lockout", lockout)
        self.message.show()

    def _on_ok(self) -> None:
        typed = self.pin_field.text()
        self.pin_field.clear()
        check = self._pin.verify(typed)
        del typed
        if check.ok:
            self.accept()
            return
        if check.empty and not check.locked:  # Enter on an empty field: not a try, nothing said
            self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if check.locked:
            self._show_lockout()
            return
        left = check.attempts_left
        # Before the first lockout: say how many tries are left before a one-minute wait.
        self._say(self.tr("Wrong PIN. %n more try before a one-minute wait.", "", left) if left == 1
                  else self.tr("Wrong PIN. %n more tries before a one-minute wait.", "", left),
                  lockout=False)
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_pin(pin: KioskPin, purpose: str, parent: QWidget | None = None) -> bool:
    """True when the PIN was entered right (or when no PIN is set: nothing to guard with)."""
    if not pin.is_set():
        return True
    dialog = PinDialog(pin, purpose, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class SetPinDialog(QDialog):
    """The coordinator's new PIN, typed twice. (The current one is asked first by the caller.)"""

    def __init__(self, pin: KioskPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.setWindowTitle(self.tr("Set the kiosk PIN"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        hint = PlainLabel(arg(self.tr("%1 to %2 digits. Volunteers need it to open the volunteer area "
                                  "or quit while kiosk mode is on. Only a slow hash of it is "
                                  "stored; choose one that is not a birthday or 1234."),
                          PIN_MIN_DIGITS, PIN_MAX_DIGITS))
        hint.setWordWrap(True)
        hint.setObjectName("Hint")
        form = QFormLayout()
        self.first = pin_edit(self, self.tr("New PIN"))
        self.second = pin_edit(self, self.tr("New PIN again"))
        form.addRow(self.tr("New PIN"), self.first)
        form.addRow(self.tr("Again"), self.second)
        self.message = PlainLabel("")
        self.message.setObjectName("FieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Set PIN"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        first, second = self.first.text(), self.second.text()
        self.first.clear()
        self.second.clear()
        problem = set_pin_typed_twice(self._pin, first, second)
        if problem is not None:
            self.message.setText(f"⚠ {problem}")
            self.message.show()
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
