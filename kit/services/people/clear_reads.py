"""Clear people, read: contact searches, counts and records in plain SQL.

Searches are plain SQL and records are built from row tuples: building the peewee query and its
Contact/Signup rows cost ~15x running the query (benchmarks/bench_search.py), and the contacts
table searches as the volunteer types.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from kit.domain.contact_fields import phone_search_digits
from kit.domain.errors import NotFound
from kit.domain.records import ConsentAnswer, ContactRecord, SignupRecord
from kit.domain.times import from_stored

_CONTACT_COLUMNS = (
    "id, uuid, first_name, last_name, email, phone, postal_code, note, consent_email,"
    " consent_sms, created_at, updated_at"
)
_TEXT_MATCH = (
    "((first_name || ' ' || last_name) LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'"
    " OR phone LIKE ? ESCAPE '\\' OR postal_code LIKE ? ESCAPE '\\')"
)
_IN_EVENT = "id IN (SELECT contact_id FROM signup WHERE event_id = ?)"


def _matching_sql(query: str, event_id: int | None) -> tuple[str, list[Any]]:
    """A WHERE clause (or "") and its parameters for `query` and `event_id`."""
    clauses: list[str] = []
    params: list[Any] = []
    text = query.strip()
    if text:
        # LIKE is case-insensitive for ASCII only; names in other scripts match as typed.
        digits = phone_search_digits(text)
        if digits:  # "612-624" finds +16126240000: phones are stored as digits
            clauses.append(_TEXT_MATCH[:-1] + " OR phone LIKE ?)")
            params.extend([f"%{_escape_like(text)}%"] * 4 + [f"%{digits}%"])
        else:
            clauses.append(_TEXT_MATCH)
            params.extend([f"%{_escape_like(text)}%"] * 4)
    if event_id is not None:
        clauses.append(_IN_EVENT)
        params.append(event_id)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _escape_like(text: str) -> str:
    """Keep `%` and `_` typed by a user literal (an email may well contain `_`)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count(conn: sqlite3.Connection, query: str, event_id: int | None) -> int:
    where, params = _matching_sql(query, event_id)
    return conn.execute(f"SELECT COUNT(*) FROM contact{where}", params).fetchone()[0]


def search(conn: sqlite3.Connection, query: str, event_id: int | None, *, limit: int | None,
           offset: int, with_signups: bool) -> list[ContactRecord]:
    """Contacts matching `query` and `event_id`, newest first (see ClearPeople.search)."""
    where, params = _matching_sql(query, event_id)
    sql = f"SELECT {_CONTACT_COLUMNS} FROM contact{where} ORDER BY id DESC"
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    contacts = conn.execute(sql, params).fetchall()
    ids = [c[0] for c in contacts]
    if with_signups:
        signups = _signups_of(conn, ids)
        return [_record(c, signups.get(c[0], ())) for c in contacts]
    summaries = _summaries_of(conn, ids)
    return [_summary_record(c, summaries.get(c[0])) for c in contacts]


def get(conn: sqlite3.Connection, contact_id: int) -> ContactRecord:
    row = conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no contact with id {contact_id}.")
    return _record(row, _signups_of(conn, [row[0]]).get(row[0], ()))


# Sign-up columns in the order `_record` reads them (row[0] is the contact id).
_SIGNUP_SQL = (
    "SELECT s.contact_id, s.uuid, e.uuid, s.created_at, s.interests, s.consent_email_text,"
    " s.consent_email, s.consent_sms_text, s.consent_sms, s.note, s.language, s.event_id"
    " FROM signup AS s JOIN event AS e ON e.id = s.event_id"
    " WHERE s.contact_id IN ({marks}) ORDER BY s.created_at"
)
# SQLite's default limit on host parameters is 999 before 3.32; stay below it.
_IN_CHUNK = 900


