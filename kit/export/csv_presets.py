"""The CSV presets: for each target tool, its headers, how a contact becomes a row, and its BOM.

BOM or not, per tool: a UTF-8 byte order mark is what makes Excel read a CSV as UTF-8 (without
it, Urdu or Arabic names turn into mojibake). The files a person opens in a spreadsheet or in
Google Contacts (`csv`, `google`) carry one. The files uploaded to a mailing-list tool
(`actionnetwork`, `mailchimp`, `nationbuilder`) do not: those tools read UTF-8 anyway, and their
required first column (`email`, `Email Address`) must match by name, which a BOM glued to the
first header can break.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from kit.domain.records import ContactRecord, EventInfo


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
    event_labels: Sequence[str]  # `event_label` of each event signed up at, first seen first
    visits: int
    created: str  # `utc_text`
    updated: str
    uuid: str


RowBuilder = Callable[[CsvContact], Sequence[str]]


@dataclass(frozen=True)
class CsvPreset:
    """One CSV flavour: its exact header row, a row builder, and whether it starts with a BOM."""

    name: str
    title: str
    headers: tuple[str, ...]
    build_row: RowBuilder
    bom: bool
    mailing_list: bool


def event_label(event: EventInfo) -> str:
    """How an event reads in a cell or a tag: its name, and its date when it has one."""
    return f"{event.name} ({event.date.isoformat()})" if event.date else event.name


def csv_contact(record: ContactRecord, events: Mapping[str, EventInfo]) -> CsvContact:
    """The CSV view of a record; `events` maps event UUIDs to events."""
    return CsvContact(
        record.first_name, record.last_name, record.email, record.phone, record.postal_code,
        record.note, record.consent_email, record.consent_sms, record.interests,
        _event_labels(record, events), record.visits, utc_text(record.created_at),
        utc_text(record.updated_at), record.uuid,
    )


def _event_labels(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    labels: list[str] = []
    for signup in record.signups:
        event = events.get(signup.event_uuid)
        label = event_label(event) if event is not None else signup.event_uuid
        if label not in labels:
            labels.append(label)
    return labels


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


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


def _tag(text: str) -> str:
    # Mailchimp and NationBuilder split tag lists on commas, so a comma inside one tag would
    # make two; a space keeps it one readable tag.
    return re.sub(r"\s*,\s*", " ", text).strip()


def _csv_row(c: CsvContact) -> list[str]:
    return [
        c.first_name,
        c.last_name,
        c.email,
        c.phone,
        c.postal_code,
        "yes" if c.consent_email else "no",  # _yes_no, inline: this runs once per row
        "yes" if c.consent_sms else "no",
        "; ".join(c.interests),
        "; ".join(c.event_labels),
        c.note,
        str(c.visits),
        c.created,
        c.updated,
        c.uuid,
    ]


def _actionnetwork_row(c: CsvContact) -> list[str]:
    return [
        c.email,
        c.first_name,
        c.last_name,
        c.postal_code,
        c.phone,
        _yes_no(c.consent_sms),
        ", ".join(_tag(t) for t in c.interests),
        "; ".join(c.event_labels),
    ]


def _mailchimp_row(c: CsvContact) -> list[str]:
    tags = [_tag(t) for t in (*c.interests, *c.event_labels)]
    return [c.email, c.first_name, c.last_name, c.phone, ",".join(tags)]


def _nationbuilder_row(c: CsvContact) -> list[str]:
    tags = [_tag(t) for t in (*c.interests, *c.event_labels)]
    # The form asks for a number to text, so it is the person's mobile as well as their phone;
    # mobile_opt_in is the answer they gave to the text-message question, Y or N.
    return [
        c.email,
        _y_n(c.consent_email),
        c.first_name,
        c.last_name,
        c.phone,
        c.phone,
        _y_n(c.consent_sms),
        ",".join(tags),
        c.note,
    ]


def _google_row(c: CsvContact) -> list[str]:
    labels = [*c.interests, *c.event_labels]
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
            _csv_row, bom=True, mailing_list=False,
        ),
        CsvPreset(
            "actionnetwork", "Action Network upload",
            ("email", "first_name", "last_name", "zip_code", "phone", "sms_opt_in", "tags",
             "events"),
            _actionnetwork_row, bom=False, mailing_list=True,
        ),
        CsvPreset(
            "mailchimp", "Mailchimp audience import",
            ("Email Address", "First Name", "Last Name", "Phone Number", "Tags"),
            _mailchimp_row, bom=False, mailing_list=True,
        ),
        CsvPreset(
            "nationbuilder", "NationBuilder import",
            ("email", "email_opt_in", "first_name", "last_name", "phone_number", "mobile_number",
             "mobile_opt_in", "tag_list", "note"),
            _nationbuilder_row, bom=False, mailing_list=True,
        ),
        CsvPreset(
            "google", "Google Contacts",
            ("First Name", "Middle Name", "Last Name", "Notes", "Labels", "E-mail 1 - Label",
             "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
             "Address 1 - Postal Code"),
            _google_row, bom=True, mailing_list=False,
        ),
    )
}
