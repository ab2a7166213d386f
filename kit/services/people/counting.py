"""What the services count and choose among sign-ups without reading who anyone is: sign-ups
per event, and the sign-ups old enough for the retention rule to weigh.

The same for clear, sealed and locked people: these columns (event, quarter hour or exact time,
whether a row still holds personal data) stay in clear on a protected kit. A sealed row keeps
only the quarter hour it was made (kit.domain.times.coarse_time), so where the exact time
matters the latest it may have been made is given.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kit.domain.times import COARSE_MINUTES
from kit.store.models import Signup


def signup_counts() -> dict[int, int]:
    """Sign-ups per event id (an event without any is absent)."""
    return dict(Signup.select(Signup.event, pw.fn.COUNT(Signup.id))
                .group_by(Signup.event).tuples())


def signup_count(event_id: int) -> int:
    """Sign-ups at one event."""
    return Signup.select().where(Signup.event == event_id).count()


def holding_personal_data_until(cutoff: dt.datetime) -> list[tuple[int, dt.datetime]]:
    """Sign-ups stored at or before `cutoff` (naive UTC) that still hold personal data (a
    sealed blob or a contact), each with the latest time it may have been made: a clear row's
    own time, a sealed row's quarter hour plus the span it stands for."""
    holds_data = Signup.sealed.is_null(False) | Signup.contact.is_null(False)
    rows = (Signup.select(Signup.id, Signup.created_at, Signup.sealed.is_null(False))
            .where(holds_data & (Signup.created_at <= cutoff)).tuples())
    return [(row_id, created_at + (_coarse_span(created_at) if is_sealed else dt.timedelta()))
            for row_id, created_at, is_sealed in rows]


def _coarse_span(stored: dt.datetime) -> dt.timedelta:
    """How long after its stored (floored) time a sealed sign-up may have been made."""
    if stored.minute % 60:
        return dt.timedelta(minutes=COARSE_MINUTES)
    return dt.timedelta(hours=1)  # maybe floored to the hour, as rows were before quarter hours
