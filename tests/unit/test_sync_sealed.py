"""Syncing a protected kit: sealed sign-ups are delivered from the vault in memory when the kit
is unlocked, and a locked kit refuses (or, for dry runs, says the passphrase is needed)."""

from __future__ import annotations

import random

import pytest

from kit.domain.errors import KitLocked
from kit.domain.signup import SignupForm
from kit.services import protection
from kit.services import sync as sync_service
from kit.services.people.sealed import VaultReader
from kit.services.signups import record_signup
from kit.services.targets import add_target
from kit.store.models import Contact, Outbox, Signup
from kit.sync import engine, outbox
from kit.sync.engine import SyncOptions
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


def an_target(kit, crm, secrets):
    return add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
                      secrets=secrets, rate=0).target


def sign(kit, **fields):
    fields.setdefault("first_name", "Ayesha")
    return record_signup(kit, SignupForm(**fields))


def test_an_unlocked_kit_syncs_sealed_signups_from_the_vault_exactly_once(
        protected, crm, secrets, options):
    kit = protected
    an_target(kit, crm, secrets)  # before the sign-ups: record_signup enqueues the sealed rows
    sign(kit, first_name="Ayesha", email="a@example.org", consent_email=True)
    sign(kit, first_name="Bilal", email="b@example.org", phone="6125550101", consent_sms=True)
    # The same person again, with a surname now: one person at the CRM, with the newer name.
    sign(kit, first_name="Ayesha", last_name="Khan", email="a@example.org", consent_email=True)
    assert Outbox.select().count() == 3 and Contact.select().count() == 0

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete and report.total("sent") == 3, report.to_json()
    assert len(crm.people) == 2
    ayesha = crm.person_by_email("a@example.org")
    assert ayesha["emails"] == {"a@example.org": "subscribed"}
    assert (ayesha["given_name"], ayesha["family_name"]) == ("Ayesha", "Khan")
    bilal = next(p for p in crm.people if p is not ayesha)
    assert bilal["emails"] == {}  # no email consent: the address is not sent
    assert list(bilal["phones"].values()) == ["subscribed"]
    # Nothing opened was written: still no contact rows, keyed hashes only; not even the
    # service's id of the person (issue 13: nothing a server says about a person in clear).
    assert Contact.select().count() == 0
    assert all(r.state == "sent" and r.remote_id == "" and r.payload_hash
               for r in Outbox.select())

    requests = len(crm.requests)
    again = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert again.complete and again.total("sent") == 0 and len(crm.requests) == requests
    assert sync_service.dry_run(kit)[0].count == 0


def test_a_locked_kit_refuses_to_sync_and_its_dry_run_asks_for_the_passphrase(
        protected, crm, secrets, options):
    kit = protected
    an_target(kit, crm, secrets)
    sign(kit, first_name="Ayesha", email="a@example.org", consent_email=True)

    unlocked = sync_service.dry_run(kit)[0]
    assert (unlocked.count, unlocked.needs_attention) == (1, 0)
    assert unlocked.sample[0]["name"] == "Ayesha"

    protection.lock(kit)
    assert sync_service.kit_locked(kit)
    with pytest.raises(KitLocked, match="passphrase-env"):
        sync_service.run_sync(kit, secrets=secrets, options=options)
    locked = sync_service.dry_run(kit)[0]
    assert (locked.count, locked.needs_attention, locked.sample) == (0, 1, [])
    assert not crm.requests and {r.state for r in Outbox.select()} == {"pending"}


def test_rows_held_for_the_passphrase_go_once_the_kit_is_unlocked(
        protected, crm, secrets, options):
    kit = protected
    target = an_target(kit, crm, secrets)
    sign(kit, first_name="Ayesha", email="a@example.org", consent_email=True)
    # A run without the vault (as an older version did on a locked kit) holds the row.
    engine.run(kit.store, [target], secrets, options=options)
    assert Outbox.get().state == "needs_attention"
    assert "unlock" in Outbox.get().last_error

    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete and report.total("sent") == 1 and len(crm.people) == 1


def test_an_edit_or_a_newer_signup_of_a_sealed_person_is_sent_again(
        protected, crm, secrets, options):
    kit = protected
    an_target(kit, crm, secrets)
    sign(kit, first_name="Ayesha", email="a@example.org", consent_email=True)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    sign(kit, first_name="Ayesha", last_name="Khan", email="a@example.org", consent_email=True)

    assert sync_service.dry_run(kit)[0].count == 2  # the new row, and the first one again
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete and report.total("sent") == 2
    assert len(crm.people) == 1 and crm.people[0]["family_name"] == "Khan"


def test_a_seal_that_does_not_open_needs_attention_with_its_reason(
        protected, crm, secrets, options):
    kit = protected
    an_target(kit, crm, secrets)
    sign(kit, first_name="Ayesha", email="a@example.org")
    sign(kit, first_name="Bilal", email="b@example.org")
    first, second = Signup.select().order_by(Signup.id)
    with kit.store.write():  # swap the blobs: neither opens on its row any more
        Signup.update(sealed=second.sealed).where(Signup.id == first.id).execute()
        Signup.update(sealed=first.sealed).where(Signup.id == second.id).execute()
    protection.lock(kit)
    protection.unlock(kit, PASS)

    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.total("needs_attention") == 2 and not crm.requests
    assert all("could not be read" in r.reason for r in sync_service.failed_rows(kit))


def test_the_reader_fills_only_sealed_records(protected, crm, secrets):
    kit = protected
    target = an_target(kit, crm, secrets)
    sign(kit, first_name="Ayesha", email="a@example.org")
    record, = outbox.waiting_records(target.id, kit.region)
    assert record.sealed and record.first_name == ""
    reader = VaultReader(protection.readable_vault(kit))
    opened = reader(record)
    assert not opened.sealed and (opened.first_name, opened.email) == ("Ayesha", "a@example.org")
    assert opened.contact_uuid and opened.outbox_id == record.outbox_id
