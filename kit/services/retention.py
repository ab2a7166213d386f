"""Retention: purge the personal data of sign-ups that are safely elsewhere; emergency wipe.

Purge rule (conservative: when unsure, keep). A sign-up's personal data may go when it is older
than N days (`retention_days`, default 30) and either
- it has outbox rows and every one of them is `sent` (each target acknowledged it: a failed,
  pending, skipped or needs-attention row keeps it, since that target does not have it), or
- it has no outbox rows at all and a full export ran after it was made (a sealed row only knows
  its quarter hour, so it counts as made at the end of it; a row on a full hour may have been
  sealed when rows kept the hour, so it counts as made at the end of that hour).
Purging keeps the row's counting columns (event, hour, interests, consent answers and wording)
and drops the sealed blob, the contact link and the note; contacts left without sign-ups are
deleted. secure_delete zeroes the freed bytes; the WAL is emptied and older backups (which
still hold the data) are replaced by a fresh one.

Wipe: crypto-erase first (the key ring is overwritten, so sealed data in any copy left behind,
such as a backup on another disk, can never be opened with this kit's keys), then the database,
WAL, SHM, backups, logs and the campaign folder are overwritten and deleted. What no program can
guarantee is returned with the report, to be shown to the user.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kit.domain.times import to_stored
from kit.protect.erase import erase_tree, overwrite_and_delete
from kit.services.export_mark import LAST_EXPORT_SETTING
from kit.services.kit import Kit
from kit.services.people import people_of
from kit.services.people.counting import holding_personal_data_until
from kit.store.models import Outbox, Setting
from kit.sync.states import SENT

log = logging.getLogger(__name__)

RETENTION_SETTING = "retention_days"
DEFAULT_RETENTION_DAYS = 30
SECRET_SETTINGS = ("protection_keys", "kiosk_pin")

NOT_GUARANTEED = (
    "SSDs, USB sticks and SD cards move data around internally (wear levelling): old copies of "
    "blocks may survive the overwrite. Sealed data there stays sealed, but anything written "
    "before protected mode was turned on may be recoverable with lab equipment.",
    "Copies elsewhere are untouched: exports, bundles, USB sticks, cloud-synced folders, other "
    "laptops, and whatever the CRMs already received.",
    "The operating system may have paged memory (names shown on screen) to swap or a hibernation "
    "file; full-disk encryption is what protects those.",
)


@dataclass(frozen=True)
class PurgeReport:
    """How many sign-ups lost their personal data, how many contacts went with them."""

    signups: int
    contacts: int
    older_than_days: int


@dataclass
class WipeReport:
    """What the wipe removed, what it could not, and what nobody can guarantee."""

    crypto_erased: bool = False
    removed: list[Path] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)
    not_guaranteed: tuple[str, ...] = NOT_GUARANTEED


def retention_days(kit: Kit) -> int:
    value = kit.settings.get(RETENTION_SETTING)
    return DEFAULT_RETENTION_DAYS if value is None else int(value)


def purgeable_ids(kit: Kit, older_than_days: int) -> list[int]:
    """Ids of sign-ups whose personal data the rule (module docstring) lets go."""
    now = to_stored(kit.clock())
    cutoff = now - dt.timedelta(days=older_than_days)
    candidates = holding_personal_data_until(cutoff)
    if not candidates:
        return []
    ids = [row_id for row_id, _made_by in candidates]
    states: dict[int, set[str]] = {}
    for row in Outbox.select(Outbox.signup, Outbox.state).where(Outbox.signup.in_(ids)).tuples():
        states.setdefault(row[0], set()).add(row[1])
    exported = kit.settings.get(LAST_EXPORT_SETTING)
    exported_at = dt.datetime.fromisoformat(exported) if exported else None
    chosen = []
    for row_id, made_by in candidates:
        seen = states.get(row_id)
        if seen is not None:
            if seen == {SENT}:
                chosen.append(row_id)
            continue
        if exported_at is not None and made_by <= exported_at:
            chosen.append(row_id)
    return chosen


def purge(kit: Kit, older_than_days: int | None = None) -> PurgeReport:
    """Drop the personal data of every purgeable sign-up; counts and statistics stay."""
    from kit.services.protection import scrub_database

    days = retention_days(kit) if older_than_days is None else older_than_days
    if days < 0:
        from kit.domain.errors import KitError

        raise KitError("--older-than takes a number of days, 0 or more.", code="bad_days")
    ids = purgeable_ids(kit, days)
    if not ids:
        return PurgeReport(0, 0, days)
    contacts = people_of(kit).purge(ids)
    scrub_database(kit)  # the WAL and the older backups still hold what was just purged
    log.info("Purged the personal data of %s sign-ups (%s contacts)", len(ids), contacts)
    return PurgeReport(len(ids), contacts, days)


QT_FOLDER_KEYS = ("history=", "lastVisited=")


def qt_shared_settings_file() -> Path | None:
    """The user's shared Qt settings file on Linux (`QtProject.conf`), where Qt's file dialog
    kept its folder history before the app kept Qt's settings in its data dir; None elsewhere
    (macOS keeps a property list, Windows the registry: not cleaned)."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "QtProject.conf"


