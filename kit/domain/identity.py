"""Who a sign-up is: the one rule that joins a new sign-up to a person, and how that person changes.

Both places that group sign-ups into people use it: the database path
(kit/services/people/clear_write.py, which the kiosk, imports and bundles share) and
protected mode's in-memory vault (kit.protect.vault.merge_people), so a sealed kit groups its
attendees exactly as a clear kit does.

The rule, applied to sign-ups in the order they were made:
- same normalised email: same person;
- else same phone, where that cannot clash: a phone that comes with an email only joins a person
  who never gave an email (two people with different emails may share a family phone);
- of several people that fit, the one met first (the oldest) wins;
- the person's newer non-empty fields win; consent follows the latest answer, except where the
  question was not asked (an imported file without a consent column), which leaves it as it was.
  Every answer also stays on its own sign-up, so the whole history is kept.

The rule is written once, as `lookups`: the ordered questions "who has this email?", "who
has this phone (and no email)?", the first answered one winning with its oldest person.
`find_person` asks them of a list (the reference: it scans), `IdentityIndex` of dictionaries
(what the vault uses, so merging n sign-ups costs n look-ups, not n scans; it spells the same
questions out for speed and is tested against find_person), and the database
path of SQLite's indexes on contact.email and contact.phone (people/clear_write.py).

Pure: no database, no I/O. People are anything with `email` and `phone` attributes (a
`Person`, a peewee row, a vault entry); a missing email or phone may be "" or None.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from kit.domain.person_fields import PERSONAL_FIELDS


class HasIdentity(Protocol):
    @property
    def email(self) -> str | None: ...

    @property
    def phone(self) -> str | None: ...


P = TypeVar("P", bound=HasIdentity)


class NewSignup(Protocol):
    """What the rule reads of a sign-up (a kit.domain.signup.CleanSignup fits)."""

    # Read-only properties, so frozen dataclasses (CleanSignup) fit the protocol.
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def postal_code(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def consent_email(self) -> bool: ...
    @property
    def consent_sms(self) -> bool: ...


class Person(NamedTuple):
    """A person as the rule sees them: plain values, "" where nothing was given.

    A named tuple (immutable, cheap to make: an unlock makes one per person and per returning
    sign-up, 100,000 and more).
    """

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    note: str = ""
    consent_email: bool = False
    consent_sms: bool = False


class Lookup(NamedTuple):
    """One question of the rule: the oldest person whose `field` is `value` (and, with
    `without_email`, who has no email)."""

    field: str  # "email" or "phone"
    value: str
    without_email: bool = False


def lookups(email: str, phone: str) -> tuple[Lookup, ...]:
    """The rule's questions for a sign-up with this (normalised) email and phone, in order: the
    first one some person answers decides, and of several people the oldest wins.

    An email match beats any phone match, whatever the order; a phone that comes with an email
    joins only someone who never gave an email (two people with different emails may share a
    family phone).
    """
    asked: list[Lookup] = []
    if email:
        asked.append(Lookup("email", email))
    if phone:
        asked.append(Lookup("phone", phone, bool(email)))
    return tuple(asked)


def answers(person: HasIdentity, lookup: Lookup) -> bool:
    """Whether `person` is one `lookup` asks for."""
    return ((getattr(person, lookup.field) or "") == lookup.value
            and not (lookup.without_email and person.email))


def find_person(people: Iterable[P], email: str, phone: str) -> P | None:
    """The person a sign-up with this (normalised) email and phone joins, or None for a new one.

    `people` in the order they were created; any may be given, or only those sharing the email
    or the phone (what a database query can narrow them to): the answer is the same. This
    scans: it is the reference that IdentityIndex is tested against.
    """
    candidates = list(people)
    for lookup in lookups(email, phone):
        for person in candidates:
            if answers(person, lookup):
                return person
    return None


class IdentityIndex(Generic[P]):
    """People by email and by phone, oldest first: `find` gives what find_person gives over all
    of them, in a few dictionary look-ups.

    Tell it about each new person (`add`, in the order they were created) and about each change
    of a person's email or phone (`moved`, with the values before). People are told apart by
    identity, not equality (two people may hold equal details).
    """

    def __init__(self) -> None:
        self._order: dict[int, int] = {}  # id(person) -> creation order
        self._next = 0
        # Each list holds (order, person), sorted: its first entry is the oldest person. Orders
        # are unique, so entries never compare people themselves.
        self._by_email: dict[str, list[tuple[int, P]]] = {}
        self._by_phone: dict[str, list[tuple[int, P]]] = {}
        self._by_phone_without_email: dict[str, list[tuple[int, P]]] = {}

    def __len__(self) -> int:
        return len(self._order)

    def add(self, person: P) -> None:
        """A new person, younger than everyone already here."""
        order = self._next
        self._next += 1
        self._order[id(person)] = order
        entry = (order, person)
        # The youngest goes last in each list (what _enter's insort would find, without the
        # search: an unlock adds a person for most of its 100,000 sign-ups).
        for table, value in self._tables(person.email or "", person.phone or ""):
            found = table.get(value)
            if found is None:
                table[value] = [entry]
            else:
                found.append(entry)

    def moved(self, person: P, old_email: str | None, old_phone: str | None) -> None:
        """`person`'s email or phone changed from these (call after the change)."""
        old_email, old_phone = old_email or "", old_phone or ""
        email, phone = person.email or "", person.phone or ""
        if email == old_email and phone == old_phone:
            return
        entry = (self._order[id(person)], person)
        self._leave(entry, old_email, old_phone)
        self._enter(entry, email, phone)

    def remove(self, person: P) -> None:
        """Forget `person` (the others keep their order)."""
        entry = (self._order.pop(id(person)), person)
        self._leave(entry, person.email or "", person.phone or "")
        # The order number is not reused: the next person added is still the youngest.

    def find(self, email: str, phone: str) -> P | None:
        """find_person(everyone added, email, phone).

        The questions of `lookups`, in its order, asked of the tables directly: this runs once
        per sign-up on an unlock, where making the Lookup tuples cost as much as the answers.
        The tests hold it to find_person over random sign-ups.
        """
        if email:
            found = self._by_email.get(email)
            if found:
                return found[0][1]
        if phone:
            found = (self._by_phone_without_email if email else self._by_phone).get(phone)
            if found:
                return found[0][1]
        return None

    def _tables(self, email: str, phone: str) -> list[tuple[dict[str, list[tuple[int, P]]], str]]:
        """The lists a person with this email and phone belongs in."""
        tables = []
        if email:
            tables.append((self._by_email, email))
        if phone:
            tables.append((self._by_phone, phone))
            if not email:
                tables.append((self._by_phone_without_email, phone))
        return tables

    def _enter(self, entry: tuple[int, P], email: str, phone: str) -> None:
        for table, value in self._tables(email, phone):
            found = table.get(value)
            if found is None:
                table[value] = [entry]
            else:
                insort(found, entry)

    def _leave(self, entry: tuple[int, P], email: str, phone: str) -> None:
        for table, value in self._tables(email, phone):
            found = table[value]
            del found[bisect_left(found, entry)]
            if not found:
                del table[value]


