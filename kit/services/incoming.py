"""The rules every field arriving from a file (a bundle, a JSON export) passes before it is
stored: the same as typed input, so nothing a file brings can do what a keyboard cannot.

A 2 MB event name with a newline and U+202E once came in through a bundle and broke `report`;
dates of year 1 or 9999 overflowed later arithmetic; a copy count of 10**30 overflowed SQLite;
two rows with one UUID raised IntegrityError half-way. Each now raises IncomingError, which
says where (`signups[12].created_at`) and what is wrong, in one line; nothing is imported.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import uuid as uuid_module
from collections.abc import Iterable
from typing import Any

from kit.domain.errors import FieldError, KitError
from kit.domain.person_fields import PERSONAL_FIELDS
from kit.domain.text import NOTE_MAX, clean_multiline, clean_one_line
from kit.domain.times import as_utc, to_stored
from kit.services.events import EVENT_LOCATION_MAX, EVENT_NAME_MAX

# Times the kit can compute with: nothing before the first kit, nothing a clock could reach.
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)
CONSENT_TEXT_MAX = 2_000
INTERESTS_MAX = 50
SEALED_MAX_BYTES = 64 * 1024  # a sealed sign-up is a few hundred bytes; notes are 1,000 chars
_TAG = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")  # kit.content.loader's rule for interest tags
LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
_SOURCE = re.compile(r"[a-z][a-z0-9-]{0,19}")
_KEY_ID = re.compile(r"[0-9a-f]{8,64}")
_HANDOUT = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


class IncomingError(KitError):
    """A field a file brought breaks the rules typed input follows; nothing was imported."""

    code = "bad_field"

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where


def _fail(where: str, problem: str) -> IncomingError:
    return IncomingError(where, problem)


def _shown(value: Any) -> str:
    """A short, one-line, safe rendering of a bad value for the message."""
    text = repr(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 40 else text[:37] + "..."


def uuid_text(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) > 64:
        raise _fail(where, "must be a UUID")
    try:
        return str(uuid_module.UUID(value))
    except ValueError:
        raise _fail(where, f"{_shown(value)} is not a UUID") from None


def flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, "must be true or false")
    return value


def _field(check, where: str, *args) -> str:
    try:
        return check(*args)
    except FieldError as error:
        raise _fail(where, error.message) from None


def one_line(value: Any, where: str, label: str, limit: int, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _fail(where, "must be text")
    text = _field(clean_one_line, where, where, label, value, limit)
    if required and not text:
        raise _fail(where, "is empty")
    return text


def multiline(value: Any, where: str, label: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _fail(where, "must be text")
    return _field(clean_multiline, where, where, label, value, limit)


def timestamp(value: Any, where: str, *, required: bool = True) -> dt.datetime | None:
    """An ISO timestamp between 1970 and 2200, as naive UTC (the form the store keeps)."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise _fail(where, "must be an ISO timestamp")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"{_shown(value)} is not an ISO timestamp") from None
    try:
        utc = as_utc(parsed)  # a time without an offset is UTC, as the kit writes its files
    except (OverflowError, ValueError):
        raise _fail(where, f"{_shown(value)} is out of range") from None
    if not EARLIEST <= utc < LATEST:
        raise _fail(where, f"{_shown(value)} is out of range (1970 to 2199)")
    return to_stored(utc)


def day(value: Any, where: str) -> dt.date | None:
    """An event's date: none, or YYYY-MM-DD between 1900 and 2199."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 10:
        raise _fail(where, "must be a date YYYY-MM-DD")
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"{_shown(value)} is not a date YYYY-MM-DD") from None
    if not dt.date(1900, 1, 1) <= parsed < dt.date(2200, 1, 1):
        raise _fail(where, f"{_shown(value)} is out of range (1900 to 2199)")
    return parsed


def pattern(value: Any, where: str, rule: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not rule.fullmatch(value):
        raise _fail(where, f"{_shown(value)} is not {what}")
    return value


def interests(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > INTERESTS_MAX:
        raise _fail(where, f"must be a list of at most {INTERESTS_MAX} interest tags")
    return [pattern(tag, f"{where}[{i}]", _TAG, "an interest tag") for i, tag in enumerate(value)]


def whole_number(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(where, f"must be a whole number from {low} to {high}")
    return value


def unique(uuids: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for position, value in enumerate(uuids):
        if value in seen:
            raise _fail(f"{where}[{position}].uuid", f"{value} appears twice")
        seen.add(value)


def table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, "must be an object")
    return value


def rows(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(where, "must be a list")
    return value


# -- the shapes that travel --------------------------------------------------------------------
def event(item: Any, where: str) -> dict[str, Any]:
    """An event: its uuid, name and place by the event form's rules, an optional date."""
    item = table(item, where)
    return {
        "uuid": uuid_text(item.get("uuid"), f"{where}.uuid"),
        "name": one_line(item.get("name"), f"{where}.name", "Event name", EVENT_NAME_MAX,
                         required=True),
        "location": one_line(item.get("location"), f"{where}.location", "Place",
                             EVENT_LOCATION_MAX),
        "date": day(item.get("date"), f"{where}.date"),
        "created_at": timestamp(item.get("created_at"), f"{where}.created_at", required=False),
    }


