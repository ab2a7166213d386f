"""Exporting contacts: choose who (event, dates, new since last export, consent), count, write.

Reads go straight through the store's sqlite3 connection in one read transaction: WAL gives the
export a consistent snapshot without blocking the kiosk, and raw cursors merged in Python keep a
100,000-contact export close to the speed of a bare `csv` loop (see benchmarks/bench_export.py).
The file is written to a temporary file beside the target and moved into place only when
complete, so a cancelled or failed export leaves no half file (and never an old file half
overwritten).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kit.atomic_file import atomic_output
from kit.domain.errors import KitError
from kit.domain.records import ConsentAnswer, ContactRecord, EventInfo, SignupRecord
from kit.domain.times import from_stored, from_stored_or_none, to_stored
from kit.export import get_format, write_records
from kit.export.csv_presets import PRESETS as CSV_PRESETS
from kit.export.csv_presets import CsvContact, event_tag_of, utc_text
from kit.export.csv_writer import write_csv_contacts
from kit.services.events import get_event
from kit.services.kit import Kit
from kit.store.models import utc_now

log = logging.getLogger(__name__)

BATCH_SIZE = 1000
PROGRESS_EVERY = 500

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExportCancelled(KitError):
    """The export was cancelled; no file was written."""

    code = "cancelled"


@dataclass(frozen=True)
class ExportOptions:
    """Who to export. Filters combine (AND); a contact matches when one of their sign-ups does.

    `date_from`/`date_to` are local calendar days, both included. `consented_only` keeps only
    people whose latest answer agreed to email, in any format; the mailing-list formats do that
    anyway unless `include_everyone` is set.
    """

    event_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    new_since_last_export: bool = False
    consented_only: bool = False
    include_everyone: bool = False
    vcard_version: str = "3.0"


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    format: str
    path: Path
    count: int
    exported_at: dt.datetime
    email_consent_filter: bool
    warnings: tuple[str, ...] = field(default=())
    # The second file of a two-file format (Action Network: people who agreed to texts).
    companion: ExportResult | None = None


def email_consent_filter(fmt: str, options: ExportOptions) -> bool:
    """True when only people who agreed to email go into this export."""
    audience = get_format(fmt).audience
    if audience == "sms":
        return False  # the texts file: people who agreed to texts, whatever they said to email
    if options.consented_only:
        return True
    return audience == "email" and not options.include_everyone


def sms_consent_filter(fmt: str) -> bool:
    """True for a file of people who agreed to texts (never widened by any option)."""
    return get_format(fmt).audience == "sms"


def companion_path(target: Path) -> Path:
    """Where a two-file format writes its second file: `people.csv` -> `people-texts.csv`."""
    return target.with_name(f"{target.stem}-texts{target.suffix}")


def _local_day_start_utc(day: dt.date) -> dt.datetime:
    return to_stored(dt.datetime.combine(day, dt.time()))  # naive: the local midnight


def _contact_filter(kit: Kit, fmt: str, options: ExportOptions) -> tuple[str, list[object]]:
    """SQL condition on table alias `c` and its parameters."""
    where: list[str] = []
    params: list[object] = []
    signup_where: list[str] = []
    if options.event_id is not None:
        get_event(kit, options.event_id)  # NotFound with a helpful message
        signup_where.append("event_id = ?")
        params.append(options.event_id)
    if options.date_from is not None:
        signup_where.append("created_at >= ?")
        params.append(str(_local_day_start_utc(options.date_from)))
    if options.date_to is not None:
        signup_where.append("created_at < ?")
        params.append(str(_local_day_start_utc(options.date_to + dt.timedelta(days=1))))
    if options.new_since_last_export:
        since = kit.settings.get("last_export_at")
        if since:
            signup_where.append("created_at > ?")
            params.append(str(dt.datetime.fromisoformat(since)))
    if signup_where:
        where.append(
            "c.id IN (SELECT contact_id FROM signup WHERE contact_id IS NOT NULL AND "
            + " AND ".join(signup_where) + ")"
        )
    if email_consent_filter(fmt, options):
        where.append("c.consent_email = 1 AND c.email IS NOT NULL")
    elif get_format(fmt).needs_email:
        where.append("c.email IS NOT NULL")
    if sms_consent_filter(fmt):
        where.append("c.consent_sms = 1 AND c.phone IS NOT NULL")
    return (" AND ".join(where) or "1"), params


def _sealed_records(kit: Kit, fmt: str, options: ExportOptions):
    """(records, events) from protected mode's in-memory contacts when unlocked; None when
    protection is off; raises KitLocked when locked (sealed contacts are not in the table)."""
    from kit.services.protection import readable_vault, vault_export

    vault = readable_vault(kit, "Exporting needs the sealed contacts and the kit is locked")
    if vault is None:
        return None
    since = kit.settings.get("last_export_at") if options.new_since_last_export else None
    records, events = vault_export(
        kit, vault, email_consent_filter(fmt, options), event_id=options.event_id,
        start=_local_day_start_utc(options.date_from) if options.date_from else None,
        end=(_local_day_start_utc(options.date_to + dt.timedelta(days=1))
             if options.date_to else None),
        since=dt.datetime.fromisoformat(since) if since else None,
    )
    if sms_consent_filter(fmt):
        records = [r for r in records if r.consent_sms and r.phone]
    if get_format(fmt).needs_email:
        records = [r for r in records if r.email]
    return records, events


def count_export(kit: Kit, options: ExportOptions, fmt: str = "csv") -> int:
    """How many contacts an export with these options would write (for the dialog's count)."""
    sealed = _sealed_records(kit, fmt, options)
    if sealed is not None:
        return len(sealed[0])
    condition, params = _contact_filter(kit, fmt, options)
    sql = f"SELECT COUNT(*) FROM contact c WHERE {condition}"
    return int(kit.store.db.execute_sql(sql, params).fetchone()[0])


# -- reading records in batches ----------------------------------------------------------------
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


def iter_records(kit: Kit, condition: str, params: list[object]) -> Iterator[ContactRecord]:
    """Matching contacts with their sign-ups, by id, fetched in batches from two cursors that
    are merged here (contacts by id, sign-ups by contact id), so memory stays flat."""
    conn = kit.store.db.connection()
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
    kit: Kit, condition: str, params: list[object], events: dict[str, EventInfo]
) -> Iterator[CsvContact]:
    """What the CSV presets need of the matching contacts, by id, straight from two batched
    cursors: no sign-up or consent records, timestamps kept as the text they are stored as."""
    labels = {event.id: event_tag_of(event) for event in events.values()}
    conn = kit.store.db.connection()
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


