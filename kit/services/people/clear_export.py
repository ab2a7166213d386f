"""Clear people, exported: the export filter as SQL, and the matching contacts streamed.

Reads go straight through the store's sqlite3 connection (inside the export's read transaction):
raw cursors merged in Python keep a 100,000-contact export close to the speed of a bare `csv`
loop (see benchmarks/bench_export.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from kit.domain.export_filter import ExportFilter
from kit.domain.records import ConsentAnswer, ContactRecord, EventInfo, SignupRecord
from kit.domain.times import from_stored, from_stored_or_none
from kit.export.csv_presets import CsvContact, event_tag_of, utc_text

BATCH_SIZE = 1000


def filter_sql(chosen: ExportFilter) -> tuple[str, list[object]]:
    """`chosen` as an SQL condition on table alias `c`, and its parameters."""
    where: list[str] = []
    params: list[object] = []
    signup_where: list[str] = []
    if chosen.event_id is not None:
        signup_where.append("event_id = ?")
        params.append(chosen.event_id)
    for column_test, value in (("created_at >= ?", chosen.start), ("created_at < ?", chosen.end),
                               ("created_at > ?", chosen.since)):
        if value is not None:
            signup_where.append(column_test)
            params.append(str(value))  # as stored: "YYYY-MM-DD HH:MM:SS[.ffffff]", naive UTC
    if signup_where:
        where.append(
            "c.id IN (SELECT contact_id FROM signup WHERE contact_id IS NOT NULL AND "
            + " AND ".join(signup_where) + ")"
        )
    if chosen.email_consent:
        where.append("c.consent_email = 1 AND c.email IS NOT NULL")  # an empty email is NULL
    elif chosen.needs_email:
        where.append("c.email IS NOT NULL")
    if chosen.sms_consent:
        where.append("c.consent_sms = 1 AND c.phone IS NOT NULL")
    return (" AND ".join(where) or "1"), params


@dataclass(frozen=True)
class ClearSelection:
    """The contacts an export chose, read when asked (inside the caller's read transaction)."""

    conn: sqlite3.Connection
    condition: str
    params: list[object]

    def count(self) -> int:
        sql = f"SELECT COUNT(*) FROM contact c WHERE {self.condition}"
        return int(self.conn.execute(sql, self.params).fetchone()[0])

    def events(self) -> dict[str, EventInfo]:
        return _events(self.conn, self.condition, self.params)

    def records(self) -> Iterator[ContactRecord]:
        return iter_records(self.conn, self.condition, self.params)

    def csv_contacts(self, events: dict[str, EventInfo]) -> Iterator[CsvContact]:
        return iter_csv_contacts(self.conn, self.condition, self.params, events)


_CONTACT_COLUMNS = (
    "c.id, c.uuid, c.first_name, c.last_name, c.email, c.phone, c.postal_code, c.note, "
    "c.consent_email, c.consent_sms, c.created_at, c.updated_at"
)
_SIGNUP_COLUMNS = (
    "s.contact_id, s.uuid, e.uuid, s.event_id, s.created_at, s.interests, s.note, "
    "s.consent_email, s.consent_email_text, s.consent_sms, s.consent_sms_text, s.language"
)


def _batched(cursor) -> Iterator[tuple]:
    while True:
        rows = cursor.fetchmany(BATCH_SIZE)
        if not rows:
            return
        yield from rows


def iter_records(conn: sqlite3.Connection, condition: str, params: list[object]
                 ) -> Iterator[ContactRecord]:
    """Matching contacts with their sign-ups, by id, fetched in batches from two cursors that
    are merged here (contacts by id, sign-ups by contact id), so memory stays flat."""
    contacts = conn.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM contact c WHERE {condition} ORDER BY c.id", params
    )
    signups = conn.execute(
        f"SELECT {_SIGNUP_COLUMNS} FROM signup s JOIN event e ON e.id = s.event_id "
        f"WHERE s.contact_id IN (SELECT c.id FROM contact c WHERE {condition}) "
        "ORDER BY s.contact_id, s.created_at, s.id",
        params,
    )
    pending = _batched(signups)
    next_signup = next(pending, None)
    tags_cache: dict[str, tuple[str, ...]] = {}
    for row in _batched(contacts):
        contact_id = row[0]
        while next_signup is not None and next_signup[0] < contact_id:
            next_signup = next(pending, None)  # a sign-up whose contact did not match
        records: list[SignupRecord] = []
        interests: list[str] = []
        event_ids: list[int] = []
        while next_signup is not None and next_signup[0] == contact_id:
            s = next_signup
            tags = tags_cache.get(s[5])
            if tags is None:
                tags = tags_cache.setdefault(s[5], tuple(json.loads(s[5])))
            for tag in tags:
                if tag not in interests:
                    interests.append(tag)
            if s[3] not in event_ids:
                event_ids.append(s[3])
            when = from_stored(s[4])
            records.append(
                SignupRecord(
                    s[1], s[2], when, tags,
                    (ConsentAnswer("email", s[8], bool(s[7]), when),
                     ConsentAnswer("sms", s[10], bool(s[9]), when)),
                    s[6], s[11],
                )
            )
            next_signup = next(pending, None)
        yield ContactRecord(
            contact_id, row[1], row[2], row[3], row[4] or "", row[5] or "", row[6], row[7],
            bool(row[8]), bool(row[9]), from_stored_or_none(row[10]), from_stored_or_none(row[11]),
            tuple(interests), tuple(event_ids), tuple(records),
        )


