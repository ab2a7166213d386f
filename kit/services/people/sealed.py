"""Sealed people: protection is on. Sign-ups are sealed on the way in; people are read from the
vault (kit.protect.vault), which exists only while the kit is unlocked.

`SealedPeople` is an unlocked kit's; `LockedPeople` a locked one's: it still records (a sign-up
is sealed to the public key, which needs no passphrase) and refuses every read with KitLocked,
saying what needed the passphrase. Nothing opened is ever written back in clear: an edit seals
the person's sign-ups again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kit.domain.errors import FieldError, KitLocked, NotFound, ValidationFailed
from kit.domain.export_filter import ExportFilter
from kit.domain.protection import ProtectionMode
from kit.domain.records import ContactRecord, EventInfo
from kit.domain.signup import CleanSignup
from kit.domain.times import to_stored
from kit.export.csv_presets import CsvContact, csv_contact
from kit.protect.keys import ProtectError
from kit.protect.sealing import SealedFields, seal_fields
from kit.protect.session import Session
from kit.protect.vault import Vault
from kit.services.export_mark import keep_late_arrival_new
from kit.services.kit import Kit
from kit.services.people import removing
from kit.services.people.clear import drop_personal_data
from kit.services.people.journal import ImportJournal
from kit.services.people.removing import Removed
from kit.services.people.sealed_import import LOCKED_IMPORT, SealedImport
from kit.services.people.sealed_write import seal_new_signup
from kit.services.protection import load_ring, mode
from kit.services.recording import SignupReceipt
from kit.store.models import Event, Signup
from kit.sync import outbox
from kit.sync.consent import ChannelConsent, channel_consent
from kit.sync.records import SyncRecord

if TYPE_CHECKING:
    from kit.services.people import People

# What a locked kit says it needed the passphrase for (KitLocked adds how to unlock).
CONTACTS_LOCKED = "Contacts are sealed and the kit is locked"
EXPORT_LOCKED = "Exporting needs the sealed contacts and the kit is locked"
SYNC_LOCKED = "Syncing needs the sealed sign-ups and the kit is locked"


def protected_people(kit: Kit) -> People:
    """The people of a protected kit: sealed when unlocked (an idle kit relocks first), locked
    otherwise. (Protection turned off by another process meanwhile: clear.)"""
    state = mode(kit)
    if state is ProtectionMode.UNLOCKED:
        assert kit.protection is not None
        return SealedPeople(kit, kit.protection)
    if state is ProtectionMode.LOCKED:
        return LockedPeople(kit)
    from kit.services.people.clear import ClearPeople

    return ClearPeople(kit)


def record_sealed(kit: Kit, clean: CleanSignup, event_id: int, *, source: str, language: str,
                  created_at: dt.datetime | None = None) -> SignupReceipt:
    """One transaction: the sealed row and its outbox rows. The fields are sealed in memory
    first, so no clear field reaches the database."""
    ring = load_ring(kit)
    if ring is None:
        raise ProtectError("Protection was turned off while recording.")
    with kit.signup_write():  # a sign-up's own rows: Kit.desk stays good
        signup = seal_new_signup(kit, ring, clean, event_id, source=source, language=language,
                                 created_at=created_at)
        outbox.enqueue(signup.id)
        # Stamped before an export's mark but committed after it: still "new" next time.
        keep_late_arrival_new(kit.store.db.execute_sql, signup.id, created_at)
    return SignupReceipt(signup.uuid, None, event_id, False)


class LockedPeople:
    """People of a protected, locked kit: writes are sealed, reads raise KitLocked."""

    sealed = True
    readable = False

    def __init__(self, kit: Kit) -> None:
        self._kit = kit

    def record(self, clean: CleanSignup, event_id: int, *, source: str, language: str,
               created_at: dt.datetime) -> SignupReceipt:
        return record_sealed(self._kit, clean, event_id, source=source, language=language,
                             created_at=created_at)

    def get(self, contact_id: int) -> ContactRecord:
        raise KitLocked(CONTACTS_LOCKED)

    def search(self, query: str = "", event_id: int | None = None, *, limit: int | None = None,
               offset: int = 0, with_signups: bool = False) -> list[ContactRecord]:
        raise KitLocked(CONTACTS_LOCKED)

    def count(self, query: str = "", event_id: int | None = None) -> int:
        raise KitLocked(CONTACTS_LOCKED)

    def update(self, contact_id: int, clean: CleanSignup) -> ContactRecord:
        raise KitLocked(CONTACTS_LOCKED)

    def delete(self, contact_id: int) -> Removed:
        raise KitLocked(CONTACTS_LOCKED)

    def export(self, chosen: ExportFilter) -> SealedSelection:
        raise KitLocked(EXPORT_LOCKED)

    def purge(self, signup_ids: list[int]) -> int:
        """Allowed while locked: it only drops data (a later unlock finds it gone)."""
        with self._kit.store.write():
            return drop_personal_data(signup_ids)[1]

    def importer(self, journal: ImportJournal, *, dry_run: bool,
                 reads_people: bool) -> SealedImport:
        """Only a bundle (merged by UUID, sealed to the public key) imports while locked."""
        if reads_people:
            raise KitLocked(LOCKED_IMPORT)
        return SealedImport(self._kit, journal, None, dry_run=dry_run, reads_people=False)

    def sync_reader(self, *, must_read: bool, background: bool = False) -> None:
        """None (sealed rows wait for the passphrase), or KitLocked when the caller must read."""
        if must_read:
            raise KitLocked(SYNC_LOCKED)
        return None


class SealedPeople:
    """People of a protected, unlocked kit: the vault's, kept in step with the sealed rows."""

    sealed = True
    readable = True

    def __init__(self, kit: Kit, session: Session) -> None:
        self._kit = kit
        self._session = session

    @property
    def _vault(self) -> Vault:
        """The vault, counting the read as someone using the kit (it holds off the relock)."""
        self._session.touch()
        return self._session.vault

    def record(self, clean: CleanSignup, event_id: int, *, source: str, language: str,
               created_at: dt.datetime) -> SignupReceipt:
        # The new sign-up joins the vault as it is sealed (seal_new_signup), not as a read.
        return record_sealed(self._kit, clean, event_id, source=source, language=language,
                             created_at=created_at)

    def get(self, contact_id: int) -> ContactRecord:
        return _contact(self._vault, contact_id)

    def search(self, query: str = "", event_id: int | None = None, *, limit: int | None = None,
               offset: int = 0, with_signups: bool = False) -> list[ContactRecord]:
        """Records from the vault always carry their sign-ups (`with_signups` or not)."""
        return self._vault.search(query, event_id, offset=offset, limit=limit)

    def count(self, query: str = "", event_id: int | None = None) -> int:
        return self._vault.count(query, event_id)

    def update(self, contact_id: int, clean: CleanSignup) -> ContactRecord:
        """Re-seal each of the person's sign-ups with the new details.

        Identity follows the edit: if the new email belongs to another contact, refuse (as the
        clear path does).
        """
        vault = self._vault
        _contact(vault, contact_id)
        members = vault.signup_uuids_of(contact_id)
        if clean.email:
            owner = next((r.id for r in vault.contacts()
                          if r.email == clean.email and r.id != contact_id), None)
            if owner is not None:
                raise ValidationFailed([FieldError(
                    "email", "Another contact already has this email.", code="duplicate")])
        ring = load_ring(self._kit)
        assert ring is not None
        key = ring.active()
        public = key.public_key()
        resealed: dict[str, tuple[SealedFields, str]] = {}
        before = _contact(vault, contact_id)
        with self._kit.store.write():
            # An address that had a yes and is now another stays subscribed at a service that
            # has it: the next sync unsubscribes it (kit.sync.notices), sealed meanwhile.
            removing.address_changed(self._kit, members, before, email=clean.email,
                                     phone=clean.phone, seal=removing.sealer(self._kit))
            for uuid in members:
                old = vault.signup(uuid)
                assert old is not None
                fields = SealedFields(clean.first_name, clean.last_name, clean.email, clean.phone,
                                      clean.postal_code, clean.note, old.fields.created_at)
                blob = seal_fields(fields, public, uuid, key.key_id)
                Signup.update(sealed=blob, key_id=key.key_id).where(Signup.uuid == uuid).execute()
                resealed[uuid] = (fields, key.key_id)
        vault.replace_fields(resealed)
        # The contact keeps its id: it is named after its first sign-up, which did not change.
        return _contact(vault, contact_id)

    def delete(self, contact_id: int) -> Removed:
        """Every sign-up of theirs (and its outbox rows), with tombstones and notices whose
        addresses are sealed to the public key (people/removing.py)."""
        vault = self._vault
        record = _contact(vault, contact_id)
        members = vault.signup_uuids_of(contact_id)
        key = removing.visit_key(self._kit)
        opened = [s for s in (vault.signup(uuid) for uuid in members) if s is not None]
        marks = removing.marks_of(key, record, opened) if key is not None else []
        with self._kit.store.write():
            removed = removing.forget(
                self._kit, members, contact_uuid=record.uuid,
                email=record.email if removing.said_yes(record, "email") else "",
                phone=record.phone if removing.said_yes(record, "sms") else "",
                seal=removing.sealer(self._kit), marks=marks)
        vault.remove(members)
        return removed

    def export(self, chosen: ExportFilter) -> SealedSelection:
        """The unlocked contacts `chosen` lets through, oldest first, and their events."""
        event_ids: dict[str, int] = {}

        def event_id_of(event_uuid: str) -> int:
            if event_uuid not in event_ids:
                event_ids[event_uuid] = Event.get(Event.uuid == event_uuid).id
            return event_ids[event_uuid]

        ordered = sorted(self._vault.contacts(), key=lambda r: (r.created_at, -(r.id or 0)))
        records = [r for r in ordered if chosen.matches(r, event_id_of)]
        wanted = {s.event_uuid for r in records for s in r.signups}
        events = {
            e.uuid: EventInfo(e.id, e.uuid, e.name, e.location, e.date)
            for e in Event.select().where(Event.uuid.in_(list(wanted)))
        }
        return SealedSelection(records, events)

    def purge(self, signup_ids: list[int]) -> int:
        """As a locked kit's purge, and the vault forgets them (after the commit)."""
        with self._kit.store.write():
            uuids, contacts = drop_personal_data(signup_ids)
        self._session.vault.remove(uuids)
        return contacts

    def importer(self, journal: ImportJournal, *, dry_run: bool,
                 reads_people: bool) -> SealedImport:
        return SealedImport(self._kit, journal, self._vault, dry_run=dry_run,
                            reads_people=reads_people)

    def sync_reader(self, *, must_read: bool, background: bool = False) -> VaultReader:
        """`background`: the read does not count as someone using the kit (the quiet sync
        must not hold off the idle relock)."""
        vault = self._session.vault if background else self._vault
        return VaultReader(vault)


