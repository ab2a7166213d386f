"""Pure sync rules: request bodies and consent, backoff, Retry-After, error reasons, signatures."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import threading

import httpx
import pytest

from kit.domain.errors import FieldError
from kit.sync import http
from kit.sync.backoff import RetryPolicy, parse_retry_after
from kit.sync.consent import ChannelConsent, channel_consent
from kit.sync.ratelimit import TokenBucket
from kit.sync.records import SyncRecord
from kit.sync.secrets import KeyringSecretStore, LayeredSecretStore, MemorySecretStore
from kit.sync.targets import adapter_for
from kit.sync.targets.base import Delivery, Skip, TargetConfig
from kit.sync.targets.mailchimp import data_centre_url, subscriber_hash
from kit.sync.targets.webhook import new_secret, signature
from tests.fakecrm.helpers import FakeClock


def record(**changes) -> SyncRecord:
    base = dict(
        outbox_id=1, state="pending", attempts=0, payload_hash="", signup_uuid="s-1",
        signup_created_at=dt.datetime(2026, 6, 14, 15, 30), interests=("volunteer",),
        consent_email=True, consent_email_text="Yes, email me", consent_sms=False,
        consent_sms_text="Yes, text me", language="en", source="kiosk", sealed=False,
        contact_uuid="c-1", first_name="Amina", last_name="Dar", email="amina@example.org",
        phone="+16125550123", postal_code="55406", event_uuid="e-1", event_name="Lake Street",
        event_location="Minneapolis", event_date=dt.date(2026, 6, 14))
    base.update(changes)
    return SyncRecord(**base)


def config(kind: str, **changes) -> TargetConfig:
    values = dict(id=1, uuid="t-1", name=kind, kind=kind, base_url="http://127.0.0.1:1/x",
                  list_id="abc123")
    values.update(changes)
    return TargetConfig(**values)


def body(plan, index=0) -> dict:
    assert isinstance(plan, Delivery)
    return json.loads(plan.calls[index].body)


YES, NO = dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 14)


def answers(*values: bool) -> list[tuple[bool, str, dt.datetime]]:
    return [(v, "Yes, email me", dt.datetime(2026, 1, 1) + dt.timedelta(days=i))
            for i, v in enumerate(values)]


def person(email=(True,), sms=(False,), **changes) -> SyncRecord:
    """A record whose person answered `email` and `sms` in these sign-ups, oldest first."""
    return record(email_consent=channel_consent(answers(*email), email[-1]),
                  sms_consent=channel_consent(answers(*sms), sms[-1]), **changes)


def test_consent_follows_the_latest_answer_with_its_history():
    assert channel_consent(answers(True, False), False) == ChannelConsent(
        False, True, False, "Yes, email me", dt.datetime(2026, 1, 2))
    assert channel_consent(answers(True, False), False).withdrawn
    assert not channel_consent(answers(False, False), False).ever_yes
    assert channel_consent(answers(True, False, True), True).resumed
    assert not channel_consent(answers(False, True), True).resumed
    # A question a file did not ask (no wording) is not a "no".
    unasked = [(True, "Yes", YES), (False, "", NO), (True, "Yes", NO)]
    assert not channel_consent(unasked, True).resumed
    # An edit since (no sign-up says so) still rules.
    edited = channel_consent(answers(True), False)
    assert edited.withdrawn and edited.answered_at is None and edited.wording == ""
    # Exact values, not just truthiness: a target's body is built from them.
    assert channel_consent(answers(False, False), False) == ChannelConsent(
        False, False, False, "Yes, email me", dt.datetime(2026, 1, 2))
    assert channel_consent(answers(True), True) == ChannelConsent(
        True, True, False, "Yes, email me", dt.datetime(2026, 1, 1))
    assert channel_consent([], False) == ChannelConsent(False, False, False, "", None)
    # An unasked question first does not end the history: the yes after it counts.
    later_yes = [(False, "", YES), (True, "Yes, email me", NO)]
    assert channel_consent(later_yes, True) == ChannelConsent(True, True, False, "Yes, email me", NO)


def test_action_network_consent_matrix():
    an = adapter_for(config("actionnetwork"))
    both = body(an.plan(person(sms=(True,))))["person"]
    # Latest yes: no email status (a new address is subscribed, an existing one keeps its own).
    assert both["email_addresses"] == [{"address": "amina@example.org"}]
    assert both["phone_numbers"] == [{"number": "16125550123", "status": "subscribed"}]
    assert both["postal_addresses"] == [{"postal_code": "55406", "country": "US"}]
    assert both["custom_fields"] == {"event_name": "Lake Street", "event_date": "2026-06-14"}
    email_only = body(an.plan(person()))
    assert "phone_numbers" not in email_only["person"]  # never said yes to texts: no phone
    assert email_only["add_tags"] == ["Lake Street (2026-06-14)", "volunteer"]
    # Never said yes to email: the address is not sent at all (it would be subscribed).
    phone_only = body(an.plan(person(email=(False,), sms=(True,))))["person"]
    assert "email_addresses" not in phone_only
    assert phone_only["phone_numbers"] == [{"number": "16125550123", "status": "subscribed"}]
    assert an.plan(person(email=(False,))).reason.startswith("Never said yes")
    # A "no" after a "yes": unsubscribed, and nothing else about the person goes.
    withdrawn = body(an.plan(person(email=(True, False), sms=(True, False))))
    assert withdrawn == {"person": {
        "email_addresses": [{"address": "amina@example.org", "status": "unsubscribed"}],
        "phone_numbers": [{"number": "16125550123", "status": "unsubscribed"}]}}
    # Texts withdrawn, email still yes: the phone goes unsubscribed with the full person.
    texts_off = body(an.plan(person(sms=(True, False))))["person"]
    assert texts_off["phone_numbers"] == [{"number": "16125550123", "status": "unsubscribed"}]
    assert texts_off["email_addresses"] == [{"address": "amina@example.org"}]
    # Yes again after that no: subscribed said out loud.
    again = body(an.plan(person(email=(True, False, True))))["person"]
    assert again["email_addresses"] == [{"address": "amina@example.org", "status": "subscribed"}]


def test_an_older_signup_carries_the_latest_answers():
    """A re-queued older sign-up said yes itself; the person's newer no rules."""
    an, mc = adapter_for(config("actionnetwork")), adapter_for(config("mailchimp"))
    older = person(email=(True, False), consent_email=True)  # this sign-up's own answer: yes
    assert body(an.plan(older))["person"]["email_addresses"][0]["status"] == "unsubscribed"
    assert mc.plan(older).calls[-1].method == "PATCH"
    hook = body(adapter_for(config("webhook")).plan(older))
    assert hook["consent"]["email"]["granted"] is False


