"""The outbox against the local FakeCRM: exactly once, consent, faults, retries, pauses, TLS."""

from __future__ import annotations

import random
import threading

import httpx
import pytest

from kit.domain.signup import SignupForm
from kit.services import sync as sync_service
from kit.services.contacts import update_contact
from kit.services.targets import add_target, set_enabled, update_target
from kit.store.models import Contact, Outbox, Signup
from kit.sync import states
from kit.sync.engine import SyncOptions
from tests.fakecrm import FakeCRM
from tests.fakecrm.helpers import FakeClock, add_people


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def options(clock) -> SyncOptions:
    return SyncOptions(clock=clock, rng=random.Random(0), max_wait_s=3600)


def an_target(kit, crm, secrets, **kw):
    return add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
                      secrets=secrets, **kw).target


def rows(kit, target_id=None):
    query = Outbox.select().order_by(Outbox.id)
    if target_id is not None:
        query = query.where(Outbox.target == target_id)
    return list(query)


def test_every_signup_reaches_all_three_targets_once_with_its_consent(
        kit_with_event, crm, secrets, options):
    kit = kit_with_event
    emails = add_people(kit, 6, consent_email=lambda i: i % 2 == 0, consent_sms=lambda i: i == 0,
                        phone=lambda i: f"612555{i:04d}")
    an = an_target(kit, crm, secrets)
    mc = add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="list1", secret=crm.mc_key,
                    secrets=secrets).target
    hook = add_target(kit, "Hook", "webhook", crm.hook_url, secret=crm.webhook_secret,
                      secrets=secrets).target

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete, report.to_json()
    # Those who said yes to nothing are never created at Action Network (a mailing list).
    assert len(crm.people) == 3 and crm.count("POST", "/an/people/") == 3
    for i, email in enumerate(emails):
        person = crm.person_by_email(email)
        if i % 2:
            assert person is None
            continue
        assert person["emails"] == {email: "subscribed"}
        # Only the one who said yes to texts has a phone there.
        assert person["phones"] == ({"16125550000": "subscribed"} if i == 0 else {})
        assert person["tags"] == ["Lake Street table (2026-06-14)", "volunteer"]
    assert crm.ignored_tags == []  # the tags were made before their first use
    assert {m["email_address"] for m in crm.members.values()} == {emails[0], emails[2], emails[4]}
    assert all(m["status"] == "subscribed" for m in crm.members.values())
    assert "PHONE" in crm.members[("list1", _hash(emails[0]))]["merge_fields"]
    assert "PHONE" not in crm.members[("list1", _hash(emails[2]))]["merge_fields"]
    assert len(crm.hook_docs) == 6 and set(crm.hook_deliveries.values()) == {1}
    assert {d["consent"]["email"]["granted"] for d in crm.hook_docs.values()} == {True, False}
    mc_rows = rows(kit, mc.id)
    assert sorted(r.state for r in mc_rows) == ["sent"] * 3 + ["skipped"] * 3
    assert all(r.remote_id == "" for r in mc_rows)  # Mailchimp's id is the address's MD5
    an_ids = {f"action_network:{p['id']}" for p in crm.people}
    assert {r.remote_id for r in rows(kit, an.id)} == an_ids | {""}
    assert all(r.state == "sent" and r.last_status == 200 for r in rows(kit, hook.id))
    # A second run sends nothing again.
    again = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert again.total("sent") == 0 and crm.count("POST", "/an/people/") == 3


def _hash(email):
    from kit.sync.targets.mailchimp import subscriber_hash

    return subscriber_hash(email)


def test_a_yes_never_resubscribes_someone_who_left_at_the_service(
        kit_with_event, crm, secrets, options):
    kit = kit_with_event
    from kit.services.signups import record_signup

    record_signup(kit, SignupForm(first_name="Sam", email="sam@example.org", consent_email=True,
                                  phone="6125550100"))
    an_target(kit, crm, secrets)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key, secrets=secrets)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    # Sam unsubscribes at both services (their own links), then ticks yes again at a table.
    crm.members[("l", _hash("sam@example.org"))]["status"] = "unsubscribed"
    crm.person_by_email("sam@example.org")["emails"]["sam@example.org"] = "unsubscribed"
    record_signup(kit, SignupForm(first_name="Sam", email="sam@example.org", consent_email=True))
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert len(crm.people) == 1
    assert crm.people[0]["emails"] == {"sam@example.org": "unsubscribed"}
    assert crm.members[("l", _hash("sam@example.org"))]["status"] == "unsubscribed"