def _contact(vault: Vault, contact_id: int) -> ContactRecord:
    record = vault.contact(contact_id)
    if record is None:
        raise NotFound(f"There is no contact with id {contact_id}.")
    return record


@dataclass(frozen=True)
class SealedSelection:
    """The contacts an export chose from the vault (already in memory)."""

    chosen: list[ContactRecord]
    by_uuid: dict[str, EventInfo]

    def count(self) -> int:
        return len(self.chosen)

    def events(self) -> dict[str, EventInfo]:
        return self.by_uuid

    def records(self) -> Iterator[ContactRecord]:
        return iter(self.chosen)

    def csv_contacts(self, events: dict[str, EventInfo]) -> Iterator[CsvContact]:
        return (csv_contact(record, events) for record in self.chosen)


class VaultReader:
    """Fills a sealed outbox row's record from the unlocked vault, in memory only.

    The person is the one the vault merged (the same identity rules as clear contacts), with
    the sign-up's own consent, interests and event from its row, and its exact time from the
    seal. Nothing opened is written: only the request's hash and the remote id are stored, as
    for clear rows. It works from a snapshot of the vault, refreshed when a row it has not seen
    turns up (a sign-up recorded while the sync runs), so a relock mid-run cannot break a batch.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._people = vault.people_by_signup()

    def __call__(self, record: SyncRecord) -> SyncRecord | None:
        found = self._people.get(record.signup_uuid)
        if found is None and self._vault.has(record.signup_uuid):
            self._people = self._vault.people_by_signup()
            found = self._people.get(record.signup_uuid)
        if found is None:
            return None
        person, signup = found
        return replace(
            record, sealed=False, opened=True, contact_uuid=person.uuid,
            first_name=person.first_name, last_name=person.last_name, email=person.email,
            phone=person.phone, postal_code=person.postal_code,
            signup_created_at=to_stored(signup.created_at),
            email_consent=_consent(person, "email", person.consent_email),
            sms_consent=_consent(person, "sms", person.consent_sms),
        )


def _consent(person: ContactRecord, channel: str, latest: bool) -> ChannelConsent:
    """A vault person's answers on one channel, oldest first (as kit.sync.consent reads them)."""
    answers = sorted(((a.granted, a.wording, a.answered_at) for s in person.signups
                      for a in s.consents if a.channel == channel), key=lambda a: a[2])
    return channel_consent(answers, bool(latest))
