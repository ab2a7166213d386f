"""Protected mode in the app: it starts locked, lists nothing, unlocks with the passphrase,
reports sign-ups that did not open, and takes contacts off the screen when it relocks."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.signups import record_signup
from kit.store.models import Signup
from kit.ui.protect.unlock_dialog import UnlockDialog
from kit.ui.shell.main_window import MainWindow

PASS = "correct horse battery staple"


def protected_kit(kit):
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    protection.lock(kit)
    for name in ("Ayesha", "Bilal"):
        record_signup(kit, SignupForm(first_name=name, email=f"{name.lower()}@example.org"))
    return kit


def test_a_locked_kit_starts_and_unlocks_in_the_app(qtbot, kit_with_event, monkeypatch):
    kit = protected_kit(kit_with_event)
    win = MainWindow(kit)
    qtbot.addWidget(win)
    page = win.volunteer.contacts
    assert page.model.locked and page.model.rowCount() == 0
    assert "unlock" in page.count_label.text().lower() and not page.unlock_button.isHidden()

    dialog = UnlockDialog(kit, win)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock_button.click()
    assert dialog.passphrase.text() == ""  # cleared at once, while the worker tries it
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.error.text() == "wrong passphrase" and dialog.passphrase.text() == ""
    assert protection.mode(kit) == "locked"

    seen = []
    dialog._runner.progressed.connect(lambda done, total: seen.append((done, total)))
    dialog.passphrase.setText(PASS)
    dialog.unlock_button.click()
    assert dialog.progress.isVisibleTo(dialog) and not dialog.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == UnlockDialog.DialogCode.Accepted, timeout=10_000)
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)  # the bar went from none to all
    page.reload()
    assert page.model.rowCount() == 2 and page.unlock_button.isHidden()

    protection.lock(kit)  # on demand, or after idle minutes
    win.refresh_status()
    assert page.model.rowCount() == 0 and page.model.locked


def test_seals_that_do_not_open_are_shown_not_dropped(qtbot, kit_with_event, monkeypatch):
    kit = protected_kit(kit_with_event)
    row = Signup.select().order_by(Signup.id).first()
    blob = bytearray(row.sealed)
    blob[-3] ^= 0x10
    Signup.update(sealed=bytes(blob)).where(Signup.id == row.id).execute()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = UnlockDialog(kit)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASS)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert len(shown) == 1 and row.uuid in shown[0]
    assert dialog.report.opened == 1


def test_a_table_laptop_never_offers_to_unlock(qtbot, kit_with_event, tmp_path):
    """A table laptop holds the coordinator's public key only: Contacts says the sign-ups are
    sealed for the coordinator and offers no Unlock (nobody types the secret into it)."""
    import json

    from kit.protect.keys import new_ring

    ring, _private = new_ring(PASS, KdfParams(n=2**10), "2026-06-14T10:00:00+00:00")
    key_file = tmp_path / "public-key.json"
    key_file.write_text(json.dumps(ring.public_file()), encoding="utf-8")
    protection.init_public_only(kit_with_event, key_file)
    record_signup(kit_with_event, SignupForm(first_name="Ayesha", email="ayesha@example.org"))
    win = MainWindow(kit_with_event)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    win.show_volunteer_area()
    page = win.volunteer.contacts
    assert page.model.locked and page.unlock_button.isHidden()
    assert "table laptop" in page.count_label.text()
    assert not win.protect.unlock_button.isVisibleTo(win.protect)


def test_the_unlock_dialog_stays_inside_the_screen_with_a_long_message(qtbot, kit_with_event):
    from tests.gui.screen_fit import layout_problems

    kit = protected_kit(kit_with_event)
    dialog = UnlockDialog(kit)
    qtbot.addWidget(dialog)
    dialog.error.setText("⚠ " + "This kit cannot open its sign-ups here, " * 6)
    dialog.show()
    assert dialog.minimumSizeHint().width() <= 1024
    hint = dialog.sizeHint()
    dialog.resize(min(hint.width(), 1024), min(hint.height(), 600))
    qtbot.wait(20)
    assert layout_problems(dialog) == []
