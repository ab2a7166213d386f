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

from kit.domain.records import ContactRecord, EventInfo

RowBuilder = Callable[[ContactRecord, Mapping[str, EventInfo]], Sequence[str]]


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


def _when(value: dt.datetime | None) -> str:
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


def _csv_row(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    return [
        record.first_name,
        record.last_name,
        record.email,
        record.phone,
        record.postal_code,
        _yes_no(record.consent_email),
        _yes_no(record.consent_sms),
        "; ".join(record.interests),
        "; ".join(_event_labels(record, events)),
        record.note,
        str(len(record.signups)),
        _when(record.created_at),
        _when(record.updated_at),
        record.uuid,
    ]


def _actionnetwork_row(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    return [
        record.email,
        record.first_name,
        record.last_name,
        record.postal_code,
        record.phone,
        _yes_no(record.consent_sms),
        ", ".join(_tag(t) for t in record.interests),
        "; ".join(_event_labels(record, events)),
    ]


def _mailchimp_row(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    tags = [_tag(t) for t in (*record.interests, *_event_labels(record, events))]
    return [record.email, record.first_name, record.last_name, record.phone, ",".join(tags)]


def _nationbuilder_row(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    tags = [_tag(t) for t in (*record.interests, *_event_labels(record, events))]
    # The form asks for a number to text, so it is the person's mobile as well as their phone;
    # mobile_opt_in is the answer they gave to the text-message question, Y or N.
    return [
        record.email,
        _y_n(record.consent_email),
        record.first_name,
        record.last_name,
        record.phone,
        record.phone,
        _y_n(record.consent_sms),
        ",".join(tags),
        record.note,
    ]


def _google_row(record: ContactRecord, events: Mapping[str, EventInfo]) -> list[str]:
    labels = [*record.interests, *_event_labels(record, events)]
    return [
        record.first_name,
        "",
        record.last_name,
        record.note,
        " ::: ".join(labels),
        "Other" if record.email else "",
        record.email,
        "Mobile" if record.phone else "",
        record.phone,
        "Home" if record.postal_code else "",
        record.postal_code,
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
