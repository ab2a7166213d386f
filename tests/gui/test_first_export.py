"""The first Export on a fresh machine, where ~/Documents does not exist yet (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kit.ui.contacts.export_dialog import ExportDialog
from kit.ui.folders import documents_folder
from tests.fakecrm.helpers import add_people


def test_the_first_export_works_without_a_documents_folder(qtbot, kit_with_event, tmp_path,
                                                           monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    add_people(kit_with_event, 2)
    dialog = ExportDialog(kit_with_event)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("csv")
    target = dialog.path.text()
    assert target.startswith(str(home))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert done.args[0].count == 2
    assert (home / "Documents").is_dir() and (home / "Documents" / target.rsplit("/", 1)[1]).is_file()


def test_when_documents_cannot_be_made_the_home_folder_is_suggested(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / "Documents").write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert documents_folder() == home
