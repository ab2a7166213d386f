"""Who a sign-up is: the one rule that joins a new sign-up to a person, and how that person changes.

Both places that group sign-ups into people use it: the database path
(kit.services.signups.find_contact / merge_contact, which imports and bundles share) and
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

Pure: no database, no I/O. People are anything with `email` and `phone` attributes (a
`Person`, a peewee row, a vault entry); a missing email or phone may be "" or None.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

PERSON_FIELDS = ("first_name", "last_name", "email", "phone", "postal_code", "note")


class HasIdentity(Protocol):
    @property
    def email(self) -> str | None: ...

    @property
    def phone(self) -> str | None: ...


P = TypeVar("P", bound=HasIdentity)


class NewSignup(Protocol):
    """What the rule reads of a sign-up (a kit.domain.signup.CleanSignup fits)."""

    first_name: str
    last_name: str
    email: str
    phone: str
    postal_code: str
    note: str
    consent_email: bool
    consent_sms: bool


@dataclass(frozen=True)
class Person:
    """A person as the rule sees them: plain values, "" where nothing was given."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    note: str = ""
    consent_email: bool = False
    consent_sms: bool = False


def find_person(people: Iterable[P], email: str, phone: str) -> P | None:
    """The person a sign-up with this (normalised) email and phone joins, or None for a new one.

    `people` in the order they were created; any may be given, or only those sharing the email
    or the phone (what a database query can narrow them to): the answer is the same.
    """
    by_phone: P | None = None
    for person in people:
        if email and person.email == email:
            return person  # an email match beats any phone match, whatever the order
        if (by_phone is None and phone and person.phone == phone
                and not (email and person.email)):
            by_phone = person
    return by_phone


def merge_changes(signup: NewSignup, *, email_answered: bool = True,
                  sms_answered: bool = True) -> dict[str, str | bool]:
    """{field: value} a returning person takes from `signup`: its non-empty fields, and the
    consent answers it gave (`*_answered` False: that question was not asked)."""
    changes: dict[str, str | bool] = {}
    for name in PERSON_FIELDS:
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
    return Person(**{name: getattr(signup, name) or "" for name in PERSON_FIELDS},
                  consent_email=bool(signup.consent_email), consent_sms=bool(signup.consent_sms))


def join(person: Person | None, signup: NewSignup, *, email_answered: bool = True,
         sms_answered: bool = True) -> Person:
    """`person` (from find_person; None for a new one) after `signup`."""
    if person is None:
        return person_of(signup)
    return replace(person, **merge_changes(signup, email_answered=email_answered,
                                           sms_answered=sms_answered))
