"""The Sync tab's quiet background retry on a protected kit: skipped while locked (no error, no
worker), and delivering sealed sign-ups from the vault once unlocked."""

from __future__ import annotations

import pytest

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.signups import record_signup
from kit.services.targets import add_target, list_targets
from kit.sync.secrets import LayeredSecretStore, MemorySecretStore
from kit.ui.sync.page import SyncPage
from tests.fakecrm import FakeCRM

PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test reached for the real keyring")

    monkeypatch.setattr("kit.services.background_sync.default_secret_store", LayeredSecretStore)
    monkeypatch.setattr("kit.services.targets.default_secret_store", refuse)
    monkeypatch.setattr("kit.services.sync.default_secret_store", refuse)


@pytest.fixture
def crm():
    with FakeCRM(lifetime_s=120) as server:
        yield server


def test_the_quiet_retry_skips_a_locked_kit_and_syncs_an_unlocked_one(qtbot, kit_with_event, crm):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore(), rate=0)
    record_signup(kit, SignupForm(first_name="Ayesha", email="a@example.org", consent_email=True))
    protection.lock(kit)
    page = SyncPage(kit, secrets=LayeredSecretStore())
    qtbot.addWidget(page)
    page.secrets.set(list_targets(kit)[0].uuid, crm.an_token)

    failures: list[str] = []
    page.runner.failed.connect(lambda message, _quiet: failures.append(message))
    assert page.sync_quietly() is False  # locked: nothing starts, nothing is shown
    assert not page.busy and not page.result.isVisible() and not crm.requests and not failures

    protection.unlock(kit, PASS)
    with qtbot.waitSignal(page.sync_finished, timeout=30_000):
        assert page.sync_quietly() is True
    qtbot.waitUntil(lambda: not page.busy)
    assert len(crm.people) == 1 and crm.people[0]["given_name"] == "Ayesha"


def test_the_quiet_retry_is_not_activity_for_the_idle_relock(qtbot, kit_with_event, crm):
    """Issue 13: the background sync read the vault and so reset the 10-minute relock for ever
    while sign-ups waited. Now the kit relocks on time however often it retries."""
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    now = [1000.0]
    kit.protection.monotonic = lambda: now[0]
    kit.protection.touch()
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore(), rate=0)
    page = SyncPage(kit, secrets=LayeredSecretStore())
    qtbot.addWidget(page)
    page.secrets.set(list_targets(kit)[0].uuid, crm.an_token)
    for minute in (3, 6, 9):
        record_signup(kit, SignupForm(first_name=f"P{minute}", email=f"p{minute}@example.org",
                                      consent_email=True))
        kit.protection.last_used = 1000.0  # the kiosk's sign-up is not a coordinator's use
        now[0] = 1000.0 + minute * 60
        with qtbot.waitSignal(page.sync_finished, timeout=30_000):
            assert page.sync_quietly() is True
        qtbot.waitUntil(lambda: not page.busy)
        assert kit.protection.last_used == 1000.0
    now[0] = 1000.0 + 11 * 60
    assert protection.mode(kit) == "locked"
    assert len(crm.people) == 3


def test_the_window_s_quiet_timer_sends_nothing_from_a_locked_kit(qtbot, kit_with_event, crm):
    """Without the Sync tab too: a locked kit's sealed sign-ups wait, and nothing is built."""
    from kit.ui.shell.main_window import MainWindow

    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore(), rate=0)
    record_signup(kit, SignupForm(first_name="Ayesha", email="a@example.org", consent_email=True))
    protection.lock(kit)
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.sync_runner.secrets.set(list_targets(kit)[0].uuid, crm.an_token)
    win._sync_timer.timeout.emit()
    assert not win.sync_runner.busy and not crm.requests and win._volunteer is None
