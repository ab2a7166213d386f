"""The CSV presets: for each target tool, its headers, how a contact becomes a row, and its BOM.

BOM or not, per tool: a UTF-8 byte order mark is what makes Excel read a CSV as UTF-8 (without
it, Urdu or Arabic names turn into mojibake). The files a person opens in a spreadsheet or in
Google Contacts (`csv`, `google`) carry one. The files uploaded to a mailing-list tool
(`actionnetwork`, `mailchimp`, `nationbuilder`) do not: those tools read UTF-8 anyway, and their
required first column (`email`, `Email Address`) must match by name, which a BOM glued to the
first header can break.

Who may be in an upload file, per tool (kit.services.exports applies the filter; each row builder
below also leaves out what a row may not carry, so a widened filter cannot leak it):
- `mailchimp`, `nationbuilder`, `actionnetwork`: people who agreed to email (unless the
  coordinator asks for everyone, with a warning). NationBuilder's carries each person's own
  `mobile_opt_in`, and their ZIP in `zip` (its import field "Address zip: Home zip").

One rule for phone numbers in every upload file (`upload_contacts`, applied by the CSV writer
before any row builder sees a contact): no phone number without that person's yes to text
messages. Only when the coordinator asks for it explicitly (`--include-phones-without-consent`,
the Export dialog's box) are the others' numbers written, and then the file says so in a last
column, `text_consent` (yes/no per row), beside every number.
- Action Network's upload form sets mobile opt-in with ONE checkbox for the whole file ("By
  default, activists are not automatically opted-in to your mobile messaging list"; the box is
  "Subscribe only activists who have not previously unsubscribed to the mobile list", source:
  help.actionnetwork.org/hc/en-us/articles/203113019), and its policy is 100% opt-in for every
  email and mobile number in a file (help.actionnetwork.org/hc/en-us/articles/203112989). So it
  gets two files: `actionnetwork` (people who agreed to email, no phone numbers at all) and
  `actionnetwork-texts` (people who agreed to texts, with their phones; an email address only
  where they also agreed to email), uploaded with the box ticked.

Tags and events are named by kit.domain.tags (`event_tag`, `clean_tag`), the rule the sync uses,
so an event is one tag at the service whichever way it arrives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from kit.domain.records import ContactRecord, EventInfo
from kit.domain.tags import clean_tag, event_tag


class CsvContact(NamedTuple):
    """What the CSV presets read of a contact, its cells already as text where they are text.

    A plain tuple: `kit.services.exports` builds 100,000 of these straight from the store's
    rows, without the sign-up and consent records or timestamps parsed and printed again that
    a `ContactRecord` needs (benchmarks/bench_export.py); `csv_contact` makes one from a record.
    """

    first_name: str
    last_name: str
    email: str
    phone: str
    postal_code: str
    note: str
    consent_email: bool
    consent_sms: bool
    interests: Sequence[str]
    event_tags: Sequence[str]  # `event_tag` of each event signed up at, first seen first
    visits: int
    created: str  # `utc_text`
    updated: str
    uuid: str


RowBuilder = Callable[[CsvContact], Sequence[str]]


@dataclass(frozen=True)
class CsvPreset:
    """One CSV flavour: its exact header row, a row builder, whether it starts with a BOM, and
    who belongs in it: "everyone", "email" (people who agreed to email: a mailing-list upload)
    or "sms" (people who agreed to texts, with a phone number)."""

    name: str
    title: str
    headers: tuple[str, ...]
    build_row: RowBuilder
    bom: bool
    audience: str = "everyone"
    # The tool skips a row without an email address (Action Network's email upload, Mailchimp),
    # so a row without one is left out even when everyone is asked for.
    needs_email: bool = False
    # A column of the row holds the phone number (the upload rule for phones applies to it).
    carries_phone: bool = False

    @property
    def mailing_list(self) -> bool:
        return self.audience == "email"

    @property
    def upload(self) -> bool:
        """A file made for a mailing-list or CRM tool's upload (not a spreadsheet or address
        book): the phone rule applies (`upload_contacts`)."""
        return self.audience != "everyone"


TEXT_CONSENT_COLUMN = "text_consent"


def upload_headers(preset: CsvPreset, include_phones_without_consent: bool) -> tuple[str, ...]:
    """The preset's header row; with the coordinator's explicit choice to include phone numbers
    of people who did not agree to texts, a last `text_consent` column says whose number is
    whose."""
    if preset.upload and preset.carries_phone and include_phones_without_consent:
        return (*preset.headers, TEXT_CONSENT_COLUMN)
    return preset.headers


def upload_contacts(preset: CsvPreset, contacts: Iterable[CsvContact],
                    include_phones_without_consent: bool) -> Iterable[CsvContact]:
    """THE phone rule of every upload file: a contact's phone number only with their yes to
    text messages, unless the coordinator explicitly includes the others (then the file says
    so: `upload_headers`, `upload_row`)."""
    if not preset.upload or include_phones_without_consent:
        return contacts
    return (c if c.consent_sms or not c.phone else c._replace(phone="") for c in contacts)


def upload_row(preset: CsvPreset, include_phones_without_consent: bool
               ) -> Callable[[CsvContact], Sequence[str]]:
    """The row builder for this export: the preset's, plus the `text_consent` cell when
    `upload_headers` added that column."""
    build = preset.build_row
    if len(upload_headers(preset, include_phones_without_consent)) == len(preset.headers):
        return build
    return lambda c: [*build(c), "yes" if c.consent_sms else "no"]


def event_tag_of(event: EventInfo) -> str:
    """The tag an event is known by at every service (kit.domain.tags.event_tag)."""
    return event_tag(event.name, event.date)


def csv_contact(record: ContactRecord, events: Mapping[str, EventInfo]) -> CsvContact:
    """The CSV view of a record; `events` maps event UUIDs to events."""
    return CsvContact(
        record.first_name, record.last_name, record.email, record.phone, record.postal_code,
        record.note, record.consent_email, record.consent_sms, record.interests,
        _event_tags(record, events), record.visits, utc_text(record.created_at),
        utc_text(record.updated_at), record.uuid,
    )


def _event_tags(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    labels: list[str] = []
    for signup in record.signups:
        event = events.get(signup.event_uuid)
        label = event_tag_of(event) if event is not None else signup.event_uuid
        if label not in labels:
            labels.append(label)
    return labels


def _y_n(value: bool) -> str:
    return "Y" if value else "N"


def utc_text(value: dt.datetime | None) -> str:
    """UTC, to the second, in a form spreadsheets recognise as a date and time."""
    if value is None:
        return ""
    if value.tzinfo is not None and value.utcoffset():
        value = value.astimezone(dt.UTC)
    # isoformat is several times faster than strftime, and this runs twice per row.
    return value.isoformat(" ", "seconds")[:19]


def _csv_row(c: CsvContact) -> list[str]:
    return [
        c.first_name,
        c.last_name,
        c.email,
        c.phone,
        c.postal_code,
        "yes" if c.consent_email else "no",  # inline, not a helper: this runs once per row
        "yes" if c.consent_sms else "no",
        "; ".join(c.interests),
        "; ".join(c.event_tags),
        c.note,
        str(c.visits),
        c.created,
        c.updated,
        c.uuid,
    ]


# Action Network takes tags per upload (chosen in its upload form), not per row: its `tags` and
# `events` columns arrive as custom fields, which keep what each person chose and where.
def _actionnetwork_row(c: CsvContact) -> list[str]:
    # The email file: no phone column at all, so no number can be subscribed by mistake.
    return [
        c.email,
        c.first_name,
        c.last_name,
        c.postal_code,
        ", ".join(clean_tag(t) for t in c.interests),
        "; ".join(c.event_tags),
    ]


def _actionnetwork_texts_row(c: CsvContact) -> list[str]:
    # The texts file: people who agreed to texts (its filter), an email only with email consent
    # (the upload subscribes every email in it too); phones by the upload rule.
    return [
        c.email if c.consent_email else "",
        c.first_name,
        c.last_name,
        c.postal_code,
        c.phone,
        ", ".join(clean_tag(t) for t in c.interests),
        "; ".join(c.event_tags),
    ]


def _mailchimp_row(c: CsvContact) -> list[str]:
    tags = [clean_tag(t) for t in (*c.interests, *c.event_tags)]
    # Phone Number by the upload rule (only with a yes to texts), as the Mailchimp sync sends it.
    return [c.email, c.first_name, c.last_name, c.phone, ",".join(tags)]


def _nationbuilder_row(c: CsvContact) -> list[str]:
    tags = [clean_tag(t) for t in (*c.interests, *c.event_tags)]
    # The form asks for a number to text, so it is the person's mobile as well as their phone
    # (both by the upload rule: only with a yes to texts); mobile_opt_in is the answer they gave
    # to the text-message question, Y or N.
    return [
        c.email,
        _y_n(c.consent_email),
        c.first_name,
        c.last_name,
        c.phone,
        c.phone,
        _y_n(c.consent_sms),
        c.postal_code,
        ",".join(tags),
        c.note,
    ]


def _google_row(c: CsvContact) -> list[str]:
    labels = [*c.interests, *c.event_tags]
    return [
        c.first_name,
        "",
        c.last_name,
        c.note,
        " ::: ".join(labels),
        "Other" if c.email else "",
        c.email,
        "Mobile" if c.phone else "",
        c.phone,
        "Home" if c.postal_code else "",
        c.postal_code,
    ]


PRESETS: dict[str, CsvPreset] = {
    preset.name: preset
    for preset in (
        CsvPreset(
            "csv", "Spreadsheet (every field)",
            ("First name", "Last name", "Email", "Phone", "ZIP code", "Email consent",
             "Text message consent", "Interests", "Events", "Note", "Sign-ups",
             "Created (UTC)", "Updated (UTC)", "Contact UUID"),
            _csv_row, bom=True,
        ),
        CsvPreset(
            "actionnetwork", "Action Network upload (two files: email, texts)",
            ("email", "first_name", "last_name", "zip_code", "tags", "events"),
            _actionnetwork_row, bom=False, audience="email", needs_email=True,
        ),
        CsvPreset(
            "actionnetwork-texts", "Action Network upload: people who agreed to texts",
            ("email", "first_name", "last_name", "zip_code", "phone", "tags", "events"),
            _actionnetwork_texts_row, bom=False, audience="sms", carries_phone=True,
        ),
        CsvPreset(
            "mailchimp", "Mailchimp audience import",
            ("Email Address", "First Name", "Last Name", "Phone Number", "Tags"),
            _mailchimp_row, bom=False, audience="email", needs_email=True, carries_phone=True,
        ),
        CsvPreset(
            "nationbuilder", "NationBuilder import",
            ("email", "email_opt_in", "first_name", "last_name", "phone_number", "mobile_number",
             "mobile_opt_in", "zip", "tag_list", "note"),
            _nationbuilder_row, bom=False, audience="email", carries_phone=True,
        ),
        CsvPreset(
            "google", "Google Contacts",
            ("First Name", "Middle Name", "Last Name", "Notes", "Labels", "E-mail 1 - Label",
             "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
             "Address 1 - Postal Code"),
            _google_row, bom=True,
        ),
    )
}
