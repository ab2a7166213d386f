"""A seized, locked protected kit confirms no guess (issue 21).

Whoever holds the kit's files and a list of suspects, but not the passphrase, must find nothing
at rest that tests a guess: no hash of a person's request under a key kept in clear, no time
finer than the quarter hour.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kit.domain.signup import SignupForm
from kit.services import protection
from kit.services import sync as sync_service
from kit.services.people.sealed import VaultReader
from kit.services.signups import record_signup
from kit.services.targets import add_target, hash_key, list_targets
from kit.store.models import Outbox, Setting
from kit.sync import outbox
from kit.sync.engine import SyncOptions
from kit.sync.targets import adapter_for
from tests.fakecrm.helpers import FakeClock

PASS = "correct horse battery staple"


@pytest.fixture
def options() -> SyncOptions:
    return SyncOptions(clock=FakeClock(), rng=random.Random(0), max_wait_s=3600)


@pytest.fixture
def protected(kit_with_event):
    from kit.protect.keys import KdfParams

    protection.init_protection(kit_with_event, PASS, kdf=KdfParams(n=2**14))
    return kit_with_event  # left unlocked by init


def _guessed_records(kit):
    """What an attacker with a perfect guess would rebuild: each row's exact record."""
    reader = VaultReader(protection.readable_vault(kit))
    rows = outbox._record_query().tuples()
    return [reader(r) for r in outbox.with_history([outbox._to_record(row, kit.region)
                                                    for row in rows])]


def test_a_locked_kit_holds_no_request_hash_a_guess_can_be_checked_against(
        kit_with_event, crm, secrets, options):
    kit = kit_with_event
    # A clear kit first (its hash key is in its settings), synced, then protected.
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token, secrets=secrets,
               rate=0)
    record_signup(kit, SignupForm(first_name="Ayesha", email="a@example.org",
                                  consent_email=True))
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    clear_key = hash_key(kit)
    from kit.protect.keys import KdfParams

    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    assert Setting.get_or_none(Setting.key == "sync_hash_key") is None
    assert all(r.payload_hash == "" for r in Outbox.select())  # made under the clear key

    record_signup(kit, SignupForm(first_name="Bilal", email="b@example.org",
                                  consent_email=True))
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete, report.to_json()
    stored = {r.id: r.payload_hash for r in Outbox.select()}
    assert all(stored.values())
    guesses = _guessed_records(kit)
    unlocked_key = hash_key(kit)

    # Seized: the kit is locked; its files hold every setting there is.
    protection.lock(kit)
    readable = [bytes.fromhex(v) for (v,) in Setting.select(Setting.value).tuples()
                if isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v)]
    locked_key = hash_key(kit)
    assert locked_key != unlocked_key
    for config in list_targets(kit):
        for key in (locked_key, clear_key, b"", *readable):
            adapter = adapter_for(replace(config, hash_key=key))
            for record in guesses:
                plan = adapter.plan(record)
                assert plan.payload_hash != stored[record.outbox_id], key

    # Unlocked again, the same key comes back: nothing is re-sent.
    protection.unlock(kit, PASS)
    assert hash_key(kit) == unlocked_key
    again = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert again.total("sent") == 0, again.to_json()


def test_rotating_keys_keeps_the_request_hash_key(protected):
    kit = protected
    before = hash_key(kit)
    protection.rotate(kit, PASS)
    assert hash_key(kit) == before
    protection.lock(kit)
    protection.unlock(kit, PASS)
    assert hash_key(kit) == before


def test_lock_empties_the_vault_whoever_still_holds_it(protected):
    kit = protected
    record_signup(kit, SignupForm(first_name="Ayesha", email="a@example.org",
                                  consent_email=True))
    record_signup(kit, SignupForm(first_name="Bilal", phone="6125550101"))
    session = kit.protection
    vault = protection.readable_vault(kit)
    handed_out = vault.contacts()  # as a page or an export would hold them
    assert {c.first_name for c in handed_out} == {"Ayesha", "Bilal"}
    assert vault.identity_owner("a@example.org", "") is not None

    protection.lock(kit)

    assert kit.protection is None and session.private_keys == {}
    assert len(vault) == 0 and vault.broken == []
    assert handed_out == []  # the list the vault handed out is emptied in place
    assert vault.contacts() == [] and vault.search("Ayesha") == []
    assert vault.people() == [] and len(vault.people_by_signup()) == 0
    assert vault.identity_owner("a@example.org", "") is None


def test_the_command_line_and_the_app_start_without_core_dumps(tmp_path):
    import subprocess
    import sys

    script = (
        "import resource, sys\n"
        "from kit.cli import main\n"
        "from kit.protect.memory import is_dumpable\n"
        f"main(['--data-dir', {str(tmp_path / 'data')!r}, 'event', 'list'])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    expected = "None" if not sys.platform.startswith("linux") else "False"
    assert done.stdout.strip().splitlines()[-1] == f"(0, 0) {expected}"


def test_time_columns_keep_the_quarter_hour_only_once_the_kit_is_protected(kit_with_event):
    import datetime as dt

    from kit.store.models import Event

    kit = kit_with_event
    exact = dt.datetime(2026, 6, 14, 15, 7, 31, 123456)
    with kit.store.write():
        clear = Event.create(name="Clear", created_at=exact)
    assert str(Event.get_by_id(clear.id).created_at) == "2026-06-14 15:07:31.123456"

    from kit.protect.keys import KdfParams

    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    assert str(Event.get_by_id(clear.id).created_at) == "2026-06-14 15:00:00"  # floored
    receipt = record_signup(kit, SignupForm(first_name="Ayesha", email="a@example.org"))
    from kit.store.models import Signup

    signup_id = Signup.get(Signup.uuid == receipt.signup_uuid).id
    target = _a_target(kit)
    with kit.store.write():
        later = Event.create(name="Protected", created_at=exact)
        Outbox.insert(signup=signup_id, target=target, state="retry", updated_at=exact,
                      next_attempt_at=exact).execute()
    assert str(Event.get_by_id(later.id).created_at) == "2026-06-14 15:00:00"
    row = Outbox.get()
    assert (str(row.updated_at), str(row.next_attempt_at)) == (
        "2026-06-14 15:00:00", "2026-06-14 15:15:00")  # a retry is never due early
    with kit.store.write():
        Outbox.update(updated_at=exact.replace(minute=59)).execute()
    assert str(Outbox.get().updated_at) == "2026-06-14 15:45:00"


def _a_target(kit) -> int:
    from kit.domain.times import utc_now
    from kit.store.models import SyncTarget

    with kit.store.write():
        return SyncTarget.create(uuid="t", name="T", kind="webhook", base_url="https://x.example",
                                 created_at=utc_now()).id