def forget_qt_folder_history(path: Path | None = None) -> Path | None:
    """Drop the file dialog's folder history (`history`, `lastVisited` in `[FileDialog]`) from
    the user's shared Qt settings, which older versions of the app (and other Qt programs) wrote
    there: the folders chosen for exports can name who is in them. Every other line is kept.
    Returns the file when something was dropped."""
    path = path or qt_shared_settings_file()
    if path is None or not path.is_file() or path.is_symlink():
        return None
    try:
        lines = path.read_text(encoding="utf-8", errors="surrogateescape").splitlines(True)
    except OSError:
        return None
    kept, section, dropped = [], "", False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped
        elif section == "[FileDialog]" and stripped.startswith(QT_FOLDER_KEYS):
            dropped = True
            continue
        kept.append(line)
    if not dropped:
        return None
    from kit.atomic_file import atomic_output

    with atomic_output(path, "w", encoding="utf-8", errors="surrogateescape") as out:
        out.write("".join(kept))
    return path


def wipe(kit: Kit) -> WipeReport:
    """Emergency wipe: crypto-erase, then overwrite and delete every file of the kit.

    The kit is closed afterwards and cannot be used again.
    """
    from kit.services.protection import lock

    report = WipeReport()
    paths = kit.paths
    try:
        with kit.store.write():
            for key in SECRET_SETTINGS:  # overwrite in place first, then delete (secure_delete)
                row = Setting.get_or_none(Setting.key == key)
                if row is not None:
                    Setting.update(value=os.urandom(len(row.value)).hex()).where(
                        Setting.key == key).execute()
            Setting.delete().where(Setting.key.in_(SECRET_SETTINGS)).execute()
        with kit.store.write_gate():
            kit.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        report.crypto_erased = True
    except Exception:  # a damaged database must not stop the files being deleted
        log.exception("Crypto-erase failed; deleting the files anyway")
    lock(kit)
    kit.close()
    database = paths.database
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm"),
                 Path(f"{database}-journal")):
        if path.exists():
            (report.removed if overwrite_and_delete(path) else report.left).append(path)
    forgotten = forget_qt_folder_history()
    if forgotten is not None:
        report.removed.append(forgotten)
    for folder in (paths.backups, paths.campaign, paths.quarantine, paths.log_dir,
                   paths.qt_settings):
        if folder.exists():
            left = erase_tree(folder)
            report.left.extend(left)
            if not left:
                report.removed.append(folder)
    if paths.data_dir.exists():
        for leftover in paths.data_dir.iterdir():
            # Lock files and the like are ours; anything else someone put there is left alone.
            if leftover.is_file() and leftover.name.startswith("outreach-kit"):
                if not overwrite_and_delete(leftover):
                    report.left.append(leftover)
            else:
                report.left.append(leftover)
        try:
            paths.data_dir.rmdir()
            report.removed.append(paths.data_dir)
        except OSError:
            report.left.append(paths.data_dir)
    return report
