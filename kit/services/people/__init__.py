"""The one door for people: every service that records, reads, changes, exports or syncs a
person goes through `people_of(kit)` and never asks whether the kit is protected.

Three implementations, one for each state of protected mode:

- `ClearPeople` (clear.py, clear_reads.py, clear_export.py): protection off; contacts and
  sign-ups are rows, and all their SQL lives there.
- `SealedPeople` (sealed.py): protection on and unlocked; sign-ups are sealed on the way in and
  people are read from the vault in memory.
- `LockedPeople` (sealed.py): protection on and locked; sign-ups are sealed on the way in and
  every read raises KitLocked, saying what needed the passphrase.

Imports (a CSV sheet, a JSON export, a bundle) get a writer for their run from `importer`:
`ClearImport` (clear_import.py) or `SealedImport` (sealed_import.py), see importing.py.

Which one is in force is decided from the kit's state at each call, not remembered: another
process may turn protection on while this one runs (then its next sign-up must be sealed), and
an unlocked kit left idle relocks (kit.services.protection.mode).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Protocol

from kit.domain.export_filter import ExportFilter
from kit.domain.records import ContactRecord, EventInfo
from kit.domain.signup import CleanSignup
from kit.export.csv_presets import CsvContact
from kit.services.kit import Kit
from kit.services.people.clear import ClearPeople
from kit.services.people.importing import Pending, SignupImport
from kit.services.people.journal import ImportJournal
from kit.services.people.removing import Removed
from kit.services.recording import SignupReceipt
from kit.sync.records import SyncRecord

# Fills a sealed outbox row's record with the person, in memory (None: it cannot be opened).
SyncReader = Callable[[SyncRecord], SyncRecord | None]


class ExportSelection(Protocol):
    """The contacts an export chose; read inside the export's read transaction."""

    def count(self) -> int: ...

    def events(self) -> dict[str, EventInfo]:
        """The chosen contacts' events, by uuid."""
        ...

    def records(self) -> Iterator[ContactRecord]:
        """The chosen contacts with their sign-ups."""
        ...

    def csv_contacts(self, events: dict[str, EventInfo]) -> Iterator[CsvContact]:
        """What the CSV presets write of each chosen contact."""
        ...


class People(Protocol):
    """What the services need about people, whatever the protection state."""

    # Sign-ups are sealed (protection on, locked or not): what would say who someone is, such
    # as a file's name, stays out of the log.
    sealed: bool
    # People can be read now (clear, or sealed and unlocked); False on a locked kit, where every
    # read raises KitLocked.
    readable: bool

    def record(self, clean: CleanSignup, event_id: int, *, source: str, language: str,
               created_at: dt.datetime) -> SignupReceipt:
        """Store one validated sign-up with its outbox rows in one transaction; `created_at`
        naive UTC. Only when this returns may the screen say "Thank you"."""
        ...

    def get(self, contact_id: int) -> ContactRecord:
        """One contact with their sign-ups; NotFound if there is none."""
        ...

    def search(self, query: str = "", event_id: int | None = None, *, limit: int | None = None,
               offset: int = 0, with_signups: bool = False) -> list[ContactRecord]:
        """Contacts whose name, email, phone or ZIP contains `query` (at `event_id`, if given),
        newest first."""
        ...

    def count(self, query: str = "", event_id: int | None = None) -> int: ...

    def update(self, contact_id: int, clean: CleanSignup) -> ContactRecord:
        """New details for a contact (consent is left as answered); ValidationFailed when the
        email is another contact's, NotFound when there is no such contact."""
        ...

    def delete(self, contact_id: int) -> Removed:
        """Remove a contact (kit.services.removal): every sign-up and outbox row of theirs
        goes, tombstones keep them from coming back, and every target that may have them gets
        a notice (people/removing.py); NotFound if there is none."""
        ...

    def export(self, chosen: ExportFilter) -> ExportSelection:
        """The contacts an export with this filter writes."""
        ...

    def purge(self, signup_ids: list[int]) -> int:
        """Drop the personal data of these sign-ups (the sealed blob, the contact link, the
        note), keeping their counting columns; contacts left without sign-ups are deleted.
        Returns how many contacts went. The caller chose the ids (kit.services.retention)."""
        ...

    def importer(self, journal: ImportJournal, *, dry_run: bool,
                 reads_people: bool) -> SignupImport:
        """The writer of one import run (kit.services.people.importing), journaled in `journal`.
        `reads_people`: the import decides who is who against the people already here (a CSV
        sheet, a JSON export; a bundle merges by UUID and does not), so a locked kit raises
        KitLocked."""
        ...

    def sync_reader(self, *, must_read: bool, background: bool = False) -> SyncReader | None:
        """What fills sealed outbox rows with their person (None: no row needs it, or none can
        be opened now); raises KitLocked when `must_read` and the kit is locked.
        `background`: the read is not someone using the kit (the idle relock still comes)."""
        ...


def people_of(kit: Kit) -> People:
    """The people in force on `kit` now (see the module's note)."""
    if not kit.is_protected():
        return ClearPeople(kit)
    # Imported here: a kit that was never protected does not load the sealing code at start.
    from kit.services.people.sealed import protected_people

    return protected_people(kit)


__all__ = ["ClearPeople", "ExportSelection", "Pending", "People", "Removed", "SignupImport",
           "SyncReader", "people_of"]
