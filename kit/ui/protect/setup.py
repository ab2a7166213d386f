"""Turning protection on from the app: the coordinator's passphrase (with its strength shown and a
written-down reminder) or a table laptop's public-key file. Used by the first-run set-up and by
the Protect tab; the work is done by kit.services.protection, the same calls as `outreach-kit
protect init`.

Passphrase fields never keep what was typed longer than needed: they are emptied once protection
is on, and by `clear_secrets` (the first-run set-up calls it when the table is left idle).
Every text is translatable (`self.tr`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.services import protection
from kit.services.kit import Kit
from kit.services.passphrase import PassphraseStrength, passphrase_strength
from kit.ui.file_dialogs import open_file_name, save_file_name
from kit.ui.i18n import arg
from kit.ui.keys import enter_moves_on
from kit.ui.plain_text import PlainLabel, literal_text

log = logging.getLogger(__name__)

COORDINATOR, TABLE, NOT_NOW = "coordinator", "table", "not_now"
METER_COLOURS = {"weak": "#a4262c", "fair": "#8a5a00", "strong": "#1f5f5b"}


def hint_label(text: str = "") -> QLabel:
    label = PlainLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = PlainLabel("")
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def save_public_key_file(parent: QWidget, kit: Kit) -> Path | None:
    """Ask where to save the public-key file and write it; None when cancelled or refused."""
    # A context of its own: `parent.tr` filed these under "parent" for translators and looked
    # them up under the parent's class name, so they were never translated.
    translate = QCoreApplication.translate
    path = save_file_name(
        parent, translate("PublicKeyFile", "Save the public-key file"),
        str(Path.home() / "public-key.json"),
        translate("PublicKeyFile", "Public-key files (*.json);;All files (*)"))
    if not path:
        return None
    try:
        return protection.write_public_key(kit, path)
    except (KitError, OSError) as error:
        QMessageBox.warning(parent, translate("PublicKeyFile", "Not saved"),
                            literal_text(getattr(error, "message", str(error))))
        return None


def related_words(kit: Kit) -> list[str]:
    """Words an attacker who knows whose laptop it is would try first (the group, its city, the
    events): a passphrase made of them is weaker than it looks."""
    from kit.services.events import list_events

    words = [kit.organisation_name()]
    pack = kit.pack()
    if pack is not None:
        words += [pack.organisation.city, pack.organisation.tagline]
    for event in list_events(kit)[:20]:
        words += [event.name, event.location]
    return [word for word in words if word]


def bring_into_view(widget: QWidget) -> None:
    """Scroll the scroll area `widget` sits in (a first-run step at 1024x600) so it is seen,
    once the layout has made room for what was just shown."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        area = parent
        QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(widget, 0, 8))


class _OptionLabel(PlainLabel):
    """The word-wrapped words of a radio button (a QRadioButton's own text never wraps, and
    these are longer than a netbook's step): a click on them chooses the option."""

    def __init__(self, text: str, option: QRadioButton) -> None:
        super().__init__(text)
        self._option = option
        self.setWordWrap(True)
        self.setObjectName("OptionText")
        self.setBuddy(option)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._option.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._option.click()
        super().mouseReleaseEvent(event)


