"""Pure sync rules: request bodies and consent, backoff, Retry-After, error reasons, signatures."""

from __future__ import annotations

import datetime as dt
import json
import random
import threading

import httpx
import pytest

from kit.domain.errors import FieldError
from kit.sync import http
from kit.sync.backoff import RetryPolicy, parse_retry_after
from kit.sync.ratelimit import TokenBucket
from kit.sync.records import SyncRecord
from kit.sync.secrets import KeyringSecretStore, LayeredSecretStore, MemorySecretStore
from kit.sync.targets import adapter_for
from kit.sync.targets.base import Delivery, Skip, TargetConfig
from kit.sync.targets.mailchimp import data_centre_url, subscriber_hash
from kit.sync.targets.webhook import signature, verify_signature
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


def test_action_network_consent_matrix():
    an = adapter_for(config("actionnetwork"))
    both = body(an.plan(record(consent_sms=True)))["person"]
    assert both["email_addresses"] == [{"address": "amina@example.org", "status": "subscribed"}]
    assert both["phone_numbers"] == [{"number": "16125550123", "status": "subscribed"}]
    assert both["postal_addresses"] == [{"postal_code": "55406", "country": "US"}]
    assert both["custom_fields"] == {"event_name": "Lake Street", "event_date": "2026-06-14"}
    email_only = body(an.plan(record()))
    assert email_only["person"]["phone_numbers"] == [{"number": "16125550123"}]  # no status
    assert email_only["add_tags"] == ["Lake Street", "volunteer"]
    # No email consent: the address is not sent at all (a new one would be subscribed).
    phone_only = body(an.plan(record(consent_email=False)))["person"]
    assert "email_addresses" not in phone_only
    assert phone_only["phone_numbers"] == [{"number": "16125550123"}]
    assert isinstance(an.plan(record(consent_email=False, phone="")), Skip)


def test_mailchimp_only_with_email_consent_and_never_sets_status():
    mc = adapter_for(config("mailchimp"))
    assert isinstance(mc.plan(record(consent_email=False)), Skip)
    plan = mc.plan(record())
    member = body(plan)
    assert plan.calls[0].method == "PUT"
    assert plan.calls[0].path == f"/lists/abc123/members/{subscriber_hash('amina@example.org')}"
    assert member["status_if_new"] == "subscribed" and "status" not in member
    assert member["merge_fields"] == {"FNAME": "Amina", "LNAME": "Dar"}  # no SMS consent: no PHONE
    assert body(mc.plan(record(consent_sms=True)))["merge_fields"]["PHONE"] == "+16125550123"
    assert body(plan, 1) == {"tags": [{"name": "Lake Street", "status": "active"},
                                      {"name": "volunteer", "status": "active"}]}


def test_mailchimp_data_centre_from_key():
    assert data_centre_url("0123abcd-us21") == "https://us21.api.mailchimp.com/3.0"
    with pytest.raises(FieldError):
        data_centre_url("key-evil.example.com/")
    assert adapter_for(config("mailchimp", base_url="")).base_url("k-us5") == \
        "https://us5.api.mailchimp.com/3.0"


def test_webhook_document_and_signature():
    hook = adapter_for(config("webhook"))
    plan = hook.plan(record(consent_email=False))
    document = body(plan)
    assert document["schema"] == "outreach-kit.signup/1"
    assert document["consent"]["email"] == {"granted": False, "wording": "Yes, email me",
                                            "answered_at": "2026-06-14T15:30:00Z"}
    assert document["contact"]["email"] == "amina@example.org"
    now = dt.datetime(2026, 6, 14, 16, 0)
    headers = hook.headers(plan.calls[0], "s3cret", now)
    assert headers["Idempotency-Key"] == "s-1"
    stamp = headers["X-Outreach-Kit-Timestamp"]
    sent_at = now.replace(tzinfo=dt.UTC).timestamp()
    assert verify_signature("s3cret", stamp, plan.calls[0].body,
                            headers["X-Outreach-Kit-Signature"], now=sent_at)
    assert not verify_signature("wrong", stamp, plan.calls[0].body,
                                headers["X-Outreach-Kit-Signature"], now=sent_at)
    assert not verify_signature("s3cret", stamp, plan.calls[0].body,
                                headers["X-Outreach-Kit-Signature"], now=sent_at + 3600)
    assert signature("k", "1", b"x") != signature("k", "2", b"x")  # the timestamp is signed


def test_payload_hash_follows_the_body():
    an = adapter_for(config("actionnetwork"))
    assert an.plan(record()).payload_hash == an.plan(record()).payload_hash
    assert an.plan(record()).payload_hash != an.plan(record(first_name="Amna")).payload_hash


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


def test_error_reasons_from_problem_json_and_osdi():
    now = dt.datetime(2026, 6, 14)
    problem = _response(400, {"title": "Invalid Resource", "detail": "Looks fake",
                              "errors": [{"field": "email_address", "message": "bad"}]})
    outcome = http.classify_response(problem, now)
    assert outcome.kind == http.FAILED
    assert outcome.reason == "Invalid Resource - Looks fake - email_address: bad"
    assert http.classify_response(_response(400, {"error": "Email is required"}), now).reason == \
        "Email is required"
    assert http.classify_response(_response(401, {}), now).kind == http.PAUSE
    assert http.classify_response(_response(403, {}), now).kind == http.PAUSE
    limited = http.classify_response(_response(429, {}, {"Retry-After": "3"}), now)
    assert (limited.kind, limited.retry_after) == (http.RETRY, 3)
    assert http.classify_response(_response(502, b"<html>"), now).kind == http.RETRY
    mc = adapter_for(config("mailchimp"))
    compliance = _response(400, {"title": "Member In Compliance State", "detail": "x"})
    assert mc.refine(http.classify_response(compliance, now), compliance).kind == http.ATTENTION


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
