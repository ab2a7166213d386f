"""Events: create one, list them with counts, choose the active one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kit.domain.errors import FieldError, NotFound, ValidationFailed
from kit.domain.text import clean_one_line
from kit.services.kit import Kit
from kit.services.people.counting import signup_count, signup_counts
from kit.services.starting_kit import EventHeading
from kit.store.models import Event

EVENT_NAME_MAX = 200
EVENT_LOCATION_MAX = 200


@dataclass(frozen=True)
class EventSummary:
    """An event as lists show it."""

    id: int
    uuid: str
    name: str
    location: str
    date: dt.date | None
    signups: int
    active: bool

    def to_json(self) -> dict:
        return {
            "id": self.id, "uuid": self.uuid, "name": self.name, "location": self.location,
            "date": self.date.isoformat() if self.date else None,
            "signups": self.signups, "active": self.active,
        }


def parse_event_date(value: str | dt.date | None) -> dt.date | None:
    """YYYY-MM-DD text (or a date) to a date; empty means no date."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationFailed(
            [FieldError("date", f"'{text}' is not a date; use YYYY-MM-DD, like 2026-06-14.")]
        ) from exc


def create_event(
    kit: Kit, name: str, location: str = "", date: str | dt.date | None = None,
    *, make_active: bool = True,
) -> EventSummary:
    """Store a new event (the active one unless told otherwise)."""
    errors = []
    try:
        clean_name = clean_one_line("name", "Event name", name, EVENT_NAME_MAX)
        if not clean_name:
            errors.append(FieldError("name", "Please enter the event's name.", code="required"))
    except FieldError as error:
        errors.append(error)
    try:
        clean_location = clean_one_line("location", "Place", location, EVENT_LOCATION_MAX)
    except FieldError as error:
        errors.append(error)
    try:
        when = parse_event_date(date)
    except ValidationFailed as failed:
        errors.extend(failed.errors)
    if errors:
        raise ValidationFailed(errors)
    with kit.store.write():
        event = Event.create(name=clean_name, location=clean_location, date=when)
        if make_active:
            kit.settings.set_in_transaction("active_event_id", event.id)
    return _summary(event, 0, make_active)


def list_events(kit: Kit) -> list[EventSummary]:
    """Every event, newest first, with its sign-up count."""
    active = kit.settings.get("active_event_id")
    counts = signup_counts()
    query = Event.select().order_by(Event.date.desc(nulls="LAST"), Event.id.desc())
    return [_summary(event, counts.get(event.id, 0), event.id == active) for event in query]


def get_event(kit: Kit, event_id: int) -> EventSummary:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}; 'outreach-kit event list' shows them.")
    count = signup_count(event.id)
    return _summary(event, count, event.id == kit.settings.get("active_event_id"))


def active_event(kit: Kit) -> EventSummary | None:
    """The event new sign-ups go to, or None before the first event exists."""
    event_id = kit.settings.get("active_event_id")
    if event_id is None:
        return None
    try:
        return get_event(kit, int(event_id))
    except NotFound:
        return None


def active_event_heading(kit: Kit) -> EventHeading | None:
    """The active event's name, place and day, without its sign-up count, or None before the
    first event exists (or when it went away under the kit).

    The kiosk's heading and the "is set-up needed" check run this for every attendee and every
    change of language; `active_event` counts the event's sign-ups, which scans the event's
    whole index (a COUNT over 100,000 sign-ups), for a number neither shows. Lists and pages
    that show the count keep using `active_event`.
    """
    event_id = kit.settings.get("active_event_id")
    if event_id is None:
        return None
    row = (Event.select(Event.name, Event.location, Event.date)
           .where(Event.id == int(event_id)).tuples().first())
    if row is None:
        return None
    name, location, date = row
    return EventHeading(name=name, location=location or "", date=date)


def signup_event_id(kit: Kit, event_id: int | None = None) -> int | None:
    """The event a new sign-up goes to: `event_id` (NotFound if it does not exist), else the
    active event, else None.

    Unlike get_event it does not count the event's sign-ups: recording a sign-up runs this every
    time, and counting scans the event's whole index (milliseconds at 100,000 sign-ups). The
    active event comes from Kit.desk, kept between sign-ups.
    """
    if event_id is None:
        return kit.desk().active_event_id
    conn = kit.store.db.connection()
    if conn.execute("SELECT 1 FROM event WHERE id = ?", (int(event_id),)).fetchone() is None:
        raise NotFound(f"There is no event with id {event_id}; 'outreach-kit event list' shows them.")
    return int(event_id)


def set_active_event(kit: Kit, event_id: int) -> EventSummary:
    event = get_event(kit, event_id)
    kit.settings.set("active_event_id", event.id)
    return EventSummary(**{**event.__dict__, "active": True})


def _summary(event: Event, count: int, active: bool) -> EventSummary:
    return EventSummary(
        id=event.id, uuid=event.uuid, name=event.name, location=event.location,
        date=event.date, signups=int(count), active=bool(active),
    )