def test_a_returning_attendees_no_ends_unsubscribed_at_every_target(
        kit_with_event, crm, secrets, options):
    """Issue 12: "leave the boxes unticked and we won't email or text you"."""
    kit = kit_with_event
    from kit.services.signups import record_signup

    record_signup(kit, SignupForm(first_name="Ana", email="ana@example.org", phone="6125550101",
                                  consent_email=True, consent_sms=True))
    an = an_target(kit, crm, secrets)
    mc = add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key,
                    secrets=secrets).target
    add_target(kit, "Hook", "webhook", crm.hook_url, secret=crm.webhook_secret, secrets=secrets)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    member = crm.members[("l", _hash("ana@example.org"))]
    assert member["status"] == "subscribed" and member["merge_fields"]["PHONE"]
    # Ana comes back and leaves both boxes unticked.
    record_signup(kit, SignupForm(first_name="Ana", email="ana@example.org", phone="6125550101"))

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert report.complete, report.to_json()
    person = crm.person_by_email("ana@example.org")
    assert person["emails"] == {"ana@example.org": "unsubscribed"}
    assert person["phones"] == {"16125550101": "unsubscribed"}
    assert member["status"] == "unsubscribed"
    assert {d["consent"]["email"]["granted"] for d in crm.hook_docs.values()} == {False}
    assert {d["consent"]["sms"]["granted"] for d in crm.hook_docs.values()} == {False}
    # Every request after the "no" carried it, the re-sent first sign-up included.
    assert not any(b'"subscribed"' in r.body for r in crm.requests[-6:] if "/an/" in r.path)
    assert all(r.state in ("sent", "skipped") for r in rows(kit, an.id) + rows(kit, mc.id))


def test_nobody_who_declined_texts_has_a_phone_sent(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 4, consent_email=lambda i: True, consent_sms=lambda i: i == 0,
               phone=lambda i: f"612555{i:04d}")
    an_target(kit, crm, secrets)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key, secrets=secrets)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    for request in crm.requests:
        for i in range(1, 4):
            assert f"555{i:04d}".encode() not in request.body, request.path


def test_a_person_who_never_said_yes_is_never_created(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    from kit.services.signups import record_signup

    record_signup(kit, SignupForm(first_name="Lee", email="lee@example.org", phone="6125550102"))
    record_signup(kit, SignupForm(first_name="Lee", email="lee@example.org", phone="6125550102"))
    an_target(kit, crm, secrets)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key, secrets=secrets)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete and report.total("skipped") == 4
    assert crm.people == [] and crm.members == {}
    assert {r.last_error for r in rows(kit)} == {
        "Never said yes to email or texts: not created at Action Network (a mailing list).",
        "Never said yes to email: not added to a mailing list."}


def test_a_no_for_someone_mailchimp_never_had_creates_nobody(
        kit_with_event, crm, secrets, options):
    kit = kit_with_event
    from kit.services.signups import record_signup

    record_signup(kit, SignupForm(first_name="Kim", email="kim@example.org", consent_email=True))
    record_signup(kit, SignupForm(first_name="Kim", email="kim@example.org"))
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key, secrets=secrets)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete and crm.members == {}
    assert crm.count("PUT", "/members/") == 0 and crm.count("PATCH", "/members/") == 2
    assert {r.state for r in rows(kit)} == {"skipped"}


def test_server_errors_retry_with_backoff_until_sent(kit_with_event, crm, secrets, options, clock):
    kit = kit_with_event
    add_people(kit, 3)
    an_target(kit, crm, secrets, rate=0)
    crm.fail_next("500", 2)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete
    assert len(crm.people) == 3
    assert [r.state for r in rows(kit)] == ["sent"] * 3
    assert sorted(r.attempts for r in rows(kit)) == [1, 2, 2]
    assert any(s >= 2.5 for s in clock.sleeps)  # backoff waited (on the fake clock)