class PassphraseFields(QWidget):
    """A new passphrase typed twice, its strength as a meter and in words, and the reminder to
    write it down. `problem()` says what stops it being used (None when it can be)."""

    changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._related = related_words(kit)
        self._strength = PassphraseStrength("empty", 0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(self.tr(
            "Choose a passphrase of a few unrelated words (at least 12 characters). It is the only "
            "way to read the sign-ups: nobody can reset it, and if it is lost, so are they.")))
        form = QFormLayout()
        self.first = self._password_edit(self.tr("New passphrase"))
        self.first.setObjectName("new_passphrase")
        self.second = self._password_edit(self.tr("New passphrase again"))
        self.second.setObjectName("new_passphrase_again")
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        enter_moves_on(self.first, self.second)  # the second box's Enter goes on
        layout.addLayout(form)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(12)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_text = hint_label("")
        self.strength_text.setObjectName("StrengthText")
        layout.addWidget(self.meter)
        layout.addWidget(self.strength_text)
        layout.addWidget(hint_label(self.tr(
            "Write it down on paper now, and keep the paper somewhere safe, away from this "
            "laptop.")))
        # A short text: a check box does not wrap, and a long one would widen the page.
        self.written_down = QCheckBox(self.tr("I have written it down"), self)
        self.written_down.setObjectName("written_down")
        layout.addWidget(self.written_down)
        self.first.textChanged.connect(self._on_typed)
        self.second.textChanged.connect(lambda _text: self.changed.emit())
        self.written_down.toggled.connect(lambda _on: self.changed.emit())
        self._on_typed("")

    def _password_edit(self, accessible_name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible_name)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)
        edit.setMaxLength(1024)
        return edit

    def strength_words(self, strength: PassphraseStrength) -> str:
        return {
            "empty": "",
            "too_short": self.tr("Too short: at least 12 characters. A few unrelated words make a "
                                 "good passphrase."),
            "weak": self.tr("Weak: a guessing program would find it. Add more unrelated words "
                            "(not the group's name, city or event)."),
            "fair": self.tr("Fair: accepted. One more unrelated word would make it strong."),
            "strong": self.tr("Strong."),
        }[strength.level]

    def _on_typed(self, text: str) -> None:
        self._strength = passphrase_strength(text, self._related)
        self.meter.setValue(self._strength.score)
        # The colour repeats what the words say (never the only sign): red, amber, green.
        colour = METER_COLOURS.get(self._strength.level, METER_COLOURS["weak"])
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        words = self.strength_words(self._strength)
        self.strength_text.setText(words)
        self.meter.setAccessibleDescription(words)
        self.changed.emit()
        if text and self.isVisible():
            # At 1024x600 the verdict and the box below it were under the fold.
            bring_into_view(self.written_down)

    @property
    def strength(self) -> PassphraseStrength:
        return self._strength

    def problem(self) -> str | None:
        """What stops this passphrase being used, in words; None when it can be."""
        if not self._strength.acceptable:
            return self.strength_words(self._strength) or self.tr("Type a passphrase.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ; type the same one twice.")
        if not self.written_down.isChecked():
            return self.tr("Write the passphrase down first, and tick the box to say so.")
        return None

    def passphrase(self) -> str:
        return self.first.text()

    def clear_secrets(self) -> None:
        self.first.clear()
        self.second.clear()
        self.written_down.setChecked(False)


