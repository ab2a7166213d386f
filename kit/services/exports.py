"""Exporting contacts: choose who (event, dates, new since last export, consent), count, write.

Who is chosen is one ExportFilter (kit.domain.export_filter), which the people in force apply
(kit.services.people: as SQL on clear rows, in memory on the vault). Reads happen in one read
transaction: WAL gives the export a consistent snapshot without blocking the kiosk.
The file is written to a temporary file beside the target and moved into place only when
complete, so a cancelled or failed export leaves no half file (and never an old file half
overwritten).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kit.atomic_file import atomic_output
from kit.domain.errors import KitError
from kit.domain.export_filter import ExportFilter
from kit.domain.times import from_stored, to_stored
from kit.export import get_format, write_records
from kit.export.csv_presets import PRESETS as CSV_PRESETS
from kit.export.csv_writer import write_csv_contacts
from kit.services.events import get_event
from kit.services.export_mark import LAST_EXPORT_SETTING, give_back_mark, take_mark
from kit.services.kit import Kit
from kit.services.people import ExportSelection, people_of

log = logging.getLogger(__name__)

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
    # Upload files: also write the phone numbers of people who did not agree to texts (the
    # coordinator's explicit choice; the file then says whose is whose in `text_consent`).
    include_phones_without_consent: bool = False


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


def phones_widened(fmt: str, options: ExportOptions) -> bool:
    """True when this file carries phone numbers of people who did not agree to texts (only on
    the coordinator's explicit request, and only an upload file with a phone column)."""
    preset = CSV_PRESETS.get(fmt)
    return bool(options.include_phones_without_consent and preset is not None
                and preset.upload and preset.carries_phone and preset.audience != "sms")


def offers_phones(fmt: str) -> bool:
    """True for a format where the coordinator may choose to include phone numbers of people
    who did not agree to texts (the Export dialog shows the box for these)."""
    return phones_widened(fmt, ExportOptions(include_phones_without_consent=True))


def sms_consent_filter(fmt: str) -> bool:
    """True for a file of people who agreed to texts (never widened by any option)."""
    return get_format(fmt).audience == "sms"


def companion_path(target: Path) -> Path:
    """Where a two-file format writes its second file: `people.csv` -> `people-texts.csv`."""
    return target.with_name(f"{target.stem}-texts{target.suffix}")


def _local_day_start_utc(day: dt.date) -> dt.datetime:
    return to_stored(dt.datetime.combine(day, dt.time()))  # naive: the local midnight


_MARK_IN_SETTINGS = object()


def export_filter(kit: Kit, fmt: str, options: ExportOptions,
                  mark: object = _MARK_IN_SETTINGS) -> ExportFilter:
    """Who a file of format `fmt` gets with these options (NotFound for an unknown event).
    `mark`: the last export's mark to count "new" from (stored text or None), when the caller
    has read it itself; else it is read from the settings."""
    if options.event_id is not None:
        get_event(kit, options.event_id)  # NotFound with a helpful message
    if mark is _MARK_IN_SETTINGS:
        mark = kit.settings.get(LAST_EXPORT_SETTING)
    since = mark if options.new_since_last_export else None
    return ExportFilter(
        event_id=options.event_id,
        start=_local_day_start_utc(options.date_from) if options.date_from else None,
        end=(_local_day_start_utc(options.date_to + dt.timedelta(days=1))
             if options.date_to else None),
        since=dt.datetime.fromisoformat(str(since)) if since else None,
        email_consent=email_consent_filter(fmt, options),
        needs_email=get_format(fmt).needs_email,
        sms_consent=sms_consent_filter(fmt),
    )


def count_export(kit: Kit, options: ExportOptions, fmt: str = "csv") -> int:
    """How many contacts an export with these options would write (for the dialog's count)."""
    return people_of(kit).export(export_filter(kit, fmt, options)).count()


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
    people = people_of(kit)
    # Chosen before any file is opened: an unknown event or a locked kit leaves nothing behind.
    plans = [(name, file, people.export(export_filter(kit, name, options)))
             for name, file in files]
    marks = options.event_id is None and options.date_from is None and options.date_to is None
    if not marks:
        return _export(kit, fmt, options, people, plans, None, progress, cancel)
    # The new mark is taken first, under the write lock, then the rows are read: a sign-up
    # committing meanwhile is in this file or moves the mark back (kit.services.export_mark).
    # The kit's clock, as sign-ups are stamped (kit.services.signups): the mark and the times
    # it is compared with must come from one clock.
    snapshot_at = to_stored(kit.clock())
    previous, ours = take_mark(kit, snapshot_at)
    try:
        plans = [(name, file, people.export(export_filter(kit, name, options, previous)))
                 for name, file in files]
        return _export(kit, fmt, options, people, plans, snapshot_at, progress, cancel)
    except BaseException:
        give_back_mark(kit, previous, ours)
        raise


def _export(kit: Kit, fmt: str, options: ExportOptions, people, plans,
            marked_at: dt.datetime | None, progress: Progress | None,
            cancel: Cancel | None) -> ExportResult:
    """Write the planned files from one read snapshot; `marked_at` is the time of the mark
    the caller took, or None for an export that leaves no mark."""
    export_format = get_format(fmt)
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
            snapshot_at = marked_at if marked_at is not None else to_stored(kit.clock())
            total = sum(chosen.count() for _name, _file, chosen in plans)
            for stream, (name, _file, chosen) in zip(streams, plans, strict=True):
                counts.append(_write_file(name, stream, chosen, options, snapshot_at, on_row))
        if cancel is not None and cancel():
            raise ExportCancelled("The export was cancelled; no file was written.")
    if progress is not None:
        progress(sum(counts), total)
    warnings: tuple[str, ...] = ()
    if export_format.mailing_list and options.include_everyone and not options.consented_only:
        warnings = ("This file includes people who did not agree to email. Do not add them to a "
                    "mailing list.",)
    if phones_widened(fmt, options):
        warnings += ("This file includes phone numbers of people who did not agree to text "
                     "messages (column text_consent = no). Never text them.",)
    exported_at = from_stored(snapshot_at)
    results = [
        ExportResult(name, file, count, exported_at, email_consent_filter(name, options),
                     warnings if name == fmt else ())
        for (name, file, *_), count in zip(plans, counts, strict=True)
    ]
    # On a protected kit the log says "a file", as imports do: a file's name can say who is in
    # it ("members-of-..."), and the log is kept in clear.
    for name, file, count in ((r.format, r.path, r.count) for r in results):
        log.info("Exported %s contacts as %s to %s", count, name,
                 "a file" if people.sealed else file)
    if len(results) > 1:
        return replace(results[0], companion=results[1])
    return results[0]


def _write_file(fmt: str, stream, chosen: ExportSelection, options: ExportOptions,
                snapshot_at: dt.datetime, on_row) -> int:
    """One file of an export, inside the caller's read transaction; returns the rows written."""
    events = chosen.events()
    if fmt in CSV_PRESETS:  # the common case: no sign-up or consent records are made
        return write_csv_contacts(
            CSV_PRESETS[fmt], chosen.csv_contacts(events), stream, on_row=on_row,
            include_phones_without_consent=options.include_phones_without_consent)
    return write_records(
        fmt, chosen.records(), stream, events=events,
        exported_at=from_stored(snapshot_at), vcard_version=options.vcard_version,
        on_row=on_row,
    )
