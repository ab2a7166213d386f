"""Clear people: contacts and sign-ups as rows, all their SQL in this package.

Protection is off: a sign-up finds or makes its contact by kit.domain.identity's rule and is
stored as it was typed. Reads are in clear_reads, exports in clear_export.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from kit.domain import identity
from kit.domain.errors import FieldError, NotFound, ValidationFailed
from kit.domain.export_filter import ExportFilter
from kit.domain.person_fields import CONTACT_FIELDS
from kit.domain.records import ContactRecord
from kit.domain.signup import CleanSignup
from kit.domain.times import stored_text, utc_now
from kit.services.kit import Kit
from kit.services.people import clear_reads
from kit.services.people.clear_export import ClearSelection, filter_sql
from kit.services.recording import SignupReceipt
from kit.store.models import Contact, Signup, new_uuid
from kit.sync import outbox


class ClearPeople:
    """People on a kit whose protection is off (see kit.services.people.People)."""

    sealed = False

    def __init__(self, kit: Kit) -> None:
        self._kit = kit

    def record(self, clean: CleanSignup, event_id: int, *, source: str, language: str,
               created_at: dt.datetime) -> SignupReceipt:
        with self._kit.signup_write():  # a sign-up's own rows: Kit.desk stays good
            contact_id, returning, signup_uuid = record_clear(
                self._kit.store.db.connection(), clean, event_id, source, language, created_at)
        return SignupReceipt(signup_uuid, contact_id, event_id, returning)

    def get(self, contact_id: int) -> ContactRecord:
        return clear_reads.get(self._conn(), contact_id)

    def search(self, query: str = "", event_id: int | None = None, *, limit: int | None = None,
               offset: int = 0, with_signups: bool = False) -> list[ContactRecord]:
        return clear_reads.search(self._conn(), query, event_id, limit=limit, offset=offset,
                                  with_signups=with_signups)

    def count(self, query: str = "", event_id: int | None = None) -> int:
        return clear_reads.count(self._conn(), query, event_id)

    def update(self, contact_id: int, clean: CleanSignup) -> ContactRecord:
        with self._kit.store.write():
            contact = Contact.get_or_none(Contact.id == contact_id)
            if contact is None:
                raise NotFound(f"There is no contact with id {contact_id}.")
            if clean.email:
                clash = Contact.get_or_none((Contact.email == clean.email)
                                            & (Contact.id != contact_id))
                if clash is not None:
                    raise ValidationFailed([FieldError(
                        "email", "Another contact already has this email.", code="duplicate")])
            contact.first_name = clean.first_name
            contact.last_name = clean.last_name
            contact.email = clean.email or None
            contact.phone = clean.phone or None
            contact.postal_code = clean.postal_code
            contact.note = clean.note
            if contact.consent_email and not contact.email:
                contact.consent_email = False
            if contact.consent_sms and not contact.phone:
                contact.consent_sms = False
            contact.updated_at = utc_now()
            contact.save()
        return self.get(contact_id)

    def delete(self, contact_id: int) -> None:
        """The contact with every sign-up and outbox row of theirs (the schema cascades)."""
        with self._kit.store.write():
            deleted = Contact.delete().where(Contact.id == contact_id).execute()
        if not deleted:
            raise NotFound(f"There is no contact with id {contact_id}.")

    def export(self, chosen: ExportFilter) -> ClearSelection:
        condition, params = filter_sql(chosen)
        return ClearSelection(self._conn(), condition, params)

    def purge(self, signup_ids: list[int]) -> int:
        with self._kit.store.write():
            return drop_personal_data(signup_ids)[1]

    def sync_reader(self, *, must_read: bool, background: bool = False) -> None:
        """Clear rows carry the person already: the outbox reads them from the tables."""
        return None

    def _conn(self) -> sqlite3.Connection:
        # The sqlite3 connection itself: peewee's execute_sql costs more than these queries.
        return self._kit.store.db.connection()


def drop_personal_data(signup_ids: list[int]) -> tuple[list[str], int]:
    """Inside the caller's transaction: the purge of these sign-ups, sealed or clear (their
    counting columns stay). Returns their uuids and how many contacts were left without
    sign-ups and deleted."""
    uuids = [u for (u,) in Signup.select(Signup.uuid).where(Signup.id.in_(signup_ids)).tuples()]
    Signup.update(sealed=None, key_id=None, contact=None, note="").where(
        Signup.id.in_(signup_ids)).execute()
    orphans = Contact.delete().where(~Contact.id.in_(
        Signup.select(Signup.contact).where(Signup.contact.is_null(False))))
    return uuids, orphans.execute()


# The kiosk's path in plain SQL on the sqlite3 connection (inside the caller's transaction): the
# same steps as find_contact, merge_contact and insert_signup, which imports and bundles share,
# without building peewee queries and rows for each sign-up (the outbox rows: outbox.enqueue).
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


def record_clear(conn: sqlite3.Connection, clean: CleanSignup, event_id: int, source: str,
                 language: str, now: dt.datetime) -> tuple[int, bool, str]:
    """(contact id, returning, sign-up uuid) of a clear sign-up, written in the open
    transaction. `now` is naive UTC (kit.domain.times), stored as peewee stores datetimes."""
    stamp = stored_text(now)
    contact_id = find_contact_id(conn, clean.email, clean.phone)
    returning = contact_id is not None
    if contact_id is None:
        contact_id = conn.execute(_INSERT_CONTACT, (
            new_uuid(), clean.first_name, clean.last_name, clean.email or None,
            clean.phone or None, clean.postal_code, clean.note, clean.consent_email,
            clean.consent_sms, stamp, stamp)).lastrowid
        assert contact_id is not None
    else:
        changes = identity.merge_changes(clean)
        assert _MERGED_COLUMNS.issuperset(changes)  # column names from the rule, never input
        assignments = "".join(f"{name} = ?, " for name in changes)
        conn.execute(f"UPDATE contact SET {assignments}updated_at = ? WHERE id = ?",
                     (*changes.values(), stamp, contact_id))
    signup_uuid = new_uuid()
    signup_id = conn.execute(_INSERT_SIGNUP, (
        signup_uuid, contact_id, event_id, stamp,
        json.dumps(list(clean.interests), ensure_ascii=False), clean.note, clean.consent_email,
        clean.wording.email, clean.consent_sms, clean.wording.sms, source, language)).lastrowid
    assert signup_id is not None
    outbox.enqueue(signup_id)
    return contact_id, returning, signup_uuid


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


def merge_contact(
    clean: CleanSignup,
    found: Contact | None,
    *,
    email_answered: bool = True,
    sms_answered: bool = True,
    now: dt.datetime | None = None,
) -> tuple[Contact, bool]:
    """Create the contact, or update `found` (from find_contact) with the newer details; inside
    the caller's transaction. Returns (contact, returning).

    `email_answered`/`sms_answered` False (an import whose file has no consent column) leave a
    returning contact's consent as it was, since nobody asked the question.
    """
    now = now or utc_now()
    contact = found
    if contact is None:
        contact = Contact.create(
            first_name=clean.first_name, last_name=clean.last_name,
            email=clean.email or None, phone=clean.phone or None,
            postal_code=clean.postal_code, note=clean.note,
            consent_email=clean.consent_email, consent_sms=clean.consent_sms,
            created_at=now, updated_at=now,
        )
        return contact, False
    # kit.domain.identity's rule: newer non-empty fields win; consent follows the latest answer
    # (every answer also stays on its sign-up row, so the whole history is kept).
    for name, value in identity.merge_changes(clean, email_answered=email_answered,
                                              sms_answered=sms_answered).items():
        setattr(contact, name, value)
    contact.updated_at = now
    contact.save()
    return contact, True


def insert_signup(
    contact: Contact, event_id: int, clean: CleanSignup, *, source: str, language: str = "en",
    uuid: str | None = None, created_at: dt.datetime | None = None,
) -> Signup:
    """Store one visit with the consent wording as shown, inside the caller's transaction.

    `uuid` and `created_at` are given by imports (deterministic or original values); a kiosk
    sign-up gets a new UUID and the current time.
    """
    extra: dict[str, object] = {}
    if uuid is not None:
        extra["uuid"] = uuid
    if created_at is not None:
        extra["created_at"] = created_at
    return Signup.create(
        contact=contact,
        event=event_id,
        interests=json.dumps(list(clean.interests), ensure_ascii=False),
        note=clean.note,
        consent_email=clean.consent_email,
        consent_email_text=clean.wording.email,
        consent_sms=clean.consent_sms,
        consent_sms_text=clean.wording.sms,
        source=source,
        language=language,
        **extra,
    )