class PublicKeyFields(QWidget):
    """The public-key file a table laptop gets from the coordinator's kit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(self.tr(
            "This laptop will seal each sign-up to the coordinator's key and can never read them "
            "back, so a lost or seized table laptop gives nothing away. On the coordinator's "
            "laptop, save the public-key file (Volunteer area → Protect), bring it here on a USB "
            "stick, and choose it below.")))
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("public_key_path")
        self.path.setAccessibleName(self.tr("Public-key file"))
        self.path.setPlaceholderText(self.tr("The public-key file (public-key.json)"))
        self.browse = QPushButton(self.tr("Choose file…"), self)
        self.browse.clicked.connect(self._on_browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.path.textChanged.connect(lambda _text: self.changed.emit())

    def _on_browse(self) -> None:
        path = open_file_name(
            self, self.tr("The coordinator's public-key file"), str(Path.home()),
            self.tr("Public-key files (*.json);;All files (*)"))
        if path:
            self.path.setText(path)

    def problem(self) -> str | None:
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose the public-key file first.")
        if not Path(text).is_file():
            return arg(self.tr("There is no file at %1."), text)
        return None


class ProtectionChoice(QWidget):
    """Coordinator's laptop / table laptop / not now, with the fields each needs.

    `apply()` turns protection on as chosen and returns an error text, or None when done (or
    when "not now" was chosen). `with_not_now` is False in the Protect tab's dialog, where
    cancelling is the way to choose nothing."""

    changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None, *, with_not_now: bool = True) -> None:
        super().__init__(parent)
        self._kit = kit
        self.chosen_result: str = ""
        self.scrub: protection.ScrubReport | None = None  # what turning protection on cleaned
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.options = QButtonGroup(self)
        self.coordinator = QRadioButton(self.tr(
            "This is the coordinator's laptop: it reads the sign-ups, after a passphrase"), self)
        self.coordinator.setObjectName("protect_coordinator")
        self.table = QRadioButton(self.tr(
            "This is a table laptop: it collects sign-ups and can never read them"), self)
        self.table.setObjectName("protect_table")
        self.not_now = QRadioButton(self.tr("Not now"), self)
        self.not_now.setObjectName("protect_not_now")
        for button in (self.coordinator, self.table, self.not_now):
            self.options.addButton(button)
            # The words beside the button wrap (at 1024x600 with Large text one line was wider
            # than the step); the button keeps them as its accessible name.
            text = button.text()
            button.setText("")
            button.setAccessibleName(text)
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(_OptionLabel(text, button), 1)
            layout.addWidget(row)
            if button is self.not_now:
                row.setVisible(with_not_now)
        # Only the chosen option's fields are shown (hidden ones take no room, unlike the pages
        # of a QStackedWidget).
        self.passphrase = PassphraseFields(kit, self)
        self.public_key = PublicKeyFields(self)
        self.not_now_text = hint_label(self.tr(
            "Sign-ups will be stored in clear on this laptop: anyone who gets hold of it can "
            "read every name, email and phone. You can turn protection on later in the "
            "volunteer area (Protect tab)."))
        self.not_now_text.setObjectName("FieldError")
        self.details = (self.passphrase, self.public_key, self.not_now_text)
        for page in self.details:
            page.hide()
            layout.addWidget(page)
        self.error = error_label()
        layout.addWidget(self.error)
        self.options.buttonToggled.connect(self._on_option)
        self.passphrase.changed.connect(self._on_changed)
        self.public_key.changed.connect(self._on_changed)

    def _on_option(self, _button, checked: bool) -> None:
        if not checked:
            return
        page = {COORDINATOR: self.passphrase, TABLE: self.public_key,
                NOT_NOW: self.not_now_text}[self.choice()]
        for each in self.details:
            each.setVisible(each is page)
        self._on_changed()
        if page is self.passphrase:
            self.passphrase.first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.public_key:
            self.public_key.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self) -> None:
        self.error.hide()
        self.changed.emit()

    def choice(self) -> str:
        if self.coordinator.isChecked():
            return COORDINATOR
        if self.table.isChecked():
            return TABLE
        return NOT_NOW if self.not_now.isChecked() else ""

    def problem(self) -> str | None:
        """What is missing before `apply` can run; None when it can."""
        choice = self.choice()
        if not choice:
            return self.tr("Choose one of the three.")
        if choice == COORDINATOR:
            return self.passphrase.problem()
        if choice == TABLE:
            return self.public_key.problem()
        return None

    def show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}")
        self.error.show()
        bring_into_view(self.error)  # at the foot of a step taller than a netbook's screen

    def apply(self) -> bool:
        """Turn protection on as chosen; False (with the reason shown) when it could not be."""
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return False
        choice = self.choice()
        if choice == NOT_NOW:
            self.chosen_result = NOT_NOW
            return True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if choice == COORDINATOR:
                text = self.passphrase.passphrase()
                result = protection.init_protection(self._kit, text)
                del text
            else:
                result = protection.init_public_only(self._kit, self.public_key.path.text().strip())
        except KitError as error:
            self.show_error(error.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            if choice == COORDINATOR:
                self.passphrase.first.clear()
                self.passphrase.second.clear()
        log.info("Protection turned on from the app (%s)", choice)
        self.chosen_result = choice
        self.scrub = result.scrub
        return True

    def clear_secrets(self) -> None:
        self.passphrase.clear_secrets()


class ProtectDialog(QDialog):
    """The Protect tab's "Turn protection on…": the same choice as in the first-run set-up."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turn protection on"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Protected mode seals every sign-up, those already here included, so that a lost or "
            "seized laptop shows no names, emails or phones. It cannot be turned off again.")))
        self.choice = ProtectionChoice(kit, self, with_not_now=False)
        layout.addWidget(self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(self.tr("Turn protection on"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # The chosen option's fields appear below it: grow to show them whole.
        self.choice.options.buttonToggled.connect(lambda *_: QTimer.singleShot(0, self.adjustSize))

    def _on_ok(self) -> None:
        if self.choice.apply():
            self.accept()

    def reject(self) -> None:
        self.choice.clear_secrets()
        super().reject()


class PassphrasePrompt(QDialog):
    """Asks for the coordinator's current passphrase once (for a new key). The field is emptied
    as soon as the text is taken (`take_passphrase`) or the dialog is cancelled."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(explanation))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def take_passphrase(self) -> str:
        text = self.passphrase.text()
        self.passphrase.clear()
        return text

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()
