"""Recording a sign-up: validate, then hand it to the people in force (kit.services.people),
which find or create the contact, store the visit and enqueue sync in one transaction.

find_contact, merge_contact and insert_signup (the peewee steps imports and bundles share) live
with the clear people's SQL and are named here too."""

from __future__ import annotations

from kit.domain import identity
from kit.domain.errors import KitError
from kit.domain.signup import CleanSignup, SignupForm, validate_signup
from kit.domain.times import to_stored
from kit.services.events import signup_event_id
from kit.services.kit import Kit
from kit.services.people import people_of
from kit.services.people.clear import insert_signup, merge_contact
from kit.services.people.clear_write import find_contact, find_contact_id
from kit.services.recording import SignupReceipt

__all__ = ["NoActiveEvent", "SignupReceipt", "find_contact", "find_contact_id", "insert_signup",
           "merge_changes", "merge_contact", "record_signup"]


class NoActiveEvent(KitError):
    """Sign-ups need an event to belong to."""

    code = "no_event"


def record_signup(
    kit: Kit, form: SignupForm, *, event_id: int | None = None, source: str = "kiosk",
    language: str = "en",
) -> SignupReceipt:
    """Validate `form` and store it in one transaction; raises ValidationFailed, storing nothing."""
    desk = kit.desk()  # the active event and the region, kept between sign-ups
    target_event = desk.active_event_id if event_id is None else signup_event_id(kit, event_id)
    if target_event is None:
        raise NoActiveEvent("There is no event yet: create one first ('outreach-kit event add').")
    clean = validate_signup(
        form,
        region=desk.region,
        allowed_interests=[tag for tag, _ in kit.interests()],
        wording=kit.consent_wording_in(language),  # the wording shown in the form's language
    )
    # Sealed in memory when protection is on (no clear field reaches the database); one
    # transaction either way.
    return people_of(kit).record(clean, target_event, source=source, language=language,
                                 created_at=to_stored(kit.clock()))


def merge_changes(
    clean: CleanSignup, *, email_answered: bool = True, sms_answered: bool = True
) -> dict[str, str | bool]:
    """{column: value} that a returning contact takes from `clean` (the rules of merge_contact,
    also used by imports that write with plain SQL)."""
    # kit.domain.identity's rule: newer non-empty fields win; consent follows the latest answer
    # (every answer also stays on its sign-up row, so the whole history is kept).
    return identity.merge_changes(clean, email_answered=email_answered, sms_answered=sms_answered)