def bundle_signup(item: Any, where: str) -> dict[str, Any]:
    """A bundle's sign-up: the counting columns checked here; clear personal fields go through
    validate_signup later (as typed ones do), sealed ones stay sealed."""
    item = table(item, where)
    checked: dict[str, Any] = {
        "uuid": uuid_text(item.get("uuid"), f"{where}.uuid"),
        "event_uuid": uuid_text(item.get("event_uuid"), f"{where}.event_uuid"),
        "created_at": timestamp(item.get("created_at"), f"{where}.created_at"),
        "interests": interests(item.get("interests"), f"{where}.interests"),
        "consent_email": flag(item.get("consent_email"), f"{where}.consent_email"),
        "consent_email_text": multiline(item.get("consent_email_text"),
                                        f"{where}.consent_email_text", "Consent wording",
                                        CONSENT_TEXT_MAX),
        "consent_sms": flag(item.get("consent_sms"), f"{where}.consent_sms"),
        "consent_sms_text": multiline(item.get("consent_sms_text"), f"{where}.consent_sms_text",
                                      "Consent wording", CONSENT_TEXT_MAX),
        "source": pattern(item.get("source", "bundle"), f"{where}.source", _SOURCE, "a source"),
        "language": pattern(item.get("language", "en"), f"{where}.language", LANGUAGE,
                            "a language code"),
    }
    if "sealed" in item:
        checked["key_id"] = pattern(item.get("key_id"), f"{where}.key_id", _KEY_ID, "a key id")
        sealed = item.get("sealed")
        if not isinstance(sealed, str) or len(sealed) > SEALED_MAX_BYTES * 4 // 3 + 4:
            raise _fail(f"{where}.sealed", "must be base64 text of a sealed sign-up")
        try:
            checked["sealed"] = base64.b64decode(sealed, validate=True)
        except (binascii.Error, ValueError):
            raise _fail(f"{where}.sealed", "is not base64") from None
        if not checked["sealed"]:
            raise _fail(f"{where}.sealed", "is empty")
    elif "clear" in item:
        clear = table(item.get("clear"), f"{where}.clear")
        fields = {}
        for name in PERSONAL_FIELDS:
            value = clear.get(name, "")
            if not isinstance(value, str) or len(value) > NOTE_MAX * 4:
                raise _fail(f"{where}.clear.{name}", "must be text")
            fields[name] = value
        checked["clear"] = fields  # validate_signup checks them as the kiosk form does
    return checked


def handout_log(item: Any, where: str, *, papers: tuple[str, ...], actions: tuple[str, ...],
                max_copies: int) -> dict[str, Any]:
    item = table(item, where)
    event_uuid = item.get("event_uuid")
    return {
        "uuid": uuid_text(item.get("uuid"), f"{where}.uuid"),
        "event_uuid": None if event_uuid is None else uuid_text(event_uuid, f"{where}.event_uuid"),
        "handout": pattern(item.get("handout"), f"{where}.handout", _HANDOUT, "a handout name"),
        "paper": pattern(item.get("paper"), f"{where}.paper",
                         re.compile("|".join(map(re.escape, papers))), "a paper size"),
        "copies": whole_number(item.get("copies"), f"{where}.copies", 1, max_copies),
        "action": pattern(item.get("action"), f"{where}.action",
                          re.compile("|".join(map(re.escape, actions))), "a print action"),
        "created_at": timestamp(item.get("created_at"), f"{where}.created_at"),
    }
