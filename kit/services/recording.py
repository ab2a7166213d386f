"""What recording a sign-up shares between its clear path (kit.services.signups) and its sealed
path (kit.services.protection): the receipt the screen may acknowledge. (The outbox rows the same
transaction adds are kit.sync.outbox.enqueue's.)

Kept apart so neither of the two modules needs to import the other to finish a sign-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignupReceipt:
    """What the screen may acknowledge: the sign-up is committed to disk."""

    signup_uuid: str
    contact_id: int | None  # None for a sealed sign-up: who it is is known only on unlock
    event_id: int
    returning: bool

