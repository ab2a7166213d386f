"""Contacts: search, read with their sign-ups, edit and delete (through kit.services.people,
whichever way the kit keeps them)."""

from __future__ import annotations

from kit.domain.records import ContactRecord
from kit.domain.signup import SignupForm, validate_signup
from kit.services.kit import Kit
from kit.services.people import people_of
from kit.services.removal import RemovalReport, remove_contact

SEARCH_LIMIT = 50


def count_contacts(kit: Kit, query: str = "", event_id: int | None = None) -> int:
    return people_of(kit).count(query, event_id)


def search_contacts(
    kit: Kit, query: str = "", *, event_id: int | None = None, limit: int | None = SEARCH_LIMIT,
    offset: int = 0, with_signups: bool = False,
) -> list[ContactRecord]:
    """Contacts whose name, email, phone or ZIP contains `query`, newest first.

    Each record carries what a list shows of its sign-ups: interests, event ids and `visits`
    (`signups` stays empty); `with_signups=True` loads the sign-ups themselves, as
    `get_contact` does. (An unlocked protected kit's records always carry their sign-ups.)
    """
    return people_of(kit).search(query, event_id, limit=limit, offset=offset,
                                 with_signups=with_signups)


def get_contact(kit: Kit, contact_id: int) -> ContactRecord:
    return people_of(kit).get(contact_id)


def update_contact(kit: Kit, contact_id: int, form: SignupForm) -> ContactRecord:
    """Correct a contact's details by the same rules as the form; consent is not editable here.

    Consent is what the person answered at the table, so a volunteer's edit never changes it.
    A sealed contact's sign-ups are sealed again with the corrected details.
    """
    people = people_of(kit)
    people.get(contact_id)  # NotFound (or KitLocked) before the form is checked
    clean = validate_signup(
        SignupForm(
            first_name=form.first_name, last_name=form.last_name, email=form.email,
            phone=form.phone, postal_code=form.postal_code, note=form.note,
        ),
        region=kit.region,
    )
    return people.update(contact_id, clean)


def delete_contact(kit: Kit, contact_id: int) -> RemovalReport:
    """Remove a contact: the removal use case (kit.services.removal), the same as
    `outreach-kit contacts remove`."""
    return remove_contact(kit, contact_id)


def contact_to_json(record: ContactRecord) -> dict:
    """The `contacts list --json` shape (a stable contract)."""
    return {
        "id": record.id,
        "uuid": record.uuid,
        "first_name": record.first_name,
        "last_name": record.last_name,
        "email": record.email,
        "phone": record.phone,
        "zip": record.postal_code,
        "note": record.note,
        "interests": list(record.interests),
        "consent_email": record.consent_email,
        "consent_sms": record.consent_sms,
        "events": list(record.event_ids),
        "created_at": record.created_at.isoformat() if record.created_at else None,
        "updated_at": record.updated_at.isoformat() if record.updated_at else None,
    }
