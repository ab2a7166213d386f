"""A JSON webhook signed by the Standard Webhooks specification: one POST per sign-up, to the
group's own endpoint (https://www.standardwebhooks.com/, spec/standard-webhooks.md in
github.com/standard-webhooks/standard-webhooks; facts in docs/vendor-facts.md).

Headers:
  webhook-id: msg_<hex>          the same for the same document (a retry), new for an edit
  webhook-timestamp: <unix s>    inside the signed content, so a captured request cannot be
                                 replayed later (receivers refuse stale timestamps)
  webhook-signature: v1,<base64 HMAC-SHA256(key, id + "." + timestamp + "." + body)>
  Idempotency-Key: <sign-up uuid>  the receiver upserts by it (an edited contact re-sends it);
                                 a `removed` event's is the event's own uuid
  X-Outreach-Kit-Event: signup | removed | ping
The key: a `whsec_<base64>` secret is the bytes its base64 decodes to (as every Standard
Webhooks library reads it); any other secret (targets made before this scheme) is its UTF-8
bytes, which a receiver passes as bytes: `Webhook(secret.encode())`.

The document (schema "outreach-kit.signup/2") carries the person's LATEST consent answers with
the wording they were given under, whichever sign-up is sent; the receiver decides what to do
with people who did not consent.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import uuid

import httpx

from kit.domain.errors import FieldError
from kit.domain.times import as_utc, to_stored
from kit.sync.records import SyncRecord, canonical_json, iso_utc
from kit.sync.targets.base import Call, Delivery, Plan, Skip, TargetAdapter, json_body

SCHEMA = "outreach-kit.signup/2"
REMOVED_SCHEMA = "outreach-kit.removed/1"
PING_SCHEMA = "outreach-kit.ping/1"
SECRET_PREFIX = "whsec_"
MIN_KEY_BYTES = 24  # the specification's lower bound for generated secrets


def signing_key(secret: str) -> bytes:
    """The HMAC key of a target's secret (see the module docstring)."""
    if secret.startswith(SECRET_PREFIX):
        try:
            return base64.b64decode(secret[len(SECRET_PREFIX):], validate=True)
        except (binascii.Error, ValueError):
            raise FieldError("secret", "A whsec_ secret must be base64 after the prefix.",
                             code="secret") from None
    return secret.encode()


def check_secret(secret: str) -> None:
    """Refuse a whsec_ secret that is not what the specification describes."""
    if secret.startswith(SECRET_PREFIX) and len(signing_key(secret)) < MIN_KEY_BYTES:
        raise FieldError("secret", f"A whsec_ secret holds at least {MIN_KEY_BYTES} random "
                         "bytes (base64); generate one with new_secret().", code="secret")


def new_secret() -> str:
    """A fresh secret in the specification's form."""
    import secrets

    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def signature(secret: str, message_id: str, timestamp: str, body: bytes) -> str:
    """The webhook-signature value: v1,<base64 HMAC-SHA256 of id.timestamp.body>."""
    content = message_id.encode() + b"." + timestamp.encode() + b"." + body
    digest = hmac.new(signing_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def _utc(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = to_stored(value)
    return iso_utc(value)


def signup_document(record: SyncRecord) -> dict:
    """The webhook document for one sign-up (schema outreach-kit.signup/2)."""
    email, sms = record.email_answers, record.sms_answers
    return {
        "schema": SCHEMA,
        "signup": {"uuid": record.signup_uuid, "created_at": iso_utc(record.signup_created_at),
                   "source": record.source, "language": record.language,
                   "interests": list(record.interests)},
        "contact": {"uuid": record.contact_uuid, "first_name": record.first_name,
                    "last_name": record.last_name, "email": record.email or None,
                    "phone": record.phone or None, "postal_code": record.postal_code or None,
                    "country": record.country},
        "event": {"uuid": record.event_uuid, "name": record.event_name,
                  "location": record.event_location or None,
                  "date": record.event_date.isoformat() if record.event_date else None},
        "consent": {
            "email": {"granted": email.latest, "wording": email.wording,
                      "answered_at": _utc(email.answered_at)},
            "sms": {"granted": sms.latest, "wording": sms.wording,
                    "answered_at": _utc(sms.answered_at)},
        },
    }


def message_id(signup_uuid: str, body: bytes) -> str:
    """Stable for the same document (a retry is deduplicated), new for a changed one."""
    return "msg_" + hashlib.sha256(signup_uuid.encode() + b"\n" + body).hexdigest()[:32]


class WebhookAdapter(TargetAdapter):
    """POST the signed document to the configured URL."""

    kind = "webhook"
    label = "Webhook"
    secret_label = "shared secret"

    def plan(self, record: SyncRecord) -> Plan:
        document = signup_document(record)
        call = Call("POST", "", canonical_json(document), idempotency_key=record.signup_uuid)
        return Delivery.of((call,), document, self.hash_key)

    removal_note = ("Webhook: sent a 'removed' event naming the sign-ups it was sent; deleting "
                    "them is up to the receiving system.")

    def removal_plan(self, kind: str, *, uuid: str, email: str = "", phone: str = "",
                     signup_uuids: tuple[str, ...] = (), contact_uuid: str = "") -> Plan:
        """A `removed` event (schema outreach-kit.removed/1) with the sign-up UUIDs and the
        contact UUID this receiver was sent, and nothing else about the person;
        Idempotency-Key is the notice's own UUID. (A corrected address needs no event: the
        corrected sign-up is sent again with the same contact UUID.)"""
        if kind != "removed":
            return Skip("A webhook gets the corrected sign-up itself.")
        document = {"schema": REMOVED_SCHEMA,
                    "removed": {"uuid": uuid, "signup_uuids": list(signup_uuids),
                                "contact_uuid": contact_uuid or None}}
        call = Call("POST", "", canonical_json(document), idempotency_key=uuid, event="removed")
        return Delivery.of((call,), document, self.hash_key)

    def base_url(self, secret: str) -> str:
        check_secret(secret)  # a malformed whsec_ secret stops this target with a message
        return super().base_url(secret)

    def headers(self, call: Call, secret: str, now: dt.datetime) -> dict[str, str]:
        timestamp = str(int(as_utc(now).timestamp()))
        if call.idempotency_key:
            msg_id = message_id(call.idempotency_key, call.body)
        else:
            msg_id = "msg_" + uuid.uuid4().hex
        headers = {"Content-Type": "application/json", "webhook-id": msg_id,
                   "webhook-timestamp": timestamp,
                   "webhook-signature": signature(secret, msg_id, timestamp, call.body),
                   "X-Outreach-Kit-Event": call.event or (
                       "signup" if call.idempotency_key else "ping")}
        if call.idempotency_key:
            headers["Idempotency-Key"] = call.idempotency_key
        return headers

    def test_call(self) -> Call:
        return Call("POST", "", canonical_json({"schema": PING_SCHEMA}))

    def remote_id(self, responses: list[httpx.Response]) -> str:
        body = json_body(responses[0]) if responses else None
        value = body.get("id") if isinstance(body, dict) else None
        return str(value)[:200] if isinstance(value, str | int) else ""
