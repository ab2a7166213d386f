"""The quiet background sync's rules and the session's keys (kit.services.background_sync),
without Qt: when the quiet retry starts, which targets Sync now asks keys for, which targets a
sync paused, and that the secret store is made on first use and then kept. The protected-kit
cases drive the session's clock by hand (no sleeping)."""

from __future__ import annotations

import pytest

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import background_sync, protection
from kit.services.background_sync import (
    QuietSkip,
    SessionSecrets,
    keys_to_ask_for,
    newly_paused,
    paused_target_ids,
    quiet_report_worth_showing,
    quiet_sync_skip,
    sync_targets,
)
from kit.services.signups import record_signup
from kit.services.targets import add_target, list_targets, set_enabled
from kit.store.models import SyncTarget
from kit.sync.engine import SyncReport, TargetReport
from kit.sync.secrets import MemorySecretStore

PASS = "correct horse battery staple"
URL = "https://crm.example.org"


def add(kit, name: str, kind: str = "actionnetwork", *, enabled: bool = True):
    add_target(kit, name, kind, URL, secret="k", secrets=MemorySecretStore(), enabled=enabled)
    return next(t for t in list_targets(kit) if t.name == name)


def pause(kit, target, reason: str = "401 Unauthorized: the key was rejected") -> None:
    SyncTarget.update(paused_reason=reason).where(SyncTarget.id == target.id).execute()


def sign_up(kit, first_name: str = "Ayesha") -> None:
    record_signup(kit, SignupForm(first_name=first_name, email=f"{first_name.lower()}@example.org",
                                  consent_email=True))


def never_made() -> MemorySecretStore:
    raise AssertionError("the keyring was read although nothing could be sent")


def test_the_quiet_retry_starts_only_when_rows_wait_and_their_key_is_at_hand(kit_with_event):
    kit = kit_with_event
    untouched = SessionSecrets(make=never_made)
    assert quiet_sync_skip(kit, untouched) is QuietSkip.NOTHING_READY  # no target at all
    target = add(kit, "AN")
    assert quiet_sync_skip(kit, untouched) is QuietSkip.NOTHING_READY  # nothing waits
    assert not untouched.made
    sign_up(kit)
    store = MemorySecretStore()
    keys = SessionSecrets(store)
    assert quiet_sync_skip(kit, keys) is QuietSkip.NOTHING_READY  # the key is not at hand
    store.set(target.uuid, "token")
    assert quiet_sync_skip(kit, keys) is None

    set_enabled(kit, target, False)  # turned off: its rows wait for it, nothing goes
    assert quiet_sync_skip(kit, keys) is QuietSkip.NOTHING_READY
    set_enabled(kit, target, True)
    pause(kit, target)  # a rejected key is not retried behind the coordinator's back
    assert quiet_sync_skip(kit, keys) is QuietSkip.NOTHING_READY


def test_one_ready_target_is_enough_for_the_quiet_retry(kit_with_event):
    kit = kit_with_event
    without_key = add(kit, "AN")
    with_key = add(kit, "Hook", "webhook")
    sign_up(kit)
    keys = MemorySecretStore({with_key.uuid: "secret"})
    assert quiet_sync_skip(kit, SessionSecrets(keys)) is None
    assert [t.name for t in keys_to_ask_for(sync_targets(kit), keys)] == [without_key.name]


def test_the_quiet_retry_skips_a_locked_kit_and_deciding_is_not_activity(kit_with_event):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    target = add(kit, "AN")
    protection.lock(kit)
    sign_up(kit)  # sealed: a locked kit still takes sign-ups
    assert quiet_sync_skip(kit, SessionSecrets(make=never_made)) is QuietSkip.LOCKED
    keys = SessionSecrets(MemorySecretStore({target.uuid: "token"}))

    now = [1000.0]
    protection.unlock(kit, PASS, monotonic=lambda: now[0])
    assert quiet_sync_skip(kit, keys) is None
    relock = protection.relock_seconds(kit)
    for minute in (3, 6, 9):  # the timer looks every few minutes while nobody touches the kit
        now[0] = 1000.0 + minute * 60
        assert minute * 60 < relock
        assert quiet_sync_skip(kit, keys) is None
        assert kit.protection.last_used == 1000.0  # looking did not hold off the relock
    now[0] = 1000.0 + relock + 1
    assert quiet_sync_skip(kit, keys) is QuietSkip.LOCKED
    assert protection.mode(kit) == "locked"


def test_sync_now_goes_to_targets_that_are_on_and_not_paused_and_asks_missing_keys_in_order(
        kit_with_event):
    kit = kit_with_event
    first, second = add(kit, "First"), add(kit, "Second", "webhook")
    off = add(kit, "Off", enabled=False)
    paused = add(kit, "Paused")
    pause(kit, paused)
    assert [t.name for t in sync_targets(kit)] == ["First", "Second"]
    keys = MemorySecretStore({second.uuid: "have it", off.uuid: "x", paused.uuid: "y"})
    assert [t.id for t in keys_to_ask_for(sync_targets(kit), keys)] == [first.id]
    keys.set(first.uuid, "typed")
    assert keys_to_ask_for(sync_targets(kit), keys) == []


def test_newly_paused_names_what_this_sync_paused_and_is_still_on(kit_with_event):
    kit = kit_with_event
    old, fresh, fresh_off = add(kit, "Old"), add(kit, "Fresh"), add(kit, "FreshOff")
    pause(kit, old)
    before = paused_target_ids(kit)
    assert before == {old.id}
    pause(kit, fresh)
    pause(kit, fresh_off)
    set_enabled(kit, fresh_off, False)
    assert [t.name for t in newly_paused(list_targets(kit), before)] == ["Fresh"]
    assert newly_paused(list_targets(kit), paused_target_ids(kit)) == []


@pytest.mark.parametrize(("sent", "failed", "shown"), [(0, 0, False), (0, 3, False), (1, 0, True),
                                                       (2, 5, True)])
def test_the_quiet_retry_speaks_up_only_when_it_sent_something(sent, failed, shown):
    report = SyncReport([TargetReport("AN", "actionnetwork", sent=sent, failed=failed),
                         TargetReport("Hook", "webhook")])
    assert quiet_report_worth_showing(report) is shown


def test_the_session_store_is_made_on_first_use_and_kept(monkeypatch):
    made: list[MemorySecretStore] = []

    def make() -> MemorySecretStore:
        made.append(MemorySecretStore())
        return made[-1]

    # The app's default (the keyring when usable) is looked up when first needed.
    monkeypatch.setattr(background_sync, "default_secret_store", make)
    session = SessionSecrets()
    assert not session.made and made == []  # opening the window reads no keyring
    store = session.store()
    store.set("uuid-1", "typed once")
    assert session.made and made == [store]
    assert session.store() is store and session.store().get("uuid-1") == "typed once"
    assert len(made) == 1  # asked once per session: the typed key stays at hand


def test_a_given_store_is_used_as_it_is():
    given = MemorySecretStore({"uuid-1": "k"})
    session = SessionSecrets(given, make=lambda: pytest.fail("a given store is not replaced"))
    assert session.made and session.store() is given
