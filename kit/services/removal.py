"""Removal: a person asked to be removed ("ask us at the table or reply to any message").

One use case for the app's Delete in Contacts and `outreach-kit contacts remove`, through the
people door (kit.services.people), on a clear kit and on a protected, unlocked one alike:

1. the person and every sign-up of theirs are deleted, with their outbox rows, so a pending row
   never sends them;
2. a tombstone per sign-up UUID (people/removing.py) keeps any bundle, JSON export or sheet
   that still holds those sign-ups from bringing them back, while a new sign-up later (a new
   UUID, a new consent) is kept;
3. every sync target that may already have them gets a notice for the next sync
   (kit.sync.notices): Mailchimp unsubscribes the address, Action Network gets `unsubscribed`
   for the email and the phone, a webhook gets a `removed` event;
4. the database is scrubbed as a purge scrubs it (kit.services.protection.scrub_database):
   secure_delete has zeroed the rows, VACUUM leaves no free page, the WAL is emptied and older
   backups (which still hold the person) are replaced by a fresh one; the database copies a
   restore or a repair set aside in damaged/ lose the person too
   (kit.services.recovery.forget_in_copies).

A locked kit cannot tell who is who: it refuses with KitLocked (exit 2, like other locked
commands).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kit.domain.contact_fields import normalise_email, normalise_phone
from kit.domain.errors import FieldError, KitError, NotFound
from kit.domain.records import ContactRecord
from kit.services.kit import Kit
from kit.services.people import Removed, people_of

log = logging.getLogger(__name__)


class NobodyMatches(NotFound):
    """No contact has the email or phone a removal asked for."""

    code = "nobody_matches"


class SeveralMatch(KitError):
    """A phone number held by more than one contact: removal by it would remove someone else."""

    code = "several_match"


@dataclass(frozen=True)
class RemovalReport:
    """What one removal did (nothing that names the person)."""

    contacts: int
    signups: int
    targets_told: int
    scrub_notes: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"contacts": self.contacts, "signups": self.signups,
                "targets_to_tell": self.targets_told, "notes": list(self.scrub_notes)}


def remove_contact(kit: Kit, contact_id: int) -> RemovalReport:
    """Remove one contact by id (the app's Delete): see the module's note."""
    people = people_of(kit)
    record = people.get(contact_id)
    removed = people.delete(contact_id)
    return _finish(kit, [removed], [record])


def remove_person(kit: Kit, *, email: str = "", phone: str = "") -> RemovalReport:
    """Remove the person with this email, or else this phone number (`contacts remove`).

    The address is read as the form reads it (lower-cased email, phone in E.164 in the kit's
    region); FieldError when it is not one, NobodyMatches when nobody has it, SeveralMatch when
    a phone number is shared by several contacts (remove by email instead).
    """
    if bool(email) == bool(phone):
        raise FieldError("email", "Give --email or --phone (one of them).", code="one_of")
    wanted_email = normalise_email(email.strip()) if email else ""
    wanted_phone = normalise_phone(phone.strip(), kit.region) if phone else ""
    people = people_of(kit)
    query = wanted_email or wanted_phone
    found = [r for r in people.search(query, limit=None)
             if (wanted_email and r.email == wanted_email)
             or (wanted_phone and r.phone == wanted_phone)]
    if not found:
        what = "email" if email else "phone number"
        raise NobodyMatches(f"Nobody here has this {what}; nothing was removed.")
    if len(found) > 1:
        raise SeveralMatch(f"{len(found)} contacts share this phone number; remove each by "
                           "email (or from Contacts) so nobody else is removed.")
    assert found[0].id is not None
    record = people.get(found[0].id)  # with every sign-up (a search row has a summary)
    return _finish(kit, [people.delete(found[0].id)], [record])


def _finish(kit: Kit, removed: list[Removed], records: list[ContactRecord]) -> RemovalReport:
    from kit.services.protection import scrub_database
    from kit.services.recovery import forget_in_copies

    # The copies a restore or a repair set aside in damaged/ held them in clear (before the
    # scrub, which seals a protected kit's clear copies).
    notes: list[str] = []
    for record in records:
        notes += forget_in_copies(kit.paths, contact_uuid=record.uuid, email=record.email,
                                  signup_uuids=[s.uuid for s in record.signups])
    # The rows are gone; the WAL, free pages and older backups still hold them.
    scrub = scrub_database(kit)
    report = RemovalReport(len(removed), sum(r.signups for r in removed),
                           sum(r.targets_told for r in removed), (*notes, *scrub.notes))
    log.info("Removed %s contacts (%s sign-ups); %s services to tell at the next sync",
             report.contacts, report.signups, report.targets_told)
    return report
