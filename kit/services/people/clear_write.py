"""The one path a clear sign-up is stored by (protection off): the kiosk's, an import's, a
bundle's; and who a sign-up belongs to, by kit.domain.identity's rule, in plain SQL."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from kit.domain import identity
from kit.domain.person_fields import CONTACT_FIELDS
from kit.domain.signup import CleanSignup
from kit.domain.times import stored_text
from kit.services.people.journal import JOURNAL_COLUMNS, ImportJournal
from kit.store.models import Contact, new_uuid
from kit.sync import outbox

# The one path a clear sign-up is stored by (the kiosk's, an import's, a bundle's), in plain SQL
# on the sqlite3 connection inside the caller's transaction, without building peewee queries
# and rows for each sign-up (~2 ms a row, which made a 100,000-row import take minutes); the
# outbox rows: outbox.enqueue.
_INSERT_CONTACT = (
    "INSERT INTO contact (uuid, first_name, last_name, email, phone, postal_code, note,"
    " consent_email, consent_sms, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_SIGNUP = (
    "INSERT INTO signup (uuid, contact_id, event_id, created_at, interests, note, consent_email,"
    " consent_email_text, consent_sms, consent_sms_text, source, language)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
_MERGED_COLUMNS = frozenset(CONTACT_FIELDS)


@dataclass(frozen=True)
class StoredSignup:
    """What record_clear wrote: the contact (made, or merged into), the sign-up row."""

    contact_id: int
    returning: bool
    signup_id: int
    signup_uuid: str


def record_clear(conn: sqlite3.Connection, clean: CleanSignup, event_id: int, source: str,
                 language: str, now: dt.datetime, *, uuid: str | None = None,
                 signup_at: dt.datetime | None = None, email_answered: bool = True,
                 sms_answered: bool = True, journal: ImportJournal | None = None
                 ) -> StoredSignup:
    """A clear sign-up, written in the open transaction. `now` is naive UTC (kit.domain.times),
    stored as peewee stores datetimes; the sign-up's own time is `signup_at` (an import's
    original time) or `now`, its UUID `uuid` or a new one. `email_answered`/`sms_answered` False
    (a file without that consent column) leave a returning contact's answer as it was.
    `journal` (an import's): what is made and the merged contact's columns before, for undo."""
    stamp = stored_text(now)
    if journal is None:
        contact_id = find_contact_id(conn, clean.email, clean.phone)
    else:
        found = find_contact_row(conn, clean.email, clean.phone, JOURNAL_COLUMNS)
        contact_id = None if found is None else int(found[0])
        if found is not None:
            journal.remember(found[0], dict(zip(JOURNAL_COLUMNS, found[1:], strict=True)))
    returning = contact_id is not None
    if contact_id is None:
        contact_id = conn.execute(_INSERT_CONTACT, (
            new_uuid(), clean.first_name, clean.last_name, clean.email or None,
            clean.phone or None, clean.postal_code, clean.note, clean.consent_email,
            clean.consent_sms, stamp, stamp)).lastrowid
        assert contact_id is not None
        if journal is not None:
            journal.created_contact(contact_id)
    else:
        changes = identity.merge_changes(clean, email_answered=email_answered,
                                         sms_answered=sms_answered)
        assert _MERGED_COLUMNS.issuperset(changes)  # column names from the rule, never input
        assignments = "".join(f"{name} = ?, " for name in changes)
        conn.execute(f"UPDATE contact SET {assignments}updated_at = ? WHERE id = ?",
                     (*changes.values(), stamp, contact_id))
        if journal is not None:
            journal.touched(contact_id, now)
    signup_uuid = uuid or new_uuid()
    signup_id = conn.execute(_INSERT_SIGNUP, (
        signup_uuid, contact_id, event_id, stored_text(signup_at or now),
        json.dumps(list(clean.interests), ensure_ascii=False), clean.note, clean.consent_email,
        clean.wording.email, clean.consent_sms, clean.wording.sms, source, language)).lastrowid
    assert signup_id is not None
    if journal is not None:
        journal.created_signup(signup_id)
    outbox.enqueue(signup_id)
    return StoredSignup(contact_id, returning, signup_id, signup_uuid)


def find_contact_row(conn: sqlite3.Connection, email: str, phone: str,
                     columns: tuple[str, ...]) -> tuple | None:
    """find_contact_id's contact as (id, *columns), or None."""
    listed = ", ".join(("id", *columns))
    for lookup in identity.lookups(email, phone):
        column = {"email": "email", "phone": "phone"}[lookup.field]
        extra = " AND (email IS NULL OR email = '')" if lookup.without_email else ""
        row = conn.execute(
            f"SELECT {listed} FROM contact WHERE {column} = ?{extra} ORDER BY id LIMIT 1",
            (lookup.value,)).fetchone()
        if row is not None:
            return tuple(row)
    return None


def find_contact_id(conn: sqlite3.Connection, email: str, phone: str) -> int | None:
    """find_contact's answer as a contact id, in plain SQL: one indexed look-up per question
    of kit.domain.identity's rule, the oldest match of the first answered one."""
    for lookup in identity.lookups(email, phone):
        column = {"email": "email", "phone": "phone"}[lookup.field]
        extra = " AND (email IS NULL OR email = '')" if lookup.without_email else ""
        row = conn.execute(f"SELECT id FROM contact WHERE {column} = ?{extra} ORDER BY id LIMIT 1",
                           (lookup.value,)).fetchone()
        if row is not None:
            return int(row[0])
    return None


def find_contact(email: str, phone: str) -> Contact | None:
    """The contact a sign-up belongs to, by kit.domain.identity's rule (the vault's too): same
    email; else same phone, where that can't clash.

    Each of the rule's look-ups is one indexed query for the oldest match (contact.email is
    unique, contact.phone indexed), so a phone shared by many contacts loads one row, not all.
    """
    for lookup in identity.lookups(email, phone):
        query = Contact.select().where(getattr(Contact, lookup.field) == lookup.value)
        if lookup.without_email:
            query = query.where(Contact.email.is_null() | (Contact.email == ""))
        found = query.order_by(Contact.id).limit(1).first()
        if found is not None:
            return found
    return None


