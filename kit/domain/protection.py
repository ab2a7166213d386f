"""Which state a kit's protection is in: one enum, never a string compared by hand.

`kit.services.protection.mode(kit)` decides it from the kit's stored state at each call (another
process may turn protection on; an unlocked kit left idle relocks). A StrEnum, so the value a
CLI prints or `protect status --json` writes is still the plain word ("off", "locked",
"unlocked").
"""

from __future__ import annotations

from enum import StrEnum


class ProtectionMode(StrEnum):
    """OFF: no key ring, sign-ups are stored in clear. LOCKED: sign-ups are sealed on the way in
    and nothing personal can be read (a table laptop holding only the public key is always
    locked; `ProtectionStatus.can_read` tells the two apart). UNLOCKED: the private keys and the
    opened sign-ups are held in memory by this process only."""

    OFF = "off"
    LOCKED = "locked"
    UNLOCKED = "unlocked"

    @property
    def on(self) -> bool:
        """Protection is on (locked or unlocked)."""
        return self is not ProtectionMode.OFF
