"""The key ring of a protected kit: where it is kept, and when a key is made.

The ring lives in the settings table (no schema change) and is read on every use, so a kit
protected by another process (a CLI `protect init` while the app is open) seals from then on.
"""

from __future__ import annotations

from kit.domain.times import from_stored, quarter_hour
from kit.protect.keys import KeyRing
from kit.services.kit import PROTECTION_KEYS_SETTING, Kit

RING_SETTING = PROTECTION_KEYS_SETTING


def load_ring(kit: Kit) -> KeyRing | None:
    """The kit's key ring, or None when protection is off."""
    data = kit.settings.get(RING_SETTING)
    return KeyRing.from_json(data) if data else None


def save_ring(ring: KeyRing) -> None:
    from kit.services.settings import Settings

    Settings.set_in_transaction(RING_SETTING, ring.to_json())


def now_text(kit: Kit) -> str:
    """When a key is made, as the ring and the public-key file keep it: the quarter hour."""
    return quarter_hour(from_stored(kit.clock())).isoformat(timespec="seconds")
