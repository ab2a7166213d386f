"""A generic signed JSON webhook: one POST per sign-up, to the group's own endpoint.

Headers:
  Idempotency-Key: <sign-up uuid>       the receiver upserts by it (an edited contact re-sends it)
  X-Outreach-Kit-Event: signup | ping
  X-Outreach-Kit-Timestamp: <unix seconds>
  X-Outreach-Kit-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>
The timestamp is inside the signed content, so a captured request cannot be replayed later:
receivers reject timestamps more than 5 minutes away from their clock (see verify_signature).
The document (schema "outreach-kit.signup/1") carries the consent answers with their wording;
the receiver, not this app, decides what to do with people who did not consent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

import httpx

from kit.sync.records import SyncRecord, canonical_json, iso_utc
from kit.sync.targets.base import Call, Delivery, Plan, TargetAdapter, json_body

SCHEMA = "outreach-kit.signup/1"
PING_SCHEMA = "outreach-kit.ping/1"
MAX_SKEW_S = 300


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Outreach-Kit-Signature value for a body sent at `timestamp`."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def verify_signature(secret: str, timestamp: str, body: bytes, header: str, now: float,
                     max_skew_s: int = MAX_SKEW_S) -> bool:
    """What a receiver does: constant-time compare, and refuse stale or future timestamps."""
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(now - sent_at) > max_skew_s:
        return False
    return hmac.compare_digest(signature(secret, timestamp, body), header)


def signup_document(record: SyncRecord) -> dict:
    """The webhook document for one sign-up (schema outreach-kit.signup/1)."""
    when = iso_utc(record.signup_created_at)
    return {
        "schema": SCHEMA,
        "signup": {"uuid": record.signup_uuid, "created_at": when, "source": record.source,
                   "language": record.language, "interests": list(record.interests)},
        "contact": {"uuid": record.contact_uuid, "first_name": record.first_name,
                    "last_name": record.last_name, "email": record.email or None,
                    "phone": record.phone or None, "postal_code": record.postal_code or None,
                    "country": record.country},
        "event": {"uuid": record.event_uuid, "name": record.event_name,
                  "location": record.event_location or None,
                  "date": record.event_date.isoformat() if record.event_date else None},
        "consent": {
            "email": {"granted": record.consent_email, "wording": record.consent_email_text,
                      "answered_at": when},
            "sms": {"granted": record.consent_sms, "wording": record.consent_sms_text,
                    "answered_at": when},
        },
    }


class WebhookAdapter(TargetAdapter):
    """POST the signed document to the configured URL."""

    kind = "webhook"
    label = "Webhook"
    secret_label = "shared secret"

    def plan(self, record: SyncRecord) -> Plan:
        document = signup_document(record)
        call = Call("POST", "", canonical_json(document), idempotency_key=record.signup_uuid)
        return Delivery.of((call,), document)

    def headers(self, call: Call, secret: str, now: dt.datetime) -> dict[str, str]:
        timestamp = str(int(now.replace(tzinfo=dt.UTC).timestamp()))
        headers = {"Content-Type": "application/json",
                   "X-Outreach-Kit-Timestamp": timestamp,
                   "X-Outreach-Kit-Signature": signature(secret, timestamp, call.body)}
        headers["X-Outreach-Kit-Event"] = "signup" if call.idempotency_key else "ping"
        if call.idempotency_key:
            headers["Idempotency-Key"] = call.idempotency_key
        return headers

    def test_call(self) -> Call:
        return Call("POST", "", canonical_json({"schema": PING_SCHEMA}))

    def remote_id(self, responses: list[httpx.Response]) -> str:
        body = json_body(responses[0]) if responses else None
        value = body.get("id") if isinstance(body, dict) else None
        return str(value) if isinstance(value, str | int) else ""

