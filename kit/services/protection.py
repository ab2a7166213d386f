"""Protected mode use-cases: turn it on, seal sign-ups, lock and unlock, rotate, serve contacts.

States (kit.domain.protection.ProtectionMode): OFF (no key ring), LOCKED (sign-ups are sealed on
the way in and nothing personal can be read), UNLOCKED (the private keys and the opened sign-ups
are held in memory by this process only, in `kit.protection`; nothing opened is ever written
back in clear).

A sealed sign-up row keeps in clear only what counting needs: uuid, event, the quarter hour it
was made (see coarse_time), interests, consent answers and the consent wording shown (not
personal), the key id and the sealed blob. It has no contact and an empty note. No Contact
row exists for it: contacts are formed on unlock, in memory, by kit.protect.vault.

The key ring lives in the settings table (no schema change) and is read on every use, so a kit
protected by another process (a CLI `protect init` while the app is open) seals from then on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import hmac
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kit.domain.errors import KitError, KitLocked
from kit.domain.protection import ProtectionMode
from kit.domain.signup import CleanSignup
from kit.domain.times import from_stored, quarter_hour, utc_now
from kit.logsetup import coarsen_log_files
from kit.protect.erase import overwrite_and_delete
from kit.protect.keys import (
    KdfParams,
    KeyRing,
    ProtectError,
    WrongPassphrase,
    family_id_for,
    new_ring,
    rotated_ring,
)
from kit.protect.sealing import SUITE, SealBroken, SealedFields, open_fields, seal_fields
from kit.protect.session import Session
from kit.protect.vault import BrokenSeal, Vault, VaultSignup
from kit.services.kit import PROTECTION_KEYS_SETTING, Kit
from kit.store.backup import list_backups
from kit.store.models import Contact, Event, Signup, new_uuid
from kit.store.schema import QUARTER_HOUR_UPDATES
from kit.sync import notices

log = logging.getLogger(__name__)

RING_SETTING = PROTECTION_KEYS_SETTING
RELOCK_SETTING = "relock_minutes"
DEFAULT_RELOCK_MINUTES = 10
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


@dataclass(frozen=True)
class ScrubReport:
    """What turning protection on did to the clear data that was there before."""

    sealed_signups: int = 0
    deleted_contacts: int = 0
    vacuumed: bool = False
    wal_truncated: bool = False
    backup: Path | None = None
    deleted_backups: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()
    rekeyed_signups: int = 0
    sealed_copies: tuple[Path, ...] = ()
    rewritten_logs: int = 0


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


@dataclass(frozen=True)
class InitResult:
    """The ring that was set up and what happened to the data already there."""

    ring: KeyRing
    scrub: ScrubReport = field(default_factory=ScrubReport)


# -- the ring ----------------------------------------------------------------------------------
def load_ring(kit: Kit) -> KeyRing | None:
    """The kit's key ring, or None when protection is off."""
    data = kit.settings.get(RING_SETTING)
    return KeyRing.from_json(data) if data else None


def _save_ring(ring: KeyRing) -> None:
    from kit.services.settings import Settings

    Settings.set_in_transaction(RING_SETTING, ring.to_json())


def _session(kit: Kit) -> Session | None:
    return kit.protection


def holds_keys(kit: Kit) -> bool:
    """This process holds the kit's private keys now (a lock, by hand or after idle minutes,
    drops them). Never relocks itself: for watchers on other threads (the phone form)."""
    return _session(kit) is not None


def relock_seconds(kit: Kit) -> float:
    minutes = kit.settings.get(RELOCK_SETTING)
    return float(DEFAULT_RELOCK_MINUTES if minutes is None else minutes) * 60


def mode(kit: Kit) -> ProtectionMode:
    """OFF, LOCKED or UNLOCKED (relocking first if the kit sat idle too long)."""
    if not kit.is_protected():
        return ProtectionMode.OFF
    session = _session(kit)
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
    session = _session(kit)
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
    session = _session(kit)
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
    session = _session(kit)
    kit.protection = None
    if session is not None:
        session.vault.clear()
        session.private_keys.clear()
        gc.collect()  # free what only cycles kept alive now, not at some later collection


