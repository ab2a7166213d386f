"""The full-fidelity JSON export and its reader: everything needed to rebuild the contacts.

Layout (version 1), one document:

    {"format": "outreach-kit-contacts", "version": 1, "exported_at": "...Z",
     "events": [{"uuid", "name", "location", "date"}...],
     "contacts": [{"uuid", "first_name", "last_name", "email", "phone", "postal_code", "note",
                   "consent_email", "consent_sms", "created_at", "updated_at",
                   "signups": [{"uuid", "event_uuid", "created_at", "interests", "note",
                                "language", "consents": [{"channel", "wording", "granted",
                                                          "answered_at"}]}]}]}

Timestamps are ISO 8601 in UTC with microseconds, so a re-import restores them exactly. The
writer puts one contact per line and never holds more than one in memory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from kit.domain.errors import KitError
from kit.domain.records import ConsentAnswer, ContactRecord, EventInfo, SignupRecord
from kit.domain.times import as_utc

FORMAT_NAME = "outreach-kit-contacts"
FORMAT_VERSION = 1


class BadJsonExport(KitError):
    """A JSON file that is not an Outreach Kit contacts export this version can read."""

    code = "bad_json"


def _when(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return as_utc(value).isoformat(timespec="microseconds")


def _parse_when(value: Any, where: str) -> dt.datetime:
    if not isinstance(value, str):
        raise BadJsonExport(f"{where}: a timestamp is missing.")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise BadJsonExport(f"{where}: {value!r} is not an ISO timestamp.") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def event_to_json(event: EventInfo) -> dict[str, Any]:
    return {
        "uuid": event.uuid,
        "name": event.name,
        "location": event.location,
        "date": event.date.isoformat() if event.date else None,
    }


def contact_to_export_json(record: ContactRecord) -> dict[str, Any]:
    """One contact with every sign-up and every consent answer, as the export writes it."""
    return {
        "uuid": record.uuid,
        "first_name": record.first_name,
        "last_name": record.last_name,
        "email": record.email,
        "phone": record.phone,
        "postal_code": record.postal_code,
        "note": record.note,
        "consent_email": record.consent_email,
        "consent_sms": record.consent_sms,
        "created_at": _when(record.created_at),
        "updated_at": _when(record.updated_at),
        "signups": [
            {
                "uuid": s.uuid,
                "event_uuid": s.event_uuid,
                "created_at": _when(s.created_at),
                "interests": list(s.interests),
                "note": s.note,
                "language": s.language,
                "consents": [
                    {"channel": c.channel, "wording": c.wording, "granted": c.granted,
                     "answered_at": _when(c.answered_at)}
                    for c in s.consents
                ],
            }
            for s in record.signups
        ],
    }


def write_json(
    records: Iterable[ContactRecord],
    stream: TextIO,
    *,
    events: Iterable[EventInfo],
    exported_at: dt.datetime,
    on_row: Callable[[], None] | None = None,
) -> int:
    """The whole document to `stream`, one contact per line; returns the contact count."""
    head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": _when(exported_at)}
    stream.write(json.dumps(head, ensure_ascii=False)[:-1])
    stream.write(',\n"events": [')
    for i, event in enumerate(events):
        stream.write(("," if i else "") + "\n" + json.dumps(event_to_json(event), ensure_ascii=False))
    stream.write('\n],\n"contacts": [')
    count = 0
    for record in records:
        stream.write(("," if count else "") + "\n")
        stream.write(json.dumps(contact_to_export_json(record), ensure_ascii=False))
        count += 1
        if on_row is not None:
            on_row()
    stream.write("\n]}\n")
    return count


# -- reading -----------------------------------------------------------------------------------
def load_export(stream: TextIO) -> dict[str, Any]:
    """Parse and check the header of a JSON export; raises BadJsonExport with the reason."""
    try:
        document = json.load(stream)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadJsonExport(f"The file is not valid JSON ({exc}).") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BadJsonExport("This JSON file is not an Outreach Kit contacts export.")
    version = document.get("version")
    if version != FORMAT_VERSION:
        raise BadJsonExport(
            f"This export is version {version}; this Outreach Kit reads version {FORMAT_VERSION}."
        )
    if not isinstance(document.get("events"), list) or not isinstance(document.get("contacts"), list):
        raise BadJsonExport("The export has no 'events' or 'contacts' list.")
    return document


def events_from_json(document: dict[str, Any]) -> list[EventInfo]:
    """The events of a loaded export."""
    events = []
    for i, item in enumerate(document["events"]):
        where = f"event {i + 1}"
        if not isinstance(item, dict) or not item.get("uuid") or not item.get("name"):
            raise BadJsonExport(f"{where}: needs a uuid and a name.")
        date = item.get("date")
        try:
            when = dt.date.fromisoformat(date) if date else None
        except (TypeError, ValueError) as exc:
            raise BadJsonExport(f"{where}: {date!r} is not a date.") from exc
        events.append(EventInfo(None, str(item["uuid"]), str(item["name"]),
                                str(item.get("location") or ""), when))
    return events


def contacts_from_json(document: dict[str, Any]) -> Iterator[tuple[int, ContactRecord | BadJsonExport]]:
    """(position, record) for each contact, position counting from 1; a malformed one yields
    (position, BadJsonExport) so an import can report it and go on."""
    for position, item in enumerate(document["contacts"], start=1):
        try:
            yield position, _contact(item, f"contact {position}")
        except (BadJsonExport, KeyError, TypeError, ValueError) as exc:
            error = exc if isinstance(exc, BadJsonExport) else BadJsonExport(
                f"contact {position}: malformed ({type(exc).__name__}: {exc})")
            yield position, error


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key) or ""
    if not isinstance(value, str):
        raise BadJsonExport(f"{key} must be text.")
    return value


def _contact(item: Any, where: str) -> ContactRecord:
    if not isinstance(item, dict) or not item.get("uuid"):
        raise BadJsonExport(f"{where}: needs a uuid.")
    signups = []
    for s in item.get("signups") or []:
        created = _parse_when(s.get("created_at"), where)
        consents = tuple(
            ConsentAnswer(
                channel=str(c["channel"]), wording=str(c.get("wording") or ""),
                granted=bool(c["granted"]),
                answered_at=_parse_when(c.get("answered_at") or s.get("created_at"), where),
            )
            for c in s.get("consents") or []
        )
        signups.append(
            SignupRecord(
                uuid=str(s["uuid"]), event_uuid=str(s["event_uuid"]), created_at=created,
                interests=tuple(str(t) for t in s.get("interests") or ()), consents=consents,
                note=_text(s, "note"), language=str(s.get("language") or "en"),
            )
        )
    return ContactRecord(
        id=None, uuid=str(item["uuid"]), first_name=_text(item, "first_name"),
        last_name=_text(item, "last_name"), email=_text(item, "email"), phone=_text(item, "phone"),
        postal_code=_text(item, "postal_code"), note=_text(item, "note"),
        consent_email=bool(item.get("consent_email")), consent_sms=bool(item.get("consent_sms")),
        created_at=_parse_when(item.get("created_at"), where),
        updated_at=_parse_when(item.get("updated_at") or item.get("created_at"), where),
        signups=tuple(signups),
    )