def _signups_of(conn: sqlite3.Connection, contact_ids: list[int]) -> dict[int, list[tuple]]:
    """Sign-up rows (tuples in `_SIGNUP_SQL` order) of each contact, oldest first."""
    result: dict[int, list[tuple]] = defaultdict(list)
    for start in range(0, len(contact_ids), _IN_CHUNK):
        chunk = contact_ids[start:start + _IN_CHUNK]
        sql = _SIGNUP_SQL.format(marks=",".join("?" * len(chunk)))
        # A contact's sign-ups all fall in one chunk, so each chunk's order is enough.
        for row in conn.execute(sql, chunk).fetchall():
            result[row[0]].append(row)
    return result


_SUMMARY_SQL = (
    "SELECT contact_id, interests, event_id FROM signup WHERE contact_id IN ({marks})"
    " ORDER BY created_at"
)


def _summaries_of(conn: sqlite3.Connection, contact_ids: list[int]) -> dict[int, list]:
    """[interests, event ids, count] of each contact's sign-ups, in first-seen order."""
    result: dict[int, list] = {}
    for start in range(0, len(contact_ids), _IN_CHUNK):
        chunk = contact_ids[start:start + _IN_CHUNK]
        sql = _SUMMARY_SQL.format(marks=",".join("?" * len(chunk)))
        for contact_id, tags_json, event in conn.execute(sql, chunk).fetchall():
            summary = result.get(contact_id)
            if summary is None:
                summary = result[contact_id] = [[], [], 0]
            interests, event_ids, _ = summary
            for tag in _tags(tags_json):
                if tag not in interests:
                    interests.append(tag)
            if event not in event_ids:
                event_ids.append(event)
            summary[2] += 1
    return result


@functools.lru_cache(maxsize=1024)
def _tags(tags_json: str) -> tuple[str, ...]:
    """A sign-up's interests column; few distinct values, so parsed once each."""
    return tuple(json.loads(tags_json))


def _record(c: tuple, signups: Iterable[tuple]) -> ContactRecord:
    """A contact row (`_CONTACT_COLUMNS`) and its sign-up rows (`_SIGNUP_SQL`) as a record."""
    records = []
    interests: list[str] = []
    event_ids: list[int] = []
    for (_, uuid, event_uuid, created_at, tags_json, email_text, email_ok, sms_text, sms_ok,
         note, language, event) in signups:
        tags = _tags(tags_json)
        for tag in tags:
            if tag not in interests:
                interests.append(tag)
        if event not in event_ids:
            event_ids.append(event)
        when = from_stored(created_at)
        records.append(
            SignupRecord(
                uuid=uuid, event_uuid=event_uuid, created_at=when, interests=tags,
                consents=(
                    ConsentAnswer("email", email_text, bool(email_ok), when),
                    ConsentAnswer("sms", sms_text, bool(sms_ok), when),
                ),
                note=note, language=language,
            )
        )
    return ContactRecord(
        id=c[0], uuid=c[1], first_name=c[2], last_name=c[3], email=c[4] or "", phone=c[5] or "",
        postal_code=c[6], note=c[7], consent_email=bool(c[8]), consent_sms=bool(c[9]),
        created_at=from_stored(c[10]), updated_at=from_stored(c[11]),
        interests=tuple(interests), event_ids=tuple(event_ids), signups=tuple(records),
    )


def _summary_record(c: tuple, summary: list | None) -> ContactRecord:
    """A contact row (`_CONTACT_COLUMNS`) and its sign-ups' summary as a record."""
    interests, event_ids, count = summary if summary is not None else ((), (), 0)
    created = from_stored(c[10])
    updated = created if c[11] == c[10] else from_stored(c[11])  # most contacts never changed
    # Positional (the fields' order in ContactRecord): a page of these is built per keystroke.
    return ContactRecord(
        c[0], c[1], c[2], c[3], c[4] or "", c[5] or "", c[6], c[7], bool(c[8]), bool(c[9]),
        created, updated, tuple(interests), tuple(event_ids), (), count,
    )
