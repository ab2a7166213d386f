"""Issue 13, sync side: each class of attack the sync did not hold against, with a test named
for it. A slow or huge answer, a service's error text, identifiers derived from an address, log
lines of the HTTP library, unkeyed hashes, and a background sync that kept a kit unlocked."""

from __future__ import annotations

import logging
import random
import time
import tracemalloc

import pytest

from kit.domain.signup import SignupForm
from kit.services import protection
from kit.services import sync as sync_service
from kit.services.signups import record_signup
from kit.services.targets import add_target
from kit.store.models import Outbox, SyncTarget
from kit.sync import http
from kit.sync.engine import SyncOptions
from kit.sync.targets.mailchimp import subscriber_hash
from tests.fakecrm.helpers import FakeClock, add_people

PASS = "correct horse battery staple"


@pytest.fixture
def options() -> SyncOptions:
    return SyncOptions(clock=FakeClock(), rng=random.Random(0), max_wait_s=3600)


def test_a_dripping_server_cannot_hold_a_sync(kit_with_event, crm, secrets, options):
    """A byte every 0.3 s keeps every per-read timeout happy; the overall deadline does not."""
    kit = kit_with_event
    add_people(kit, 1)
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token, secrets=secrets,
               rate=0, timeout_s=1.5, max_attempts=1)
    crm.fail_next("drip", delay=0.3, path_contains="/people/")
    started = time.monotonic()
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    took = time.monotonic() - started
    assert took < 10, f"the dripping answer held the sync for {took:.1f} s"
    [row] = Outbox.select()
    assert row.state == "failed" and "No answer in time" in row.last_error
    assert report.total("failed") == 1


def test_a_huge_answer_is_refused_without_filling_memory(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 1)
    add_target(kit, "Hook", "webhook", crm.hook_url, secret=crm.webhook_secret, secrets=secrets,
               max_attempts=1)
    crm.fail_next("huge", size=200 * 1024 * 1024, echo='{"id": "')
    tracemalloc.start()
    try:
        sync_service.run_sync(kit, secrets=secrets, options=options)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"reading the answer took {peak / 1e6:.0f} MB"
    [row] = Outbox.select()
    assert row.state == "failed" and "too large" in row.last_error


def test_send_bounds_the_answer_and_a_declared_length(crm):
    with http.make_client(timeout_s=5) as client:
        crm.fail_next("huge", size=3 * http.MAX_ANSWER_BYTES)
        with pytest.raises(http.AnswerTooLarge):
            http.send(client, "GET", crm.an_url + "/", headers={"OSDI-API-Token": crm.an_token})
        ok = http.send(client, "GET", crm.an_url + "/", headers={"OSDI-API-Token": crm.an_token})
        assert ok.status_code == 200 and ok.json()["motd"]


def test_a_gzip_bomb_is_bounded_by_its_decoded_size(crm):
    """The kit asks for `identity`; a server that compresses anyway gets its answer decoded
    here, bounded: 200 MB of spaces in ~200 KB of gzip is refused without being decoded."""
    with http.make_client(timeout_s=5) as client:
        crm.fail_next("gzip_bomb", size=200 * 1024 * 1024)
        tracemalloc.start()
        try:
            with pytest.raises(http.AnswerTooLarge):
                http.send(client, "GET", crm.an_url + "/",
                          headers={"OSDI-API-Token": crm.an_token})
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 8 * 1024 * 1024, f"decoding the answer took {peak / 1e6:.0f} MB"
        assert client.headers["Accept-Encoding"] == "identity"
        # A small compressed answer is still read (some servers compress whatever is asked).
        crm.fail_next("gzip_bomb", size=1000)
        small = http.send(client, "GET", crm.an_url + "/", headers={"OSDI-API-Token": crm.an_token})
        assert small.status_code == 200 and small.json() == {} and len(small.content) == 1002
        assert "Content-Encoding" not in small.headers