# -- sealing -----------------------------------------------------------------------------------
COARSE_MINUTES = 15


def coarse_time(when: dt.datetime) -> dt.datetime:
    """The quarter hour a sign-up was made (naive UTC): enough for counts per day and per hour,
    not a timeline.

    Why 15 minutes and not the hour: every UTC offset in use is a multiple of 15 minutes
    (India +5:30, Nepal +5:45, Newfoundland -3:30, ...), so a time floored to the quarter hour in
    UTC stays in the same local day and hour; floored to the UTC hour, a sign-up made just after
    local midnight in India was counted on the day before. Rows sealed before this change keep
    their hour (nothing stored is rewritten). The exact time stays inside the seal.
    """
    return when.replace(minute=when.minute - when.minute % COARSE_MINUTES, second=0,
                        microsecond=0)


def _fields_of(clean: CleanSignup, created_at: dt.datetime) -> SealedFields:
    return SealedFields(
        first_name=clean.first_name, last_name=clean.last_name, email=clean.email,
        phone=clean.phone, postal_code=clean.postal_code, note=clean.note,
        created_at=from_stored(created_at),
    )


def seal_new_signup(
    kit: Kit, ring: KeyRing, clean: CleanSignup, event_id: int, *, source: str, language: str,
    uuid: str | None = None, created_at: dt.datetime | None = None,
) -> Signup:
    """Insert one sealed sign-up row, inside the caller's transaction (the form's fields were
    sealed in memory first: the clear values never reach SQLite)."""
    key = ring.active()
    signup_uuid = uuid or new_uuid()
    exact = created_at or utc_now()
    fields = _fields_of(clean, exact)
    blob = seal_fields(fields, key.public_key(), signup_uuid, key.key_id)
    signup = Signup.create(
        uuid=signup_uuid, contact=None, event=event_id, created_at=coarse_time(exact),
        interests=json.dumps(list(clean.interests), ensure_ascii=False), note="",
        consent_email=clean.consent_email, consent_email_text=clean.wording.email,
        consent_sms=clean.consent_sms, consent_sms_text=clean.wording.sms,
        source=source, language=language, key_id=key.key_id, sealed=blob,
    )
    session = _session(kit)
    if session is not None:  # unlocked: the coordinator sees the new sign-up at once
        event = Event.get_by_id(event_id)
        session.vault.add([_vault_signup(signup, event.uuid, fields)])
    return signup


def _vault_signup(row: Signup, event_uuid: str, fields: SealedFields) -> VaultSignup:
    return VaultSignup(
        row_id=row.id, uuid=row.uuid, event_id=row.event_id, event_uuid=event_uuid,
        created_at=fields.created_at or from_stored(row.created_at),
        interests=tuple(json.loads(row.interests)), consent_email=bool(row.consent_email),
        consent_email_text=row.consent_email_text, consent_sms=bool(row.consent_sms),
        consent_sms_text=row.consent_sms_text, language=row.language, key_id=row.key_id,
        fields=fields,
    )


# -- turning protection on ---------------------------------------------------------------------
def init_protection(kit: Kit, passphrase: str, *, kdf: KdfParams | None = None) -> InitResult:
    """Make the first key pair and family key, seal every clear contact, scrub the old data.

    The kit is left unlocked in this process (the new key is already in memory).
    """
    if mode(kit).on:
        raise ProtectError("This kit is already protected ('outreach-kit protect status').")
    ring, private = new_ring(passphrase, kdf or KdfParams(), _now_text(kit))
    scrub = _protect_with(kit, ring)
    _open_session(kit, private)
    return InitResult(ring, scrub)


