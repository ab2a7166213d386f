"""Importing contacts: plan (detect, map, count, show), then run (read, merge, report).

Planning is in kit.services.import_planning; the readers that turn the file into checked rows
(CSV rows with their column and label mapping, JSON contacts) in kit.services.import_readers;
the undo journal in kit.services.import_journal. This module writes: batches, merging, undo.

Transactions: rows are validated outside any transaction, then written in batches of
`BATCH_ROWS`, each one short `Store.write()` transaction, so a kiosk recording a sign-up at the
same time waits a fraction of a second at most (one transaction for 100,000 rows would hold the
write gate far longer than the store's 10 s busy timeout). To still leave nothing half-imported,
the importer keeps a journal of what it created and changed; a cancel or a failure undoes the
committed batches from that journal (sign-ups deleted, merged contacts restored unless someone
changed them since, created contacts and events deleted unless someone else's sign-up now uses
them). After a crash mid-import the committed batches stay; importing the same file again is
idempotent, so it completes the import without duplicating anything.

Idempotency: a CSV row's sign-up UUID is derived (UUID 5) from the event and the row's cleaned
values, so the same row imported twice (from the same file or an edited copy) is recognised and
left unchanged. A JSON export carries its own contact and sign-up UUIDs.

On a protected kit (kit.services.protection) no contact is written and no UUID is derived from
personal data (a UUID 5 of names stored in clear would let anyone holding a list of names check
who signed up). The import needs the kit unlocked: who is who, and whether a row is already
there, is decided in memory against the vault's people (`_People`, by kit.domain.identity's
rule): a row whose person already has a sign-up at that event with the same fields is
unchanged; any other row becomes a new sealed sign-up with a random UUID, sealed as a kiosk
sign-up is (protection.seal_new_signup), which the vault merges into its person. The batches and
the undo journal are the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from kit.domain import identity
from kit.domain.records import ContactRecord
from kit.domain.signup import CleanSignup
from kit.domain.times import to_stored, utc_now
from kit.protect.keys import KeyRing
from kit.protect.vault import Vault
from kit.services.events import active_event, get_event
from kit.services.import_journal import JOURNAL_COLUMNS, ImportCancelled, ImportJournal, chunks
from kit.services.import_planning import (
    BadMapping,
    ImportPlan,
    check_mapping,
    plan_import,
    source_label,
    unknown_labels,
)
from kit.services.import_readers import (
    CsvReader,
    CsvSignup,
    JsonContact,
    JsonReader,
    RowProblem,
)
from kit.services.kit import Kit
from kit.services.row_ids import LEGACY_IMPORT_NAMESPACE, import_namespace
from kit.services.signups import NoActiveEvent, find_contact, merge_changes
from kit.store.models import Contact, Event, Signup, new_uuid
from kit.sync import outbox

log = logging.getLogger(__name__)

__all__ = [  # planning lives in kit.services.import_planning; callers import it from here too
    "BadMapping", "ImportCancelled", "ImportPlan", "ImportReport", "plan_import", "run_import",
    "unknown_labels",
]

BATCH_ROWS = 200  # well under 0.1 s of plain-SQL writes: a kiosk save waits at most that
PROGRESS_EVERY = 100
# Fixed namespace for sign-up UUIDs derived from imported rows; changing it breaks idempotency.

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class ImportReport:
    """What happened: rows that created a contact, merged into one, or changed nothing; rejected
    rows as (row number, reason). CSV row numbers count the header as row 1, as a spreadsheet
    shows them; JSON "rows" are contacts counted from 1."""

    imported: int = 0
    merged: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    ignored_interests: dict[str, int] = field(default_factory=dict)
    events_created: int = 0
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported, "merged": self.merged, "unchanged": self.unchanged,
            "errors": [{"row": row, "reason": reason} for row, reason in self.errors],
            "ignored_interests": self.ignored_interests, "events_created": self.events_created,
            "dry_run": self.dry_run,
        }


def run_import(
    kit: Kit,
    plan: ImportPlan,
    event_id: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Import the planned file. CSV rows go to `event_id` (default: the active event); a JSON
    export brings its own events. Bad rows are reported, good rows imported; raises
    ImportCancelled (after undoing everything) when `cancel()` turns true."""
    if plan.kind == "bundle":
        return _import_bundle(kit, plan, dry_run, progress, cancel)
    from kit.services import protection

    importer = _Importer(kit, plan, progress, cancel, dry_run)
    if protection.is_protected(kit):
        # Raises KitLocked (CLI exit 2, with the unlock hint) on a locked kit and on a table
        # laptop that holds only the public key: nothing is read or written then.
        vault = protection.readable_vault(kit, LOCKED_IMPORT)
        ring = protection.load_ring(kit)
        if vault is None or ring is None:
            raise protection.ProtectError("Protection was turned off while importing.")
        importer.seal_into(vault, ring)
    sealed = importer.people is not None
    try:
        if plan.kind == "json":
            importer.run_json(JsonReader(kit, plan, sealed=sealed))
        else:
            check_mapping(plan)
            event = get_event(kit, event_id) if event_id is not None else active_event(kit)
            if event is None:
                raise NoActiveEvent(
                    "Imported sign-ups need an event: give --event ID or create one first."
                )
            importer.run_csv(CsvReader(kit, plan, sealed=sealed), event.id, event.uuid)
    except BaseException:
        importer.undo()
        raise
    if importer.people is not None and not dry_run:
        protection.refresh_vault(kit)
    report = importer.report
    # Counts only: rejected rows' reasons and ignored interests may quote personal data.
    log.info("Imported %s: %s new, %s merged, %s unchanged, %s rejected, %s events created%s%s",
             source_label(plan, importer.people is not None), report.imported, report.merged,
             report.unchanged,
             len(report.errors), report.events_created,
             " (sealed)" if importer.people is not None else "", " (dry run)" if dry_run else "")
    return report


