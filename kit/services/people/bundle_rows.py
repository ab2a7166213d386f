"""The sign-ups a USB bundle carries (kit.services.bundles), read and stored behind the door.

A bundle carries each sign-up as it is here: a sealed one as its sealed blob and key id, a clear
one with its person's fields, a purged one (retention) with its counting columns only. On
arrival a clear one goes to the people in force (`SignupImport.bundle_signup`); a sealed or
purged one is stored as it came, with no contact.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from kit.store.models import Contact, Signup


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def bundle_signups(event_uuids: dict[int, str]) -> list[dict[str, Any]]:
    """The sign-ups of these events (id -> uuid), oldest first, as a bundle carries them.
    Inside the caller's read transaction (one snapshot with the events)."""
    signups = []
    query = Signup.select().where(Signup.event.in_(list(event_uuids))).order_by(Signup.id)
    contacts = {c.id: c for c in Contact.select().where(
        Contact.id.in_(query.select(Signup.contact)))}
    for s in query:
        item: dict[str, Any] = {
            "uuid": s.uuid, "event_uuid": event_uuids[s.event_id],
            "created_at": _iso(s.created_at),
            "interests": json.loads(s.interests), "consent_email": bool(s.consent_email),
            "consent_email_text": s.consent_email_text, "consent_sms": bool(s.consent_sms),
            "consent_sms_text": s.consent_sms_text, "source": s.source, "language": s.language,
        }
        if s.sealed is not None:
            item["key_id"] = s.key_id
            item["sealed"] = base64.b64encode(bytes(s.sealed)).decode("ascii")
        elif s.contact_id is not None:
            c = contacts[s.contact_id]
            item["clear"] = {"first_name": c.first_name, "last_name": c.last_name,
                             "email": c.email or "", "phone": c.phone or "",
                             "postal_code": c.postal_code, "note": s.note}
        # else: purged (retention): only the counting columns travel.
        signups.append(item)
    return signups


def known_uuids(uuids: Iterable[str]) -> set[str]:
    """Which of these sign-up UUIDs are here already."""
    return {u for (u,) in Signup.select(Signup.uuid).where(
        Signup.uuid.in_(list(uuids))).tuples()}


def store_carried(columns: dict[str, Any], *, key_id: str | None = None,
                  sealed: bytes | None = None) -> int:
    """Store a sealed (`key_id`, `sealed`) or purged sign-up as it came, with no contact,
    inside the caller's transaction; returns its row id (the caller journals it and queues
    its outbox rows)."""
    if sealed is not None:
        row = Signup.create(**columns, contact=None, note="", key_id=key_id, sealed=sealed)
    else:
        row = Signup.create(**columns, contact=None, note="")
    return int(row.id)
