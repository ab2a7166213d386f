"""The passphrase dialog that unlocks a protected kit for this session (held in memory only).

Its texts are translatable (`self.tr`, context "UnlockDialog").
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kit.services import protection
from kit.services.kit import Kit
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.workers import JobRunner

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for the passphrase; accepted once the kit is unlocked. Never keeps the text.

    Unlocking runs in a worker thread with a progress bar: opening each sealed sign-up costs a
    key agreement, so a season's 100,000 take seconds, and the window must not freeze.
    """

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.report: protection.UnlockReport | None = None
        self.setWindowTitle(self.tr("Unlock sign-ups"))
        layout = QVBoxLayout(self)
        hint = PlainLabel(self.tr("Sign-ups on this kit are sealed. Enter the coordinator's passphrase to "
                              "read them; they stay in memory only and lock again when the kit "
                              "sits idle."))
        hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = PlainLabel("")
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)  # a long reason on one line widened the dialog off-screen
        self.progress = QProgressBar(self)
        self.progress.setObjectName("unlock_progress")
        self.progress.setAccessibleName(self.tr("Sign-ups opened"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_unlock)
        self.buttons.rejected.connect(self.reject)
        for widget in (hint, self.passphrase, self.error, self.progress, self.buttons):
            layout.addWidget(widget)
        self._runner = JobRunner(self)
        self._runner.progressed.connect(self._on_progress)
        self._runner.succeeded.connect(self._on_unlocked)
        self._runner.failed.connect(self._on_failed)
        self._runner.cancelled.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def _on_unlock(self) -> None:
        if self.busy:
            return
        text = self.passphrase.text()
        self.passphrase.clear()  # the widget keeps nothing once we have tried
        kit = self._kit

        def work(progress, _cancel):
            return protection.unlock(kit, text, progress=progress)

        self.error.setText("")
        self._set_busy(True)
        # Once this returns, the job holds the only reference to the text, until it ends.
        self._runner.start(work, store=kit.store)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy)
        # Room for the bar: without this the wrapped hint above it is squeezed and cut off.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        if busy:
            self.progress.setRange(0, 0)  # the key derivation first: no count yet
            self.progress.setFormat(self.tr("Opening sign-ups…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = self.locale()  # 42,000 rather than 42000, as the language writes numbers
        self.progress.setFormat(arg(self.tr("%1 of %2 sign-ups opened"),
                                    locale.toString(done), locale.toString(total)))

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self.busy:  # the worker holds this dialog's runner: it closes once unlocking ends
            return
        super().reject()

    def _on_unlocked(self, report: protection.UnlockReport) -> None:
        self._set_busy(False)
        self.report = report
        if self.report.broken:
            lines = "\n".join(f"{b.signup_uuid}: {b.reason}" for b in self.report.broken[:20])
            QMessageBox.warning(
                self, self.tr("Some sign-ups did not open"),
                literal_text(self.tr(
                        "%n sealed sign-ups did not open (changed on disk or moved between rows). "
                        "They are kept, not deleted:\n\n%1", "", len(self.report.broken),
                        ).replace("%1", lines)),
            )
        self.accept()
