"""Recording a sign-up: validate, then hand it to the people in force (kit.services.people),
which find or create the contact, store the visit and enqueue sync in one transaction
(kit/services/people/clear_write.py on a clear kit, people/sealed.py on a protected one)."""

from __future__ import annotations

from kit.domain.errors import KitError
from kit.domain.signup import SignupForm, validate_signup
from kit.domain.times import to_stored
from kit.services.events import signup_event_id
from kit.services.kit import Kit
from kit.services.people import people_of
from kit.services.recording import SignupReceipt

__all__ = ["NoActiveEvent", "SignupReceipt", "record_signup"]


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

