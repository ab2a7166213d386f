"""Importing contacts: plan (detect, map, count, show), then run (read, merge, report).

Planning is in kit.services.import_planning; the readers that turn the file into checked rows
(CSV rows with their column and label mapping, JSON contacts) in kit.services.import_readers;
the undo journal in kit.services.people.journal; what a row does to the people (found, merged,
stored or sealed, and when it is already there) in the people in force
(kit.services.people.importing: People.importer). This module runs the plan: batches, the
report, undo.

Transactions: rows are validated outside any transaction, then written in batches of
`BATCH_ROWS`, each one short `Store.write()` transaction, so a kiosk recording a sign-up at the
same time waits a fraction of a second at most (one transaction for 100,000 rows would hold the
write gate far longer than the store's 10 s busy timeout). To still leave nothing half-imported,
the importer keeps a journal of what it created and changed; a cancel or a failure undoes the
committed batches from that journal (sign-ups deleted, merged contacts restored unless someone
changed them since, created contacts and events deleted unless someone else's sign-up now uses
them). After a crash mid-import the committed batches stay; importing the same file again is
idempotent, so it completes the import without duplicating anything.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from kit.services.events import active_event, get_event
from kit.services.import_planning import (
    BadMapping,
    ImportPlan,
    check_consent_question,
    check_mapping,
    plan_import,
    source_label,
    unknown_labels,
)
from kit.services.import_readers import CsvReader, JsonReader, RowProblem
from kit.services.kit import Kit
from kit.services.people import Pending, SignupImport, people_of
from kit.services.people.journal import ImportCancelled, ImportJournal
from kit.services.people.removing import contact_mark, removed_among
from kit.services.signups import NoActiveEvent
from kit.store.models import Event

log = logging.getLogger(__name__)

__all__ = [  # planning lives in kit.services.import_planning; callers import it from here too
    "BadMapping", "ImportCancelled", "ImportPlan", "ImportReport", "plan_import", "run_import",
    "unknown_labels",
]

BATCH_ROWS = 200  # well under 0.1 s of plain-SQL writes: a kiosk save waits at most that
PROGRESS_EVERY = 100

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
    removed: int = 0
    """Rows of people removed here at their request (kit.services.removal): left out."""
    errors: list[tuple[int, str]] = field(default_factory=list)
    # Rows imported with something left out (a phone number that could not be read), and why.
    warnings: list[tuple[int, str]] = field(default_factory=list)
    ignored_interests: dict[str, int] = field(default_factory=dict)
    events_created: int = 0
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported, "merged": self.merged, "unchanged": self.unchanged,
            "removed": self.removed,
            "errors": [{"row": row, "reason": reason} for row, reason in self.errors],
            "warnings": [{"row": row, "reason": reason} for row, reason in self.warnings],
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
    journal = ImportJournal()
    # A locked protected kit raises KitLocked (CLI exit 2, with the unlock hint), as does a table
    # laptop that holds only the public key: nothing is read or written then.
    writer = people_of(kit).importer(journal, dry_run=dry_run, reads_people=True)
    importer = _Importer(kit, plan, writer, journal, progress, cancel, dry_run)
    try:
        if plan.kind == "json":
            importer.run_json(JsonReader(kit, plan, sealed=writer.sealed))
        else:
            check_mapping(plan)
            check_consent_question(plan)
            event = get_event(kit, event_id) if event_id is not None else active_event(kit)
            if event is None:
                raise NoActiveEvent(
                    "Imported sign-ups need an event: give --event ID or create one first."
                )
            importer.run_csv(CsvReader(kit, plan, sealed=writer.sealed), event.id, event.uuid)
    except BaseException:
        importer.undo()
        raise
    writer.finish()
    report = importer.report
    # Counts only: rejected rows' reasons and ignored interests may quote personal data.
    log.info("Imported %s: %s new, %s merged, %s unchanged, %s rejected, %s events created%s%s",
             source_label(plan, writer.sealed), report.imported, report.merged,
             report.unchanged, len(report.errors), report.events_created,
             " (sealed)" if writer.sealed else "", " (dry run)" if dry_run else "")
    return report


def _import_bundle(kit: Kit, plan: ImportPlan, dry_run: bool, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> ImportReport:
    """A bundle merges by UUID in short batches (kit.services.bundles); report it as an import."""
    from kit.services.bundles import import_bundle

    result = import_bundle(kit, plan.path, dry_run=dry_run, progress=progress, cancel=cancel)
    return ImportReport(imported=result.signups_added, unchanged=result.known,
                        removed=result.removed, errors=list(result.errors),
                        events_created=result.events_created, dry_run=dry_run)


class _Importer:
    """State of one import run: the report, the current batch and the undo journal."""

    def __init__(self, kit: Kit, plan: ImportPlan, writer: SignupImport, journal: ImportJournal,
                 progress: Progress | None, cancel: Cancel | None, dry_run: bool) -> None:
        self.kit = kit
        self.plan = plan
        self.writer = writer
        self.journal = journal  # what this run created and changed, to undo it
        self.progress = progress
        self.cancel = cancel
        self.report = ImportReport(dry_run=dry_run)
        self.batch: list[Pending] = []
        self.done = 0

    # -- shared machinery --------------------------------------------------------------------
    def step(self, total: int) -> None:
        self.done += 1
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        if self.progress is not None and self.done % PROGRESS_EVERY == 0:
            self.progress(self.done, total)

    def add(self, pending: Pending) -> None:
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

    def _write_batch(self, batch: list[Pending], outcomes: list[tuple[int, str]]) -> None:
        if self.writer.retries_row_by_row:
            # The batch in one transaction, without a savepoint per row (two more statements a
            # row). A clash is rare (a row's email is looked up before it is written); then the
            # batch is rolled back whole and written again row by row, so that only the
            # clashing row is refused.
            mark = self.journal.mark()
            try:
                self._write_rows(batch, outcomes, savepoints=False)
                return
            except (pw.IntegrityError, sqlite3.IntegrityError):
                self.journal.rewind(mark)
                outcomes.clear()
        self._write_rows(batch, outcomes, savepoints=True)

    def _write_rows(self, batch: list[Pending], outcomes: list[tuple[int, str]], *,
                    savepoints: bool) -> None:
        with self.kit.store.write():
            conn = self.kit.store.db.connection()
            self.writer.begin_batch([uuid for item in batch for uuid in item.uuids])
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
                    self.writer.row_refused(item)
                    outcomes.append((item.row, f"error:conflicts with a stored contact ({exc})"))
                    continue
                conn.execute("RELEASE import_row")
                outcomes.append((item.row, outcome))

    def count(self, outcome: str) -> None:
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)

    def finish(self, total: int) -> None:
        self.flush()
        if self.progress is not None:
            self.progress(self.done, total)

    def undo(self) -> None:
        """Take back every committed batch of this run (kit.services.people.journal)."""
        if self.report.dry_run or self.journal.empty:
            return
        log.warning("Undoing import of %s", source_label(self.plan, self.writer.sealed))
        self.journal.undo(self.kit)

    # -- CSV ---------------------------------------------------------------------------------
    def run_csv(self, reader: CsvReader, event_id: int, event_uuid: str) -> None:
        self.report.ignored_interests = reader.ignored_interests  # filled as rows are read
        for item in reader:
            self.step(reader.total)
            if isinstance(item, RowProblem):
                self.report.errors.append((item.row, item.reason))
            else:
                if item.warning:
                    self.report.warnings.append((item.row, item.warning))
                if item.contact_uuid and removed_among([contact_mark(item.contact_uuid)]):
                    # this kit's own export, of someone removed here since at their request
                    self.add(Pending(item.row, _removed, _removed))
                    continue
                self.add(self.writer.csv_row(
                    item.row, item.clean, email_answered=item.email_answered,
                    sms_answered=item.sms_answered, event_id=event_id, event_uuid=event_uuid))
        self.finish(reader.total)

    # -- JSON --------------------------------------------------------------------------------
    def run_json(self, reader: JsonReader) -> None:
        event_ids = self._json_events(reader)
        for item in reader:
            self.step(reader.total)
            if isinstance(item, RowProblem):
                self.report.errors.append((item.row, item.reason))
                continue
            pending = self.writer.json_contact(item.position, item.record, item.clean,
                                               item.visits, event_ids)
            if isinstance(pending, str):
                self.report.errors.append((item.position, pending))
            else:
                self.add(pending)
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


def _removed() -> str:
    return "removed"
