"""Issue 21: no file dialog of the app can rename, delete or make folders (a kiosk laptop stands
in front of strangers), and every dialog in kit/ui goes through kit.ui.file_dialogs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QListView, QToolButton

from kit.ui import file_dialogs

KIT_UI = Path(__file__).resolve().parents[2] / "kit" / "ui"


def test_no_file_dialog_in_kit_ui_bypasses_the_helper():
    offenders = []
    for source in sorted(KIT_UI.rglob("*.py")):
        if source.name == "file_dialogs.py" and source.parent == KIT_UI:
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"\bQFileDialog\b|\bgetOpenFileNames?\b|\bgetSaveFileName\b|"
                     r"\bgetExistingDirectory\b|\bQFileSystemModel\b", text):
            offenders.append(source.relative_to(KIT_UI).as_posix())
    assert offenders == [], f"use kit.ui.file_dialogs instead of QFileDialog in {offenders}"


@pytest.mark.parametrize("save", [False, True])
def test_the_helpers_dialogs_are_qts_own_and_read_only(qtbot, tmp_path, save):
    dialog = file_dialogs.file_dialog(None, "Choose", str(tmp_path), "All files (*)", save=save)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.ReadOnly)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == (QFileDialog.AcceptMode.AcceptSave if save
                                   else QFileDialog.AcceptMode.AcceptOpen)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QFileSystemModel).isReadOnly()
    button = dialog.findChild(QToolButton, file_dialogs.NEW_FOLDER_BUTTON)
    assert button is not None and not button.isVisible() and not button.isEnabled()
    for name in file_dialogs.CHANGING_ACTIONS:
        action = dialog.findChild(QAction, name)
        assert action is not None and not action.isEnabled() and not action.isVisible(), name


def test_the_delete_key_and_new_folder_change_nothing(qtbot, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    dialog = file_dialogs.file_dialog(None, "Choose", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 2, timeout=5000)
    view = dialog.findChild(QListView, "listView")
    proxy_or_model = view.model()
    index = model.index(str(tmp_path / "data"))
    if proxy_or_model is not model:
        index = proxy_or_model.mapFromSource(index)
    view.setCurrentIndex(index)
    view.setFocus()
    asked: list = []

    def refuse_any_question() -> None:  # should a confirmation appear, say no (and note it)
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not dialog:
            asked.append(modal)
            modal.reject()

    QTimer.singleShot(200, refuse_any_question)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)  # rename: no editor opens
    assert view.state() != QListView.State.EditingState
    dialog.findChild(QAction, "qt_new_folder_action").trigger()
    qtbot.wait(300)
    assert asked == []  # not even asked
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_open_and_save_return_the_chosen_path_or_nothing(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    seen: list = []

    def choose(dialog):  # the dialog is deleted once answered: note what it was now
        seen.append((dialog.acceptMode(), dialog.testOption(QFileDialog.Option.ReadOnly)))
        return str(target)

    monkeypatch.setattr(file_dialogs, "choose_file", choose)
    assert file_dialogs.save_file_name(None, "Save", str(target), "PDF files (*.pdf)") == str(target)
    assert seen[-1] == (QFileDialog.AcceptMode.AcceptSave, True)
    assert file_dialogs.open_file_name(None, "Open", str(tmp_path)) == str(target)
    assert seen[-1] == (QFileDialog.AcceptMode.AcceptOpen, True)

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog):
            modal.reject()
        else:
            QTimer.singleShot(20, cancel)

    monkeypatch.undo()
    QTimer.singleShot(0, cancel)
    assert file_dialogs.open_file_name(None, "Open", str(tmp_path)) == ""


@pytest.fixture
def qt_settings_in(tmp_path):
    """Qt's own settings files (QtProject.conf) in a throwaway folder for this test."""
    from PySide6.QtCore import QSettings, QStandardPaths

    before = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, before)


def test_no_folder_is_remembered_in_qts_settings(qtbot, tmp_path, qt_settings_in):
    """Qt's dialog keeps the folders it visited in QtProject.conf, which a wipe of the kit does
    not reach: the helper's dialogs leave none there."""
    from PySide6.QtCore import QSettings

    secret_folder = tmp_path / "exports-for-the-campaign"
    secret_folder.mkdir()

    def wander_then_cancel() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QFileDialog):
            QTimer.singleShot(20, wander_then_cancel)
            return
        modal.setDirectory(str(secret_folder))
        modal.reject()

    QTimer.singleShot(0, wander_then_cancel)
    assert file_dialogs.save_file_name(None, "Save", str(tmp_path / "a.csv")) == ""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    written = (qt_settings_in / "QtProject.conf").read_text(encoding="utf-8") \
        if (qt_settings_in / "QtProject.conf").exists() else ""
    assert "exports-for-the-campaign" not in written
    assert settings.value("FileDialog/history") in (None, [], "")
    assert settings.value("FileDialog/lastVisited") in (None, "")
