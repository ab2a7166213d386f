"""Importing into clear people (protection off): rows are stored by record_clear, the path a
kiosk's sign-up takes, with the run's undo journal.

Idempotency: a CSV row's sign-up UUID is derived (UUID 5, under this kit's secret:
kit.services.row_ids) from the event and the row's cleaned values, so the same row imported
twice (from the same file or an edited copy) is recognised and left unchanged. A JSON export
carries its own contact and sign-up UUIDs and restores contacts with them; a bundle's sign-ups
carry theirs (kit.services.bundles merges by them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid as uuid_module
from collections.abc import Sequence

from kit.domain.records import ContactRecord
from kit.domain.signup import CleanSignup
from kit.domain.times import to_stored, utc_now
from kit.services.kit import Kit
from kit.services.people.clear_write import find_contact, record_clear
from kit.services.people.importing import Pending, Visit, without_removed
from kit.services.people.journal import JOURNAL_COLUMNS, ImportJournal, chunks
from kit.services.people.removing import removed_among
from kit.services.row_ids import LEGACY_IMPORT_NAMESPACE, import_namespace
from kit.store.models import Contact, Signup
from kit.sync import outbox


class ClearImport:
    """One import run into clear people (see kit.services.people.importing.SignupImport)."""

    sealed = False
    # A batch is written without a savepoint per row (two more statements a row); a clash is
    # rare (a row's email is looked up before it is written), then the batch is written again
    # row by row so that only the clashing row is refused.
    retries_row_by_row = True

    def __init__(self, kit: Kit, journal: ImportJournal, *, dry_run: bool) -> None:
        self._kit = kit
        self._journal = journal
        self._dry_run = dry_run
        self._row_namespace: uuid_module.UUID | None = None
        self._batch_time = utc_now()
        self._batch_uuids: set[str] = set()  # the current batch's sign-up UUIDs already stored
        self._batch_removed: set[str] = set()  # ... and those of people removed here
        self._seen_keys: set[str] = set()  # identities met in this run (dry-run classification)

    @property
    def row_namespace(self) -> uuid_module.UUID:
        """Imported rows' UUIDs are derived under this kit's secret (row_ids)."""
        if self._row_namespace is None:
            self._row_namespace = import_namespace(self._kit, save=not self._dry_run)
        return self._row_namespace

    def begin_batch(self, uuids: list[str]) -> None:
        conn = self._kit.store.db.connection()
        self._batch_time = utc_now()  # one time per batch (its transaction commits it at once)
        self._batch_uuids = set()
        for chunk in chunks(uuids):
            marks = ", ".join("?" * len(chunk))
            self._batch_uuids.update(uuid for (uuid,) in conn.execute(
                f"SELECT uuid FROM signup WHERE uuid IN ({marks})", chunk))
        self._batch_removed = removed_among(uuids)

    def row_refused(self, pending: Pending) -> None:
        self._batch_uuids.difference_update(pending.uuids[:1])  # its insert was undone

    def consent_text(self, wording: str) -> str:
        return wording

    def finish(self) -> None:
        pass

    # -- CSV ---------------------------------------------------------------------------------
    def csv_row(self, number: int, clean: CleanSignup, *, email_answered: bool,
                sms_answered: bool, event_id: int, event_uuid: str) -> Pending:
        key = json.dumps(
            [event_uuid, clean.first_name, clean.last_name, clean.email, clean.phone,
             clean.postal_code, list(clean.interests), clean.note, clean.consent_email,
             email_answered, clean.consent_sms, sms_answered],
            ensure_ascii=False,
        )
        signup_uuid = derived_uuid(self.row_namespace, key)
        known_uuids = (signup_uuid, _uuid5_text(LEGACY_IMPORT_NAMESPACE.bytes, key))  # legacy:
        # the UUID older versions gave the same row (row_ids.legacy_uuid)

        def apply() -> str:
            # _batch_uuids: which of the batch's UUIDs are stored, one query per batch
            if known_uuids[0] in self._batch_uuids or known_uuids[1] in self._batch_uuids:
                return "unchanged"
            if known_uuids[0] in self._batch_removed or known_uuids[1] in self._batch_removed:
                return "removed"  # the same row of someone removed here at their request
            stored = record_clear(
                self._kit.store.db.connection(), clean, event_id, "import", "en",
                self._batch_time, uuid=signup_uuid, email_answered=email_answered,
                sms_answered=sms_answered, journal=self._journal)
            self._batch_uuids.add(signup_uuid)  # a repeat of this row later in the batch
            return "merged" if stored.returning else "imported"

        def classify() -> str:
            if Signup.select().where(Signup.uuid.in_(known_uuids)).exists():
                return "unchanged"
            if removed_among(known_uuids):
                return "removed"
            return self._classify(clean.identity_key, find_contact(clean.email, clean.phone))

        return Pending(number, apply, classify, known_uuids)

    def _classify(self, key: str, found: Contact | None) -> str:
        seen = key in self._seen_keys
        self._seen_keys.add(key)
        return "merged" if found is not None or seen else "imported"

    # -- JSON --------------------------------------------------------------------------------
    def json_contact(self, position: int, record: ContactRecord, clean: CleanSignup,
                     visits: Sequence[Visit], event_ids: dict[str, int]) -> Pending:
        visits, gone = without_removed(record, visits)
        if gone:  # an older export still holds someone removed here at their request
            return Pending(position, lambda: "removed", lambda: "removed")

        def apply() -> str:
            return self._apply_json(record, clean, visits, event_ids)

        def classify() -> str:
            found = Contact.get_or_none(Contact.uuid == record.uuid) or find_contact(
                clean.email, clean.phone)
            uuids = [s.uuid for s in record.signups]
            if found is not None and Signup.select().where(Signup.uuid.in_(uuids)).count() == len(
                    uuids) and not _newer(record, found):
                return "unchanged"
            return self._classify(clean.identity_key, found)

        return Pending(position, apply, classify)

    def _apply_json(self, record: ContactRecord, clean: CleanSignup, visits: Sequence[Visit],
                    event_ids: dict[str, int]) -> str:
        """A JSON export restores its contacts as they were (their UUIDs and times), by UUID or
        by kit.domain.identity's rule; the file's details win when they are newer."""
        contact = Contact.get_or_none(Contact.uuid == record.uuid) or find_contact(
            clean.email, clean.phone)
        outcome = "unchanged"
        if contact is None:
            contact = Contact.create(
                uuid=record.uuid, first_name=clean.first_name, last_name=clean.last_name,
                email=clean.email or None, phone=clean.phone or None,
                postal_code=clean.postal_code, note=clean.note,
                consent_email=clean.consent_email, consent_sms=clean.consent_sms,
                created_at=_stored(record.created_at), updated_at=_stored(record.updated_at),
            )
            self._journal.created_contact(contact.id)
            outcome = "imported"
        elif _newer(record, contact):
            self._journal.remember(contact.id,
                                   {name: getattr(contact, name) for name in JOURNAL_COLUMNS})
            # The file's details are newer: its non-empty fields and its latest consent win.
            for name in ("first_name", "last_name", "email", "phone", "postal_code", "note"):
                value = getattr(clean, name)
                if value:
                    setattr(contact, name, value)
            contact.consent_email = clean.consent_email
            contact.consent_sms = clean.consent_sms
            contact.updated_at = _stored(record.updated_at)
            contact.save()
            self._journal.touched(contact.id, contact.updated_at)
            outcome = "merged"
        existing = {
            s.uuid for s in Signup.select(Signup.uuid).where(
                Signup.uuid.in_([s.uuid for s in record.signups]))
        }
        for visit in visits:
            signup, one = visit.signup, visit.clean
            if signup.uuid in existing:
                continue
            created = Signup.create(
                uuid=signup.uuid, contact=contact, event=event_ids[signup.event_uuid],
                created_at=visit.created_at,
                interests=json.dumps(list(one.interests), ensure_ascii=False), note=one.note,
                consent_email=one.consent_email, consent_email_text=one.wording.email,
                consent_sms=one.consent_sms, consent_sms_text=one.wording.sms,
                source="import", language=signup.language,
            )
            self._journal.created_signup(created.id)
            outbox.enqueue(created.id)
            if outcome == "unchanged":
                outcome = "merged"
        return outcome

    # -- bundles -----------------------------------------------------------------------------
    def bundle_signup(self, clean: CleanSignup, event_id: int, *, uuid: str,
                      created_at: dt.datetime, source: str, language: str) -> int:
        stored = record_clear(self._kit.store.db.connection(), clean, event_id, source, language,
                              utc_now(), uuid=uuid, signup_at=created_at, journal=self._journal)
        return stored.signup_id


def _stored(value: dt.datetime | None) -> dt.datetime:
    """A JSON export's time (aware) as the store keeps it; none given: now."""
    return utc_now() if value is None else to_stored(value)


def _newer(record: ContactRecord, contact: Contact) -> bool:
    return record.updated_at is not None and _stored(record.updated_at) > contact.updated_at


def derived_uuid(namespace: uuid_module.UUID, key: str) -> str:
    """kit.services.row_ids.derived_uuid (the same value, tested), computed faster."""
    return _uuid5_text(namespace.bytes, key)


def _uuid5_text(namespace: bytes, name: str) -> str:
    """str(uuid.uuid5(UUID(bytes=namespace), name)) without building UUID objects: the same
    SHA-1 and the same version and variant bits, at a fraction of the cost per row."""
    digest = bytearray(hashlib.sha1(namespace + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
