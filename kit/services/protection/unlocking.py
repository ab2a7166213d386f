"""Unlocking: the passphrase opens the private keys, and they open every sealed sign-up into the
vault (kit.protect.vault), where people are formed in memory.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kit.domain.errors import KitError
from kit.domain.protection import ProtectionMode
from kit.domain.times import from_stored
from kit.protect.keys import ProtectError
from kit.protect.sealing import SealBroken, open_fields
from kit.protect.session import Session
from kit.protect.vault import BrokenSeal, Vault, VaultSignup
from kit.services.kit import Kit
from kit.services.protection.ring import load_ring
from kit.services.protection.session import current_session, lock, mode, readable_vault
from kit.store.models import Signup

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class UnlockReport:
    """What unlocking opened, and every sealed sign-up that did not open (with why)."""

    opened: int
    contacts: int
    broken: tuple[BrokenSeal, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"opened": self.opened, "contacts": self.contacts,
                "broken": [{"signup_uuid": b.signup_uuid, "key_id": b.key_id, "reason": b.reason}
                           for b in self.broken]}


# -- unlocking ---------------------------------------------------------------------------------
Progress = Callable[[int, int], None]


def unlock(kit: Kit, passphrase: str, *, monotonic: Callable[[], float] = time.monotonic,
           progress: Progress | None = None) -> UnlockReport:
    """Open the private keys with the passphrase and every sealed sign-up with them.

    `progress(done, total)` is called as sign-ups open (every few thousand), then once more
    with done == total after they are grouped into people. Raises WrongPassphrase ("wrong
    passphrase") or ProtectError (a public-key-only kit).
    """
    ring = load_ring(kit)
    if ring is None:
        raise ProtectError("This kit is not protected; there is nothing to unlock.")
    private = ring.unlock(passphrase)
    # Every object made from here on lives as long as the vault: the cyclic garbage collector
    # would only walk them again and again as they pile up.
    with _gc_paused():
        session = open_session(kit, private, monotonic=monotonic, progress=progress)
        session.vault.merge()
    report = UnlockReport(len(session.vault), session.vault.count(),
                          tuple(session.vault.broken))
    if progress is not None:
        progress(report.opened + len(report.broken), report.opened + len(report.broken))
    log.info("Unlocked: %s sign-ups opened, %s did not open", report.opened, len(report.broken))
    if report.broken:  # never silently dropped: say so wherever the kit was unlocked
        log.warning("%s sealed sign-ups did not open (changed or moved); "
                    "'outreach-kit protect check' lists them", len(report.broken))
    return report


def open_session(kit: Kit, private: dict[str, X25519PrivateKey], *,
                  monotonic: Callable[[], float] = time.monotonic,
                  progress: Progress | None = None) -> Session:
    lock(kit)
    session = Session(dict(private), Vault(), monotonic(), monotonic)
    kit.protection = session
    refresh_vault(kit, progress=progress)
    return session


# The sealed rows as refresh_vault reads them: plain SQL, since building a peewee row for each
# of 100,000 sign-ups cost more than the merge. Streamed, never all in memory at once.
_SEALED_SQL = (
    "SELECT s.id, s.uuid, s.event_id, e.uuid, s.created_at, s.interests, s.consent_email,"
    " s.consent_email_text, s.consent_sms, s.consent_sms_text, s.language, s.key_id, s.sealed"
    " FROM signup AS s JOIN event AS e ON e.id = s.event_id"
    " WHERE s.sealed IS NOT NULL ORDER BY s.id"
)
PROGRESS_EVERY = 2_000


def refresh_vault(kit: Kit, *, progress: Progress | None = None) -> int:
    """Open sealed sign-ups the vault does not hold yet (after an import); returns how many.

    `progress(done, total)` counts the sealed rows gone through (opening each one is the cost:
    an X25519 key agreement per sign-up).
    """
    session = current_session(kit)
    if session is None:
        return 0
    vault = session.vault
    known_broken = {b.signup_uuid for b in vault.broken}
    conn = kit.store.db.connection()
    total = 0
    if progress is not None:
        total = conn.execute("SELECT COUNT(*) FROM signup WHERE sealed IS NOT NULL").fetchone()[0]
        progress(0, total)
    opened: list[VaultSignup] = []
    # Every object made here lives as long as the vault: with the cyclic garbage collector on,
    # it walks them again and again as they pile up (at 100,000 sign-ups that cost about as much
    # as opening the seals).
    # The clear columns repeat from row to row (an event's uuid, the consent wording shown, the
    # language, the key id): kept once each instead of once per sign-up (~40 MB at 100,000).
    shared: dict[str, str] = {}
    once = shared.setdefault
    with _gc_paused():
        done = 0
        for row in conn.execute(_SEALED_SQL):
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(min(done, total), total)
            (row_id, uuid, event_id, event_uuid, created_at, interests, consent_email,
             email_text, consent_sms, sms_text, language, key_id, sealed) = row
            if vault.has(uuid) or uuid in known_broken:
                continue
            private = session.private_keys.get(key_id or "")
            if private is None:
                vault.broken.append(BrokenSeal(uuid, key_id or "",
                                               "sealed to a key this kit does not hold"))
                continue
            try:
                fields = open_fields(sealed, private, uuid, key_id)
            except SealBroken as exc:
                vault.broken.append(BrokenSeal(uuid, key_id, str(exc)))
                continue
            # Positional, in VaultSignup's field order (keywords cost ~1 µs a sign-up more).
            opened.append(VaultSignup(
                row_id, uuid, event_id, once(event_uuid, event_uuid),
                fields.created_at or from_stored(created_at), _interests(interests),
                bool(consent_email), once(email_text, email_text), bool(consent_sms),
                once(sms_text, sms_text), once(language, language), once(key_id, key_id), fields,
            ))
    vault.add(opened)
    # A row that names a key but has no sealed data lost it (purge clears the key id too).
    for uuid, key_id in (Signup.select(Signup.uuid, Signup.key_id)
                         .where(Signup.sealed.is_null(), Signup.key_id.is_null(False),
                                Signup.contact.is_null()).tuples()):
        if uuid not in known_broken:
            vault.broken.append(BrokenSeal(uuid, key_id, "the sealed data is missing"))
            known_broken.add(uuid)
    return len(opened)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@functools.lru_cache(maxsize=1024)
def _interests(text: str) -> tuple[str, ...]:
    """A sign-up's interests column; few distinct values, so parsed once each."""
    return tuple(json.loads(text))


def unlock_report(kit: Kit) -> UnlockReport:
    """The current vault's counts and the sign-ups that did not open (unlocked kits)."""
    vault = readable_vault(kit, "The report needs the private key")
    if vault is None:
        return UnlockReport(0, 0)
    return UnlockReport(len(vault), vault.count(), tuple(vault.broken))


def unlock_from_env(kit: Kit, variable: str) -> UnlockReport | None:
    """The global `--passphrase-env VAR`: unlock for this command (nothing to do when off)."""
    if mode(kit) is ProtectionMode.OFF:
        return None
    passphrase = passphrase_from_env(variable)
    return unlock(kit, passphrase)


def passphrase_from_env(variable: str) -> str:
    value = os.environ.get(variable)
    if not value:
        raise KitError(f"The environment variable {variable} is not set or empty.",
                       code="no_passphrase")
    return value
