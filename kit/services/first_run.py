"""First-run set-up, the use-cases behind the guided flow (kit.ui.shell.first_run): where the table
is, the group's own contact details, a kiosk PIN and protection, each stored as soon as the
volunteer passes its step (nothing typed and acknowledged is lost).

The flow is shown while the kit has no event, and, once started, until it is finished: the
setting `first_run` is "started" from the first stored step to the end, so quitting half-way
brings the remaining steps back on the next start. Kits that existed before the flow never have
the setting and are never asked again.
"""

from __future__ import annotations

import dataclasses
import logging

from kit.content.errors import PackError
from kit.content.model import ContactDetails
from kit.content.storage import save_pack, user_pack_dir
from kit.content.urls import url_problem
from kit.domain.errors import FieldError, KitError, ValidationFailed
from kit.services.campaign import judge_pack
from kit.services.events import active_event
from kit.services.kit import Kit

log = logging.getLogger(__name__)

FIRST_RUN_SETTING = "first_run"
CONTACT_FIELDS = ("website", "email", "social", "meeting")


def first_run_pending(kit: Kit) -> bool:
    """True while set-up should be shown: no event yet, or a set-up started and not finished."""
    return active_event(kit) is None or kit.settings.get(FIRST_RUN_SETTING) == "started"


def mark_started(kit: Kit) -> None:
    kit.settings.set(FIRST_RUN_SETTING, "started")


def mark_finished(kit: Kit) -> None:
    kit.settings.set(FIRST_RUN_SETTING, "done")
    log.info("First-run set-up finished")


def contact_details(kit: Kit) -> ContactDetails:
    """The group's contact details from the data dir's pack (empty when the pack is broken)."""
    pack = kit.pack()
    return pack.organisation.contact if pack is not None else ContactDetails()


def _website(text: str) -> str:
    """A website as typed ("example.org") made a full link, since the handouts print it as a QR
    code; anything with a scheme is left for the URL check to judge."""
    text = text.strip()
    if text and "://" not in text:
        return "https://" + text
    return text


def save_contact_details(kit: Kit, *, website: str = "", email: str = "", social: str = "",
                         meeting: str = "") -> ContactDetails:
    """Store the group's own website, email, social handle and meeting line in the data dir's
    copy of the campaign pack (the handouts print them). The pack loader judges the result
    before anything is written; on a problem nothing changes and ValidationFailed names the
    field. Empty fields are allowed (and clear what was there)."""
    pack = kit.pack()
    if pack is None:
        raise KitError(f"The campaign pack cannot be used: {kit.pack_problem}", code="pack")
    details = ContactDetails(website=_website(website), email=email.strip(),
                             social=social.strip(), meeting=meeting.strip(),
                             signup=pack.organisation.contact.signup)
    errors = []
    if details.website and (problem := url_problem(details.website)):
        errors.append(FieldError("website", f"The website {problem}.", code="url"))
    if details.email and ("@" not in details.email or " " in details.email):
        errors.append(FieldError("email", "Enter the group's email address, like "
                                 "info@example.org.", code="email"))
    if errors:
        raise ValidationFailed(errors)
    edited = dataclasses.replace(pack, organisation=dataclasses.replace(
        pack.organisation, contact=details))
    try:
        judge_pack(edited)  # the loader is the one judge of a pack (kit.services.campaign)
    except PackError as error:
        field = next((name for name in CONTACT_FIELDS if error.field.endswith(f"contact.{name}")),
                     "website")
        raise ValidationFailed([FieldError(field, error.problem, code="pack")]) from error
    save_pack(edited, user_pack_dir(kit.paths.data_dir))
    kit.reload_pack()
    log.info("Group contact details saved in the campaign pack")
    return details
