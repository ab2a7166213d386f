"""The passphrase dialog that unlocks a protected kit for this session (held in memory only).

Its texts are translatable (`self.tr`, context "UnlockDialog").
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.services import protection
from kit.services.kit import Kit

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for the passphrase; accepted once the kit is unlocked. Never keeps the text."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.report: protection.UnlockReport | None = None
        self.setWindowTitle(self.tr("Unlock sign-ups"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Sign-ups on this kit are sealed. Enter the coordinator's passphrase to "
                              "read them; they stay in memory only and lock again when the kit "
                              "sits idle."))
        hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel("")
        self.error.setObjectName("FieldError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_unlock)
        buttons.rejected.connect(self.reject)
        for widget in (hint, self.passphrase, self.error, buttons):
            layout.addWidget(widget)

    def _on_unlock(self) -> None:
        text = self.passphrase.text()
        self.passphrase.clear()  # the widget keeps nothing once we have tried
        try:
            self.report = protection.unlock(self._kit, text)
        except KitError as error:
            self.error.setText(error.message)
            return
        finally:
            del text
        if self.report.broken:
            lines = "\n".join(f"{b.signup_uuid}: {b.reason}" for b in self.report.broken[:20])
            QMessageBox.warning(
                self, self.tr("Some sign-ups did not open"),
                self.tr("%n sealed sign-ups did not open (changed on disk or moved between rows). "
                        "They are kept, not deleted:\n\n%1", "", len(self.report.broken),
                        ).replace("%1", lines),
            )
        self.accept()