def test_server_words_are_never_stored(kit_with_event, crm, secrets, options):
    """A refusal that quotes the address and a key leaves a status code and a fixed reason."""
    kit = kit_with_event
    add_people(kit, 1, prefix="canary")
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key,
               secrets=secrets)
    crm.fail_next("400", reason="canary0@example.org was refused; key mc-key-us1")
    sync_service.run_sync(kit, secrets=secrets, options=options)
    crm.fail_next("401")
    record_signup(kit, SignupForm(first_name="B", email="canary9@example.org",
                                  consent_email=True))
    sync_service.run_sync(kit, secrets=secrets, options=options)
    stored = " ".join(r.last_error for r in Outbox.select())
    stored += " ".join(t.paused_reason for t in SyncTarget.select())
    assert "HTTP 400" in stored and "HTTP 401" in stored
    assert "canary" not in stored and "mc-key" not in stored
    assert "Your API key may be invalid" not in stored


def test_no_identifier_derived_from_an_address_is_stored_or_logged(
        kit_with_event, crm, secrets, options, caplog):
    kit = kit_with_event
    emails = add_people(kit, 2)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key,
               secrets=secrets)
    with caplog.at_level(logging.DEBUG):
        sync_service.run_sync(kit, secrets=secrets, options=options)
    hashes = [subscriber_hash(e) for e in emails]
    assert all(h in "".join(r.path for r in crm.requests) for h in hashes)  # sent, as it must be
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not any(h in logged for h in hashes), logged
    assert not any(r.name.startswith(("httpx", "httpcore")) for r in caplog.records)
    assert all(h not in r.remote_id + r.payload_hash for h in hashes for r in Outbox.select())


def test_request_hashes_are_keyed_by_a_random_key_per_kit(kit_with_event, tmp_path):
    from kit.services.targets import hash_key

    first = hash_key(kit_with_event)
    assert len(first) == 32 and hash_key(kit_with_event) == first  # made once, then kept


def test_the_background_sync_does_not_hold_off_the_idle_relock(kit_with_event, crm, secrets,
                                                                options):
    from kit.protect.keys import KdfParams

    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    now = [1000.0]
    session = kit.protection
    session.monotonic = lambda: now[0]
    session.touch()
    record_signup(kit, SignupForm(first_name="A", email="a@example.org", consent_email=True))
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token, secrets=secrets,
               rate=0)
    touched = session.last_used
    now[0] += 300
    sync_service.run_sync(kit, secrets=secrets, options=options, background=True)
    assert session.last_used == touched  # a quiet sync is not someone at the kit
    now[0] += 400  # 11.7 minutes since the last real use
    assert protection.mode(kit) == "locked"


def test_a_person_pressing_sync_counts_as_activity(kit_with_event, crm, secrets, options):
    from kit.protect.keys import KdfParams

    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    now = [1000.0]
    kit.protection.monotonic = lambda: now[0]
    kit.protection.touch()
    now[0] += 300
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert kit.protection.last_used == 1300.0


def test_the_deadline_applies_to_every_socket_operation():
    deadline = http.Deadline()
    assert deadline.cap(5) == 5
    deadline.at = time.monotonic() + 1
    assert deadline.cap(5) <= 1 and deadline.cap(None) <= 1
    deadline.at = time.monotonic() - 0.1
    with pytest.raises(Exception, match="deadline"):
        deadline.cap(5)


def test_service_words_an_older_version_stored_are_replaced_once(kit_with_event, crm, secrets):
    kit = kit_with_event
    add_people(kit, 2, prefix="canary")
    target = add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
                        secrets=secrets).target
    first, second = Outbox.select().order_by(Outbox.id)
    with kit.store.write():
        Outbox.update(state="failed", last_status=400,
                      last_error="Invalid Resource - canary0@example.org looks fake").where(
            Outbox.id == first.id).execute()
        Outbox.update(state="retry", last_error="No answer in time (ReadTimeout).").where(
            Outbox.id == second.id).execute()
        SyncTarget.update(paused_reason="The service rejected the API key (HTTP 401). Enter a "
                          "new key. (API Key invalid: sk-canary)").where(
            SyncTarget.id == target.id).execute()
    rows = sync_service.failed_rows(kit)
    assert [r.reason for r in rows] == [http.fixed_reason(400)]
    assert Outbox.get_by_id(second.id).last_error == "No answer in time (ReadTimeout)."
    assert SyncTarget.get_by_id(target.id).paused_reason == http.fixed_reason(401)
    assert sync_service.scrub_old_reasons(kit) == 0  # once
