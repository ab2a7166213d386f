"""Who an export writes: the one definition both kinds of people apply.

Clear people (kit.services.people.clear_export) translate it to SQL; sealed people
(kit.services.people.sealed) apply `matches` to the opened contacts. A contact is chosen when
one of their sign-ups passes every sign-up condition (event, dates, new since the last export)
and the contact passes every contact condition (consent, an address to write to).

Times are naive UTC, as stored (kit.domain.times).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kit.domain.records import ContactRecord
from kit.domain.times import to_stored


@dataclass(frozen=True)
class ExportFilter:
    """Conditions that combine (AND); an unset one lets everyone through."""

    event_id: int | None = None  # a sign-up at this event
    start: dt.datetime | None = None  # a sign-up made at or after (the first day's midnight)
    end: dt.datetime | None = None  # ... and before (the midnight after the last day)
    since: dt.datetime | None = None  # ... and after the last export
    email_consent: bool = False  # agreed to email (latest answer) and has an email
    needs_email: bool = False  # has an email (a format that cannot write anyone without)
    sms_consent: bool = False  # agreed to texts (latest answer) and has a phone

    @property
    def narrows_signups(self) -> bool:
        """Whether any sign-up condition is set (else every contact's sign-ups pass)."""
        return (self.event_id is not None or self.start is not None or self.end is not None
                or self.since is not None)

    def signup_matches(self, event_id: int, created_at: dt.datetime) -> bool:
        """One sign-up against the sign-up conditions; `created_at` naive UTC."""
        return ((self.event_id is None or event_id == self.event_id)
                and (self.start is None or created_at >= self.start)
                and (self.end is None or created_at < self.end)
                and (self.since is None or created_at > self.since))

    def contact_matches(self, record: ContactRecord) -> bool:
        """A contact against the contact conditions."""
        if self.email_consent and not (record.consent_email and record.email):
            return False
        if self.needs_email and not record.email:
            return False
        return not (self.sms_consent and not (record.consent_sms and record.phone))

    def matches(self, record: ContactRecord, event_id_of: Callable[[str], int]) -> bool:
        """The whole filter on a contact with its sign-ups; `event_id_of` maps a sign-up's
        event uuid to the event's id."""
        if not self.contact_matches(record):
            return False
        wanted = self.event_id is not None  # the event's id is looked up only when it counts
        return any(self.signup_matches(event_id_of(s.event_uuid) if wanted else 0,
                                       to_stored(s.created_at))
                   for s in record.signups)
