"""The outbox rows a person waits in, as the Sync tab lists them: the stuck ones (failed or
needing attention) with the name of the person when it is in clear.

A sealed row has no contact, so its name is empty (the Sync tab says "sealed" instead); the
query is the same for clear, sealed and locked people.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import peewee as pw

from kit.store.models import Contact, Outbox, Signup, SyncTarget
from kit.sync import states


class StuckRow(NamedTuple):
    outbox_id: int
    target: str
    state: str
    attempts: int
    last_status: int | None
    reason: str
    signup_uuid: str
    contact_id: int | None
    name: str
    updated_at: dt.datetime


def stuck_rows(target_id: int | None = None) -> list[StuckRow]:
    """Rows in `failed` or `needs_attention`, newest first (of one target, if given)."""
    query = (Outbox.select(Outbox.id, SyncTarget.name, Outbox.state, Outbox.attempts,
                           Outbox.last_status, Outbox.last_error, Signup.uuid, Signup.contact,
                           Contact.first_name, Contact.last_name, Outbox.updated_at)
             .join(SyncTarget).switch(Outbox).join(Signup)
             .join(Contact, pw.JOIN.LEFT_OUTER, on=(Signup.contact == Contact.id))
             .where(Outbox.state.in_(states.STUCK_STATES))
             .order_by(Outbox.updated_at.desc(), Outbox.id.desc()))
    if target_id is not None:
        query = query.where(Outbox.target == target_id)
    return [StuckRow(oid, name, state, attempts, status, reason, signup_uuid, contact_id,
                     f"{first or ''} {last or ''}".strip(), updated)
            for (oid, name, state, attempts, status, reason, signup_uuid, contact_id, first, last,
                 updated) in query.tuples()]
