"""Delete in Contacts is the removal use case (kit.services.removal), the same as
`outreach-kit contacts remove`: tombstones are kept, so an older bundle does not bring the
person back (issue 21, "Removal is a promise")."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kit.domain.signup import SignupForm
from kit.services import bundles
from kit.services.signups import record_signup
from kit.store.models import Contact, RemovedSignup
from kit.ui.shell.main_window import MainWindow


def test_delete_in_contacts_removes_for_good(qtbot, kit_with_event, monkeypatch, tmp_path):
    kit = kit_with_event
    amna = record_signup(kit, SignupForm(first_name="Amna", email="amna@example.org"))
    bundle = tmp_path / "table.bundle"
    bundles.export_bundle(kit, bundle)  # a table laptop that still holds her sign-up
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_volunteer_area()
    page = win.volunteer.contacts
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    page.delete_button.click()

    assert page.model.rowCount() == 0
    # her sign-up's UUID, and her contact's (which the kit's CSV and vCard exports name)
    assert sorted(r.uuid for r in RemovedSignup.select() if not r.uuid.startswith("c:")) == [
        amna.signup_uuid]
    assert RemovedSignup.select().count() == 2
    assert bundles.import_bundle(kit, bundle).removed == 1
    assert Contact.select().count() == 0