def test_mailchimp_follows_the_latest_answer_and_never_creates_a_no():
    mc = adapter_for(config("mailchimp"))
    assert isinstance(mc.plan(person(email=(False,))), Skip)
    plan = mc.plan(person())
    member = body(plan)
    assert plan.calls[0].method == "PUT"
    assert plan.calls[0].path == f"/lists/abc123/members/{subscriber_hash('amina@example.org')}"
    assert member["status_if_new"] == "subscribed" and "status" not in member
    assert member["merge_fields"] == {"FNAME": "Amina", "LNAME": "Dar"}  # no SMS consent: no PHONE
    assert body(mc.plan(person(sms=(True,))))["merge_fields"]["PHONE"] == "+16125550123"
    assert body(mc.plan(person(sms=(True, False))))["merge_fields"]["PHONE"] == ""
    assert body(plan, 1) == {"tags": [{"name": "Lake Street (2026-06-14)", "status": "active"},
                                      {"name": "volunteer", "status": "active"}]}
    withdrawn = mc.plan(person(email=(True, False)))
    # The audience is read first: Mailchimp's 404 for a missing member is also its 404 for a
    # wrong list id, which must not settle the "no" as "nothing to unsubscribe".
    assert [(c.method, c.path) for c in withdrawn.calls] == [
        ("GET", "/lists/abc123?fields=id"),
        ("PATCH", f"/lists/abc123/members/{subscriber_hash('amina@example.org')}")]
    assert body(withdrawn, 1) == {"status": "unsubscribed"}
    assert body(mc.plan(person(email=(True, False, True))))["status"] == "subscribed"


def test_mailchimp_data_centre_from_key():
    assert data_centre_url("0123abcd-us21") == "https://us21.api.mailchimp.com/3.0"
    assert data_centre_url("0123-abcd-us21") == "https://us21.api.mailchimp.com/3.0"  # the last
    with pytest.raises(FieldError) as refused:
        data_centre_url("key-evil.example.com/")
    assert (refused.value.field, refused.value.code, str(refused.value)) == (
        "url", "mailchimp_dc", "This Mailchimp key has no data-centre suffix (like -us21); "
        "give the API URL with --url.")
    assert adapter_for(config("mailchimp", base_url="")).base_url("k-us5") == \
        "https://us5.api.mailchimp.com/3.0"
    assert adapter_for(config("mailchimp", base_url="http://127.0.0.1:9/mc/")).base_url(
        "k-us5") == "http://127.0.0.1:9/mc"
    # Mailchimp's member id: the MD5 of the lower-cased address.
    assert subscriber_hash("Amina@Example.org") == hashlib.md5(b"amina@example.org").hexdigest()


def test_webhook_document_and_standard_signature():
    from standardwebhooks.webhooks import Webhook, WebhookVerificationError

    hook = adapter_for(config("webhook"))
    plan = hook.plan(person(email=(True, False)))
    document = body(plan)
    assert document["schema"] == "outreach-kit.signup/2"
    assert document["consent"]["email"] == {"granted": False, "wording": "Yes, email me",
                                            "answered_at": "2026-01-02T00:00:00Z"}
    assert document["contact"]["email"] == "amina@example.org"
    secret = new_secret()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    headers = hook.headers(plan.calls[0], secret, now)
    assert headers["Idempotency-Key"] == "s-1"
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(plan.calls[0].body, headers) == document
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(plan.calls[0].body, headers)
    # A plain secret (targets made before) is its UTF-8 bytes.
    assert Webhook(b"s3cret").verify(plan.calls[0].body, hook.headers(plan.calls[0], "s3cret", now))
    assert signature("k", "msg_1", "1", b"x") != signature("k", "msg_1", "2", b"x")
    # The same document keeps its id (a retry); another document gets another.
    again = hook.headers(plan.calls[0], secret, now)["webhook-id"]
    assert again == headers["webhook-id"]
    other = hook.plan(person())
    assert hook.headers(other.calls[0], secret, now)["webhook-id"] != again


