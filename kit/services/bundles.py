"""USB bundles between kits: write one (works while locked), import one (merge by UUID).

A table laptop writes a bundle at the end of the day; the coordinator imports bundles from every
laptop. Everything that travels carries a UUID, so importing the same bundle twice, or bundles
that overlap, adds each event, sign-up and print only once.

Sealed sign-ups travel sealed and are stored sealed; the coordinator's unlocked kit opens them.
A clear sign-up (from a kit that was never protected) is sealed on arrival on a protected kit,
and merged into contacts by the usual identity rules on a clear one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kit.atomic_file import write_atomic
from kit.domain.errors import KitError, ValidationFailed
from kit.domain.signup import ConsentWording, SignupForm, validate_signup
from kit.domain.times import quarter_hour
from kit.protect.bundle import (
    SNIFF_BYTES,
    BadBundle,
    OpenedBundle,
    looks_like_bundle,
    open_bundle,
    write_bundle,
)
from kit.protect.bundle_stream import SECTIONS, open_stream
from kit.services import incoming
from kit.services.incoming import IncomingError
from kit.services.kit import Kit
from kit.services.people import SignupImport, people_of
from kit.services.people.bundle_rows import bundle_signups, known_uuids, store_carried
from kit.services.people.journal import ImportCancelled, ImportJournal
from kit.services.people.removing import removed_among
from kit.store.models import Event, HandoutLog, new_uuid, utc_now
from kit.sync import outbox

log = logging.getLogger(__name__)

KIT_ID_SETTING = "kit_id"


@dataclass(frozen=True)
class BundleExport:
    """What a bundle holds."""

    path: Path
    events: int
    signups: int
    sealed: int
    handouts: int
    authenticated: bool


@dataclass
class BundleImport:
    """What importing a bundle changed; `known` counts sign-ups that were already here."""

    kit_id: str = ""
    events_created: int = 0
    signups_added: int = 0
    known: int = 0
    removed: int = 0
    """Sign-ups of people removed here at their request (kit.services.removal): left out."""
    handouts_added: int = 0
    authenticated: bool = True
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def kit_id(kit: Kit) -> str:
    """This kit's own id (made once), so a bundle says which laptop it came from."""
    value = kit.settings.get(KIT_ID_SETTING)
    if not value:
        value = new_uuid()
        kit.settings.set(KIT_ID_SETTING, value)
    return str(value)


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _family_key(kit: Kit) -> bytes | None:
    from kit.services.protection import load_ring

    ring = load_ring(kit)
    return ring.family_key if ring is not None else None


# -- writing -----------------------------------------------------------------------------------
def bundle_payload(kit: Kit, event_id: int | None = None) -> dict[str, Any]:
    """The payload of a bundle of every event (or one), read in one snapshot. Needs no key."""
    with kit.store.db.atomic():
        events = Event.select().order_by(Event.id)
        if event_id is not None:
            from kit.services.events import get_event

            get_event(kit, event_id)  # NotFound with a helpful message
            events = events.where(Event.id == event_id)
        events = list(events)
        uuids = {e.id: e.uuid for e in events}
        signups = bundle_signups(uuids)
        handouts = [
            {"uuid": h.uuid, "event_uuid": uuids.get(h.event_id), "handout": h.handout,
             "paper": h.paper, "copies": h.copies, "action": h.action,
             "created_at": _iso(h.created_at)}
            for h in HandoutLog.select().where(
                HandoutLog.event.in_(list(uuids)) if event_id is not None else True)
            .order_by(HandoutLog.id)
        ]
    made = kit.clock().astimezone(dt.UTC)
    if people_of(kit).sealed:  # like every time it keeps: the quarter hour, nothing finer
        made = quarter_hour(made)
    return {
        "kit_id": kit_id(kit), "created_at": _iso(made),
        "events": [{"uuid": e.uuid, "name": e.name, "location": e.location, "date": _iso(e.date),
                    "created_at": _iso(e.created_at)} for e in events],
        "signups": signups, "handout_logs": handouts,
    }