def _events(kit: Kit, condition: str, params: list[object]) -> dict[str, EventInfo]:
    rows = kit.store.db.execute_sql(
        "SELECT id, uuid, name, location, date FROM event WHERE id IN (SELECT s.event_id FROM "
        f"signup s WHERE s.contact_id IN (SELECT c.id FROM contact c WHERE {condition})) ORDER BY id",
        params,
    )
    return {
        uuid: EventInfo(id_, uuid, name, location, dt.date.fromisoformat(str(date)) if date else None)
        for id_, uuid, name, location, date in rows
    }


# -- writing -----------------------------------------------------------------------------------
def export_contacts(
    kit: Kit,
    fmt: str,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write the matching contacts to `path` in format `fmt`; raises ExportCancelled when
    `cancel()` turns true (checked every few hundred rows), leaving no file behind.

    A format with a companion (Action Network) also writes its second file to
    `companion_path(path)`, from the same snapshot; both appear only when both are complete.
    `progress(done, total)` is called from the calling thread (the app runs this in a worker).
    A successful export that was not narrowed to an event or dates records `last_export_at`,
    so "new since last export" never skips sign-ups from events left out of a narrower export.
    """
    options = options or ExportOptions()
    export_format = get_format(fmt)
    target = Path(path)
    files = [(fmt, target)]
    if export_format.companion is not None:
        files.append((export_format.companion, companion_path(target)))
    for _, file in files:
        if file.is_dir():
            raise KitError(f"{file} is a folder; give a file name to export to.", code="bad_path")
    if not target.parent.is_dir():
        raise KitError(f"The folder {target.parent} does not exist.", code="bad_path")
    plans = []
    for name, file in files:
        condition, params = _contact_filter(kit, name, options)
        sealed = _sealed_records(kit, name, options)  # protected mode; KitLocked before any file
        plans.append((name, file, condition, params, sealed))
    done = 0
    total = 0

    def on_row() -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            if cancel is not None and cancel():
                raise ExportCancelled("The export was cancelled; no file was written.")
            if progress is not None:
                progress(done, total)

    counts: list[int] = []
    # Each file is private to this user and appears only when whole: a cancel leaves nothing.
    with contextlib.ExitStack() as outputs:
        streams = [outputs.enter_context(atomic_output(
            file, "w", encoding=get_format(name).encoding, newline=""))
            for name, file, *_ in plans]
        # One read transaction: a consistent snapshot for the counts, the events and the rows.
        with kit.store.db.atomic():
            snapshot_at = utc_now()
            for _name, _file, condition, params, sealed in plans:
                if sealed is None:
                    total += int(kit.store.db.execute_sql(
                        f"SELECT COUNT(*) FROM contact c WHERE {condition}", params).fetchone()[0])
                else:
                    total += len(sealed[0])
            for stream, (name, _file, condition, params, sealed) in zip(streams, plans,
                                                                       strict=True):
                counts.append(_write_file(kit, name, stream, condition, params, sealed, options,
                                          snapshot_at, on_row))
        if cancel is not None and cancel():
            raise ExportCancelled("The export was cancelled; no file was written.")
    if progress is not None:
        progress(sum(counts), total)
    if options.event_id is None and options.date_from is None and options.date_to is None:
        kit.settings.set("last_export_at", snapshot_at.isoformat())
    warnings: tuple[str, ...] = ()
    if export_format.mailing_list and options.include_everyone and not options.consented_only:
        warnings = ("This file includes people who did not agree to email. Do not add them to a "
                    "mailing list.",)
    exported_at = from_stored(snapshot_at)
    results = [
        ExportResult(name, file, count, exported_at, email_consent_filter(name, options),
                     warnings if name == fmt else ())
        for (name, file, *_), count in zip(plans, counts, strict=True)
    ]
    # On a protected kit the log says "a file", as imports do: a file's name can say who is in
    # it ("members-of-..."), and the log is kept in clear.
    protected = kit.is_protected()
    for name, file, count in ((r.format, r.path, r.count) for r in results):
        log.info("Exported %s contacts as %s to %s", count, name, "a file" if protected else file)
    if len(results) > 1:
        return replace(results[0], companion=results[1])
    return results[0]


def _write_file(kit: Kit, fmt: str, stream, condition: str, params: list[object], sealed,
                options: ExportOptions, snapshot_at: dt.datetime, on_row) -> int:
    """One file of an export, inside the caller's read transaction; returns the rows written."""
    if sealed is None and fmt in CSV_PRESETS:  # the common case, without records
        events = _events(kit, condition, params)
        return write_csv_contacts(
            CSV_PRESETS[fmt], iter_csv_contacts(kit, condition, params, events), stream,
            on_row=on_row,
        )
    if sealed is None:
        events = _events(kit, condition, params)
        records = iter_records(kit, condition, params)
    else:
        records, events = sealed
    return write_records(
        fmt, records, stream, events=events, exported_at=from_stored(snapshot_at),
        vcard_version=options.vcard_version, on_row=on_row,
    )
