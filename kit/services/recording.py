"""What recording a sign-up shares between its clear path (kit.services.signups) and its sealed
path (kit.services.protection): the receipt the screen may acknowledge, and the outbox rows the
same transaction adds.

Kept apart so neither of the two modules needs to import the other to finish a sign-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.store.models import Outbox, Signup, SyncTarget, utc_now


@dataclass(frozen=True)
class SignupReceipt:
    """What the screen may acknowledge: the sign-up is committed to disk."""

    signup_uuid: str
    contact_id: int | None  # None for a sealed sign-up: who it is is known only on unlock
    event_id: int
    returning: bool


def enqueue_for_targets(signup: Signup) -> int:
    """One pending outbox row per enabled target, inside the caller's transaction."""
    targets = list(SyncTarget.select(SyncTarget.id).where(SyncTarget.enabled == True))  # noqa: E712
    if not targets:
        return 0
    now = utc_now()
    rows = [{"signup": signup.id, "target": t.id, "updated_at": now} for t in targets]
    Outbox.insert_many(rows).on_conflict_ignore().execute()
    return len(rows)
