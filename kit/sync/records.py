"""The plain data a target needs to build one request: a sign-up with its contact and event."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SyncRecord:
    """One outbox row's sign-up, read from the store; no database objects inside."""

    outbox_id: int
    state: str
    attempts: int
    payload_hash: str
    signup_uuid: str
    signup_created_at: dt.datetime  # naive UTC
    interests: tuple[str, ...]
    consent_email: bool
    consent_email_text: str
    consent_sms: bool
    consent_sms_text: str
    language: str
    source: str
    sealed: bool
    contact_uuid: str
    first_name: str
    last_name: str
    email: str
    phone: str
    postal_code: str
    event_uuid: str
    event_name: str
    event_location: str
    event_date: dt.date | None
    country: str = "US"

    @property
    def wants_email(self) -> bool:
        """The sign-up said yes to email, and there is an address to send to."""
        return self.consent_email and bool(self.email)

    @property
    def wants_sms(self) -> bool:
        """The sign-up said yes to text messages, and there is a number."""
        return self.consent_sms and bool(self.phone)


def canonical_json(document: Any) -> bytes:
    """The exact bytes sent: sorted keys, no spaces, UTF-8. Hashing these detects edits."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iso_utc(value: dt.datetime) -> str:
    """A naive-UTC time as ISO 8601 with a Z."""
    return value.replace(microsecond=0).isoformat() + "Z"
