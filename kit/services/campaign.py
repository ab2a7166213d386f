"""Saving and resetting the campaign pack a group edits (the Content tab's Save and Reset).

A save runs the same steps every time, in this order, and changes nothing until the last one:

1. the URLs the handouts print as QR codes (the commonest slip): the first bad one per table;
2. the pack as the loader reads it: written to a scratch folder and read back, so every rule of
   a pack lives once, in kit/content, and the app can never save a pack it cannot open again;
3. a changed consent wording (own language or a translation) only once confirmed: sign-ups
   record the wording exactly as shown, so a change is deliberate (asked only after 1 and 2,
   so nobody confirms a wording that cannot be saved);
4. written into the data dir's pack (never the shipped one in assets/), then the kit's pack is
   reloaded so the handouts and the next attendee's form use it.

The group's contact details (the first-run step and the Handouts tab's "Contact details…" both
edit them) are saved by `save_contact_details`: cleaned and checked field by field, then judged by
the loader like any pack (2), written (4) and reloaded.

The caller shows the outcome; nothing here knows about widgets or dialogs.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kit.content import (
    CampaignPack,
    PackError,
    load_pack,
    reset_pack,
    save_pack,
    url_problem,
    user_pack_dir,
)
from kit.domain.contact_fields import normalise_email
from kit.domain.errors import FieldError, KitError, ValidationFailed
from kit.services.kit import Kit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UrlProblem:
    """A link a handout would print that no phone can open."""

    table: str  # "resources" or "facts"
    row: int  # from 0
    field: str  # "url" (a resource) or "source_url" (a fact)
    title: str  # the resource's title ("" for a fact, or an untitled resource)
    problem: str  # what is wrong, in English, as kit.content.url_problem says it


class SaveOutcome(enum.Enum):
    SAVED = "saved"
    BAD_URL = "bad_url"  # `url_problems` says where
    INVALID = "invalid"  # `pack_error` is the loader's verdict
    CONSENT_NOT_CONFIRMED = "consent_not_confirmed"
    NOT_WRITTEN = "not_written"  # `write_error` says why (disk full, permissions…)


@dataclass(frozen=True)
class PackSave:
    """What a save did; nothing changed on disk unless `outcome` is SAVED."""

    outcome: SaveOutcome
    url_problems: tuple[UrlProblem, ...] = ()
    pack_error: PackError | None = None
    write_error: OSError | None = None
    saved_to: Path | None = None

    @property
    def saved(self) -> bool:
        return self.outcome is SaveOutcome.SAVED


def url_problems(pack: CampaignPack) -> tuple[UrlProblem, ...]:
    """The first bad resource URL and the first bad fact source URL (an empty source URL is
    allowed: not every fact has a page)."""
    found: list[UrlProblem] = []
    for row, resource in enumerate(pack.resources):
        if problem := url_problem(resource.url):
            found.append(UrlProblem("resources", row, "url", resource.title, problem))
            break
    for row, fact in enumerate(pack.facts):
        if fact.source_url and (problem := url_problem(fact.source_url)):
            found.append(UrlProblem("facts", row, "source_url", "", problem))
            break
    return tuple(found)


def judge_pack(pack: CampaignPack) -> None:
    """Raise the loader's PackError when `pack`, once written, could not be read back.

    The loader is the one judge of a pack: write to a scratch folder, read it back. The
    group's email is also checked as attendees' addresses are (email-validator, offline): the
    loader only looks for an @, as it reads the pack before the first frame, where importing
    email-validator would cost a fifth of a second."""
    with tempfile.TemporaryDirectory(prefix="outreach-kit-pack-") as scratch:
        save_pack(pack, scratch)
        load_pack(scratch)
    email = pack.organisation.contact.email
    if email and not group_email_ok(email):
        raise PackError("campaign.toml", "organisation.contact.email",
                        "must be an email address like info@example.org")


def consent_changed(before: CampaignPack, after: CampaignPack) -> bool:
    """True when any consent sentence (own language or a translation) differs."""
    if before.consent != after.consent:
        return True
    languages = {t.language for t in before.translations} | {t.language for t in after.translations}
    for code in languages:
        old, new = before.translation(code), after.translation(code)
        if (old.consent if old else None) != (new.consent if new else None):
            return True
    return False


def save_campaign_pack(kit: Kit, edited: CampaignPack, *, before: CampaignPack,
                       confirm_consent_change: Callable[[], bool]) -> PackSave:
    """Check `edited` and, when it passes, write it as the kit's pack and reload it.

    `before` is the pack the editor started from (a consent change is judged against it);
    `confirm_consent_change` is asked only when the wording changed and the pack is valid.
    """
    problems = url_problems(edited)
    if problems:
        return PackSave(SaveOutcome.BAD_URL, url_problems=problems)
    try:
        judge_pack(edited)
    except PackError as error:
        return PackSave(SaveOutcome.INVALID, pack_error=error)
    if consent_changed(before, edited) and not confirm_consent_change():
        return PackSave(SaveOutcome.CONSENT_NOT_CONFIRMED)
    target = user_pack_dir(kit.paths.data_dir)
    try:
        save_pack(edited, target)
    except OSError as error:
        return PackSave(SaveOutcome.NOT_WRITTEN, write_error=error)
    log.info("campaign pack saved to %s", target)
    kit.reload_pack()
    return PackSave(SaveOutcome.SAVED, saved_to=target)


def reset_campaign_pack(kit: Kit) -> Path:
    """Put the shipped pack back and reload it; returns where the edited pack was kept.

    Raises PackError or OSError when the default cannot be installed (the kit keeps its pack).
    """
    aside = reset_pack(kit.paths.data_dir)
    kit.reload_pack()
    return aside


# The group's contact details, in the order a form shows them, with the words a message uses.
CONTACT_LABELS = {"website": "The website", "signup": "The sign-up link", "email": "The email",
                  "social": "The social media line", "meeting": "The meeting line"}
_LINKS = ("website", "signup")  # printed as QR codes: a full link is needed


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _full_link(text: str) -> str:
    """A link as typed ("example.org") made a full one, since the handouts print it as a QR code;
    anything with a scheme is left for the URL check to judge."""
    return "https://" + text if text and "://" not in text else text


def group_email_ok(text: str) -> bool:
    """True when `text` is an email address a handout can print: checked offline with
    email-validator as attendees' addresses are (an address with no domain, such as
    "info@solidaritykashmir", is refused)."""
    try:
        normalise_email(text)
    except FieldError:
        return False
    return True


def save_contact_details(kit: Kit, **typed: str) -> CampaignPack:
    """Save the group's contact details (website, signup, email, social, meeting; a field not
    given keeps what the pack has) into the data dir's pack; returns the pack as reloaded.

    Each field is made one line; a link typed without a scheme gets https://. Empty fields are
    allowed (and clear what was there). A link no phone could open, an email without an @, or
    anything the loader refuses raises ValidationFailed naming each field, and nothing is
    written; so does a disk that refuses the file (KitError "not_written"), and a pack that
    cannot be used (KitError "pack")."""
    unknown = set(typed) - set(CONTACT_LABELS)
    if unknown:
        raise TypeError(f"not a contact detail: {', '.join(sorted(unknown))}")
    pack = kit.pack()
    if pack is None:
        raise KitError(f"The campaign pack cannot be used: {kit.pack_problem}", code="pack")
    cleaned = {name: _one_line(text) for name, text in typed.items()}
    cleaned.update({name: _full_link(cleaned[name]) for name in _LINKS if name in cleaned})
    details = dataclasses.replace(pack.organisation.contact, **cleaned)
    errors = []
    for name in _LINKS:
        link = getattr(details, name)
        if link and (problem := url_problem(link)):
            errors.append(FieldError(name, f"{CONTACT_LABELS[name]} {problem}.", code="url"))
    if details.email and not group_email_ok(details.email):
        errors.append(FieldError("email", "Enter the group's email address, like "
                                 "info@example.org.", code="email"))
    if errors:
        raise ValidationFailed(errors)
    edited = dataclasses.replace(pack, organisation=dataclasses.replace(
        pack.organisation, contact=details))
    try:
        judge_pack(edited)
    except PackError as error:
        field = error.field.rsplit(".", 1)[-1]
        label = CONTACT_LABELS.get(field, "The campaign pack")
        raise ValidationFailed([FieldError(field if field in CONTACT_LABELS else "pack",
                                           f"{label} {error.problem}.", code="pack")]) from error
    try:
        save_pack(edited, user_pack_dir(kit.paths.data_dir))
    except OSError as error:
        raise KitError(f"Not saved: the pack could not be written ({error.strerror}).",
                       code="not_written") from error
    log.info("Group contact details saved in the campaign pack")
    reloaded = kit.reload_pack()
    if reloaded is None:
        raise KitError(f"The campaign pack cannot be used: {kit.pack_problem}", code="pack")
    return reloaded
