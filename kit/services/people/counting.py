"""What the services count and choose among sign-ups without reading who anyone is: sign-ups
per event, and the sign-ups old enough for the retention rule to weigh.

The same for clear, sealed and locked people: these columns (event, quarter hour or exact time,
whether a row still holds personal data) stay in clear on a protected kit. A sealed row keeps
only the quarter hour it was made (kit.domain.times.coarse_time), so where the exact time
matters the latest it may have been made is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import peewee as pw

from kit.domain.times import COARSE_MINUTES
from kit.store.models import Outbox, Signup


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


def event_totals() -> dict[int, tuple[int, int, int, int]]:
    """Per event id: sign-ups, those of unknown origin (no contact: sealed, or purged), yes to
    email, yes to texts."""
    return {
        event: (count, unknown, email, sms)
        for event, count, unknown, email, sms in Signup.select(
            Signup.event,
            pw.fn.COUNT(Signup.id),
            pw.fn.SUM(pw.Case(None, [(Signup.contact.is_null(), 1)], 0)),
            pw.fn.SUM(Signup.consent_email),
            pw.fn.SUM(Signup.consent_sms),
        )
        .group_by(Signup.event)
        .tuples()
    }


def returning_counts() -> dict[int, int]:
    """Per event id: sign-ups whose contact signed up before (the contact id only, no
    details)."""
    return dict(
        Signup.select(Signup.event, pw.fn.COUNT(Signup.id))
        .where(Signup.contact.is_null(False) & _earlier_signup_exists())
        .group_by(Signup.event)
        .tuples()
    )


def _earlier_signup_exists() -> pw.Expression:
    """SQL: this sign-up's contact signed up before it (the contact id only, no details)."""
    prior = Signup.alias("prior")
    earlier = prior.select(prior.id).where(
        (prior.contact == Signup.contact)
        & (
            (prior.created_at < Signup.created_at)
            | ((prior.created_at == Signup.created_at) & (prior.id < Signup.id))
        )
    )
    return pw.fn.EXISTS(earlier)


def signups_at(event_id: int) -> pw.SelectQuery:
    """SQL: the ids of the sign-ups at one event (to narrow another table's rows to it)."""
    return Signup.select(Signup.id).where(Signup.event == event_id)


def outbox_per_event(states: Iterable[str]) -> dict[int, int]:
    """Per event id: outbox rows in none of `states`."""
    return dict(
        Outbox.select(Signup.event, pw.fn.COUNT(Outbox.id))
        .join(Signup)
        .where(Outbox.state.not_in(list(states)))
        .group_by(Signup.event)
        .tuples()
    )
