"""Importing into sealed people (protection on): every sign-up is sealed as a kiosk's is.

No contact is written and no UUID is derived from personal data (a UUID 5 of names stored in
clear would let anyone holding a list of names check who signed up). A CSV sheet or a JSON
export needs the kit unlocked: who is who, and whether a row is already there, is decided in
memory against the vault's people (`_People`, by kit.domain.identity's rule): a row whose person
already has a sign-up at that event with the same fields is unchanged; any other row becomes a
new sealed sign-up with a random UUID, which the vault merges into its person. A bundle merges
by its own UUIDs and needs only the public key, so it imports into a locked kit too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kit.domain import identity
from kit.domain.records import ContactRecord
from kit.domain.signup import CleanSignup
from kit.domain.times import to_stored
from kit.protect.keys import ProtectError
from kit.protect.vault import Vault
from kit.services.kit import Kit
from kit.services.people import removing
from kit.services.people.importing import Pending, Visit, without_removed
from kit.services.people.journal import ImportJournal
from kit.services.people.sealed_write import seal_new_signup
from kit.services.protection import (
    load_ring,
    readable_vault,
    refresh_vault,
    unnamed_source,
)
from kit.sync import outbox

LOCKED_IMPORT = ("Importing into a protected kit needs the coordinator's kit, unlocked (a table "
                 "laptop with only the public key cannot tell who is already there); nothing "
                 "was imported")


class SealedImport:
    """One import run into sealed people (see kit.services.people.importing.SignupImport).

    `vault`: the unlocked vault (None: a locked kit, which only a bundle imports into); with
    `reads_people`, a CSV or JSON import decides who is who against its people."""

    sealed = True
    retries_row_by_row = False  # a row also changes the people held in memory: once only

    def __init__(self, kit: Kit, journal: ImportJournal, vault: Vault | None, *,
                 dry_run: bool, reads_people: bool) -> None:
        ring = load_ring(kit)
        if ring is None:
            raise ProtectError("Protection was turned off while importing.")
        self._kit = kit
        self._ring = ring
        self._journal = journal
        self._dry_run = dry_run
        journal.vault = vault  # a sealed sign-up undone leaves the vault too
        self._people = _People(vault) if vault is not None and reads_people else None

    def begin_batch(self, uuids: list[str]) -> None:
        if self._people is not None:
            # Keeps the session from relocking; were it locked meanwhile, KitLocked undoes the run.
            readable_vault(self._kit, LOCKED_IMPORT)

    def row_refused(self, pending: Pending) -> None:
        pass

    def consent_text(self, wording: str) -> str:
        return unnamed_source(wording)

    def finish(self) -> None:
        if not self._dry_run:
            refresh_vault(self._kit)

    def _seal(self, clean: CleanSignup, event_id: int, *, created_at: dt.datetime,
              language: str, source: str = "import", uuid: str | None = None) -> int:
        """One sealed sign-up, as a kiosk's is sealed (inside the batch's transaction): the
        active key, the quarter hour in clear, consent answers and wording in clear."""
        row = seal_new_signup(self._kit, self._ring, clean, event_id, source=source,
                              language=language, created_at=created_at, uuid=uuid)
        self._journal.created_signup(row.id, row.uuid)
        outbox.enqueue(row.id)
        return int(row.id)

    def _readers(self) -> _People:
        assert self._people is not None, "reading a file's people needs the vault"
        return self._people

    # -- CSV ---------------------------------------------------------------------------------
    def csv_row(self, number: int, clean: CleanSignup, *, email_answered: bool,
                sms_answered: bool, event_id: int, event_uuid: str) -> Pending:
        visit = _visit(event_uuid, clean)
        people = self._readers()
        key = removing.visit_key(self._kit)
        # The same row again (same event and fields, whenever imported) of someone removed here
        removed = key is not None and bool(removing.removed_among(
            [removing.row_mark(key, visit)]))

        def decide(write: bool) -> str:
            person = people.find(clean.email, clean.phone)
            if person is not None and visit in person.visits:
                return "unchanged"
            if removed:
                return "removed"
            if write:
                self._seal(clean, event_id, created_at=to_stored(self._kit.clock()),
                           language="en")
            people.join(person, clean.email, clean.phone, visit, None)
            return "imported" if person is None else "merged"

        return Pending(number, lambda: decide(True), lambda: decide(False))

    # -- JSON --------------------------------------------------------------------------------
    def json_contact(self, position: int, record: ContactRecord, clean: CleanSignup,
                     visits: Sequence[Visit], event_ids: dict[str, int]) -> Pending | str:
        """Each of the file's sign-ups becomes a sealed one with the contact's details and its
        own note, time, interests, consent answers and wording; one already there (same event,
        fields and exact time) is skipped. The file's UUIDs are not kept."""
        visits, gone = without_removed(record, visits)
        if not gone and visits:  # its sign-ups were sealed here with new UUIDs: by visit
            key = removing.visit_key(self._kit)
            marks = {} if key is None else {
                removing.visit_mark(key, v.signup.event_uuid, clean.email, clean.phone,
                                    v.created_at): v for v in visits}
            left = removing.removed_among(marks)
            if left:
                visits = [v for m, v in marks.items() if m not in left]
                gone = not visits
        if gone:  # an older export still holds someone removed here at their request
            return Pending(position, lambda: "removed", lambda: "removed")
        if not visits:  # a sealed kit keeps people only inside sign-ups
            return "a contact without a sign-up cannot be stored on a protected kit"
        keyed = [(v, _visit(v.signup.event_uuid, v.clean)) for v in visits]
        people = self._readers()

        def decide(write: bool) -> str:
            found = person = people.find(clean.email, clean.phone)
            added = False
            for one, visit in keyed:
                if person is not None and (visit, one.created_at) in person.timed:
                    continue
                if write:
                    self._seal(one.clean, event_ids[one.signup.event_uuid],
                               created_at=one.created_at, language=one.signup.language)
                person = people.join(person, clean.email, clean.phone, visit, one.created_at)
                added = True
            if not added:
                return "unchanged"
            return "imported" if found is None else "merged"

        return Pending(position, lambda: decide(True), lambda: decide(False))

    # -- bundles -----------------------------------------------------------------------------
    def bundle_signup(self, clean: CleanSignup, event_id: int, *, uuid: str,
                      created_at: dt.datetime, source: str, language: str) -> int:
        return self._seal(clean, event_id, created_at=created_at, language=language,
                          source=source, uuid=uuid)