def test_retry_after_is_honoured(kit_with_event, crm, secrets, options, clock):
    kit = kit_with_event
    add_people(kit, 2)
    an_target(kit, crm, secrets, rate=0)
    crm.fail_next("429", retry_after="7")
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert len(crm.people) == 2
    assert clock.sleeps and clock.sleeps[0] == pytest.approx(7)
    # Nothing else went to the server while it had asked us to wait.
    assert crm.count("POST", "/people/") == 3


def test_retry_after_as_http_date_without_waiting_in_run(kit_with_event, crm, secrets, options,
                                                         clock):
    import email.utils

    kit = kit_with_event
    add_people(kit, 1)
    an_target(kit, crm, secrets, rate=0)
    later = clock.now().replace(microsecond=0) + __import__("datetime").timedelta(seconds=120)
    crm.fail_next("503", retry_after=email.utils.format_datetime(
        later.replace(tzinfo=__import__("datetime").UTC), usegmt=True))
    options.max_wait_s = 10  # too long to wait in this run: the row waits for the next one
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    [row] = rows(kit)
    assert row.state == "retry" and row.next_attempt_at == later and not report.complete
    assert "asked to wait" in report.targets[0].stopped or report.targets[0].waiting == 1


def test_retries_are_bounded(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 1)
    an_target(kit, crm, secrets, rate=0, max_attempts=3)
    crm.fail_next("500", 50)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    [row] = rows(kit)
    assert row.state == "failed" and row.attempts == 3
    assert row.last_error.startswith("Gave up after 3 attempts")
    assert crm.count("POST", "/people/") == 3 and not crm.people
    assert report.targets[0].stuck == 1 and not report.complete


def test_401_pauses_the_target_and_keeps_rows_pending(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 4)
    target = an_target(kit, crm, secrets, rate=0)
    crm.fail_next("401")
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.targets[0].paused and not report.complete
    assert [(r.state, r.attempts) for r in rows(kit)] == [("pending", 0)] * 4
    assert rows(kit)[0].last_status == 401
    assert crm.count("POST", "/people/") == 1
    # Paused: the next run sends nothing until a new key is given.
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert crm.count("POST", "/people/") == 1
    update_target(kit, target, secret=crm.an_token, secrets=secrets)
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert len(crm.people) == 4


def test_wrong_key_pauses_too(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 1)
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret="wrong", secrets=secrets)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert "rejected the API key" in report.targets[0].paused
    assert not crm.people


def test_400_fails_with_the_services_reason_and_can_be_retried(kit_with_event, crm, secrets,
                                                               options):
    kit = kit_with_event
    add_people(kit, 3)
    an_target(kit, crm, secrets, rate=0)
    crm.fail_next("400", reason="Email looks fake")
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.targets[0].failed == 1 and report.targets[0].sent == 2
    [failed] = sync_service.failed_rows(kit)
    assert failed.state == "failed" and failed.last_status == 400
    # The service's words can quote the address it refused: only the status is kept.
    assert "Email looks fake" not in failed.reason and "HTTP 400" in failed.reason
    assert failed.name == "First0 Last0"
    assert sync_service.retry_failed(kit, [failed.outbox_id]) == 1
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert len(crm.people) == 3


def test_edited_contact_is_sent_again(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 2)
    an_target(kit, crm, secrets, rate=0)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    contact = Contact.get(Contact.email == "person0@example.org")
    update_contact(kit, contact.id, SignupForm(first_name="Renamed", email=contact.email))
    assert sync_service.dry_run(kit)[0].count == 1
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert crm.count("POST", "/people/") == 3 and len(crm.people) == 2
    assert crm.person_by_email("person0@example.org")["given_name"] == "Renamed"


class SimulatedCrash(BaseException):
    """Stands for the process dying: not an Exception, so nothing in the sync catches it."""


