"""Plain data records that travel between layers (store, services, renderers, exporters).

They carry no database or Qt objects, so renderers and exporters can be tested on their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class EventInfo:
    """What a handout or an export needs to know about an event."""

    id: int | None
    uuid: str
    name: str
    location: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class ConsentAnswer:
    """One consent question as it was shown and answered at one sign-up."""

    channel: str  # "email" or "sms"
    wording: str
    granted: bool
    answered_at: dt.datetime


@dataclass(frozen=True)
class SignupRecord:
    """One visit of a contact to an event."""

    uuid: str
    event_uuid: str
    created_at: dt.datetime
    interests: tuple[str, ...] = ()
    consents: tuple[ConsentAnswer, ...] = ()
    note: str = ""
    language: str = "en"


@dataclass(frozen=True)
class ContactRecord:
    """A person with every sign-up they made; consent flags are the latest answers."""

    id: int | None
    uuid: str
    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    note: str = ""
    consent_email: bool = False
    consent_sms: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    interests: tuple[str, ...] = ()
    event_ids: tuple[int, ...] = ()
    signups: tuple[SignupRecord, ...] = field(default=())
    # Set when a list (a search page) carries only the sign-ups' summary: interests, event ids
    # and this count, not the sign-ups themselves (`kit.services.contacts.get_contact` has them).
    signup_count: int | None = None

    @property
    def visits(self) -> int:
        """How many times this person signed up."""
        return len(self.signups) if self.signup_count is None else self.signup_count
