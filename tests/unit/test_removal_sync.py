"""After a removal (or an address replaced after a yes), the next sync tells every service that
already had the person, against the fake CRM: Mailchimp unsubscribes the address, Action Network
gets `unsubscribed` for the email and the phone, a webhook gets a `removed` event; the report
says what each service can and cannot delete (issues 21 and 22)."""

from __future__ import annotations

import hashlib
import json
import random

import httpx
import pytest

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services import sync as sync_service
from kit.services.contacts import search_contacts, update_contact
from kit.services.removal import remove_person
from kit.services.signups import record_signup
from kit.services.targets import add_target
from kit.store.models import RemovalNotice
from kit.sync.engine import SyncOptions
from tests.fakecrm.helpers import FakeClock

PASS = "correct horse battery staple"
EMAIL = "ayesha.sync@example.org"


@pytest.fixture(params=["clear", "sealed"])
def kit(request, kit_with_event):
    if request.param == "sealed":
        protection.init_protection(kit_with_event, PASS, kdf=KdfParams(n=2**14))
    return kit_with_event


@pytest.fixture
def options() -> SyncOptions:
    return SyncOptions(clock=FakeClock(), rng=random.Random(0), max_wait_s=3600)


def three_targets(kit, crm, secrets) -> None:
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token, secrets=secrets,
               rate=0)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="list1", secret=crm.mc_key,
               secrets=secrets)
    add_target(kit, "Hook", "webhook", crm.hook_url, secret=crm.webhook_secret, secrets=secrets)


def member(crm, email: str) -> dict | None:
    return crm.members.get(("list1", hashlib.md5(email.encode()).hexdigest()))  # noqa: S324


def sign(kit, **fields):
    fields.setdefault("first_name", "Ayesha")
    return record_signup(kit, SignupForm(**fields))


def contact_id(kit, email: str) -> int:
    found = [r for r in search_contacts(kit, limit=None) if r.email == email]
    assert len(found) == 1 and found[0].id is not None
    return found[0].id


def test_the_next_sync_tells_every_service_that_had_them(kit, crm, secrets, options):
    three_targets(kit, crm, secrets)
    first = sign(kit, email=EMAIL, phone="612-624-5813", consent_email=True, consent_sms=True)
    sign(kit, first_name="Bo", email="bo@example.org", consent_email=True)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert crm.person_by_email(EMAIL)["emails"] == {EMAIL: "subscribed"}
    assert member(crm, EMAIL)["status"] == "subscribed" and first.signup_uuid in crm.hook_docs

    removal = remove_person(kit, email=EMAIL)
    assert removal.targets_told == 3
    sealed_kit = kit.is_protected()
    for notice in RemovalNotice.select():  # on a protected kit no address waits in clear
        if notice.target.kind == "webhook":  # told the sign-ups' UUIDs, keeps no address
            assert (notice.email, notice.phone, notice.sealed) == ("", "", None)
        else:
            assert (notice.email == "") == sealed_kit
            assert (notice.sealed is not None) == sealed_kit

    assert [e.removals for e in sync_service.dry_run(kit)] == [1, 1, 1]

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete and report.total("told_removed") == 3, report.to_json()
    person = crm.person_by_email(EMAIL)
    assert person["emails"] == {EMAIL: "unsubscribed"}
    assert person["phones"] == {"16126245813": "unsubscribed"}
    assert member(crm, EMAIL)["status"] == "unsubscribed"
    assert member(crm, "bo@example.org")["status"] == "subscribed"  # nobody else
    assert [d["removed"]["signup_uuids"] for d in crm.hook_removed] == [[first.signup_uuid]]
    assert first.signup_uuid not in crm.hook_docs
    notes = " ".join(report.to_json()["notes"])
    assert "cannot delete a person" in notes and "permanently delete" in notes
    assert "up to the receiving system" in notes
    assert RemovalNotice.select().count() == 0

    requests = len(crm.requests)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert len(crm.requests) == requests  # told once


def test_a_person_removed_before_any_sync_is_never_sent(kit, crm, secrets, options):
    three_targets(kit, crm, secrets)
    sign(kit, email=EMAIL, phone="612-624-5813", consent_email=True, consent_sms=True)
    sign(kit, first_name="Bo", email="bo@example.org", consent_email=True)
    assert remove_person(kit, email=EMAIL).targets_told == 0

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete and report.total("sent") == 3
    assert not any(EMAIL in r.body.decode() or "16126245813" in r.body.decode()
                   for r in crm.requests)
    assert crm.hook_removed == []