LOCKED_IMPORT = ("Importing into a protected kit needs the coordinator's kit, unlocked (a table "
                 "laptop with only the public key cannot tell who is already there); nothing "
                 "was imported")


def _import_bundle(kit: Kit, plan: ImportPlan, dry_run: bool, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> ImportReport:
    """A bundle merges by UUID in short batches (kit.services.bundles); report it as an import."""
    from kit.services.bundles import import_bundle

    result = import_bundle(kit, plan.path, dry_run=dry_run, progress=progress, cancel=cancel)
    return ImportReport(imported=result.signups_added, unchanged=result.known,
                        errors=list(result.errors), events_created=result.events_created,
                        dry_run=dry_run)


@dataclass
class _Pending:
    """One validated row waiting for its batch."""

    row: int
    apply: Callable[[], str]  # runs inside the batch's transaction; returns the outcome
    classify: Callable[[], str]  # read-only guess of the outcome, for a dry run
    uuids: tuple[str, ...] = ()  # sign-up UUIDs that mean "already imported" (a CSV row's)


class _Importer:
    """State of one import run: the report, the current batch and the undo journal."""

    def __init__(self, kit: Kit, plan: ImportPlan, progress: Progress | None,
                 cancel: Cancel | None, dry_run: bool) -> None:
        self.kit = kit
        self.plan = plan
        self.progress = progress
        self.cancel = cancel
        self.report = ImportReport(dry_run=dry_run)
        self.region = kit.region  # a settings read: once per run, not once per row
        self.batch_time: tuple[dt.datetime, str] = (utc_now(), "")
        self.batch_uuids: set[str] = set()  # the current batch's sign-up UUIDs already stored
        self.batch: list[_Pending] = []
        self.done = 0
        self.journal = ImportJournal()  # what this run created and changed, to undo it
        self.seen_keys: set[str] = set()  # identities met in this run (dry-run classification)
        # Protected kits only (seal_into): the vault's people in memory and the key ring.
        self.people: _People | None = None
        self.ring: KeyRing | None = None
        self._row_namespace: uuid_module.UUID | None = None

    def seal_into(self, vault: Vault, ring: KeyRing) -> None:
        """Import into a protected, unlocked kit: decide in memory, store only sealed sign-ups."""
        self.journal.vault = vault  # a sealed sign-up undone leaves the vault too
        self.ring = ring
        self.people = _People(vault)

    @property
    def row_namespace(self) -> uuid_module.UUID:
        """Clear kits: imported rows' UUIDs are derived under this kit's secret (row_ids)."""
        if self._row_namespace is None:
            self._row_namespace = import_namespace(self.kit, save=not self.report.dry_run)
        return self._row_namespace

    # -- shared machinery --------------------------------------------------------------------
    def step(self, total: int) -> None:
        self.done += 1
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        if self.progress is not None and self.done % PROGRESS_EVERY == 0:
            self.progress(self.done, total)

    def add(self, pending: _Pending) -> None:
        self.batch.append(pending)
        if len(self.batch) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        if self.report.dry_run:
            for item in batch:
                self.count(item.classify())
            return
        outcomes: list[tuple[int, str]] = []
        mark = self.journal.mark()
        try:
            self._write_batch(batch, outcomes)
        except BaseException:
            self.journal.rewind(mark)  # the whole batch rolled back
            raise
        for row, outcome in outcomes:
            if outcome.startswith("error:"):
                self.report.errors.append((row, outcome[6:]))
            else:
                self.count(outcome)

    def _write_batch(self, batch: list[_Pending], outcomes: list[tuple[int, str]]) -> None:
        if self.people is None:
            # A clear kit: the batch in one transaction, without a savepoint per row (two more
            # statements a row). A clash is rare (a row's email is looked up before it is
            # written); then the batch is rolled back whole and written again row by row, so
            # that only the clashing row is refused. A protected kit's rows also change the
            # people held in memory, which a second attempt would count twice: row by row only.
            mark = self.journal.mark()
            try:
                self._write_rows(batch, outcomes, savepoints=False)
                return
            except (pw.IntegrityError, sqlite3.IntegrityError):
                self.journal.rewind(mark)
                outcomes.clear()
        self._write_rows(batch, outcomes, savepoints=True)

    def _write_rows(self, batch: list[_Pending], outcomes: list[tuple[int, str]], *,
                    savepoints: bool) -> None:
        if self.people is not None:
            from kit.services.protection import readable_vault

            readable_vault(self.kit, LOCKED_IMPORT)  # keeps the session from relocking; if it
            # was locked meanwhile, KitLocked undoes the run
        with self.kit.store.write():
            conn = self.kit.store.db.connection()
            now = utc_now()
            self.batch_time = (now, str(now))  # str: as sqlite3 stores it, for undo() to compare
            self.batch_uuids = set()
            wanted = [uuid for item in batch for uuid in item.uuids]
            for chunk in chunks(wanted):
                marks = ", ".join("?" * len(chunk))
                self.batch_uuids.update(uuid for (uuid,) in conn.execute(
                    f"SELECT uuid FROM signup WHERE uuid IN ({marks})", chunk))
            if not savepoints:
                outcomes.extend((item.row, item.apply()) for item in batch)
                return
            for item in batch:
                mark = self.journal.mark()
                # A savepoint per row: a clash (say, an email another contact already has)
                # rejects that row only. Plain SQL: peewee's atomic() cost ~0.15 ms a row. Any
                # other error leaves the savepoint open and the batch's transaction rolls back.
                conn.execute("SAVEPOINT import_row")
                try:
                    outcome = item.apply()
                except (pw.IntegrityError, sqlite3.IntegrityError) as exc:
                    conn.execute("ROLLBACK TO import_row")
                    conn.execute("RELEASE import_row")
                    self.journal.rewind(mark)
                    self.batch_uuids.difference_update(item.uuids[:1])  # its insert undone
                    outcomes.append((item.row, f"error:conflicts with a stored contact ({exc})"))
                    continue
                conn.execute("RELEASE import_row")
                outcomes.append((item.row, outcome))

    def count(self, outcome: str) -> None:
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)

    def remember(self, contact: Contact) -> None:
        """Journal a contact's state before this run first changes it."""
        self.journal.remember(contact.id,
                              {name: getattr(contact, name) for name in JOURNAL_COLUMNS})

    def new_signup(self, signup: Signup, sealed_uuid: str | None = None) -> None:
        self.journal.created_signup(signup.id, sealed_uuid)
        outbox.enqueue(signup.id)

    def finish(self, total: int) -> None:
        self.flush()
        if self.progress is not None:
            self.progress(self.done, total)

    def undo(self) -> None:
        """Take back every committed batch of this run (kit.services.import_journal)."""
        if self.report.dry_run or self.journal.empty:
            return
        log.warning("Undoing import of %s", source_label(self.plan, self.people is not None))
        self.journal.undo(self.kit)

    # -- CSV ---------------------------------------------------------------------------------
    def run_csv(self, reader: CsvReader, event_id: int, event_uuid: str) -> None:
        self.report.ignored_interests = reader.ignored_interests  # filled as rows are read
        for item in reader:
            self.step(reader.total)
            if isinstance(item, RowProblem):
                self.report.errors.append((item.row, item.reason))
            else:
                self.add(self._csv_pending(item, event_id, event_uuid))
        self.finish(reader.total)

    def _csv_pending(self, row: CsvSignup, event_id: int, event_uuid: str) -> _Pending:
        if self.people is not None:
            return self._sealed_csv_pending(row.row, row.clean, event_id, event_uuid)
        clean = row.clean
        key = json.dumps(
            [event_uuid, clean.first_name, clean.last_name, clean.email, clean.phone,
             clean.postal_code, list(clean.interests), clean.note, clean.consent_email,
             row.email_answered, clean.consent_sms, row.sms_answered],
            ensure_ascii=False,
        )
        signup_uuid = derived_uuid(self.row_namespace, key)
        known_uuids = (signup_uuid, _uuid5_text(LEGACY_IMPORT_NAMESPACE.bytes, key))  # legacy:
        # the UUID older versions gave the same row (row_ids.legacy_uuid)

        def apply() -> str:
            return self._apply_csv(row, event_id, signup_uuid, known_uuids)

        def classify() -> str:
            if Signup.select().where(Signup.uuid.in_(known_uuids)).exists():
                return "unchanged"
            return self._classify(clean.identity_key, find_contact(clean.email, clean.phone))

        return _Pending(row.row, apply, classify, known_uuids)

    def _apply_csv(self, row: CsvSignup, event_id: int, signup_uuid: str,
                   known_uuids: tuple[str, str]) -> str:
        """One row, in plain SQL on the store's connection, inside the batch's transaction.

        The same steps as `record_signup` (find_contact, merge_contact, insert_signup,
        outbox.enqueue), written without peewee: building its queries cost ~2 ms a row,
        which made a 100,000-row import take minutes (benchmarks/bench_export.py).
        """
        conn = self.kit.store.db.connection()
        clean = row.clean
        # batch_uuids: which of the batch's UUIDs are stored, one query per batch (_write_rows)
        if known_uuids[0] in self.batch_uuids or known_uuids[1] in self.batch_uuids:
            return "unchanged"
        found = _find_contact_row(conn, clean.email, clean.phone)
        now, stamp = self.batch_time  # one time per batch (its transaction commits it at once)
        if found is None:
            contact_id = conn.execute(
                "INSERT INTO contact (uuid, first_name, last_name, email, phone, postal_code,"
                " note, consent_email, consent_sms, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uuid(), clean.first_name, clean.last_name, clean.email or None,
                 clean.phone or None, clean.postal_code, clean.note, clean.consent_email,
                 clean.consent_sms, stamp, stamp),
            ).lastrowid
            self.journal.created_contact(contact_id)
        else:
            contact_id = found[0]
            self.journal.remember(contact_id, dict(zip(JOURNAL_COLUMNS, found[1:], strict=True)))
            changes = merge_changes(clean, email_answered=row.email_answered,
                                    sms_answered=row.sms_answered)
            changes["updated_at"] = stamp
            conn.execute(
                f"UPDATE contact SET {', '.join(f'{name} = ?' for name in changes)} WHERE id = ?",
                (*changes.values(), contact_id),
            )
            self.journal.touched(contact_id, now)
        signup_id = conn.execute(
            "INSERT INTO signup (uuid, contact_id, event_id, created_at, interests, note,"
            " consent_email, consent_email_text, consent_sms, consent_sms_text, source, language)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', 'en')",
            (signup_uuid, contact_id, event_id, stamp,
             json.dumps(list(clean.interests), ensure_ascii=False), clean.note,
             clean.consent_email, clean.wording.email, clean.consent_sms, clean.wording.sms),
        ).lastrowid
        self.journal.created_signup(signup_id)
        self.batch_uuids.add(signup_uuid)  # a repeat of this row later in the batch is unchanged
        outbox.enqueue(signup_id, now)
        return "imported" if found is None else "merged"

    def _classify(self, key: str, found: Contact | None) -> str:
        seen = key in self.seen_keys
        self.seen_keys.add(key)
        return "merged" if found is not None or seen else "imported"

    # -- JSON --------------------------------------------------------------------------------
    def run_json(self, reader: JsonReader) -> None:
        event_ids = self._json_events(reader)
        for item in reader:
            self.step(reader.total)
            if isinstance(item, RowProblem):
                self.report.errors.append((item.row, item.reason))
            elif self.people is None:
                self.add(self._json_pending(item, event_ids))
            elif not item.visits:  # a sealed kit keeps people only inside sign-ups
                self.report.errors.append((item.position, "a contact without a sign-up cannot "
                                                          "be stored on a protected kit"))
            else:
                self.add(self._sealed_json_pending(item, event_ids))
        self.finish(reader.total)

    def _json_events(self, reader: JsonReader) -> dict[str, int]:
        """{event uuid: local id}, creating the file's events this kit lacks (merged by UUID)."""
        ids: dict[str, int] = {}
        missing = []
        for event in reader.events:
            found = Event.get_or_none(Event.uuid == event.uuid)
            if found is not None:
                ids[event.uuid] = found.id
            else:
                missing.append(event)
        if missing and not self.report.dry_run:
            with self.kit.store.write():
                for event in missing:
                    created = Event.create(uuid=event.uuid, name=event.name,
                                           location=event.location, date=event.date)
                    ids[event.uuid] = created.id
                    self.journal.created_event(created.id)
        elif missing:
            ids.update({event.uuid: -1 for event in missing})
        self.report.events_created = len(missing)
        return ids

    def _json_pending(self, item: JsonContact, event_ids: dict[str, int]) -> _Pending:
        record, clean = item.record, item.clean

        def apply() -> str:
            return self._apply_json(item, event_ids)

        def classify() -> str:
            found = Contact.get_or_none(Contact.uuid == record.uuid) or find_contact(
                clean.email, clean.phone)
            uuids = [s.uuid for s in record.signups]
            if found is not None and Signup.select().where(Signup.uuid.in_(uuids)).count() == len(
                    uuids) and not _newer(record, found):
                return "unchanged"
            return self._classify(clean.identity_key, found)

        return _Pending(item.position, apply, classify)

    def _apply_json(self, item: JsonContact, event_ids: dict[str, int]) -> str:
        record, clean = item.record, item.clean
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
            self.journal.created_contact(contact.id)
            outcome = "imported"
        elif _newer(record, contact):
            self.remember(contact)
            # The file's details are newer: its non-empty fields and its latest consent win.
            for name in ("first_name", "last_name", "email", "phone", "postal_code", "note"):
                value = getattr(clean, name)
                if value:
                    setattr(contact, name, value)
            contact.consent_email = clean.consent_email
            contact.consent_sms = clean.consent_sms
            contact.updated_at = _stored(record.updated_at)
            contact.save()
            self.journal.touched(contact.id, contact.updated_at)
            outcome = "merged"
        existing = {
            s.uuid for s in Signup.select(Signup.uuid).where(
                Signup.uuid.in_([s.uuid for s in record.signups]))
        }
        for visit in item.visits:
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
            self.new_signup(created)
            if outcome == "unchanged":
                outcome = "merged"
        return outcome

    # -- protected kits ----------------------------------------------------------------------
    def _seal(self, clean: CleanSignup, event_id: int, *, created_at: dt.datetime,
              language: str) -> None:
        """One sealed sign-up, as record_signup seals a kiosk's (inside the batch's transaction):
        the active key, the quarter hour in clear, consent answers and wording in clear."""
        from kit.services.protection import seal_new_signup

        assert self.ring is not None
        row = seal_new_signup(self.kit, self.ring, clean, event_id, source="import",
                              language=language, created_at=created_at)
        self.new_signup(row, sealed_uuid=row.uuid)  # journal + outbox rows for the targets

    def _sealed_csv_pending(self, number: int, clean: CleanSignup, event_id: int,
                            event_uuid: str) -> _Pending:
        visit = _visit(event_uuid, clean)

        def decide(write: bool) -> str:
            people = self.people
            assert people is not None
            person = people.find(clean.email, clean.phone)
            if person is not None and visit in person.visits:
                return "unchanged"
            if write:
                self._seal(clean, event_id, created_at=to_stored(self.kit.clock()),
                           language="en")
            people.join(person, clean.email, clean.phone, visit, None)
            return "imported" if person is None else "merged"

        return _Pending(number, lambda: decide(True), lambda: decide(False))

    def _sealed_json_pending(self, item: JsonContact, event_ids: dict[str, int]) -> _Pending:
        """Each of the file's sign-ups becomes a sealed one with the contact's details and its
        own note, time, interests, consent answers and wording; one already there (same event,
        fields and exact time) is skipped. The file's UUIDs are not kept."""
        clean = item.clean
        visits = [(v, _visit(v.signup.event_uuid, v.clean)) for v in item.visits]

        def decide(write: bool) -> str:
            people = self.people
            assert people is not None
            found = person = people.find(clean.email, clean.phone)
            added = False
            for one, visit in visits:
                if person is not None and (visit, one.created_at) in person.timed:
                    continue
                if write:
                    self._seal(one.clean, event_ids[one.signup.event_uuid],
                               created_at=one.created_at, language=one.signup.language)
                person = people.join(person, clean.email, clean.phone, visit, one.created_at)
                added = True
            if not added:
                return "unchanged"
            return "imported" if found is None else "merged"

        return _Pending(item.position, lambda: decide(True), lambda: decide(False))