def merge_changes(signup: NewSignup, *, email_answered: bool = True,
                  sms_answered: bool = True) -> dict[str, str | bool]:
    """{field: value} a returning person takes from `signup`: its non-empty fields, and the
    consent answers it gave (`*_answered` False: that question was not asked)."""
    changes: dict[str, str | bool] = {}
    for name in PERSONAL_FIELDS:
        value = getattr(signup, name)
        if value:
            changes[name] = value
    if email_answered:
        changes["consent_email"] = signup.consent_email
    if sms_answered:
        changes["consent_sms"] = signup.consent_sms
    return changes


def person_of(signup: NewSignup) -> Person:
    """The person a first sign-up makes."""
    if type(signup) is Person:  # already plain values (the vault reads sign-ups as Persons)
        return signup
    return Person(signup.first_name or "", signup.last_name or "", signup.email or "",
                  signup.phone or "", signup.postal_code or "", signup.note or "",
                  bool(signup.consent_email), bool(signup.consent_sms))


def join(person: Person | None, signup: NewSignup, *, email_answered: bool = True,
         sms_answered: bool = True) -> Person:
    """`person` (from find_person; None for a new one) after `signup`."""
    if person is None:
        return person_of(signup)
    # Any: each value has its field's type (text or a consent answer), which a dict can't say.
    changes: dict[str, Any] = merge_changes(signup, email_answered=email_answered,
                                            sms_answered=sms_answered)
    return person._replace(**changes)
