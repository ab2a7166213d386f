"""Issue 21: Qt's file dialog remembers the folders it visited in Qt's own settings, by default
the user's shared ~/.config/QtProject.conf, which `wipe` left behind. The app keeps Qt's
settings in its data dir, saves no folder history there, and `wipe` removes it (and drops the
history older versions left in the shared file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, QTimer

from kit.services.retention import forget_qt_folder_history, wipe
from kit.ui import file_dialogs


def test_the_dialogs_folder_history_stays_in_the_data_dir_and_goes_with_a_wipe(
        qtbot, kit, tmp_path):
    shared = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    secret = tmp_path / "Signups of Ayesha Khan"
    secret.mkdir()
    try:
        file_dialogs.keep_qt_settings_in(kit.paths.qt_settings)
        QTimer.singleShot(200, lambda: QCoreApplication.instance().activeModalWidget().reject())
        assert file_dialogs.open_file_name(None, "Open", str(secret)) == ""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Qt saves now
        saved = kit.paths.qt_settings / "QtProject.conf"
        assert saved.is_file()
        settings = QSettings(str(saved), QSettings.Format.IniFormat)
        assert settings.value("FileDialog/history") is None
        assert settings.value("FileDialog/lastVisited") is None
        assert "Ayesha" not in saved.read_text(encoding="utf-8")
    finally:
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, shared)
    report = wipe(kit)
    assert not kit.paths.qt_settings.exists()
    assert kit.paths.qt_settings not in report.left


def test_wipe_drops_the_folder_history_older_versions_left_in_the_shared_file(tmp_path):
    shared = tmp_path / "QtProject.conf"
    shared.write_text(
        "[FileDialog]\nhistory=file:///home/v/Signups%20of%20Ayesha\n"
        "lastVisited=file:///home/v/Signups%20of%20Ayesha\nviewMode=Detail\n"
        "[Other]\nhistory=kept\n", encoding="utf-8")
    assert forget_qt_folder_history(shared) == shared
    assert shared.read_text(encoding="utf-8") == (
        "[FileDialog]\nviewMode=Detail\n[Other]\nhistory=kept\n")
    assert forget_qt_folder_history(shared) is None  # nothing left to drop
