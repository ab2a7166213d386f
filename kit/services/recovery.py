"""Recovering from a damaged database: find the latest good backup, put the damaged file aside,
bring the backup back.

The rule is "never overwrite, never delete": the current database and its -wal/-shm companions
are moved (renamed, same folder tree, so nothing is copied half-way) into `damaged/<stamp>/`
before anything takes their place. A -wal file left beside a restored database would be replayed
into it by SQLite and damage it again, so the three always move together.

A backup is checked with SQLite's quick_check before it is restored, and the copy is checked
again before it is renamed into place. The write lock is held throughout, so no CLI command of
this kit writes half-way through a restore. Qt-free: the CLI and the desktop app share it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import filelock

from kit.domain.errors import KitError
from kit.domain.times import quarter_hour
from kit.logsetup import coarse_times_in_use
from kit.paths import PRIVATE_FILE_MODE, Paths, make_private, make_private_dir
from kit.store.backup import BackupInfo, check_integrity, connect_read_only, list_backups
from kit.store.schema import CURRENT_VERSION

log = logging.getLogger(__name__)

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
RESTORE_LOCK_TIMEOUT_S = 30.0


class RecoveryError(KitError):
    """A restore cannot go ahead (no good backup, a damaged or foreign file); nothing changed."""

    code = "recovery"


@dataclass(frozen=True)
class BackupCheck:
    """A backup and what SQLite's check and a look inside found."""

    backup: BackupInfo
    problems: tuple[str, ...]
    schema_version: int | None
    signups: int | None

    @property
    def good(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup came back and where the old files went."""

    restored_from: Path
    quarantined: tuple[Path, ...]
    quarantine_dir: Path | None
    signups: int

    def to_json(self) -> dict:
        return {
            "restored_from": str(self.restored_from),
            "quarantine_dir": str(self.quarantine_dir) if self.quarantine_dir else None,
            "quarantined": [str(p) for p in self.quarantined],
            "signups": self.signups,
        }


def database_problems(paths: Paths) -> list[str]:
    """SQLite's quick_check of the kit's database (empty: sound, or no database yet).

    Read-only, so it never changes a damaged file. This is the start-up check of the app; an
    emptied file is a problem too when there are backups (SQLite itself would call it sound).
    """
    if not paths.database.exists():
        return []
    if paths.database.stat().st_size == 0:
        # SQLite takes an empty file for a new database; with backups beside it, it is a loss.
        return ["the database file is empty, but there are backups"] if list_backups(
            paths.backups) else []
    return check_integrity(paths.database, quick=True)


def check_backup(backup: BackupInfo | Path) -> BackupCheck:
    """quick_check a backup and read its schema version and sign-up count."""
    info = backup if isinstance(backup, BackupInfo) else _info_for(Path(backup))
    problems = list(check_integrity(info.path, quick=True)) if info.path.is_file() else [
        f"{info.path} does not exist"
    ]
    version = signups = None
    if not problems:
        try:
            conn = connect_read_only(info.path)
            try:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if "signup" in tables:
                    signups = int(conn.execute("SELECT count(*) FROM signup").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            problems.append(str(exc))
    if not problems:
        if version is None or version < 1 or signups is None:
            problems.append("not an Outreach Kit database (no sign-up table)")
        elif version > CURRENT_VERSION:
            problems.append(
                f"written by a newer Outreach Kit (schema {version}; this one knows "
                f"{CURRENT_VERSION})"
            )
    return BackupCheck(info, tuple(problems), version, signups)


def _info_for(path: Path) -> BackupInfo:
    for info in list_backups(path.parent):
        if info.path == path:
            return info
    stat = path.stat() if path.exists() else None
    when = dt.datetime.fromtimestamp(stat.st_mtime) if stat else dt.datetime.now()
    return BackupInfo(path, when, "", stat.st_size if stat else 0)


def latest_good_backup(paths: Paths) -> BackupCheck | None:
    """The newest backup that passes quick_check and this app can open, or None."""
    for info in list_backups(paths.backups):
        checked = check_backup(info)
        if checked.good:
            return checked
        log.warning("Backup %s is not usable: %s", info.path.name, "; ".join(checked.problems))
    return None


def quarantine_database(paths: Paths, reason: str = "damaged") -> tuple[Path | None, list[Path]]:
    """Move the database and its -wal/-shm into `damaged/<stamp>-<reason>/`; never overwrite.

    Returns (the folder, the files moved); (None, []) when there was nothing to move.
    """
    present = [p for p in _database_files(paths) if p.exists()]
    if not present:
        return None, []
    now = dt.datetime.now()
    if coarse_times_in_use():  # a protected kit: no time finer than the quarter hour in a name
        now = quarter_hour(now)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    make_private_dir(paths.quarantine)
    for clash in range(1000):
        folder = paths.quarantine / (f"{stamp}-{reason}" if not clash
                                     else f"{stamp}-{reason}-{clash}")
        try:
            # mkdir without exist_ok: a name clash must never put two damaged sets in one folder.
            folder.mkdir(mode=0o700)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"{paths.quarantine} holds too many sets set aside at once")
    make_private(folder)
    moved = []
    # The main file first: if the move stops half-way, a -wal left beside a missing database
    # is harmless, whereas a database left without its -wal would lose committed sign-ups.
    for source in present:
        target = folder / source.name
        os.rename(source, target)
        moved.append(target)
    _fsync_dir(folder)
    _fsync_dir(paths.data_dir)
    log.info("Moved the database files aside to %s", folder)
    return folder, moved


def restore_backup(paths: Paths, backup: Path | None = None) -> RestoreResult:
    """Bring back `backup` (default: the latest good one) as the kit's database.

    Checks the backup first (RecoveryError, nothing changed, if it is damaged or foreign), puts
    the current database files aside in `damaged/`, copies the backup in under a temporary name,
    checks the copy and renames it into place. The app must not have the database open.
    """
    if backup is None:
        checked = latest_good_backup(paths)
        if checked is None:
            found = list_backups(paths.backups)
            raise RecoveryError(
                "There is no good backup to restore "
                + (f"({len(found)} found, none passes SQLite's check). " if found else
                   f"(none in {paths.backups}). ")
                + "The database was left as it is."
            )
    else:
        checked = check_backup(Path(backup).expanduser().absolute())
        if not checked.good:
            raise RecoveryError(
                f"The backup {checked.backup.path} cannot be restored: {checked.problems[0]}. "
                "Nothing was changed."
            )
    paths.ensure()
    lock = filelock.FileLock(str(paths.write_lock), timeout=RESTORE_LOCK_TIMEOUT_S,
                             mode=PRIVATE_FILE_MODE)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise RecoveryError(
            "Another Outreach Kit is writing to this kit; close it and try again."
        ) from exc
    try:
        incoming = paths.data_dir / f".restoring-{os.getpid()}{paths.database.suffix}"
        incoming.unlink(missing_ok=True)
        shutil.copyfile(checked.backup.path, incoming)
        make_private(incoming)
        _fsync_file(incoming)
        problems = check_integrity(incoming, quick=True)
        if problems:  # the copy itself went wrong (a failing disk): keep everything as it was
            incoming.unlink(missing_ok=True)
            raise RecoveryError(
                f"The copy of {checked.backup.path.name} failed SQLite's check ({problems[0]}); "
                "nothing was changed. The disk may be failing."
            )
        folder, moved = quarantine_database(paths, "before-restore")
        os.replace(incoming, paths.database)
        _fsync_dir(paths.data_dir)
    finally:
        lock.release()
    log.info("Restored %s (%s sign-ups)", checked.backup.path, checked.signups)
    return RestoreResult(checked.backup.path, tuple(moved), folder, checked.signups or 0)


def _database_files(paths: Paths) -> list[Path]:
    return [paths.database] + [
        paths.database.with_name(paths.database.name + suffix) for suffix in COMPANION_SUFFIXES
    ]


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (a directory fsync; not possible on Windows, where it is skipped)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


SQLITE_HEADER = b"SQLite format 3\x00"


def forget_in_copies(paths: Paths, *, contact_uuid: str, email: str,
                     signup_uuids: list[str]) -> list[str]:
    """A removal (kit.services.removal) reaches the database copies set aside in `damaged/`
    (a restore's "before-restore", a repair's): the kit never deletes them, and they held the
    removed person in clear. Their contact (by UUID or email), its sign-ups, the sign-ups by
    UUID and their outbox rows are deleted there too, with secure_delete, VACUUM and an emptied
    WAL; the rest of each copy stays as it was. Returns notes for what could not be reached: a
    copy that does not open (a damaged one) and sealed copies (kit.services.protection), which
    still hold them under the kit's key."""
    notes: list[str] = []
    folder = paths.quarantine
    if not folder.is_dir():
        return notes
    sealed = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if path.suffix == ".sealed":
            sealed += 1
            continue
        try:
            with path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    continue  # a -wal, -shm or anything else: read with its database
            _forget_in_copy(path, contact_uuid, email, signup_uuids)
        except (OSError, sqlite3.Error) as exc:
            notes.append(f"The copy set aside in {path.parent.name} could not be cleaned "
                         f"({exc}); it may still hold the removed person: delete it once it "
                         "is no longer needed.")
    if sealed:
        notes.append(f"{sealed} sealed copies in {folder.name}/ may still hold the removed person "
                     "(only the passphrase opens them): delete them once they are no longer "
                     "needed.")
    return notes


def _forget_in_copy(path: Path, contact_uuid: str, email: str, signup_uuids: list[str]) -> None:
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("BEGIN IMMEDIATE")
        contacts = [i for (i,) in connection.execute(
            "SELECT id FROM contact WHERE uuid = ? OR (? <> '' AND email = ?)",
            (contact_uuid, email, email))]
        signups: set[int] = set()
        for start in range(0, len(signup_uuids), 500):
            chunk = signup_uuids[start:start + 500]
            signups.update(i for (i,) in connection.execute(
                f"SELECT id FROM signup WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk))
        for contact in contacts:
            signups.update(i for (i,) in connection.execute(
                "SELECT id FROM signup WHERE contact_id = ?", (contact,)))
        for signup in signups:
            connection.execute("DELETE FROM outbox WHERE signup_id = ?", (signup,))
            connection.execute("DELETE FROM signup WHERE id = ?", (signup,))
        for contact in contacts:
            connection.execute("DELETE FROM contact WHERE id = ?", (contact,))
        connection.execute("COMMIT")
        if contacts or signups:
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