def _utc_text(text: str | None) -> str:
    """`utc_text` of a stored naive-UTC timestamp, read off the text itself when it is in the
    form peewee writes (`YYYY-MM-DD HH:MM:SS[.ffffff]`), so most rows never parse a date."""
    if text is None:
        return ""
    if type(text) is str and len(text) >= 19 and text[10] == " " and text[19:20] in ("", "."):
        return text[:19]
    return utc_text(from_stored(text))


def iter_csv_contacts(
    conn: sqlite3.Connection, condition: str, params: list[object], events: dict[str, EventInfo]
) -> Iterator[CsvContact]:
    """What the CSV presets need of the matching contacts, by id, straight from two batched
    cursors: no sign-up or consent records, timestamps kept as the text they are stored as."""
    labels = {event.id: event_tag_of(event) for event in events.values()}
    contacts = conn.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM contact c WHERE {condition} ORDER BY c.id", params
    )
    signups = conn.execute(
        "SELECT s.contact_id, s.event_id, s.interests FROM signup s "
        f"WHERE s.contact_id IN (SELECT c.id FROM contact c WHERE {condition}) "
        "ORDER BY s.contact_id, s.created_at, s.id",
        params,
    )
    pending = _batched(signups)
    next_signup = next(pending, None)
    tags_cache: dict[str, tuple[str, ...]] = {}
    for row in _batched(contacts):
        contact_id = row[0]
        while next_signup is not None and next_signup[0] < contact_id:
            next_signup = next(pending, None)  # a sign-up whose contact did not match
        interests: list[str] = []
        event_labels: list[str] = []
        visits = 0
        while next_signup is not None and next_signup[0] == contact_id:
            tags = tags_cache.get(next_signup[2])
            if tags is None:
                tags = tags_cache.setdefault(next_signup[2], tuple(json.loads(next_signup[2])))
            for tag in tags:
                if tag not in interests:
                    interests.append(tag)
            label = labels[next_signup[1]]
            if label not in event_labels:
                event_labels.append(label)
            visits += 1
            next_signup = next(pending, None)
        created = _utc_text(row[10])
        yield CsvContact(
            row[2], row[3], row[4] or "", row[5] or "", row[6], row[7], bool(row[8]),
            bool(row[9]), interests, event_labels, visits, created,
            created if row[11] == row[10] else _utc_text(row[11]), row[1],
        )


def _events(conn: sqlite3.Connection, condition: str, params: list[object]
            ) -> dict[str, EventInfo]:
    rows = conn.execute(
        "SELECT id, uuid, name, location, date FROM event WHERE id IN (SELECT s.event_id FROM "
        f"signup s WHERE s.contact_id IN (SELECT c.id FROM contact c WHERE {condition})) ORDER BY id",
        params,
    )
    return {
        uuid: EventInfo(id_, uuid, name, location, dt.date.fromisoformat(str(date)) if date else None)
        for id_, uuid, name, location, date in rows
    }
