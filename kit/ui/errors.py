"""Unexpected errors: logged, then shown as a dialog that says what to do; the app stays up.

The dialog's texts are translatable (context "Errors"); `show_fatal` shows what its caller
already translated.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

# QMessageBox is imported where a box is shown: its enums (seven Python enum classes) would
# otherwise be made at every start-up, before the first frame, for a dialog that rarely shows.

log = logging.getLogger(__name__)


def install_excepthook(log_dir: Path) -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the log and a dialog."""

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox

        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Something went wrong"),
                          translate("Errors", "Outreach Kit hit an unexpected problem. Every "
                                    "sign-up that showed “Thank you” is saved."))
        box.setInformativeText(translate(
            "Errors", "You can keep working. If it happens again, close and reopen the app. "
            "Details for whoever maintains the kit are in the log folder:\n%1",
        ).replace("%1", str(log_dir)))
        box.setDetailedText("".join(traceback.format_exception_only(kind, value)))
        from kit.ui.plain_text import plain_message_box

        plain_message_box(box).exec()  # a folder's name is shown as it is

    sys.excepthook = hook


def show_fatal(title: str, message: str) -> None:
    """A message box for errors that stop the app from starting."""
    from PySide6.QtWidgets import QMessageBox

    from kit.ui.plain_text import literal_text

    QMessageBox.critical(None, title, literal_text(message))
