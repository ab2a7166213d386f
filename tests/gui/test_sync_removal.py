"""The Sync tab after a removal: Sync now passes it on to the service and the result says so,
with what the service cannot delete (issue 21, "Removal is a promise")."""

from __future__ import annotations

import pytest

from kit.services import sync as sync_service
from kit.services.removal import remove_person
from kit.services.targets import add_target
from kit.sync.secrets import LayeredSecretStore
from kit.ui.sync.page import SyncPage
from tests.fakecrm import FakeCRM
from tests.fakecrm.helpers import add_people

SYNC_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test reached for the real keyring")

    monkeypatch.setattr("kit.services.background_sync.default_secret_store", LayeredSecretStore)
    monkeypatch.setattr("kit.services.targets.default_secret_store", refuse)
    monkeypatch.setattr("kit.services.sync.default_secret_store", refuse)


def test_sync_now_passes_a_removal_on_and_says_what_the_service_keeps(qtbot, kit_with_event):
    kit = kit_with_event
    with FakeCRM(lifetime_s=120) as crm:
        page = SyncPage(kit, secrets=LayeredSecretStore())
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()
        qtbot.waitExposed(page)
        saved = add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
                           secrets=page.secrets, rate=0)
        [email] = add_people(kit, 1)
        sync_service.run_sync(kit, secrets=page.secrets)
        assert crm.person_by_email(email)["emails"] == {email: "subscribed"}
        remove_person(kit, email=email)
        page.reload()
        assert "removals to pass on: 1" in page.dry_run_label.text()

        with qtbot.waitSignal(page.sync_finished, timeout=SYNC_TIMEOUT_MS):
            page.sync_button.click()
        qtbot.waitUntil(lambda: not page.busy, timeout=SYNC_TIMEOUT_MS)

        assert crm.person_by_email(email)["emails"] == {email: "unsubscribed"}
        text = page.result.text()
        assert "removals passed on: 1" in text, text
        assert "AN: Action Network" in text and "cannot delete a person" in text
        assert saved.target.name == "AN"
