"""The plain data a target needs to build one request: a sign-up with its contact and event."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from kit.sync.consent import ChannelConsent


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
    email_consent: ChannelConsent | None = None
    """The person's latest email answers (kit.sync.consent); None: only this sign-up's known."""
    sms_consent: ChannelConsent | None = None
    opened: bool = False
    """Read from the unlocked vault: nothing a server says about this person is kept in clear."""

    @property
    def email_answers(self) -> ChannelConsent:
        """What targets follow for email: the person's latest answers, not this sign-up's."""
        if self.email_consent is not None:
            return self.email_consent
        return ChannelConsent(self.consent_email, self.consent_email,
                              wording=self.consent_email_text,
                              answered_at=self.signup_created_at)

    @property
    def sms_answers(self) -> ChannelConsent:
        if self.sms_consent is not None:
            return self.sms_consent
        return ChannelConsent(self.consent_sms, self.consent_sms, wording=self.consent_sms_text,
                              answered_at=self.signup_created_at)

    @property
    def wants_email(self) -> bool:
        """The person's latest answer to email is yes, and there is an address to send to."""
        return self.email_answers.latest and bool(self.email)

    @property
    def wants_sms(self) -> bool:
        """The person's latest answer to texts is yes, and there is a number."""
        return self.sms_answers.latest and bool(self.phone)


def canonical_json(document: Any) -> bytes:
    """The exact bytes sent: sorted keys, no spaces, UTF-8. Hashing these detects edits."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iso_utc(value: dt.datetime) -> str:
    """A naive-UTC time as ISO 8601 with a Z."""
    return value.replace(microsecond=0).isoformat() + "Z"