class CrashAfterRequest(httpx.BaseTransport):
    """Passes requests through; after the n-th one reached the server, 'crashes'."""

    def __init__(self, inner: httpx.BaseTransport, crash_on: int) -> None:
        self.inner, self.crash_on, self.seen = inner, crash_on, 0

    def handle_request(self, request):
        response = self.inner.handle_request(request)
        response.read()
        if "/tags" in request.url.path:
            return response  # only deliveries count
        self.seen += 1
        if self.seen == self.crash_on:
            raise SimulatedCrash()
        return response

    def close(self):
        self.inner.close()


def test_crash_between_request_and_mark_still_one_person(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 5)
    an_target(kit, crm, secrets, rate=0)
    options.wrap_transport = lambda inner: CrashAfterRequest(inner, crash_on=3)
    with pytest.raises(SimulatedCrash):
        sync_service.run_sync(kit, secrets=secrets, options=options)
    assert len(crm.people) == 3
    assert [r.state for r in rows(kit)] == ["sending"] * 5  # nothing marked sent without a mark
    options.wrap_transport = None
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert len(crm.people) == 5
    assert sorted(len(p["emails"]) for p in crm.people) == [1] * 5
    assert all(r.state == "sent" and r.remote_id for r in rows(kit))


def test_dropped_connection_after_processing_is_retried_once_more(kit_with_event, crm, secrets,
                                                                  options):
    kit = kit_with_event
    add_people(kit, 3)
    an_target(kit, crm, secrets, rate=0)
    crm.fail_next("drop_after")
    crm.fail_next("drop")
    assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
    assert len(crm.people) == 3


def test_answer_slower_than_the_timeout_is_retried(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 2)
    an_target(kit, crm, secrets, rate=0, timeout_s=0.2)
    crm.fail_next("slow", delay=0.6)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.complete and report.targets[0].retry == 1
    assert len(crm.people) == 2


def test_offline_leaves_rows_pending_without_counting_attempts(kit_with_event, crm, secrets,
                                                               options):
    kit = kit_with_event
    add_people(kit, 3)
    crm.stop()
    an_target(kit, crm, secrets, rate=0)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert "Cannot reach" in report.targets[0].stopped
    assert [(r.state, r.attempts) for r in rows(kit)] == [("pending", 0)] * 3


def test_self_signed_server_is_refused_unless_its_ca_file_is_given(kit_with_event, tmp_path,
                                                                   secrets, options):
    from tests.fakecrm.tls import make_tls

    context, ca_path = make_tls(tmp_path)
    kit = kit_with_event
    add_people(kit, 2)
    with FakeCRM(tls=context, lifetime_s=60) as crm:
        target = an_target(kit, crm, secrets, rate=0)
        assert crm.url.startswith("https://127.0.0.1:")
        report = sync_service.run_sync(kit, secrets=secrets, options=options)
        assert "certificate is not trusted" in report.targets[0].paused
        assert not crm.requests and not crm.people
        assert [r.state for r in rows(kit)] == ["pending", "pending"]
        update_target(kit, target, ca_file=str(ca_path), secrets=secrets)
        assert sync_service.test_connection(kit, "AN", crm.an_token).ok
        assert sync_service.run_sync(kit, secrets=secrets, options=options).complete
        assert len(crm.people) == 2


def test_webhook_signature_is_checked_by_the_server(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 1)
    add_target(kit, "Hook", "webhook", crm.hook_url, secret="not-the-secret", secrets=secrets)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.targets[0].paused and not crm.hook_docs  # 401: the signature did not verify


def test_test_connection(kit_with_event, crm, secrets):
    kit = kit_with_event
    an_target(kit, crm, secrets)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secrets=secrets)
    add_target(kit, "Hook", "webhook", crm.hook_url, secrets=secrets)
    assert sync_service.test_connection(kit, "AN", crm.an_token).ok
    assert not sync_service.test_connection(kit, "AN", "bad").ok
    assert sync_service.test_connection(kit, "MC", crm.mc_key).ok
    assert sync_service.test_connection(kit, "Hook", crm.webhook_secret).ok
    assert not sync_service.test_connection(kit, "Hook", "bad").ok