def export_bundle(kit: Kit, path: str | os.PathLike[str], event_id: int | None = None) -> BundleExport:
    """Write a bundle file (atomically, readable by this user only)."""
    target = Path(path)
    if target.is_dir() or not target.parent.is_dir():
        raise KitError(f"Cannot write a bundle to {target}: give a file in an existing folder.",
                       code="bad_path")
    payload = bundle_payload(kit, event_id)
    family_key = _family_key(kit)
    data = write_bundle(payload, family_key)
    write_atomic(target, data)
    sealed = sum(1 for s in payload["signups"] if "sealed" in s)
    log.info("Wrote a bundle: %s events, %s sign-ups (%s sealed)", len(payload["events"]),
             len(payload["signups"]), sealed)
    return BundleExport(target, len(payload["events"]), len(payload["signups"]), sealed,
                        len(payload["handout_logs"]), family_key is not None)


# -- reading -----------------------------------------------------------------------------------
def is_bundle(path: str | os.PathLike[str]) -> bool:
    """True when `path` is a bundle file (import's detection hook)."""
    try:
        with open(path, "rb") as handle:
            return looks_like_bundle(handle.read(SNIFF_BYTES))
    except OSError:
        return False


BATCH_SIGNUPS = 500  # at most this many rows per write transaction ...
BATCH_SECONDS = 0.15  # ... and no longer than this: a kiosk's sign-up waits at most one batch
# After each batch the lock stays free a little longer than filelock's poll interval (50 ms),
# so a writer polling for it (the kiosk, in another process) gets it before the next batch.
YIELD_SECONDS = 0.06
CANCEL_EVERY = 1000  # rows read between two looks at `cancel()` while the bundle is checked
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def import_bundle(kit: Kit, path: str | os.PathLike[str], *, dry_run: bool = False,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> BundleImport:
    """Check a bundle whole, then merge it by UUID in short batches; raises BadBundle (nothing
    imported) when its check fails or any field breaks the rules typed input follows, and
    ImportCancelled (everything undone) when `cancel()` turns true.

    Two passes over the file, each read as a stream (kit.protect.bundle_stream), so memory
    stays flat however large the bundle: the first checks the file's MAC or digest and every
    field, keeping only the events, the count and the UUIDs seen; the second merges. Each batch
    of at most BATCH_SIGNUPS sign-ups and BATCH_SECONDS is its own short transaction, so a
    kiosk's write slips in between two (one transaction for 200,000 rows held the write lock for
    half a minute). The second pass ends with the same check: had the file changed in between,
    or were the import cancelled or failed, the run's journal (kit.services.people.journal)
    undoes what it wrote. After a crash half-way the committed batches stay; importing the
    bundle again adds the rest, as every row merges by UUID. A dry run writes nothing at all
    and counts what an import would do.
    """
    family_key = _family_key(kit)
    stream = open_stream(path, family_key)
    source: _Source = stream if stream is not None else _WholeBundle(
        # The file's bytes are handed over, not kept here: open_bundle drops them once read.
        open_bundle(_read_bundle(path), family_key))
    report = BundleImport(authenticated=source.authenticated)
    checked = _check_rows(source, cancel)
    report.kit_id = checked.kit_id
    if not source.authenticated:
        report.warnings.append("This bundle is not authenticated (written by a kit that was never "
                               "protected): its digest only shows it is not damaged.")
        log.warning(report.warnings[-1])
    if family_key is None and checked.any_sealed:
        raise BadBundle("This bundle holds sealed sign-ups and this kit has no keys to keep them "
                        "for: protect it with the group's keys first. Nothing was imported.")
    journal = ImportJournal()
    # Merged by UUID: the people already here are not read, so a locked kit imports too.
    writer = people_of(kit).importer(journal, dry_run=dry_run, reads_people=False)
    try:
        _merge(kit, writer, source, checked, report, journal, write=not dry_run,
               progress=progress, cancel=cancel)
    except BaseException:
        if not dry_run and not journal.empty:
            log.warning("Undoing the import of a bundle")
            journal.undo(kit)
        raise
    writer.finish()
    if report.removed:
        report.warnings.append(f"{report.removed} sign-ups of people removed here at their "
                               "request were left out.")
    log.info("Imported a bundle: %s events, %s sign-ups new, %s known, %s prints, %s errors%s",
             report.events_created, report.signups_added, report.known, report.handouts_added,
             len(report.errors), " (dry run)" if dry_run else "")
    return report


def _read_bundle(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise BadBundle(f"Cannot read the bundle {path}: {exc}") from exc


Row = tuple[str, int | None, Any]  # (payload key, position in its list or None, value)


class _Source(Protocol):
    authenticated: bool

    def rows(self) -> Iterator[Row]: ...


class _WholeBundle:
    """A bundle read whole (kit.protect.bundle.open_bundle), for a file not laid out for
    streaming: its payload handed out as a stream's would be."""

    def __init__(self, opened: OpenedBundle) -> None:
        self.authenticated = opened.authenticated
        self.payload = opened.payload

    def rows(self) -> Iterator[Row]:
        for key, value in self.payload.items():
            if key in SECTIONS and isinstance(value, list):
                for position, item in enumerate(value):
                    yield key, position, item
            else:
                yield key, None, value


@dataclass
class _Checked:
    """A bundle whose every row passed every rule, with what the merge needs to know up front."""

    kit_id: str
    created_at: dt.datetime | None
    events: list[dict[str, Any]]
    signup_count: int
    any_sealed: bool
    tags: set[str]


def _check_rows(source: _Source, cancel: Cancel | None) -> _Checked:
    """The first pass: the file's check, then every field through kit.services.incoming's rules
    and no UUID twice; raises BadBundle naming the first field that breaks a rule (by the
    payload's order of keys: kit_id, created_at, events, signups, handout_logs). Only the
    events, the sign-ups' UUIDs and interest tags are kept; the rows are not."""
    from kit.services.handouts import ACTIONS, MAX_COPIES, PAPERS

    values: dict[str, Any] = {}
    events: list[dict[str, Any]] = []
    problems: dict[str, IncomingError] = {}
    # UUIDs seen, as 128-bit numbers (uuid_text gives the canonical text, so equal numbers are
    # equal UUIDs): half the memory of the text, ~50 bytes a row.
    seen: dict[str, set[int]] = {section: set() for section in SECTIONS}
    count, any_sealed, tags = 0, False, set()
    for key, position, item in source.rows():
        if key in problems:
            continue  # its first problem is what is reported; the file is still read to its end
        try:
            if key not in SECTIONS:
                values[key] = item
                continue
            if position is None:  # not a list: incoming.rows says what it should be
                incoming.rows(item, key)
                continue
            where = f"{key}[{position}]"
            if key == "events":
                row = incoming.event(item, where)
                events.append(row)
            elif key == "signups":
                row = incoming.bundle_signup(item, where)
                count += 1
                any_sealed = any_sealed or "sealed" in row
                tags.update(row["interests"])
                if cancel is not None and count % CANCEL_EVERY == 0 and cancel():
                    raise ImportCancelled("The import was cancelled; nothing was imported.")
            else:
                row = incoming.handout_log(item, where, papers=PAPERS, actions=ACTIONS,
                                           max_copies=MAX_COPIES)
            number = int(row["uuid"].replace("-", ""), 16)
            if number in seen[key]:
                raise IncomingError(f"{where}.uuid", f"{row['uuid']} appears twice")
            seen[key].add(number)
        except IncomingError as exc:
            problems[key] = exc
    try:
        for key in ("kit_id", "created_at", *SECTIONS):
            if key in problems:
                raise problems[key]
            if key == "kit_id":
                kit_id = incoming.one_line(values.get(key), "kit_id", "Kit id", 64)
            elif key == "created_at":
                created_at = incoming.timestamp(values.get(key), "created_at", required=False)
    except IncomingError as exc:
        raise BadBundle(f"The bundle's {exc.message}; nothing was imported.") from exc
    return _Checked(kit_id, created_at, events, count, any_sealed, tags)


def _merge(kit: Kit, writer: SignupImport, source: _Source, checked: _Checked, report: BundleImport,
           journal: ImportJournal, *, write: bool, progress: Progress | None,
           cancel: Cancel | None) -> None:
    """The second pass: events first, then sign-ups and prints as the file brings them, in
    batches, each batch one short write transaction (or, with `write` False, only counted)."""
    events: dict[str, int] = {}
    with _transaction(kit, write):
        for e in checked.events:
            found = Event.get_or_none(Event.uuid == e["uuid"])
            if found is None:
                report.events_created += 1
                if write:
                    found = Event.create(uuid=e["uuid"], name=e["name"], location=e["location"],
                                         date=e["date"],
                                         created_at=e["created_at"] or checked.created_at
                                         or utc_now())
                    journal.created_event(found.id)
            events[e["uuid"]] = found.id if found is not None else -1
    merger = _Merger(kit, writer, events, checked, report, journal, write, progress, cancel)
    signups: list[tuple[int, dict[str, Any]]] = []
    handouts: list[dict[str, Any]] = []
    from kit.services.handouts import ACTIONS, MAX_COPIES, PAPERS

    for key, position, item in source.rows():
        if position is None or key == "events":
            continue  # the first pass read these, and this pass ends with the same check
        where = f"{key}[{position}]"
        try:
            if key == "signups":
                signups.append((position + 1, incoming.bundle_signup(item, where)))
            else:
                handouts.append(incoming.handout_log(item, where, papers=PAPERS,
                                                     actions=ACTIONS, max_copies=MAX_COPIES))
        except IncomingError as exc:  # the file changed since the first pass
            raise BadBundle(f"The bundle's {exc.message}; what was imported from it has been "
                            "undone.") from exc
        if len(signups) >= BATCH_SIGNUPS:
            signups = merger.signups(signups)
        if len(handouts) >= BATCH_SIGNUPS:
            merger.handouts(handouts)
            handouts = []
    # The pass is over and its check passed: the last rows can go in.
    while signups:
        signups = merger.signups(signups, last=True)
    if handouts:
        merger.handouts(handouts)


class _Merger:
    """Writes the second pass's rows in batches, journaled for undo."""

    def __init__(self, kit: Kit, writer: SignupImport, events: dict[str, int],
                 checked: _Checked, report: BundleImport, journal: ImportJournal, write: bool,
                 progress: Progress | None, cancel: Cancel | None) -> None:
        self.kit, self.writer, self.events, self.checked = kit, writer, events, checked
        self.report, self.journal, self.write = report, journal, write
        self.progress, self.cancel = progress, cancel
        self.region = kit.region  # a settings read: once per bundle, not once per row
        self.done = 0

    def _batch(self) -> contextlib.AbstractContextManager[None]:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        return _transaction(self.kit, self.write)

    def signups(self, rows: list[tuple[int, dict[str, Any]]], *, last: bool = False
                ) -> list[tuple[int, dict[str, Any]]]:
        """Merge one batch of `rows` (fewer when it runs out of time); returns the rest."""
        mark = self.journal.mark()
        try:
            with self._batch():
                merged = _merge_batch(self.writer, rows, self.events, self.checked.tags,
                                      self.region, self.report, self.journal, self.write)
        except BaseException:
            self.journal.rewind(mark)  # the batch rolled back whole
            raise
        self.done += merged
        if self.progress is not None:
            self.progress(self.done, self.checked.signup_count)
        if self.write and self.done < self.checked.signup_count:
            time.sleep(YIELD_SECONDS)  # let a waiting kiosk write between two batches
        return rows[merged:]

    def handouts(self, chunk: list[dict[str, Any]]) -> None:
        mark = self.journal.mark()
        try:
            with self._batch():
                known = {u for (u,) in HandoutLog.select(HandoutLog.uuid).where(
                    HandoutLog.uuid.in_([h["uuid"] for h in chunk])).tuples()}
                for h in chunk:
                    if h["uuid"] in known:
                        continue
                    if self.write:
                        created = HandoutLog.create(
                            uuid=h["uuid"], event=self.events.get(h["event_uuid"]),
                            handout=h["handout"], paper=h["paper"], copies=h["copies"],
                            action=h["action"], created_at=h["created_at"])
                        self.journal.created_handout(created.id)
                    self.report.handouts_added += 1
        except BaseException:
            self.journal.rewind(mark)
            raise


@contextlib.contextmanager
def _transaction(kit: Kit, write: bool) -> Iterator[None]:
    if write:
        with kit.store.write():
            yield
    else:
        yield


def _merge_batch(writer: SignupImport, batch: list[tuple[int, dict[str, Any]]],
                 events: dict[str, int], all_tags: set[str], region: str, report: BundleImport,
                 journal: ImportJournal, write: bool) -> int:
    """Merge rows of `batch` in one transaction until BATCH_SECONDS have passed; returns how
    many rows it merged (at least one). Clear sign-ups go to the people in force (`writer`:
    found or made as a contact, or sealed on a protected kit); sealed ones are stored as they
    came, and purged ones (counting columns only) too."""
    merged = 0
    deadline = time.monotonic() + BATCH_SECONDS
    existing = known_uuids(s["uuid"] for _, s in batch)
    # A table laptop may still hold a sign-up of someone removed here: it stays out.
    gone = removed_among(s["uuid"] for _, s in batch)
    for number, s in batch:
        if merged and time.monotonic() > deadline:
            break
        merged += 1
        if s["uuid"] in existing:
            report.known += 1
            continue
        if s["uuid"] in gone:
            report.removed += 1
            continue
        if s["event_uuid"] not in events:
            report.errors.append((number, "its event is not in the bundle"))
            continue
        email_text = writer.consent_text(s["consent_email_text"])
        sms_text = writer.consent_text(s["consent_sms_text"])
        common = dict(
            uuid=s["uuid"], event=events[s["event_uuid"]], created_at=s["created_at"],
            interests=json.dumps(s["interests"], ensure_ascii=False),
            consent_email=s["consent_email"], consent_email_text=email_text,
            consent_sms=s["consent_sms"], consent_sms_text=sms_text,
            source=s["source"], language=s["language"],
        )
        row_id = None
        if "sealed" in s:
            if write:
                row_id = store_carried(common, key_id=s["key_id"], sealed=s["sealed"])
        elif "clear" in s:
            c = s["clear"]
            try:
                clean = validate_signup(
                    SignupForm(first_name=c["first_name"], last_name=c["last_name"],
                               email=c["email"], phone=c["phone"],
                               postal_code=c["postal_code"], note=c["note"],
                               interests=tuple(s["interests"]),
                               consent_email=s["consent_email"],
                               consent_sms=s["consent_sms"]),
                    region=region, allowed_interests=all_tags,
                    wording=ConsentWording(email_text, sms_text),
                )
            except ValidationFailed as failed:
                report.errors.append((number, failed.message))
                continue
            if write:  # its outbox rows and journal entry: the writer's
                writer.bundle_signup(
                    clean, common["event"], uuid=s["uuid"], created_at=common["created_at"],
                    source=common["source"], language=common["language"])
        elif write:  # purged at the source: counting columns only
            row_id = store_carried(common)
        if row_id is not None:
            journal.created_signup(row_id)
            outbox.enqueue(row_id)
        report.signups_added += 1
    return merged