def _visit(event_uuid: str, clean: CleanSignup) -> tuple:
    """What makes two sign-ups the same visit for idempotency: the event, the personal fields,
    interests and consent answers (not the wording, which names the file imported)."""
    return (event_uuid, clean.first_name, clean.last_name, clean.email, clean.phone,
            clean.postal_code, clean.note, tuple(clean.interests), bool(clean.consent_email),
            bool(clean.consent_sms))


@dataclass(eq=False)
class _Known:
    """A person of a protected kit as an import sees them (in memory only)."""

    order: int
    email: str
    phone: str
    visits: set[tuple] = field(default_factory=set)  # _visit() of each of their sign-ups
    timed: set[tuple] = field(default_factory=set)  # (_visit(), exact naive UTC time)


class _People:
    """The unlocked vault's people for one import: find_person by kit.domain.identity's rule,
    and which visits each already has; updated as the run adds sign-ups, so a file naming a
    person twice merges them as the vault will. Indexed by email and phone so a large import
    does not regroup the whole vault for every row."""

    def __init__(self, vault: Vault) -> None:
        self.people: list[_Known] = []
        self.by_email: dict[str, list[_Known]] = {}
        self.by_phone: dict[str, list[_Known]] = {}
        # The vault's own merge, oldest person first (no records made: see Vault.people).
        for email, phone, signups in vault.people():
            person = self._new(email, phone)
            for s in signups:
                f = s.fields
                visit = (s.event_uuid, f.first_name, f.last_name, f.email, f.phone, f.postal_code,
                         f.note, tuple(s.interests), bool(s.consent_email), bool(s.consent_sms))
                person.visits.add(visit)
                person.timed.add((visit, to_stored(s.created_at)))

    def _new(self, email: str, phone: str) -> _Known:
        person = _Known(len(self.people), email or "", phone or "")
        self.people.append(person)
        self._index(person)
        return person

    def _index(self, person: _Known) -> None:
        # Entries are only added: find() re-checks the current email and phone.
        if person.email and person not in self.by_email.setdefault(person.email, []):
            self.by_email[person.email].append(person)
        if person.phone and person not in self.by_phone.setdefault(person.phone, []):
            self.by_phone[person.phone].append(person)

    def find(self, email: str, phone: str) -> _Known | None:
        shared = (self.by_email.get(email, []) if email else []) + (
            self.by_phone.get(phone, []) if phone else [])
        candidates = sorted({id(p): p for p in shared}.values(), key=lambda p: p.order)
        return identity.find_person(candidates, email, phone)

    def join(self, person: _Known | None, email: str, phone: str, visit: tuple,
             when: dt.datetime | None) -> _Known:
        """`person` (None: a new one) after a sign-up; its non-empty email and phone win."""
        if person is None:
            person = self._new(email, phone)
        else:
            person.email = email or person.email
            person.phone = phone or person.phone
            self._index(person)
        person.visits.add(visit)
        if when is not None:
            person.timed.add((visit, when))
        return person


# A contact's columns as the journal keeps them for undo (JOURNAL_COLUMNS, in its order).
_FIND_SQL = f"SELECT id, {', '.join(JOURNAL_COLUMNS)} FROM contact"


def _find_contact_row(conn: sqlite3.Connection, email: str, phone: str) -> tuple | None:
    """kit.services.signups.find_contact in plain SQL: (id, *JOURNAL_COLUMNS) or None."""
    if email:
        found = conn.execute(f"{_FIND_SQL} WHERE email = ?", (email,)).fetchone()
        if found is not None:
            return found
    if phone:
        extra = " AND email IS NULL" if email else ""
        return conn.execute(
            f"{_FIND_SQL} WHERE phone = ?{extra} ORDER BY id LIMIT 1", (phone,)
        ).fetchone()
    return None


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
