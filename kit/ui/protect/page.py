"""The Protect tab of the volunteer area: protected mode, bundles, purge, kiosk mode, wipe.

Every button calls a service (kit.services.protection, bundles, retention, kiosk_pin) and says
what happened in words. What `outreach-kit protect init / public-key / rotate / check` do is here
too (turning protection on is kit.ui.protect.setup, shared with the first-run set-up). Every text
is translatable (`self.tr`, context "ProtectPage").
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.domain.protection import ProtectionMode
from kit.services import kiosk_pin, protection, retention
from kit.services.bundles import export_bundle, import_bundle, is_bundle
from kit.services.kiosk_pin import KioskPin
from kit.services.kit import Kit
from kit.ui.file_dialogs import open_file_name, save_file_name
from kit.ui.flow import FlowLayout
from kit.ui.i18n import arg
from kit.ui.kiosk.pin_dialog import SetPinDialog, ask_pin, pin_edit, wait_text
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.scrolling import scrolled_body
from kit.ui.workers import JobRunner

if TYPE_CHECKING:
    from kit.ui.kiosk.lock import KioskLock

log = logging.getLogger(__name__)

WIPE_WORD = "WIPE"
DANGER_STYLE = ("QPushButton#Danger { background: #a4262c; color: white; font-weight: 600; "
                "border: 2px solid #6e1a1e; }"
                "QPushButton#Danger:focus { border: 3px solid #d98e04; }"
                "QPushButton#Danger:disabled { background: #e6c3c5; color: #5a1317; "
                "border: 2px dashed #a4262c; }")
# Marked for pyside6-lupdate, translated where shown (context "ProtectPage").
CANNOT_BLOCK = QT_TRANSLATE_NOOP(
    "ProtectPage", "The app cannot block the system's own escapes: Ctrl+Alt+Del, switching "
    "virtual terminals, the Windows/Super key, power buttons, or a reboot. For a laptop left "
    "alone, use the system's kiosk or single-app mode too.")


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("FormCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    heading = PlainLabel(title)
    heading.setObjectName("SectionTitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    return frame, layout


def _hint(text: str) -> QLabel:
    label = PlainLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _row(*widgets: QWidget) -> FlowLayout:
    """Widgets side by side, wrapping onto a new line when the window is narrow (1024x600)."""
    row = FlowLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


class _ClickableLabel(PlainLabel):
    """The word-wrapped text of a check box (a QCheckBox's own text never wraps): a click on it
    toggles the box, as a click on the box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._box.click()
        super().mouseReleaseEvent(event)


def _wrapping_check(text: str) -> tuple[QCheckBox, QHBoxLayout, QLabel]:
    box = QCheckBox()
    box.setAccessibleName(text)  # the screen reader reads the words the label shows
    label = _ClickableLabel(text, box)
    row = QHBoxLayout()
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box, row, label


class WipeDialog(QDialog):
    """Asks for the kiosk PIN (when one is set) and the word WIPE before the emergency wipe."""

    def __init__(self, pin: KioskPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.setMinimumWidth(520)
        self.setStyleSheet(DANGER_STYLE)
        layout = QVBoxLayout(self)
        text = PlainLabel(self.tr("This destroys the keys, then overwrites and deletes every sign-up, "
                              "backup, log and the campaign folder on this laptop, and closes the app. "
                              "There is no undo. Sign-ups not yet synced or carried off in a bundle are "
                              "lost."))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.pin_field: QLineEdit | None = None
        if pin.is_set():
            self.pin_field = pin_edit(self, self.tr("Kiosk PIN"))
            form.addRow(self.tr("Kiosk PIN"), self.pin_field)
        self.word = QLineEdit(self)
        self.word.setAccessibleName(self.tr("Type %1 to confirm").replace("%1", WIPE_WORD))
        self.word.setPlaceholderText(WIPE_WORD)
        form.addRow(self.tr("Type %1").replace("%1", WIPE_WORD), self.word)
        layout.addLayout(form)
        self.message = PlainLabel("")
        self.message.setObjectName("FieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = buttons.addButton(self.tr("Wipe this laptop"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.wipe_button.setObjectName("Danger")
        self.wipe_button.setEnabled(False)
        # Cancel is the default: Enter in a field must never start the wipe.
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self._on_wipe)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.word.textChanged.connect(self._update)
        if self.pin_field is not None:
            self.pin_field.textChanged.connect(self._update)

    def _update(self) -> None:
        pin_ok = self.pin_field is None or bool(self.pin_field.text())
        self.wipe_button.setEnabled(pin_ok and self.word.text() == WIPE_WORD)

    def _on_wipe(self) -> None:
        if self.word.text() != WIPE_WORD:
            return
        if self.pin_field is not None:
            typed = self.pin_field.text()
            self.pin_field.clear()
            check = self._pin.verify(typed)
            if check.empty and not check.locked:
                return  # nothing typed: not a try (the button waits for a PIN anyway)
            if not check.ok:
                self.message.setText(
                    self.tr("⚠ Too many wrong PINs. Try again in %1.").replace(
                        "%1", wait_text(check.locked_for))
                    if check.locked else self.tr("⚠ Wrong PIN. Nothing was wiped."))
                self.message.show()
                return
        self.accept()


class ProtectPage(QWidget):
    """Protection status and the buttons that keep attendees' data safe (module docstring).

    `data_changed` after anything that changes what the other tabs show (lock, unlock, import,
    purge); `wiped` after the emergency wipe, once the kit is gone.
    """

    data_changed = Signal()
    wiped = Signal()

    def __init__(self, kit: Kit, lock: KioskLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._lock = lock
        self.setStyleSheet(DANGER_STYLE)
        body = scrolled_body(self, "VolunteerArea")
        grid = QGridLayout(body)
        grid.setContentsMargins(4, 8, 4, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self._grid = grid
        self._sections: list[QFrame] = []
        self._columns = 2

        # -- sign-up protection ---------------------------------------------------------------
        frame, box = _section(self.tr("Sign-up protection"))
        self.status = PlainLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("FieldLabel")
        self.keys = _hint("")
        self.lock_button = QPushButton(self.tr("Lock now"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.lock_button.clicked.connect(self._on_lock)
        self.unlock_button.clicked.connect(self._on_unlock)
        # What `outreach-kit protect init / public-key / rotate / check` do, as buttons (each
        # shown only where it applies, see reload).
        self.turn_on_button = QPushButton(self.tr("Turn protection on…"))
        self.turn_on_button.setObjectName("Primary")
        self.turn_on_button.clicked.connect(self._on_turn_on)
        self.public_key_button = QPushButton(self.tr("Save the public-key file…"))
        self.public_key_button.clicked.connect(self._on_save_public_key)
        self.add_keys_button = QPushButton(self.tr("Add keys from a public-key file…"))
        self.add_keys_button.clicked.connect(self._on_add_keys)
        self.rotate_button = QPushButton(self.tr("New key…"))
        self.rotate_button.clicked.connect(self._on_rotate)
        self.check_button = QPushButton(self.tr("Check sealed sign-ups"))
        self.check_button.clicked.connect(self._on_check)
        self.protect_result = _hint("")
        self.protect_result.hide()
        for widget in (self.status, self.keys):
            box.addWidget(widget)
        box.addLayout(_row(self.turn_on_button, self.lock_button, self.unlock_button))
        box.addLayout(_row(self.public_key_button, self.add_keys_button, self.rotate_button,
                           self.check_button))
        box.addWidget(self.protect_result)
        box.addStretch(1)
        self._sections.append(frame)

        # -- kiosk -----------------------------------------------------------------------------
        frame, box = _section(self.tr("Kiosk"))
        self.pin_status = PlainLabel("")
        self.pin_status.setWordWrap(True)
        self.set_pin_button = QPushButton(self.tr("Set kiosk PIN…"))
        self.set_pin_button.clicked.connect(self._on_set_pin)
        self.kiosk_mode, kiosk_mode_row, self.kiosk_mode_label = _wrapping_check(
            self.tr("Kiosk mode: full screen; the PIN opens the volunteer area and quits"))
        self.kiosk_mode.toggled.connect(self._on_kiosk_mode)
        self.inactivity = QSpinBox(self)
        self.inactivity.setRange(kiosk_pin.MIN_INACTIVITY_SECONDS, kiosk_pin.MAX_INACTIVITY_SECONDS)
        self.inactivity.setSuffix(self.tr(" s"))
        self.inactivity.setAccessibleName(self.tr("Seconds before an idle form is cleared"))
        self.inactivity.valueChanged.connect(self._on_inactivity)
        idle_label = PlainLabel(self.tr("Clear a half-filled form after"))
        idle_label.setBuddy(self.inactivity)
        idle_row = _row(idle_label, self.inactivity, PlainLabel(self.tr("without input")))
        self.quit_button = QPushButton(self.tr("Quit Outreach Kit…"))
        self.quit_button.clicked.connect(lambda: self._lock.request_quit())
        box.addWidget(self.pin_status)
        box.addLayout(_row(self.set_pin_button, self.quit_button))
        box.addLayout(kiosk_mode_row)
        box.addLayout(idle_row)
        box.addWidget(_hint(QCoreApplication.translate("ProtectPage", CANNOT_BLOCK)))
        box.addStretch(1)
        self._sections.append(frame)

        # -- bundles ---------------------------------------------------------------------------
        frame, box = _section(self.tr("Bundles between kits"))
        box.addWidget(_hint(self.tr("Carry sign-ups to the coordinator's kit on a USB stick. "
                                    "Sealed sign-ups stay sealed; importing the same bundle twice "
                                    "adds nothing.")))
        self.export_bundle_button = QPushButton(self.tr("Export a bundle for another kit…"))
        self.import_bundle_button = QPushButton(self.tr("Import a bundle…"))
        self.export_bundle_button.clicked.connect(self._on_export_bundle)
        self.import_bundle_button.clicked.connect(self._on_import_bundle)
        box.addLayout(_row(self.export_bundle_button, self.import_bundle_button))
        # A large bundle takes a minute or more: it imports in a worker (the window stays
        # usable, the kiosk can keep signing people up) with progress and a Cancel that undoes it.
        self.bundle_progress = QProgressBar()
        self.bundle_progress.setObjectName("bundle_progress")
        self.bundle_progress.setAccessibleName(self.tr("Bundle import progress"))
        self.bundle_progress.hide()
        self.cancel_import_button = QPushButton(self.tr("Cancel import"))
        self.cancel_import_button.clicked.connect(self._on_cancel_import)
        self.cancel_import_button.hide()
        box.addWidget(self.bundle_progress)
        box.addLayout(_row(self.cancel_import_button))
        self._importer = JobRunner(self)
        self._importer.progressed.connect(self._on_import_progressed)
        self._importer.succeeded.connect(self._on_bundle_imported)
        self._importer.cancelled.connect(self._on_import_stopped)
        self._importer.failed.connect(self._on_import_failed)
        self._importing: Path | None = None
        self.bundle_result = _hint("")
        self.bundle_result.hide()
        box.addWidget(self.bundle_result)
        box.addStretch(1)
        self._sections.append(frame)

        # -- retention and wipe ----------------------------------------------------------------
        frame, box = _section(self.tr("Retention and emergency wipe"))
        self.purge_rule = _hint("")
        self.purge_button = QPushButton(self.tr("Purge confirmed personal data now…"))
        self.purge_button.clicked.connect(self._on_purge)
        self.wipe_button = QPushButton(self.tr("Emergency wipe…"))
        self.wipe_button.setObjectName("Danger")
        self.wipe_button.clicked.connect(self._on_wipe)
        box.addWidget(self.purge_rule)
        box.addLayout(_row(self.purge_button))
        # On a line of its own, below: never next to a routine button.
        box.addLayout(_row(self.wipe_button))
        box.addStretch(1)
        self._sections.append(frame)
        self._place_sections(2)
        # Two sections side by side while both fit; one above the other when the window is too
        # narrow for that (large text, a long translation, an 800-pixel window).
        self._viewport = self.findChild(QScrollArea).viewport()
        self._viewport.installEventFilter(self)
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _place_sections(self, columns: int) -> None:
        grid = self._grid
        for section in self._sections:
            grid.removeWidget(section)
        for index, section in enumerate(self._sections):
            grid.addWidget(section, index // columns, index % columns)
        for column in (0, 1):
            grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(len(self._sections) + 1):
            grid.setRowStretch(row, 0)
        grid.setRowStretch((len(self._sections) + columns - 1) // columns, 1)
        self._columns = columns

    def _columns_for(self, width: int) -> int:
        margins = self._grid.contentsMargins()
        widest = max(section.minimumSizeHint().width() for section in self._sections)
        two = 2 * widest + self._grid.horizontalSpacing() + margins.left() + margins.right()
        return 2 if two <= width else 1

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            columns = self._columns_for(event.size().width())
            if columns != self._columns:
                self._place_sections(columns)
        return super().eventFilter(watched, event)

    @property
    def columns(self) -> int:
        """How many sections stand side by side now (2, or 1 on a narrow window)."""
        return self._columns

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the protection status and the kiosk settings again."""
        status = protection.protection_status(self._kit)
        if status.mode is ProtectionMode.OFF:
            self.status.setText(self.tr("Off: sign-ups are stored in clear on this laptop."))
            self.keys.setText(
                self.tr("Turn it on once per laptop: on the coordinator's laptop with a "
                        "passphrase, then save its public-key file for the table laptops; on a "
                        "table laptop with that file (it can then never read sign-ups)."))
        else:
            role = (self.tr("Coordinator's kit: reads sign-ups after unlocking with the passphrase.")
                    if status.can_read else
                    self.tr("Table laptop: holds only the public key and can never read sign-ups."))
            # A whole phrase per mode, not the enum's word: "locked" stayed English in every
            # language.
            state = (self.tr("On — locked. %1") if status.mode is ProtectionMode.LOCKED
                     else self.tr("On — unlocked. %1"))
            self.status.setText(arg(state, role))
            others = [k for k in status.key_ids if k != status.active_key_id]
            # One whole phrase per fact, joined by " · " (a list, not a sentence).
            facts = [arg(self.tr("Active key %1 (older: %2)"), status.active_key_id, ", ".join(others))
                     if others else arg(self.tr("Active key %1"), status.active_key_id)]
            if status.family_id:
                facts.append(self.tr("family %1").replace("%1", str(status.family_id)))
            facts.append(self.tr("%n sealed sign-ups", "", status.sealed_signups))
            if status.can_read:
                facts.append(self.tr("relocks after %n idle minutes", "", status.relock_minutes))
            self.keys.setText(" · ".join(facts))
        self.lock_button.setEnabled(status.mode is ProtectionMode.UNLOCKED)
        self.unlock_button.setEnabled(status.mode is ProtectionMode.LOCKED and status.can_read)
        off, reads = status.mode is ProtectionMode.OFF, status.mode.on and status.can_read
        self.turn_on_button.setVisible(off)
        self.lock_button.setVisible(not off and status.can_read)
        self.unlock_button.setVisible(not off and status.can_read)
        self.public_key_button.setVisible(reads)
        self.rotate_button.setVisible(reads)
        self.check_button.setVisible(reads)
        self.add_keys_button.setVisible(not off and not status.can_read)

        pin_set = self._lock.pin.is_set()
        self.set_pin_button.setText(self.tr("Change kiosk PIN…") if pin_set
                                    else self.tr("Set kiosk PIN…"))
        self.pin_status.setText(
            self.tr("A kiosk PIN is set.") if pin_set else
            self.tr("No kiosk PIN yet. Kiosk mode cannot be turned on without one: nobody could "
                    "leave it again."))
        self.kiosk_mode.blockSignals(True)
        self.kiosk_mode.setChecked(self._lock.kiosk_mode)
        self.kiosk_mode.setEnabled(pin_set)
        self.kiosk_mode.blockSignals(False)
        self.inactivity.blockSignals(True)
        self.inactivity.setValue(int(kiosk_pin.inactivity_seconds(self._kit.settings)))
        self.inactivity.blockSignals(False)

        days = retention.retention_days(self._kit)
        self.purge_rule.setText(
            self.tr("Purging drops the names, emails, phones and notes of sign-ups older than %1 "
                    "days that every sync target confirmed (or, with no targets, that a full "
                    "export saw). Counts, interests and consent answers stay. The wipe destroys "
                    "everything on this laptop.").replace("%1", str(days)))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The kit may have relocked while idle, or the CLI changed it: show it as it is now.
        self.reload()
        super().showEvent(event)

    # -- protection ----------------------------------------------------------------------------
    def _on_lock(self) -> None:
        protection.lock(self._kit)
        log.info("Locked from the Protect tab")
        self.reload()
        self.data_changed.emit()

    def _on_unlock(self) -> None:
        from kit.ui.protect.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(self._kit, self)
        if dialog.exec():
            self.data_changed.emit()
        dialog.deleteLater()
        self.reload()

    def _say(self, text: str) -> None:
        self.protect_result.setText(text)
        self.protect_result.show()

    def _on_turn_on(self) -> None:
        from kit.ui.protect.setup import ProtectDialog

        dialog = ProtectDialog(self._kit, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        scrub = dialog.choice.scrub
        dialog.deleteLater()
        if not accepted:
            return
        lines = [self.tr("Protected mode is on.")]
        if scrub is not None and (scrub.sealed_signups or scrub.deleted_contacts):
            lines.append(arg(self.tr("Sealed %1 sign-ups and deleted %2 contacts kept in clear; "
                                     "the database file was rebuilt."), scrub.sealed_signups,
                             scrub.deleted_contacts))
        lines += list(scrub.notes) if scrub is not None else []
        self._say("\n".join(lines))
        self.reload()
        self.data_changed.emit()

    def _on_save_public_key(self) -> None:
        from kit.ui.protect.setup import save_public_key_file

        written = save_public_key_file(self, self._kit)
        if written is None:
            return
        self._say(arg(self.tr("Wrote %1. On each table laptop choose it under Protect → Turn "
                              "protection on → table laptop. Keep it within the group: it also "
                              "holds the family key that authenticates bundles."), written.name))

    def _on_add_keys(self) -> None:
        path = open_file_name(
            self, self.tr("The coordinator's public-key file"), str(Path.home()),
            self.tr("Public-key files (*.json);;All files (*)"))
        if not path:
            return
        try:
            result = protection.init_public_only(self._kit, path)
        except KitError as error:
            QMessageBox.warning(self, self.tr("No keys added"), literal_text(error.message))
            return
        self._say(arg(self.tr("New sign-ups are sealed to key %1."), result.ring.active_key_id))
        self.reload()

    def _on_rotate(self) -> None:
        from kit.ui.protect.setup import PassphrasePrompt

        dialog = PassphrasePrompt(self.tr("A new key"), self.tr(
            "New sign-ups will be sealed to a new key under the same passphrase; older ones stay "
            "readable. Afterwards, give the table laptops the new public-key file."), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        text = dialog.take_passphrase()
        dialog.deleteLater()
        try:
            key_id = protection.rotate(self._kit, text)
        except KitError as error:
            QMessageBox.warning(self, self.tr("No new key"), literal_text(error.message))
            return
        finally:
            del text
        self._say(arg(self.tr("New active key %1. Save the public-key file again for the table "
                              "laptops."), key_id))
        self.reload()

    def _on_check(self) -> None:
        if protection.mode(self._kit) is ProtectionMode.LOCKED:
            self._on_unlock()  # unlocking opens every sealed sign-up and says what did not open
            if protection.mode(self._kit) is ProtectionMode.LOCKED:
                return
        try:
            protection.refresh_vault(self._kit)
            report = protection.unlock_report(self._kit)
        except KitError as error:
            QMessageBox.warning(self, self.tr("Check"), literal_text(error.message))
            return
        lines = [arg(self.tr("Opened %1 sealed sign-ups (%2 contacts)."), report.opened,
                     report.contacts)]
        if report.broken:
            lines.append(self.tr("%n sealed sign-ups did not open (changed on disk or moved "
                                 "between rows); they are kept, not deleted:", "",
                                 len(report.broken)))
            lines += [f"  {b.signup_uuid}: {b.reason}" for b in report.broken[:20]]
        else:
            lines.append(self.tr("Every seal is intact."))
        self._say("\n".join(lines))

    # -- bundles -------------------------------------------------------------------------------
    def _on_export_bundle(self) -> None:
        path = save_file_name(
            self, self.tr("Export a bundle for another kit"), str(Path.home() / "outreach-kit.bundle"),
            self.tr("Outreach Kit bundles (*.bundle);;All files (*)"))
        if not path:
            return
        try:
            result = export_bundle(self._kit, path)
        except KitError as error:
            QMessageBox.warning(self, self.tr("No bundle written"), literal_text(error.message))
            return
        wrote = (self.tr("Wrote %1: %2 events, %3 sign-ups (%4 sealed), %5 prints.")
                 if result.authenticated else
                 self.tr("Wrote %1: %2 events, %3 sign-ups (%4 sealed), %5 prints. Not "
                         "authenticated: this kit is not protected, so the receiving kit can only "
                         "check that the file is undamaged."))
        self._show_bundle_result(
            arg(wrote, Path(result.path).name, result.events, result.signups, result.sealed,
                result.handouts))

    def _on_import_bundle(self) -> None:
        path = open_file_name(
            self, self.tr("Import a bundle"), str(Path.home()),
            self.tr("Outreach Kit bundles (*.bundle);;All files (*)"))
        if not path:
            return
        if not is_bundle(path):
            QMessageBox.warning(self, self.tr("Not a bundle"),
                                literal_text(self.tr("%1 is not an Outreach Kit bundle. For CSV files use "
                                        "Import… on the Contacts tab.").replace("%1", Path(path).name)))
            return
        kit, bundle = self._kit, Path(path)

        def work(progress, cancel: threading.Event):
            return import_bundle(kit, bundle, progress=progress, cancel=cancel.is_set)

        self._importing = bundle
        self._set_importing(True)
        self._show_bundle_result(self.tr("Importing %1…").replace("%1", bundle.name))
        self._importer.start(work, store=kit.store)

    def _set_importing(self, running: bool) -> None:
        self.bundle_progress.setVisible(running)
        if running:
            self.bundle_progress.setRange(0, 0)  # busy until the first batch says how many
            self.bundle_progress.setValue(0)
        self.cancel_import_button.setVisible(running)
        self.cancel_import_button.setEnabled(running)
        # Nothing else that writes or removes sign-ups while the import runs.
        for button in (self.import_bundle_button, self.export_bundle_button, self.purge_button,
                       self.wipe_button):
            button.setEnabled(not running)

    def _on_import_progressed(self, done: int, total: int) -> None:
        self.bundle_progress.setRange(0, max(total, 1))
        self.bundle_progress.setValue(done)

    def _on_cancel_import(self) -> None:
        self._importer.cancel()
        self.cancel_import_button.setEnabled(False)
        self._show_bundle_result(self.tr("Cancelling… everything imported so far is taken back."))

    def _on_bundle_imported(self, report) -> None:
        self._set_importing(False)
        name = self._importing.name if self._importing is not None else ""
        lines = [arg(self.tr("Imported %1: %2 new sign-ups, %3 already here, %4 new events, "
                             "%5 prints."), name, report.signups_added, report.known,
                     report.events_created, report.handouts_added)]
        lines += [arg(self.tr("Row %1: %2"), number, reason)
                  for number, reason in report.errors[:10]]
        lines += report.warnings
        self._show_bundle_result("\n".join(lines))
        self.reload()
        self.data_changed.emit()

    def _on_import_stopped(self, message: str) -> None:
        self._set_importing(False)
        self._show_bundle_result(f"⚠ {message}")
        self.reload()
        self.data_changed.emit()  # whatever a batch had shown is gone again

    def _on_import_failed(self, message: str) -> None:
        self._set_importing(False)
        self._show_bundle_result(f"⚠ {message}")
        QMessageBox.warning(self, self.tr("Nothing imported"), literal_text(message))

    @property
    def importing(self) -> bool:
        return self._importer.busy

    @property
    def busy(self) -> bool:
        """True while a bundle import runs."""
        return self._importer.busy

    def shutdown(self) -> None:
        """The window closes: a running import is cancelled (the service undoes it) and waited
        for, so the worker never reports to a page that is gone."""
        if self._importer.busy:
            self._importer.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)

    def _show_bundle_result(self, text: str) -> None:
        self.bundle_result.setText(text)
        self.bundle_result.show()

    # -- retention -----------------------------------------------------------------------------
    def _on_purge(self) -> None:
        days = retention.retention_days(self._kit)
        try:
            count = len(retention.purgeable_ids(self._kit, days))
        except KitError as error:
            QMessageBox.warning(self, self.tr("Purge"), literal_text(error.message))
            return
        if not count:
            QMessageBox.information(
                self, self.tr("Nothing to purge"),
                literal_text(self.tr(
                    "No sign-up older than %1 days has been confirmed by every sync target (or "
                    "seen by a full export), so nothing would be removed.").replace("%1", str(days))))
            return
        answer = QMessageBox.question(
            self, self.tr("Purge personal data"),
            literal_text((self.tr(
                     "Remove the personal data (names, emails, phones, postal codes, notes) of %n "
                     "sign-up older than %1 days that are safely in every sync target or a full "
                     "export? Counts, interests and consent answers stay. This cannot be undone.",
                     "", count) if count == 1 else
             self.tr("Remove the personal data (names, emails, phones, postal codes, notes) of %n "
                     "sign-ups older than %1 days that are safely in every sync target or a full "
                     "export? Counts, interests and consent answers stay. This cannot be undone.",
                     "", count)).replace("%1", str(days))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            report = retention.purge(self._kit, days)
        except KitError as error:
            QMessageBox.warning(self, self.tr("Not purged"), literal_text(error.message))
            return
        QMessageBox.information(
            self, self.tr("Purged"),
            literal_text(arg(self.tr("Removed the personal data of %1 sign-ups (%2 contacts)."),
                             report.signups, report.contacts)))
        self.reload()
        self.data_changed.emit()

    # -- kiosk ---------------------------------------------------------------------------------
    def _on_set_pin(self) -> None:
        pin = self._lock.pin
        if pin.is_set() and not ask_pin(pin, self.tr("Enter the current PIN to change it"), self):
            return
        dialog = SetPinDialog(pin, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def _on_kiosk_mode(self, on: bool) -> None:
        # Turning it on asks for the PIN, so nobody locks the table with a PIN they do not know;
        # turning it off needs none: whoever is here already passed the PIN to get in.
        if on and not ask_pin(self._lock.pin, self.tr("Turn kiosk mode on"), self):
            self.reload()
            return
        try:
            self._lock.set_kiosk_mode(on)
        except KitError as error:
            QMessageBox.warning(self, self.tr("Kiosk mode"), literal_text(error.message))
        self.reload()

    def _on_inactivity(self, seconds: int) -> None:
        kiosk_pin.set_inactivity_seconds(self._kit.settings, seconds)
        self._lock.set_inactivity_interval(seconds)

    # -- wipe ----------------------------------------------------------------------------------
    def _on_wipe(self) -> None:
        dialog = WipeDialog(self._lock.pin, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        log.warning("Emergency wipe started from the Protect tab")
        report = retention.wipe(self._kit)
        lines = [self.tr("The keys were destroyed (crypto-erase).") if report.crypto_erased else
                 self.tr("The keys could not be overwritten (damaged database); the files were "
                         "deleted.")]
        lines += [self.tr("Removed %1 files and folders.").replace("%1", str(len(report.removed)))]
        if report.left:
            lines += [self.tr("NOT removed (delete by hand):")] + [f"  {path}" for path in report.left]
        lines += ["", self.tr("What no program can guarantee:")]
        lines += [f"• {n}" for n in report.not_guaranteed]
        QMessageBox.warning(self, self.tr("Wiped: Outreach Kit will close"), literal_text("\n".join(lines)))
        self.wiped.emit()