def test_adding_or_enabling_a_target_enqueues_existing_signups(kit_with_event, crm, secrets,
                                                               options):
    kit = kit_with_event
    add_people(kit, 3)
    saved = add_target(kit, "AN", "actionnetwork", crm.an_url, enabled=False, secrets=secrets)
    assert saved.enqueued == 0 and not rows(kit)
    assert sync_service.dry_run(kit) == []
    assert set_enabled(kit, "AN", True).enqueued == 3
    add_people(kit, 1, prefix="later")
    entry = sync_service.dry_run(kit)[0]
    assert entry.count == 4 and len(entry.sample) == 3
    summary = sync_service.pending_summary(kit)[0]
    assert summary.counts == {"pending": 4} and summary.waiting == 4


def test_run_in_a_worker_thread_with_progress_and_cancel(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 10)
    an_target(kit, crm, secrets, rate=0)
    options.batch_size = 4
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []
    result: dict = {}

    def progress(done, total):
        seen.append((done, total))
        if done == 6:
            cancel.set()

    def work():
        result["report"] = sync_service.run_sync(kit, secrets=secrets, options=options,
                                                 progress=progress, cancel=cancel)
        result["closed"] = kit.store.db.is_closed()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    report = result["report"]
    assert report.cancelled and result["closed"]
    assert seen[0] == (1, 10) and seen[-1] == (6, 10)
    states_now = [r.state for r in rows(kit)]
    assert states_now.count("sent") == 6 and states_now.count("pending") == 4
    assert len(crm.people) == 6


def test_sealed_signups_need_attention(kit_with_event, crm, secrets, options):
    kit = kit_with_event
    add_people(kit, 2)
    with kit.store.write():
        Signup.update(sealed=b"\x00sealed").where(Signup.id == 1).execute()
    an_target(kit, crm, secrets, rate=0)
    report = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert report.targets[0].needs_attention == 1 and report.targets[0].sent == 1
    assert "sealed" in sync_service.failed_rows(kit)[0].reason


def test_only_one_sync_at_a_time(kit_with_event, secrets):
    import filelock

    lock = filelock.FileLock(str(kit_with_event.paths.data_dir / sync_service.SYNC_LOCK_NAME))
    with lock, pytest.raises(sync_service.SyncBusy):
        sync_service.run_sync(kit_with_event, secrets=secrets)


def test_states_are_the_documented_ones():
    assert states.ALL_STATES == ("pending", "sending", "sent", "retry", "failed",
                                 "needs_attention", "skipped")


def test_a_no_an_older_version_sent_as_yes_is_repaired_once(kit_with_event, crm, secrets,
                                                             options):
    """Before issue 12 a re-sent older sign-up carried its own "yes": a person who came back and
    said no could be left subscribed, with every row marked sent. The first sync after the
    upgrade re-sends such rows once, with the latest answer."""
    import datetime as dt

    kit = kit_with_event
    from kit.services.signups import record_signup

    record_signup(kit, SignupForm(first_name="Old", email="old@example.org", consent_email=True))
    record_signup(kit, SignupForm(first_name="Old", email="old@example.org"))
    record_signup(kit, SignupForm(first_name="Yes", email="yes@example.org", consent_email=True))
    target = an_target(kit, crm, secrets)
    # What an older version left: everything sent, subscribed at the service, no edit since.
    crm.an_tags.extend(["Lake Street table (2026-06-14)", "volunteer"])
    _an_post(crm, "old@example.org", "subscribed")
    _an_post(crm, "yes@example.org", "subscribed")
    with kit.store.write():
        Outbox.update(state="sent", payload_hash="old-version-hash",
                      updated_at=dt.datetime.now() + dt.timedelta(days=1)).execute()
    requests = len(crm.requests)

    sync_service.run_sync(kit, secrets=secrets, options=options)

    assert crm.person_by_email("old@example.org")["emails"] == {"old@example.org": "unsubscribed"}
    assert crm.person_by_email("yes@example.org")["emails"] == {"yes@example.org": "subscribed"}
    assert len(crm.requests) - requests == 2  # only the two rows of the person who said no
    requests = len(crm.requests)
    sync_service.run_sync(kit, secrets=secrets, options=options)
    assert len(crm.requests) == requests  # once
    assert target.uuid in kit.settings.get("sync_withdrawals_repaired")