def test_a_malformed_whsec_secret_is_refused():
    with pytest.raises(FieldError):
        adapter_for(config("webhook")).base_url("whsec_not base64!")
    with pytest.raises(FieldError):
        adapter_for(config("webhook")).base_url("whsec_c2hvcnQ=")  # 5 bytes


def test_payload_hash_follows_the_body_and_is_keyed():
    import hashlib

    an = adapter_for(config("actionnetwork", hash_key=b"k" * 32))
    assert an.plan(record()).payload_hash == an.plan(record()).payload_hash
    assert an.plan(record()).payload_hash != an.plan(record(first_name="Amna")).payload_hash
    plan = an.plan(record())
    bare = hashlib.sha256(b"POST /people/\n" + plan.calls[0].body).hexdigest()
    assert plan.payload_hash != bare  # someone guessing the request cannot confirm it
    other_kit = adapter_for(config("actionnetwork", hash_key=b"x" * 32)).plan(record())
    assert other_kit.payload_hash != plan.payload_hash


def test_backoff_doubles_with_jitter_and_honours_retry_after():
    policy = RetryPolicy(base_s=5, cap_s=60)
    rng = random.Random(1)
    for attempts, ceiling in ((1, 5), (2, 10), (3, 20), (6, 60), (20, 60)):
        delay = policy.delay(attempts, rng)
        assert ceiling / 2 <= delay <= ceiling
    assert policy.delay(1, rng, retry_after=120) == 120


def test_retry_after_seconds_and_http_date():
    now = dt.datetime(2026, 6, 14, 12, 0, 0)
    assert parse_retry_after("7", now) == 7
    assert parse_retry_after("Sun, 14 Jun 2026 12:00:30 GMT", now) == 30
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def _response(status: int, payload, headers=None) -> httpx.Response:
    content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return httpx.Response(status, content=content, headers=headers or {})


def test_stored_reasons_are_fixed_never_the_services_words():
    now = dt.datetime(2026, 6, 14)
    problem = _response(400, {"title": "Invalid Resource",
                              "detail": "amina@example.org looks fake",
                              "errors": [{"field": "email_address", "message": "key sk-123"}]})
    outcome = http.classify_response(problem, now)
    assert outcome.kind == http.FAILED
    assert "amina" not in outcome.reason and "sk-123" not in outcome.reason
    assert outcome.reason == http.fixed_reason(400)
    assert "amina@example.org" in http.service_words(problem)  # read to classify, not kept
    assert http.classify_response(_response(401, {}), now).kind == http.PAUSE
    assert http.classify_response(_response(403, {}), now).kind == http.PAUSE
    limited = http.classify_response(_response(429, {}, {"Retry-After": "3"}), now)
    assert (limited.kind, limited.retry_after) == (http.RETRY, 3)
    assert http.classify_response(_response(502, b"<html>"), now).kind == http.RETRY
    mc = adapter_for(config("mailchimp"))
    compliance = _response(400, {"title": "Member In Compliance State",
                                 "detail": "amina@example.org is in a compliance state"})
    refined = mc.refine(http.classify_response(compliance, now), compliance)
    assert refined.kind == http.ATTENTION and "amina" not in refined.reason


def test_token_bucket_spaces_requests():
    clock = FakeClock()
    bucket = TokenBucket(4, clock)
    cancel = threading.Event()
    start = clock.mono
    for _ in range(9):
        assert bucket.acquire(cancel)
    assert clock.mono - start == pytest.approx(2.0)


class _MemoryBackend:
    """Stands in for a keyring backend (module name is not keyring's fail/null backend)."""

    def __init__(self):
        self.saved = {}

    def get_password(self, service, user):
        return self.saved.get((service, user))

    def set_password(self, service, user, secret):
        self.saved[(service, user)] = secret

    def delete_password(self, service, user):
        self.saved.pop((service, user), None)


def test_secret_stores_without_a_real_keyring():
    from keyring.backends import fail

    backend = _MemoryBackend()
    store = KeyringSecretStore(backend)
    assert store.persistent and store.set("t-1", "k") and store.get("t-1") == "k"
    assert backend.saved == {("outreach-kit", "t-1"): "k"}
    store.delete("t-1")
    assert store.get("t-1") is None
    no_keyring = KeyringSecretStore(fail.Keyring())
    assert not no_keyring.persistent and not no_keyring.set("t-1", "k")
    layered = LayeredSecretStore(keyring_store=None)
    assert not layered.persistent and not layered.set("t-1", "k") and layered.get("t-1") == "k"
    assert "k" not in repr(MemorySecretStore({"t-1": "k"}))
