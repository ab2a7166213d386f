"""The dialog shown when the database is damaged at start: say so, offer the latest good backup.

Restoring goes through kit.services.recovery, which moves the damaged file (and its -wal/-shm)
into `damaged/` first and never overwrites or deletes it. The dialog only asks and reports; its
texts are translatable (`self.tr`).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.paths import Paths
from kit.services.recovery import BackupCheck, RestoreResult, restore_backup
from kit.ui.plain_text import PlainLabel

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    """Damaged database: "Restore the latest good backup" or "Quit". Accepted after a restore."""

    def __init__(self, paths: Paths, problem: str, backup: BackupCheck | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outreach Kit: the sign-up database is damaged"))
        self.setMinimumWidth(560)
        self._paths = paths
        self._backup = backup
        self.result_info: RestoreResult | None = None

        layout = QVBoxLayout(self)
        title = PlainLabel(self.tr("The sign-up database cannot be used as it is."))
        title.setObjectName("Title")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.problem_label = PlainLabel(self.tr("SQLite's check says: %1").replace("%1", problem))
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)

        if backup is not None:
            when = f"{backup.backup.created_at:%A %d %B %Y, %H:%M}"
            count = backup.signups or 0
            offer = (self.tr("The latest good backup is from %1, with %n sign-up. Sign-ups made "
                             "after it are not in it.", "", count) if count == 1 else
                     self.tr("The latest good backup is from %1, with %n sign-ups. Sign-ups made "
                             "after it are not in it.", "", count)).replace("%1", when)
        else:
            offer = self.tr("There is no good backup in %1. Ask whoever looks after the kit for "
                            "help; do not delete anything.").replace("%1", str(paths.backups))
        self.offer_label = PlainLabel(offer)
        self.offer_label.setWordWrap(True)
        layout.addWidget(self.offer_label)
        kept = PlainLabel(self.tr("The damaged file is not deleted: it is moved into %1, where it can "
                              "still be examined.").replace("%1", str(paths.quarantine)))
        kept.setObjectName("Subtitle")
        kept.setWordWrap(True)
        layout.addWidget(kept)
        self.message = PlainLabel("")
        self.message.setObjectName("Banner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore the latest good backup"), self)
        self.restore_button.setObjectName("Primary")
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        if backup is not None:
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:  # nothing to offer: the button is not shown at all (the box would show it again)
            self.restore_button.setEnabled(False)
            self.restore_button.hide()
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        (self.restore_button if backup is not None else self.quit_button).setDefault(True)

    def _on_restore_clicked(self) -> None:
        assert self._backup is not None
        try:
            self.result_info = restore_backup(self._paths, self._backup.backup.path)
        except (KitError, OSError) as error:
            log.error("Restore failed: %s", error)
            text = error.message if isinstance(error, KitError) else str(error)
            self.message.setText(self.tr("The backup could not be restored: %1").replace("%1", text))
            self.message.show()
            return
        self.accept()
