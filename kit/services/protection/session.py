"""The protection session: which mode the kit is in, the keys held in memory, locking.

The private keys and the opened sign-ups are held by this process only, in `kit.protection`
(kit.protect.session), and an unlocked kit left idle relocks (`mode`). Nothing opened is ever
written back in clear.
"""

from __future__ import annotations

import gc
import hashlib
import hmac
import logging
import os

from kit.domain.errors import KitLocked
from kit.domain.protection import ProtectionMode
from kit.protect.session import Session
from kit.protect.vault import Vault
from kit.services.kit import Kit
from kit.services.protection.ring import load_ring

log = logging.getLogger(__name__)

RELOCK_SETTING = "relock_minutes"
DEFAULT_RELOCK_MINUTES = 10


def current_session(kit: Kit) -> Session | None:
    return kit.protection


def holds_keys(kit: Kit) -> bool:
    """This process holds the kit's private keys now (a lock, by hand or after idle minutes,
    drops them). Never relocks itself: for watchers on other threads (the phone form)."""
    return current_session(kit) is not None


def relock_seconds(kit: Kit) -> float:
    minutes = kit.settings.get(RELOCK_SETTING)
    return float(DEFAULT_RELOCK_MINUTES if minutes is None else minutes) * 60


def mode(kit: Kit) -> ProtectionMode:
    """OFF, LOCKED or UNLOCKED (relocking first if the kit sat idle too long)."""
    if not kit.is_protected():
        return ProtectionMode.OFF
    session = current_session(kit)
    if session is None:
        return ProtectionMode.LOCKED
    if session.monotonic() - session.last_used > relock_seconds(kit):
        lock(kit)
        log.info("Relocked after %s idle minutes", relock_seconds(kit) / 60)
        return ProtectionMode.LOCKED
    return ProtectionMode.UNLOCKED


def readable_vault(kit: Kit, what: str = "This kit is protected and locked", *,
                   activity: bool = True) -> Vault | None:
    """The vault when unlocked, None when protection is off; raises KitLocked when locked.

    Every read of personal data goes through here, so a locked kit refuses in one place.
    `activity` False: background work (the quiet sync) reads without counting as someone using
    the kit, so it never holds off the idle relock.
    """
    state = mode(kit)
    if state is ProtectionMode.OFF:
        return None
    if state is ProtectionMode.LOCKED:
        raise KitLocked(what)
    session = current_session(kit)
    assert session is not None
    if activity:
        session.touch()
    return session.vault


HASH_KEY_SETTING = "sync_hash_key"
"""A clear kit's request-hash key (kit.services.targets); deleted when protection goes on."""
REQUEST_HASH_INFO = b"outreach-kit/sync-request-hash-key/v1"
_LOCKED_HASH_KEY = os.urandom(32)
"""What a locked (or public-key-only) protected kit keys request hashes with: random, never
stored, so no hash it could write is testable. Such a kit plans no delivery anyway (its rows are
sealed and wait for the passphrase)."""


def request_hash_key(kit: Kit) -> bytes:
    """The key of the sync's request hashes on a protected kit (issue 21).

    A stored hash keyed with a key kept in clear beside it would let someone holding the files
    and a list of suspects rebuild each suspect's request with the kit's own code and confirm
    who signed up. So on a protected kit the key is derived from the ring's oldest private key:
    only an unlocked kit has it, and rotating keys (the oldest key stays in the ring) keeps it.
    """
    session = current_session(kit)
    ring = load_ring(kit)
    if session is None or ring is None:
        return _LOCKED_HASH_KEY
    for stored in ring.keys:
        private = session.private_keys.get(stored.key_id)
        if private is not None:
            return hmac.new(private.private_bytes_raw(), REQUEST_HASH_INFO,
                            hashlib.sha256).digest()
    return _LOCKED_HASH_KEY


def lock(kit: Kit) -> None:
    """Forget the private keys and every opened sign-up."""
    session = current_session(kit)
    kit.protection = None
    if session is not None:
        session.vault.clear()
        session.private_keys.clear()
        gc.collect()  # free what only cycles kept alive now, not at some later collection