def test_a_failing_service_keeps_the_notice_for_the_next_sync(kit, crm, secrets, options):
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="list1", secret=crm.mc_key,
               secrets=secrets)
    sign(kit, email=EMAIL, consent_email=True)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    remove_person(kit, email=EMAIL)
    crm.fail_next("500", count=20)

    failed = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert not failed.complete and failed.total("removals_waiting") == 1
    assert member(crm, EMAIL)["status"] == "subscribed"
    crm.faults.clear()
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert member(crm, EMAIL)["status"] == "unsubscribed"


def test_an_email_replaced_after_a_yes_is_unsubscribed_at_the_services(kit, crm, secrets,
                                                                       options):
    three_targets(kit, crm, secrets)
    sign(kit, email=EMAIL, phone="612-624-5813", consent_email=True, consent_sms=True)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    new = "ayesha.new@example.org"
    update_contact(kit, contact_id(kit, EMAIL), SignupForm(
        first_name="Ayesha", email=new, phone="612-624-5813"))

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete, report.to_json()
    assert member(crm, EMAIL)["status"] == "unsubscribed"
    assert member(crm, new)["status"] == "subscribed"
    assert crm.person_by_email(EMAIL)["emails"][EMAIL] == "unsubscribed"
    assert crm.person_by_email(new)["emails"][new] == "subscribed"
    assert crm.hook_removed == []  # the webhook got the corrected sign-up, same contact uuid
    assert report.total("told_removed") == 2


def test_an_address_that_never_had_a_yes_is_not_told(kit, crm, secrets, options):
    three_targets(kit, crm, secrets)
    sign(kit, email=EMAIL, phone="612-624-5813", consent_sms=True)  # texts only
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    update_contact(kit, contact_id(kit, EMAIL), SignupForm(
        first_name="Ayesha", email="other@example.org", phone="612-624-5813"))
    assert RemovalNotice.select().count() == 0
    remove_person(kit, email="other@example.org")
    # Action Network had the phone (a yes to texts) and the webhook the sign-up; Mailchimp
    # never had an address of theirs.
    assert sorted(n.target.name for n in RemovalNotice.select()) == ["AN", "Hook"]
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert crm.person_by_email(EMAIL) is None
    assert list(crm.people[0]["phones"].values()) == ["unsubscribed"]


def test_a_person_removed_while_a_sync_runs_is_not_sent_after(kit, crm, secrets, options):
    """The batch was read before the removal: its rows of theirs are not sent after it."""
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token, secrets=secrets,
               rate=0)
    sign(kit, first_name="Bo", email="bo@example.org", consent_email=True)
    sign(kit, email=EMAIL, consent_email=True)
    removed = []

    class RemoveDuringFirstRequest(httpx.BaseTransport):
        def __init__(self, inner: httpx.BaseTransport) -> None:
            self.inner = inner

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if not removed and request.url.path.endswith("/people/"):
                removed.append(remove_person(kit, email=EMAIL))
            return self.inner.handle_request(request)

    options.wrap_transport = RemoveDuringFirstRequest
    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert removed and report.complete, report.to_json()
    about_her = [json.loads(r.body) for r in crm.requests if EMAIL in r.body.decode()]
    # Her row was already marked `sending` (maybe delivered, as after a crash): the service
    # is told to unsubscribe her, and nothing else about her is ever sent.
    assert about_her == [{"person": {"email_addresses": [
        {"address": EMAIL, "status": "unsubscribed"}]}}]
    assert crm.person_by_email(EMAIL)["given_name"] == ""


@pytest.fixture
def clear_kit(tmp_path):
    from kit.services.events import create_event
    from kit.services.kit import open_kit

    opened = open_kit(tmp_path / "clear")
    create_event(opened, "Lake Street table", "Minneapolis", "2026-06-14")
    yield opened
    opened.close()


def test_protecting_a_kit_seals_the_addresses_its_notices_wait_with(clear_kit, crm, secrets,
                                                                    options):
    kit = clear_kit
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="list1", secret=crm.mc_key,
               secrets=secrets)
    sign(kit, email=EMAIL, consent_email=True)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    remove_person(kit, email=EMAIL)
    assert [n.email for n in RemovalNotice.select()] == [EMAIL]  # clear kit: until the sync

    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))

    [notice] = RemovalNotice.select()
    assert (notice.email, notice.phone) == ("", "") and notice.sealed is not None
    assert EMAIL.encode() not in kit.paths.database.read_bytes()
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert member(crm, EMAIL)["status"] == "unsubscribed"
