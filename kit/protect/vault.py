"""The unlocked sign-ups, merged into contacts, in memory only (never written back in clear).

Sealed sign-ups carry no contact: who is who is decided here, on unlock, by the identity rule
clear sign-ups follow too (kit.domain.identity: email first, phone where it cannot clash, newer
non-empty fields win, consent follows the latest answer), applied in the order the sign-ups
were made.

Ids the UI can hold on to: a vault contact's id is minus the row id of its first sign-up (never
clashing with a clear contact's positive id), its uuid is UUID 5 of that sign-up's uuid, so both
stay the same across unlocks as long as that first sign-up exists.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from kit.domain import identity
from kit.domain.contact_fields import phone_search_digits
from kit.domain.records import ConsentAnswer, ContactRecord, SignupRecord
from kit.domain.signup import identity_key
from kit.protect.sealing import SealedFields

CONTACT_NAMESPACE = uuid_module.UUID("0b6c5f0e-7f51-4d8e-9a53-3c1f4e2b9d71")


class VaultSignup(NamedTuple):
    """One opened sign-up: the clear columns of its row and the fields that were sealed.

    A named tuple (immutable, as a frozen dataclass was) because an unlock makes one per sealed
    sign-up: it builds in a third of a frozen dataclass's time and takes less memory.
    """

    row_id: int
    uuid: str
    event_id: int
    event_uuid: str
    created_at: dt.datetime  # exact, aware UTC (from the sealed payload)
    interests: tuple[str, ...]
    consent_email: bool
    consent_email_text: str
    consent_sms: bool
    consent_sms_text: str
    language: str
    key_id: str
    fields: SealedFields


@dataclass(frozen=True)
class BrokenSeal:
    """A sealed sign-up that did not open, kept in the unlock report (never silently dropped)."""

    signup_uuid: str
    key_id: str
    reason: str


def contact_uuid_for(first_signup_uuid: str) -> str:
    return str(uuid_module.uuid5(CONTACT_NAMESPACE, first_signup_uuid))


@dataclass(eq=False, slots=True)  # told apart by identity: two people may hold equal details
class _Person:
    id: int
    state: identity.Person
    created_at: dt.datetime
    updated_at: dt.datetime
    signups: list[VaultSignup]
    # What reads of this person reuse until they change (None: build again when asked).
    record: ContactRecord | None = None
    haystack: str | None = None  # what search() looks in, case-folded

    @property
    def uuid(self) -> str:  # made when a record is (UUID 5 costs more than the merge itself)
        return contact_uuid_for(self.signups[0].uuid)

    @property
    def email(self) -> str:
        return self.state.email

    @property
    def phone(self) -> str:
        return self.state.phone

    def changed(self) -> None:
        self.record = None
        self.haystack = None


def _answer(signup: VaultSignup) -> identity.Person:
    """One sealed sign-up as kit.domain.identity reads it: its fields and its own answers (a
    first sign-up's answer is its person as it stands)."""
    f = signup.fields
    return identity.Person(f.first_name, f.last_name, f.email, f.phone, f.postal_code, f.note,
                           signup.consent_email, signup.consent_sms)


def _merge_key(signup: VaultSignup) -> tuple[float, int]:
    """The order the rule takes sign-ups in: when they were made, then their row.

    As a POSIX timestamp: comparing aware datetimes asks each for its UTC offset, which made
    sorting 100,000 sign-ups cost more than merging them. A double keeps microseconds apart
    for the next few centuries.
    """
    return (signup.created_at.timestamp(), signup.row_id)


class _Merger:
    """People made by the identity rule, one sign-up at a time, found through an IdentityIndex
    (a look-up per sign-up, not a scan of everyone). Sign-ups must come in _merge_key order."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.index: identity.IdentityIndex[_Person] = identity.IdentityIndex()
        self.last: tuple[float, int] | None = None  # _merge_key of the newest joined

    def follows(self, signup: VaultSignup) -> bool:
        """Whether `signup` comes after every sign-up joined so far (then `join` is exact)."""
        return self.last is None or _merge_key(signup) > self.last

    def join(self, signup: VaultSignup) -> tuple[_Person, bool]:
        """Add `signup` to the person it belongs to; returns (person, whether it is new)."""
        self.last = _merge_key(signup)
        return self._join(signup)

    def _join(self, signup: VaultSignup) -> tuple[_Person, bool]:
        """join, for a caller that keeps `last` itself (merging a sorted list sets it once)."""
        answer = _answer(signup)
        person = self.index.find(answer.email, answer.phone)
        if person is None:
            person = _Person(
                id=-signup.row_id, state=identity.join(None, answer), created_at=signup.created_at,
                updated_at=signup.created_at, signups=[signup],
            )
            self.people.append(person)
            self.index.add(person)
            return person, True
        old_email, old_phone = person.email, person.phone
        person.state = identity.join(person.state, answer)
        person.updated_at = signup.created_at
        person.signups.append(signup)
        person.changed()
        self.index.moved(person, old_email, old_phone)
        return person, False

    def drop(self, person: _Person) -> None:
        """Forget a whole person (every sign-up of theirs is gone). Nobody else regroups: a
        sign-up that chose someone else never had this person as its answer."""
        self.index.remove(person)
        self.people.remove(person)


def merge_people(signups: Iterable[VaultSignup],
                 progress: Callable[[int, int], None] | None = None) -> list[_Person]:
    """Group sign-ups into people by the identity rule, oldest sign-up first."""
    return _merge_all(signups, progress).people


PROGRESS_EVERY = 5_000


def _merge_all(signups: Iterable[VaultSignup],
               progress: Callable[[int, int], None] | None = None) -> _Merger:
    ordered = sorted(signups, key=_merge_key)
    merger = _Merger()
    join = merger._join
    # Every object made here lives as long as the vault: the cyclic garbage collector would only
    # walk them again and again as they pile up (a third of the time at 100,000 sign-ups).
    collecting = gc.isenabled()
    gc.disable()
    try:
        if progress is None:
            for signup in ordered:
                join(signup)
        else:
            for done, signup in enumerate(ordered, 1):
                join(signup)
                if done % PROGRESS_EVERY == 0:
                    progress(done, len(ordered))
    finally:
        if collecting:
            gc.enable()
    if ordered:
        merger.last = _merge_key(ordered[-1])
    if progress is not None:
        progress(len(ordered), len(ordered))
    return merger


def _record(person: _Person) -> ContactRecord:
    interests: list[str] = []
    event_ids: list[int] = []
    records = []
    for s in person.signups:
        for tag in s.interests:
            if tag not in interests:
                interests.append(tag)
        if s.event_id not in event_ids:
            event_ids.append(s.event_id)
        records.append(SignupRecord(
            uuid=s.uuid, event_uuid=s.event_uuid, created_at=s.created_at, interests=s.interests,
            consents=(ConsentAnswer("email", s.consent_email_text, s.consent_email, s.created_at),
                      ConsentAnswer("sms", s.consent_sms_text, s.consent_sms, s.created_at)),
            note=s.fields.note, language=s.language,
        ))
    f = person.state
    return ContactRecord(
        id=person.id, uuid=person.uuid, first_name=f.first_name, last_name=f.last_name,
        email=f.email, phone=f.phone, postal_code=f.postal_code, note=f.note,
        # As an edit does for a clear contact: no consent to a channel the contact lacks.
        consent_email=f.consent_email and bool(f.email),
        consent_sms=f.consent_sms and bool(f.phone),
        created_at=person.created_at, updated_at=person.updated_at,
        interests=tuple(interests), event_ids=tuple(event_ids), signups=tuple(records),
    )


class Vault:
    """Opened sign-ups and the contacts they make.

    The people are kept merged: a sign-up newer than every other one (the kiosk's, an import of
    new ones) joins its person with one index look-up, and only that person's record is made
    again. What can regroup others (an older sign-up arriving, an edit, removing part of a
    person) merges everything again on the next read. Safe to read from a worker thread (a
    sync) while the GUI thread adds sign-ups: one lock guards the merge, and lists handed out
    are never changed afterwards.
    """

    def __init__(self, signups: Iterable[VaultSignup] = (), broken: Iterable[BrokenSeal] = ()) -> None:
        self._lock = threading.RLock()
        self._signups: dict[str, VaultSignup] = {s.uuid: s for s in signups}
        self.broken: list[BrokenSeal] = list(broken)
        self._merger: _Merger | None = None  # None: merge everything on the next read
        # Contact id -> person and sign-up uuid -> person, made when first asked for (an unlock
        # only counts people; a contact page or a sync asks), then kept up to date.
        self._by_id: dict[int, _Person] | None = None
        self._person_of: dict[str, _Person] | None = None
        self._contacts: list[ContactRecord] | None = None  # newest first

    def __len__(self) -> int:
        return len(self._signups)

    def has(self, signup_uuid: str) -> bool:
        return signup_uuid in self._signups

    def add(self, signups: Iterable[VaultSignup]) -> None:
        with self._lock:
            if self._merger is None:  # nothing merged to keep up to date: the next read merges
                self._signups.update((signup.uuid, signup) for signup in signups)
                return
            for signup in sorted(signups, key=_merge_key):
                replaced = signup.uuid in self._signups
                self._signups[signup.uuid] = signup
                merger = self._merger
                if merger is None:
                    continue
                if replaced or not merger.follows(signup):
                    self._forget_merge()
                    continue
                person, new = merger.join(signup)
                if self._person_of is not None and self._by_id is not None:
                    self._person_of[signup.uuid] = person
                    if new:
                        self._by_id[person.id] = person
                self._contacts = None

    def remove(self, signup_uuids: Iterable[str]) -> None:
        with self._lock:
            gone = {uuid for uuid in signup_uuids if self._signups.pop(uuid, None) is not None}
            if not gone or self._merger is None:
                return
            by_id, person_of = self._maps()
            people = {id(p): p for p in (person_of.get(uuid) for uuid in gone) if p}
            whole = all(all(s.uuid in gone for s in p.signups) for p in people.values())
            if not whole:  # part of a person: the rest may group differently now
                self._forget_merge()
                return
            for person in people.values():
                self._merger.drop(person)
                del by_id[person.id]
                for s in person.signups:
                    person_of.pop(s.uuid, None)
            self._contacts = None

    def signup(self, signup_uuid: str) -> VaultSignup | None:
        return self._signups.get(signup_uuid)

    def replace_fields(self, fields_by_uuid: dict[str, tuple[SealedFields, str]]) -> None:
        """New fields (and key id) for sign-ups that were re-sealed after an edit."""
        with self._lock:
            for uuid, (fields, key_id) in fields_by_uuid.items():
                self._signups[uuid] = self._signups[uuid]._replace(fields=fields, key_id=key_id)
            self._forget_merge()  # an edited email or phone may join or part people

    def _forget_merge(self) -> None:
        self._merger = None
        self._by_id, self._person_of, self._contacts = None, None, None

    def merge(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Group the sign-ups into people now if they are not (unlock calls it, with progress)."""
        with self._lock:
            self._merged(progress)

    def _merged(self, progress: Callable[[int, int], None] | None = None) -> _Merger:
        if self._merger is None:
            merger = _merge_all(self._signups.values(), progress)
            self._by_id, self._person_of, self._contacts = None, None, None
            self._merger = merger
        return self._merger

    def _maps(self) -> tuple[dict[int, _Person], dict[str, _Person]]:
        """(contact id -> person, sign-up uuid -> person), made now if they are not."""
        people = self._merged().people
        if self._by_id is None or self._person_of is None:
            self._by_id = {p.id: p for p in people}
            self._person_of = {s.uuid: p for p in people for s in p.signups}
        return self._by_id, self._person_of

    def _people(self) -> list[_Person]:
        """Every person, oldest first (their contacts list order, reversed)."""
        return self._merged().people

    def contacts(self) -> list[ContactRecord]:
        """Every contact, newest first (as the clear contact list)."""
        with self._lock:
            if self._contacts is None:
                self._contacts = [_record_of(p) for p in reversed(self._people())]
            return self._contacts

    def contact(self, contact_id: int) -> ContactRecord | None:
        with self._lock:
            person = self._maps()[0].get(contact_id)
            return _record_of(person) if person is not None else None

    def signup_uuids_of(self, contact_id: int) -> tuple[str, ...]:
        with self._lock:
            person = self._maps()[0].get(contact_id)
            return tuple(s.uuid for s in person.signups) if person is not None else ()

    def _matching(self, query: str, event_id: int | None,
                  enough: int | None = None) -> list[_Person]:
        """People whose name, email, phone or ZIP contains `query` (any script, any case),
        newest first, stopping once `enough` are found. Phone digits match however they are
        typed ("612-624" finds +1612624…)."""
        text = query.strip().casefold()
        digits = phone_search_digits(text)
        with self._lock:  # a copy: the kiosk may add someone while this walks (a sync thread)
            people = self._people()
            if not text and event_id is None:  # everyone: the page is a slice, not a walk
                count = len(people) if enough is None else min(enough, len(people))
                return [people[-1 - i] for i in range(count)]
            people = list(people)
        found: list[_Person] = []
        for person in reversed(people):
            if enough is not None and len(found) >= enough:
                break
            if event_id is not None and all(s.event_id != event_id for s in person.signups):
                continue
            if text:
                haystack = person.haystack
                if haystack is None:
                    haystack = person.haystack = _haystack(person.state)
                if text not in haystack and not (digits and digits in person.phone):
                    continue
            found.append(person)
        return found

    def search(self, query: str = "", event_id: int | None = None, *, offset: int = 0,
               limit: int | None = None) -> list[ContactRecord]:
        """Contacts matching `query` (see _matching), newest first; records are made for the
        page asked for only."""
        found = self._matching(query, event_id, None if limit is None else offset + limit)
        page = found[offset:] if limit is None else found[offset:offset + limit]
        return [_record_of(person) for person in page]

    def count(self, query: str = "", event_id: int | None = None) -> int:
        if not query.strip() and event_id is None:
            with self._lock:
                return len(self._people())
        return len(self._matching(query, event_id))

    def people_by_signup(self) -> Mapping[str, tuple[ContactRecord, VaultSignup]]:
        """Each sign-up's uuid -> (the person it belongs to, the opened sign-up).

        A snapshot: a sync running in a worker thread keeps reading it while the kiosk adds
        sign-ups in the GUI thread, or after a relock. A person's record is made when first
        read, so a sync of a few rows does not make 100,000 records.
        """
        with self._lock:
            return _Members({uuid: (person, self._signups[uuid])
                             for uuid, person in self._maps()[1].items()})

    def people(self) -> list[tuple[str, str, tuple[VaultSignup, ...]]]:
        """(email, phone, sign-ups) of each person, oldest person first: what an import needs to
        find people by the rule, without making their records."""
        with self._lock:
            return [(p.email, p.phone, tuple(p.signups)) for p in self._people()]

    def identity_owner(self, email: str, phone: str) -> int | None:
        """The contact id a sign-up with this email/phone would join, if any."""
        if not identity_key(email, phone):
            return None
        with self._lock:
            person = self._merged().index.find(email, phone)
            return person.id if person else None

    def clear(self) -> None:
        """Forget everything (relock). Python cannot scrub freed strings; dropping every
        reference is what it can do (docs/threat-model.md). The containers are emptied in
        place, so whoever still holds one (a list of contacts handed out, an old reference to
        this vault) holds nothing either. A sync's snapshot (`people_by_signup`) keeps what it
        took until its run ends, so a relock cannot break a batch half-sent."""
        with self._lock:
            self._signups.clear()
            self.broken.clear()
            merger = self._merger
            if merger is not None:
                merger.people.clear()
                merger.index = identity.IdentityIndex()
            for held in (self._by_id, self._person_of, self._contacts):
                if held is not None:
                    held.clear()
            self._forget_merge()


class _Members(Mapping[str, tuple[ContactRecord, VaultSignup]]):
    """people_by_signup's snapshot: sign-up uuid -> (record of its person, the sign-up)."""

    def __init__(self, person_of: dict[str, tuple[_Person, VaultSignup]]) -> None:
        self._person_of = person_of

    def __getitem__(self, signup_uuid: str) -> tuple[ContactRecord, VaultSignup]:
        person, signup = self._person_of[signup_uuid]
        return _record_of(person), signup

    def __iter__(self) -> Iterator[str]:
        return iter(self._person_of)

    def __len__(self) -> int:
        return len(self._person_of)


def _haystack(state: identity.Person) -> str:
    return "\n".join((f"{state.first_name} {state.last_name}", state.email, state.phone,
                      state.postal_code)).casefold()


def _record_of(person: _Person) -> ContactRecord:
    record = person.record
    if record is None:
        record = person.record = _record(person)
    return record
