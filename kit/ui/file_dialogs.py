"""Every open and save dialog of the app, through one door: no rename, no delete, no new folder.

A kiosk laptop stands in front of strangers. Qt's own file dialog lets whoever holds the mouse
rename and delete files and folders (its context menu, the Delete key, drag and drop) and make
new folders, the kit's data folder included; a platform's native dialog (GTK, a desktop portal)
may do the same and ignores Qt's options. So every dialog here is Qt's own (`DontUseNativeDialog`)
and read-only (`ReadOnly`: "If this property is set to false, the file dialog will allow
renaming, and deleting of files and directories and creating directories", Qt's QFileDialog
documentation); its New Folder button and its rename, delete and new-folder actions are also
hidden and disabled, should a Qt version enable one of them regardless. Choosing a file to open
or a name to save under still works; whatever is saved is written by the caller, not by the
dialog.

Qt's own dialog remembers the folders it visited in its settings file (QtProject.conf); every
dialog here forgets them as it closes (`forget_folders`; also when a dialog made here is
destroyed some other way). The app keeps that file in its data dir, not in the user's shared
config folder (`keep_qt_settings_in`), so it is private and goes with a wipe; `wipe` also drops
the history older versions left in the shared file (kit.services.retention).

Nothing else in kit/ui may use QFileDialog (tests/gui/test_file_dialogs.py checks the sources).
Tests answer a dialog by replacing `choose_file`, which shows it and returns the chosen path.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QToolButton, QWidget

SAFE_OPTIONS = QFileDialog.Option.ReadOnly | QFileDialog.Option.DontUseNativeDialog
# Object names Qt gives the parts of its own dialog that change the file system.
CHANGING_ACTIONS = ("qt_new_folder_action", "qt_rename_action", "qt_delete_action")
NEW_FOLDER_BUTTON = "newFolderButton"
# What Qt's own dialog keeps in QtProject.conf that says where files were (forget_folders).
REMEMBERED_FOLDERS = ("history", "lastVisited")


def file_dialog(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "",
                *, save: bool = False) -> QFileDialog:
    """A read-only Qt file dialog (module docstring), to open an existing file or, with `save`,
    to choose a name to save under. `directory` may end in a suggested file name."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOptions(SAFE_OPTIONS)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    for name in CHANGING_ACTIONS:
        action = dialog.findChild(QAction, name)
        if action is not None:
            action.setEnabled(False)
            action.setVisible(False)
    # However it goes (a caller that deletes it later), Qt writes the folders as it is destroyed.
    dialog.destroyed.connect(forget_folders)
    button = dialog.findChild(QToolButton, NEW_FOLDER_BUTTON)
    if button is not None:
        button.setEnabled(False)
        button.hide()
    return dialog


def choose_file(dialog: QFileDialog) -> str:
    """Show the dialog and wait: the chosen path, or "" when the person cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def forget_folders() -> None:
    """Remove the folders Qt's dialog remembers in its own settings file (QtProject.conf in the
    user's config folder: `history`, `lastVisited`), which named where a coordinator keeps
    exports and bundles long after the kit itself was wiped."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in REMEMBERED_FOLDERS:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def keep_qt_settings_in(folder: Path) -> None:
    """From now on, Qt's own settings of this process (the file dialog's) go to `folder`
    (created private) instead of the user's shared Qt settings."""
    from kit.paths import make_private_dir

    make_private_dir(folder)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def _ask(dialog: QFileDialog) -> str:
    try:
        return choose_file(dialog)
    finally:
        # Deleted now, not later: Qt writes the folder history as the dialog is destroyed.
        shiboken6.delete(dialog)
        forget_folders()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """The path of an existing file the person chose, or "" when they cancelled."""
    return _ask(file_dialog(parent, caption, directory, name_filter))


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """The path to save under that the person chose (the dialog asks before replacing a file),
    or "" when they cancelled."""
    return _ask(file_dialog(parent, caption, directory, name_filter, save=True))
