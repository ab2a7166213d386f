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
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kit.domain import identity
from kit.domain.records import ConsentAnswer, ContactRecord, SignupRecord
from kit.domain.signup import identity_key
from kit.protect.sealing import SealedFields

CONTACT_NAMESPACE = uuid_module.UUID("0b6c5f0e-7f51-4d8e-9a53-3c1f4e2b9d71")


@dataclass(frozen=True)
class VaultSignup:
    """One opened sign-up: the clear columns of its row and the fields that were sealed."""

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


@dataclass
class _Person:
    id: int
    uuid: str
    state: identity.Person
    created_at: dt.datetime
    updated_at: dt.datetime
    signups: list[VaultSignup]

    @property
    def email(self) -> str:
        return self.state.email

    @property
    def phone(self) -> str:
        return self.state.phone


@dataclass(frozen=True)
class _Answer:
    """One sealed sign-up as kit.domain.identity reads it: its fields and its own answers."""

    first_name: str
    last_name: str
    email: str
    phone: str
    postal_code: str
    note: str
    consent_email: bool
    consent_sms: bool


def _answer(signup: VaultSignup) -> _Answer:
    f = signup.fields
    return _Answer(f.first_name, f.last_name, f.email, f.phone, f.postal_code, f.note,
                   signup.consent_email, signup.consent_sms)


def merge_people(signups: Iterable[VaultSignup]) -> list[_Person]:
    """Group sign-ups into people by the identity rule, oldest sign-up first."""
    people: list[_Person] = []
    for signup in sorted(signups, key=lambda s: (s.created_at, s.row_id)):
        answer = _answer(signup)
        person = identity.find_person(people, answer.email, answer.phone)
        if person is None:
            people.append(_Person(
                id=-signup.row_id, uuid=contact_uuid_for(signup.uuid),
                state=identity.join(None, answer), created_at=signup.created_at,
                updated_at=signup.created_at, signups=[signup],
            ))
            continue
        person.state = identity.join(person.state, answer)
        person.updated_at = signup.created_at
        person.signups.append(signup)
    return people


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
    """Opened sign-ups and the contacts they make; rebuilt after every change."""

    def __init__(self, signups: Iterable[VaultSignup] = (), broken: Iterable[BrokenSeal] = ()) -> None:
        self._signups: dict[str, VaultSignup] = {s.uuid: s for s in signups}
        self.broken: list[BrokenSeal] = list(broken)
        self._contacts: list[ContactRecord] | None = None
        self._members: dict[int, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self._signups)

    def has(self, signup_uuid: str) -> bool:
        return signup_uuid in self._signups

    def add(self, signups: Iterable[VaultSignup]) -> None:
        for signup in signups:
            self._signups[signup.uuid] = signup
        self._contacts = None

    def remove(self, signup_uuids: Iterable[str]) -> None:
        for uuid in signup_uuids:
            self._signups.pop(uuid, None)
        self._contacts = None

    def signup(self, signup_uuid: str) -> VaultSignup | None:
        return self._signups.get(signup_uuid)

    def replace_fields(self, fields_by_uuid: dict[str, tuple[SealedFields, str]]) -> None:
        """New fields (and key id) for sign-ups that were re-sealed after an edit."""
        for uuid, (fields, key_id) in fields_by_uuid.items():
            self._signups[uuid] = replace(self._signups[uuid], fields=fields, key_id=key_id)
        self._contacts = None

    def contacts(self) -> list[ContactRecord]:
        """Every contact, newest first (as the clear contact list)."""
        if self._contacts is None:
            people = merge_people(self._signups.values())
            people.sort(key=lambda p: (p.created_at, -p.id), reverse=True)
            self._contacts = [_record(p) for p in people]
            self._members = {p.id: tuple(s.uuid for s in p.signups) for p in people}
        return self._contacts

    def contact(self, contact_id: int) -> ContactRecord | None:
        for record in self.contacts():
            if record.id == contact_id:
                return record
        return None

    def signup_uuids_of(self, contact_id: int) -> tuple[str, ...]:
        self.contacts()
        return self._members.get(contact_id, ())

    def search(self, query: str = "", event_id: int | None = None) -> list[ContactRecord]:
        """Contacts whose name, email, phone or ZIP contains `query` (any script, any case)."""
        text = query.strip().casefold()
        found = []
        for record in self.contacts():
            if event_id is not None and event_id not in record.event_ids:
                continue
            if text:
                haystack = "\n".join((f"{record.first_name} {record.last_name}", record.email,
                                      record.phone, record.postal_code)).casefold()
                if text not in haystack:
                    continue
            found.append(record)
        return found

    def people_by_signup(self) -> dict[str, tuple[ContactRecord, VaultSignup]]:
        """Each sign-up's uuid -> (the person it belongs to, the opened sign-up), freshly merged.

        Built from a copy of the sign-ups and without touching the cache, so a sync running in
        a worker thread can read it while the kiosk adds sign-ups in the GUI thread.
        """
        people = merge_people(list(self._signups.values()))
        found: dict[str, tuple[ContactRecord, VaultSignup]] = {}
        for person in people:
            record = _record(person)
            for signup in person.signups:
                found[signup.uuid] = (record, signup)
        return found

    def identity_owner(self, email: str, phone: str) -> int | None:
        """The contact id a sign-up with this email/phone would join, if any."""
        if not identity_key(email, phone):
            return None
        people = merge_people(list(self._signups.values()))
        person = identity.find_person(people, email, phone)
        return person.id if person else None

    def clear(self) -> None:
        """Forget everything (relock). Python cannot scrub freed strings; dropping every
        reference is what it can do."""
        self._signups.clear()
        self.broken.clear()
        self._contacts = None
        self._members = {}