def _an_post(crm, email, status):
    import httpx

    httpx.post(crm.an_url + "/people/", headers={"OSDI-API-Token": crm.an_token},
               json={"person": {"email_addresses": [{"address": email, "status": status}]}})


def test_a_redirect_is_never_counted_as_delivered(kit_with_event, crm, secrets, options):
    """Issue 22: a venue's captive portal answers 302 to everything. Only a 2xx is an
    acknowledgement; every row stays to be sent, at every target, and nobody is created."""
    from kit.sync import http

    assert not http.is_success(httpx.Response(302)) and not http.is_success(httpx.Response(304))
    assert http.is_success(httpx.Response(200)) and http.is_success(httpx.Response(204))
    kit = kit_with_event
    add_people(kit, 2)
    an_target(kit, crm, secrets, rate=0)
    add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="l", secret=crm.mc_key,
               secrets=secrets)
    add_target(kit, "Hook", "webhook", crm.hook_url, secret=crm.webhook_secret, secrets=secrets)
    crm.fail_next("captive", count=100)

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert not report.complete and report.total("sent") == 0, report.to_json()
    assert not crm.people and not crm.members and not crm.hook_docs
    assert all(row.state != states.SENT for row in rows(kit)), [r.state for r in rows(kit)]
    assert all(row.last_status in (None, 302) for row in rows(kit))


def test_a_wrong_audience_id_fails_visibly_and_settles_nothing(kit_with_event, crm, secrets,
                                                               options):
    """Issue 22: Mailchimp answers 404 both for a member it does not have and for an audience
    that does not exist. Only the first settles a "no" as skipped; a wrong list id fails
    every row with a reason that names the list id, and the rows go once it is corrected."""
    kit = kit_with_event
    from kit.services.signups import record_signup

    crm.mc_lists = {"real"}
    record_signup(kit, SignupForm(first_name="Kim", email="kim@example.org", consent_email=True))
    record_signup(kit, SignupForm(first_name="Kim", email="kim@example.org"))  # a "no" after
    record_signup(kit, SignupForm(first_name="Lee", email="lee@example.org", consent_email=True))
    mc = add_target(kit, "MC", "mailchimp", crm.mc_url, list_id="typo", secret=crm.mc_key,
                    secrets=secrets).target

    report = sync_service.run_sync(kit, secrets=secrets, options=options)

    assert not report.complete and report.targets[0].failed == 3, report.to_json()
    assert {r.state for r in rows(kit)} == {"failed"}
    assert all(r.last_status == 404 and "list id" in r.last_error for r in rows(kit))
    assert crm.count("PATCH", "/members/") == 0  # nothing tried against a list that is not there

    update_target(kit, mc.id, list_id="real", secrets=secrets)
    sync_service.retry_failed(kit, [f.outbox_id for f in sync_service.failed_rows(kit)])
    again = sync_service.run_sync(kit, secrets=secrets, options=options)
    assert again.complete, again.to_json()
    assert {r.state for r in rows(kit)} == {"sent", "skipped"}
    assert {m["email_address"] for m in crm.members.values()} == {"lee@example.org"}


def test_action_network_never_sees_more_than_4_requests_in_a_second(kit_with_event, crm, secrets):
    # Action Network documents 4 requests a second. Spaced exactly 0.25 s apart at the sender,
    # five requests could land inside one second at the receiver (any delay on the first one):
    # the kit leaves a margin, measured here by the arrival times the fake CRM records.
    add_people(kit_with_event, 10)
    add_target(kit_with_event, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=secrets)  # the kind's default rate, the real clock
    report = sync_service.run_sync(kit_with_event, secrets=secrets)
    assert report.complete, report.to_json()
    arrivals = sorted(r.at for r in crm.requests if r.path.startswith("/an/"))
    assert len(arrivals) >= 10
    fifths = [later - first for first, later in zip(arrivals, arrivals[4:], strict=False)]
    # A one-second window holding five requests has its first and fifth at most 1 s apart.
    assert min(fifths) > 1.0, fifths
