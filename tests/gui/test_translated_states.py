"""Issue 23 leftovers: states and refusals the volunteer side shows in its own language, not the
services' English words (the protection mode's enum value, KitLocked's sentence)."""

from __future__ import annotations

import pytest

from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.settings import UI_LANGUAGE_SETTING
from kit.ui.contacts.export_dialog import ExportDialog
from kit.ui.i18n import apply_interface_language
from kit.ui.shell.main_window import MainWindow

PASS = "correct horse"


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    apply_interface_language("en")  # the translator is the application's, shared by all tests


def protect_status(qtbot, kit) -> str:
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.show_volunteer_area()
    win.protect.reload()
    return win.protect.status.text()


@pytest.mark.parametrize(("code", "locked", "unlocked", "english"), [
    ("es", "Activada — bloqueado.", "Activada — desbloqueado.", "locked"),
    ("ur", "آن — بند۔", "آن — کھلا۔", "locked"),
])
def test_the_protect_tab_says_its_mode_in_the_volunteers_language(
        qtbot, kit_with_event, code, locked, unlocked, english):
    protection.init_protection(kit_with_event, PASS, kdf=KdfParams(n=2**14))
    kit_with_event.settings.set(UI_LANGUAGE_SETTING, code)  # the window applies it
    text = protect_status(qtbot, kit_with_event)
    assert text.startswith(unlocked), text
    protection.lock(kit_with_event)
    text = protect_status(qtbot, kit_with_event)
    assert text.startswith(locked), text
    assert english not in text  # the enum's own word ("locked"/"unlocked") is not shown


def test_the_protect_tab_in_english_still_names_the_mode(qtbot, kit_with_event):
    protection.init_protection(kit_with_event, PASS, kdf=KdfParams(n=2**14))
    protection.lock(kit_with_event)
    assert protect_status(qtbot, kit_with_event).startswith("On — locked. Coordinator")


def test_a_locked_export_says_why_in_spanish(qtbot, kit_with_event):
    protection.init_protection(kit_with_event, PASS, kdf=KdfParams(n=2**14))
    protection.lock(kit_with_event)
    apply_interface_language("es")
    dialog = ExportDialog(kit_with_event)
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    text = dialog.count_label.text()
    assert text.startswith("⚠ Exportar necesita los contactos sellados"), text
    assert "Desbloquear…" in text and "Exporting" not in text and "--passphrase-env" not in text
    assert not dialog.export_button.isEnabled()


def test_a_locked_export_on_a_table_laptop_says_it_cannot_read(qtbot, kit_with_event, tmp_path):
    import json

    from kit.protect.keys import new_ring

    ring, _private = new_ring(PASS, KdfParams(n=2**10), "2026-06-14T10:00:00+00:00")
    key_file = tmp_path / "public-key.json"
    key_file.write_text(json.dumps(ring.public_file()), encoding="utf-8")
    protection.init_public_only(kit_with_event, key_file)
    dialog = ExportDialog(kit_with_event)
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    assert "table laptop cannot read" in dialog.count_label.text()