_visit = removing.visit  # what makes two sign-ups the same visit


@dataclass(eq=False)
class _Known:
    """A person of a protected kit as an import sees them (in memory only)."""

    order: int
    email: str
    phone: str
    visits: set[tuple] = field(default_factory=set)  # _visit() of each of their sign-ups
    timed: set[tuple] = field(default_factory=set)  # (_visit(), exact naive UTC time)


class _People:
    """The unlocked vault's people for one import: find_person by kit.domain.identity's rule,
    and which visits each already has; updated as the run adds sign-ups, so a file naming a
    person twice merges them as the vault will. Indexed by email and phone so a large import
    does not regroup the whole vault for every row."""

    def __init__(self, vault: Vault) -> None:
        self.people: list[_Known] = []
        self.by_email: dict[str, list[_Known]] = {}
        self.by_phone: dict[str, list[_Known]] = {}
        # The vault's own merge, oldest person first (no records made: see Vault.people).
        for email, phone, signups in vault.people():
            person = self._new(email, phone)
            for s in signups:
                visit = removing.vault_visit(s)
                person.visits.add(visit)
                person.timed.add((visit, to_stored(s.created_at)))

    def _new(self, email: str, phone: str) -> _Known:
        person = _Known(len(self.people), email or "", phone or "")
        self.people.append(person)
        self._index(person)
        return person

    def _index(self, person: _Known) -> None:
        # Entries are only added: find() re-checks the current email and phone.
        if person.email and person not in self.by_email.setdefault(person.email, []):
            self.by_email[person.email].append(person)
        if person.phone and person not in self.by_phone.setdefault(person.phone, []):
            self.by_phone[person.phone].append(person)

    def find(self, email: str, phone: str) -> _Known | None:
        shared = (self.by_email.get(email, []) if email else []) + (
            self.by_phone.get(phone, []) if phone else [])
        candidates = sorted({id(p): p for p in shared}.values(), key=lambda p: p.order)
        return identity.find_person(candidates, email, phone)

    def join(self, person: _Known | None, email: str, phone: str, visit: tuple,
             when: dt.datetime | None) -> _Known:
        """`person` (None: a new one) after a sign-up; its non-empty email and phone win."""
        if person is None:
            person = self._new(email, phone)
        else:
            person.email = email or person.email
            person.phone = phone or person.phone
            self._index(person)
        person.visits.add(visit)
        if when is not None:
            person.timed.add((visit, when))
        return person