def init_public_only(kit: Kit, public_file: str | os.PathLike[str]) -> InitResult:
    """Protect a table laptop with only the public key(s): it seals and can never read.

    Giving a kit the file again (after the coordinator rotated keys) adds the new keys.
    """
    try:
        document = json.loads(Path(public_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProtectError(f"Cannot read the public-key file {public_file}: {exc}") from exc
    given = KeyRing.from_public_file(document)
    current = load_ring(kit)
    if current is not None:
        if current.can_read:
            raise ProtectError("This kit holds private keys; it does not need a public-key file.")
        ring = current.merged_public(given)
        with kit.store.write():
            _save_ring(ring)
        return InitResult(ring)
    return InitResult(given, _protect_with(kit, given))


def _protect_with(kit: Kit, ring: KeyRing) -> ScrubReport:
    """Save the ring and seal every clear contact's sign-ups in one transaction, then scrub.

    In the same transaction, what would still say who someone is gets re-keyed: every sign-up
    UUID that is not random (derived from an imported row: kit.services.row_ids) becomes a
    random one (outbox rows follow, they point at the row id), the key that derived them is
    deleted, and consent wording that names the file a row was imported from stops naming it.
    """
    from kit.logsetup import use_coarse_times

    # From now on the log keeps nothing finer than the sealed rows, in this process and in any
    # other one logging into this kit's log (an app left running), before the logs are rewritten.
    use_coarse_times(log_dir=kit.paths.log_dir)
    key = ring.active()
    public = key.public_key()
    sealed = 0
    with kit.store.write():
        rekeyed = _rekey_revealing_rows()
        _forget_clear_request_hashes()
        orphans = (Contact.select().where(~Contact.id.in_(
            Signup.select(Signup.contact).where(Signup.contact.is_null(False)))).count())
        if orphans:
            raise ProtectError(
                f"{orphans} contacts have no sign-up to seal them into; export or delete them "
                "first. Nothing was changed."
            )
        _save_ring(ring)
        # A removal's notices on a clear kit hold the addresses the services still need.
        sealed_notices = notices.seal_clear(notices.sealer_for(public, key.key_id))
        for contact in Contact.select().order_by(Contact.id):
            for signup in Signup.select().where(Signup.contact == contact.id):
                fields = SealedFields(
                    first_name=contact.first_name, last_name=contact.last_name,
                    email=contact.email or "", phone=contact.phone or "",
                    postal_code=contact.postal_code, note=signup.note or "",
                    created_at=from_stored(signup.created_at),
                )
                signup.sealed = seal_fields(fields, public, signup.uuid, key.key_id)
                signup.key_id = key.key_id
                signup.contact = None
                signup.note = ""
                signup.created_at = coarse_time(signup.created_at)
                signup.save()
                sealed += 1
        deleted = Contact.delete().execute()
        for statement in QUARTER_HOUR_UPDATES:  # the ring is saved: the kit is protected
            kit.store.db.execute_sql(statement)
    if not (sealed or deleted or rekeyed or sealed_notices or leftover_clear_copies(kit.paths)):
        return replace(ScrubReport(), rewritten_logs=coarsen_log_files(kit.paths.log_dir))
    log.info("Protection on: sealed %s sign-ups, deleted %s clear contacts, re-keyed %s",
             sealed, deleted, rekeyed)
    return replace(scrub_database(kit, sealed_signups=sealed, deleted_contacts=deleted,
                                  ring=ring), rekeyed_signups=rekeyed)


_IMPORTED_FROM = re.compile(
    r"^Imported from (?:.+?): (?=the file has no |the export held no )"
    r"|^Imported from (?:.+): (?=[^:]*$)", re.DOTALL)


def unnamed_source(wording: str) -> str:
    """Consent wording an import wrote, without the name of the file it came from."""
    if not wording.startswith("Imported from "):
        return wording
    unnamed = _IMPORTED_FROM.sub("Imported from a file: ", wording, count=1)
    return unnamed if unnamed != wording else "Imported from a file."


def _rekey_revealing_rows() -> int:
    """Inside the caller's transaction: random UUIDs for derived ones, consent wording without
    file names, and no key left to derive import UUIDs with. Returns how many rows changed."""
    from kit.services.row_ids import IMPORT_KEY_SETTING, is_random_uuid
    from kit.store.models import Setting

    changed = 0
    rows = Signup.select(Signup.id, Signup.uuid, Signup.consent_email_text,
                         Signup.consent_sms_text).tuples()
    for row_id, uuid, email_text, sms_text in list(rows):
        update: dict[Any, Any] = {}
        if not is_random_uuid(uuid):
            update[Signup.uuid] = new_uuid()
        for column, text in ((Signup.consent_email_text, email_text),
                             (Signup.consent_sms_text, sms_text)):
            if unnamed_source(text) != text:
                update[column] = unnamed_source(text)
        if update:
            Signup.update(update).where(Signup.id == row_id).execute()
            changed += 1
    Setting.delete().where(Setting.key == IMPORT_KEY_SETTING).execute()
    return changed


def _forget_clear_request_hashes() -> None:
    """Inside the caller's transaction: delete the request-hash key kept in clear and every
    hash made with it (a hash of a person's request under a readable key confirms a guess).
    The first sync after unlocking plans each row again under the sealed key."""
    from kit.store.models import Outbox, Setting

    Setting.delete().where(Setting.key == HASH_KEY_SETTING).execute()
    Outbox.update(payload_hash="").where(Outbox.payload_hash != "").execute()


SEALED_COPY_SUFFIX = ".sealed"
_SEALED_COPY_MAGIC = b"outreach-kit sealed copy v1\n"


def leftover_clear_copies(paths) -> list[Path]:
    """Files the kit set aside that hold clear data from before protection: `damaged/` (a
    restore's or a repair's copies), a restore or a backup interrupted half-way."""
    found: list[Path] = []
    if paths.quarantine.is_dir():
        found += [p for p in sorted(paths.quarantine.rglob("*"))
                  if p.is_file() and not p.is_symlink() and p.suffix != SEALED_COPY_SUFFIX]
    found += [p for p in sorted(paths.data_dir.glob(".restoring-*")) if p.is_file()]
    if paths.backups.is_dir():
        found += [p for p in sorted(paths.backups.glob("*.partial")) if p.is_file()]
    return found


def seal_copy(path: Path, ring: KeyRing) -> Path:
    """Seal one leftover file to the ring's active key (`<name>.sealed`, 0600), then overwrite
    and delete the clear file. `unseal_copy` gives it back to an unlocked kit."""
    from kit.paths import private_file

    key = ring.active()
    sealed = path.with_name(path.name + SEALED_COPY_SUFFIX)
    blob = SUITE.encrypt(path.read_bytes(), key.public_key(), _copy_info(path.name, key.key_id))
    with private_file(sealed, "wb") as handle:
        handle.write(_SEALED_COPY_MAGIC + key.key_id.encode("ascii") + b"\n" + blob)
        handle.flush()
        os.fsync(handle.fileno())
    overwrite_and_delete(path)
    return sealed


def unseal_copy(kit: Kit, sealed: str | os.PathLike[str], output: str | os.PathLike[str]) -> Path:
    """Open a copy sealed by `seal_copy` (needs the unlocked kit) into `output` (0600)."""
    from kit.paths import private_file

    readable_vault(kit, "Opening a sealed copy needs the private key")
    session = _session(kit)
    source = Path(sealed)
    data = source.read_bytes()
    if not data.startswith(_SEALED_COPY_MAGIC) or b"\n" not in data[len(_SEALED_COPY_MAGIC):]:
        raise ProtectError(f"{source.name} is not a copy sealed by Outreach Kit.")
    key_id, blob = data[len(_SEALED_COPY_MAGIC):].split(b"\n", 1)
    private = session.private_keys.get(key_id.decode("ascii", "replace")) if session else None
    if private is None:
        raise ProtectError(f"{source.name} is sealed to a key this kit does not hold.")
    name = source.name.removesuffix(SEALED_COPY_SUFFIX)
    try:
        clear = SUITE.decrypt(blob, private, _copy_info(name, key_id.decode("ascii")))
    except (InvalidTag, ValueError) as exc:
        raise ProtectError(f"{source.name} does not open (changed or renamed).") from exc
    with private_file(output, "wb") as handle:
        handle.write(clear)
    return Path(output)


def _copy_info(name: str, key_id: str) -> bytes:
    return b"outreach-kit/copy/v1|" + name.encode("utf-8") + b"|" + key_id.encode("ascii")


def scrub_database(kit: Kit, *, sealed_signups: int = 0, deleted_contacts: int = 0,
                   ring: KeyRing | None = None) -> ScrubReport:
    """Overwrite what clear data SQLite may still hold, then replace the backups.

    secure_delete (a required pragma) zeroes freed content; VACUUM rebuilds the file so no free
    page is left; a TRUNCATE checkpoint empties the WAL; a fresh backup is made and every older
    backup (which holds the clear data) is overwritten and deleted. On a protected kit, the
    copies set aside in `damaged/` (and any half-done restore or backup) are sealed to the active
    key and their clear files overwritten and deleted, and the log's exact times are floored to
    the quarter hour.
    """
    notes: list[str] = []
    ring = ring or load_ring(kit)
    sealed_copies: list[Path] = []
    if ring is not None:
        for leftover in leftover_clear_copies(kit.paths):
            try:
                sealed_copies.append(seal_copy(leftover, ring))
            except OSError as exc:
                notes.append(f"Could not seal the clear copy {leftover} ({exc.strerror}); "
                             "delete it by hand.")
    rewritten_logs = coarsen_log_files(kit.paths.log_dir) if ring is not None else 0
    store = kit.store
    with store.write_gate():
        store.db.execute_sql("VACUUM")
        busy, _log, _done = store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    wal = Path(str(store.paths.database) + "-wal")
    truncated = not busy and (not wal.exists() or wal.stat().st_size == 0)
    if not truncated:
        notes.append("Another program has the kit open, so the write-ahead log could not be "
                     "emptied; close it and run 'outreach-kit protect status' again.")
    old = [b.path for b in list_backups(store.paths.backups)]
    fresh = store.backup("protected")
    deleted = []
    for path in old:
        if overwrite_and_delete(path):
            deleted.append(path)
        else:
            notes.append(f"Could not delete the old backup {path}; delete it by hand.")
    notes.append("Files on SSDs and flash drives may keep old blocks that no program can "
                 "overwrite; data written before protection was on may survive there.")
    return ScrubReport(sealed_signups, deleted_contacts, True, truncated, fresh, tuple(deleted),
                       tuple(notes), sealed_copies=tuple(sealed_copies),
                       rewritten_logs=rewritten_logs)


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
        session = _open_session(kit, private, monotonic=monotonic, progress=progress)
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


def _open_session(kit: Kit, private: dict[str, X25519PrivateKey], *,
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
    session = _session(kit)
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


# -- keys --------------------------------------------------------------------------------------
def rotate(kit: Kit, passphrase: str) -> str:
    """Add a new active key (old sign-ups stay readable with the old one); returns its id."""
    ring = load_ring(kit)
    if ring is None:
        raise ProtectError("This kit is not protected; run 'outreach-kit protect init' first.")
    new, private = rotated_ring(ring, passphrase, _now_text(kit))
    with kit.store.write():
        _save_ring(new)
    session = _session(kit)
    if session is not None:
        session.private_keys[new.active_key_id] = private
    log.info("Rotated to key %s", new.active_key_id)
    return new.active_key_id


def write_public_key(kit: Kit, path: str | os.PathLike[str]) -> Path:
    """Write the public-key file for table laptops (public keys and the family key)."""
    ring = load_ring(kit)
    if ring is None:
        raise ProtectError("This kit is not protected; run 'outreach-kit protect init' first.")
    target = Path(path)
    # Private to this user: the family key in it lets its holder make bundles the group trusts.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(ring.public_file(), handle, indent=2)
        handle.write("\n")
    return target


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


def _now_text(kit: Kit) -> str:
    """When a key is made, as the ring and the public-key file keep it: the quarter hour."""
    return quarter_hour(from_stored(kit.clock())).isoformat(timespec="seconds")


__all__ = [
    "KitLocked", "ProtectionMode", "WrongPassphrase", "ProtectError", "UnlockReport", "ScrubReport",
    "ProtectionStatus", "InitResult", "init_protection", "init_public_only", "unlock", "lock",
    "mode", "readable_vault", "rotate", "write_public_key",
    "protection_status", "unlock_from_env", "refresh_vault",
]
