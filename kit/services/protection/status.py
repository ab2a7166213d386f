"""What `protect status` and the volunteer area show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kit.domain.protection import ProtectionMode
from kit.protect.keys import family_id_for
from kit.services.kit import Kit
from kit.services.protection.ring import load_ring
from kit.services.protection.session import DEFAULT_RELOCK_MINUTES, mode, relock_seconds
from kit.store.models import Contact, Signup


@dataclass(frozen=True)
class ProtectionStatus:
    """What `protect status` and the volunteer area show."""

    mode: ProtectionMode
    can_read: bool = False
    active_key_id: str = ""
    key_ids: tuple[str, ...] = ()
    family_id: str = ""
    sealed_signups: int = 0
    clear_contacts: int = 0
    relock_minutes: int = DEFAULT_RELOCK_MINUTES

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "can_read": self.can_read, "active_key_id": self.active_key_id,
                "key_ids": list(self.key_ids), "family_id": self.family_id,
                "sealed_signups": self.sealed_signups, "clear_contacts": self.clear_contacts,
                "relock_minutes": self.relock_minutes}


def protection_status(kit: Kit) -> ProtectionStatus:
    ring = load_ring(kit)
    sealed = Signup.select().where(Signup.sealed.is_null(False)).count()
    clear = Contact.select().count()
    minutes = int(relock_seconds(kit) // 60)
    if ring is None:
        return ProtectionStatus(ProtectionMode.OFF, clear_contacts=clear, relock_minutes=minutes)
    return ProtectionStatus(
        mode(kit), ring.can_read, ring.active_key_id, tuple(k.key_id for k in ring.keys),
        family_id_for(ring.family_key) if ring.family_key else "", sealed, clear, minutes,
    )
