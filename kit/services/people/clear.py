"""Clear people: contacts and sign-ups as rows, all their SQL in this package.

Protection is off: a sign-up finds or makes its contact by kit.domain.identity's rule and is
stored as it was typed. Reads are in clear_reads, exports in clear_export.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from kit.domain.errors import FieldError, NotFound, ValidationFailed
from kit.domain.export_filter import ExportFilter
from kit.domain.records import ContactRecord
from kit.domain.signup import CleanSignup
from kit.domain.times import utc_now
from kit.services.export_mark import keep_late_arrival_new
from kit.services.kit import Kit
from kit.services.people import clear_reads, removing
from kit.services.people.clear_export import ClearSelection, filter_sql
from kit.services.people.clear_write import record_clear
from kit.services.people.journal import ImportJournal
from kit.services.people.removing import Removed
from kit.services.recording import SignupReceipt
from kit.store.models import Contact, Signup

if TYPE_CHECKING:
    from kit.services.people.clear_import import ClearImport


class ClearPeople:
    """People on a kit whose protection is off (see kit.services.people.People)."""

    sealed = False
    readable = True

    def __init__(self, kit: Kit) -> None:
        self._kit = kit

    def record(self, clean: CleanSignup, event_id: int, *, source: str, language: str,
               created_at: dt.datetime) -> SignupReceipt:
        with self._kit.signup_write():  # a sign-up's own rows: Kit.desk stays good
            conn = self._kit.store.db.connection()
            stored = record_clear(conn, clean, event_id, source, language, created_at)
            # Stamped before an export's mark but committed after it: still "new" next time.
            keep_late_arrival_new(conn.execute, stored.signup_id)
        return SignupReceipt(stored.signup_uuid, stored.contact_id, event_id, stored.returning)

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
            before = clear_reads.get(self._conn(), contact_id)
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
            # An address that had a yes and is now another stays subscribed at a service that
            # has it: the next sync unsubscribes it (kit.sync.notices).
            removing.address_changed(self._kit, [s.uuid for s in before.signups], before,
                                     email=clean.email, phone=clean.phone)
        return self.get(contact_id)

    def delete(self, contact_id: int) -> Removed:
        """The contact with every sign-up and outbox row of theirs (the schema cascades), with
        tombstones and notices (people/removing.py), in one transaction."""
        with self._kit.store.write():
            contact = Contact.get_or_none(Contact.id == contact_id)
            if contact is None:
                raise NotFound(f"There is no contact with id {contact_id}.")
            record = clear_reads.get(self._conn(), contact_id)
            removed = removing.forget(
                self._kit, [s.uuid for s in record.signups], contact_uuid=contact.uuid,
                email=record.email if removing.said_yes(record, "email") else "",
                phone=record.phone if removing.said_yes(record, "sms") else "")
            contact.delete_instance()
        return removed

    def export(self, chosen: ExportFilter) -> ClearSelection:
        condition, params = filter_sql(chosen)
        return ClearSelection(self._conn(), condition, params)

    def purge(self, signup_ids: list[int]) -> int:
        with self._kit.store.write():
            return drop_personal_data(signup_ids)[1]

    def importer(self, journal: ImportJournal, *, dry_run: bool,
                 reads_people: bool) -> ClearImport:
        from kit.services.people.clear_import import ClearImport

        return ClearImport(self._kit, journal, dry_run=dry_run)

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
