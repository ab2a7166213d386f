"""Rotating copies of the database made with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kit.domain.times import quarter_hour
from kit.paths import make_private, make_private_dir

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made and why."""

    path: Path
    created_at: dt.datetime
    reason: str
    size: int


def connect_read_only(database: Path) -> sqlite3.Connection:
    """A read-only connection that never creates or changes the file.

    The path goes into a proper file: URI (percent-encoded): pasted raw, a folder named like
    "Kit #2" or "a?b" cut the URI short, and SQLite silently opened (and created) another file.
    """
    uri = Path(database).absolute().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def backup_database(database: Path, directory: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Copy `database` consistently (even while others write) and drop all but the newest `keep`.

    The copy is written under a temporary name and renamed only when complete, so a backup that
    exists is always whole.
    """
    make_private_dir(directory)
    source = connect_read_only(database)
    coarse = _protected(source)
    now = dt.datetime.now()
    if coarse:  # no time finer than the quarter hour at rest; the last field only orders
        now = quarter_hour(now)
        while any(directory.glob(f"outreach-kit-{now:%Y%m%d-%H%M%S-%f}-*")):
            now += dt.timedelta(microseconds=1)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    target = directory / f"outreach-kit-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        # Created 0600 before SQLite opens it: a backup holds everything the database does.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        make_private(partial)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    if coarse:  # the file's own times would date it too
        moment = quarter_hour(dt.datetime.now()).timestamp()
        os.utime(partial, (moment, moment))
    os.replace(partial, target)
    prune_backups(directory, keep)
    return target


def _protected(connection: sqlite3.Connection) -> bool:
    """The database is a protected kit's (its key ring is in the settings)."""
    try:
        return connection.execute("SELECT 1 FROM setting WHERE key = 'protection_keys' "
                                  "AND value <> 'null'").fetchone() is not None
    except sqlite3.DatabaseError:  # no settings yet (a new file): nothing to protect
        return False


def list_backups(directory: Path) -> list[BackupInfo]:
    """Backups in `directory`, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob(f"outreach-kit-*{BACKUP_SUFFIX}"):
        parts = path.name[len("outreach-kit-"): -len(BACKUP_SUFFIX)].split("-", 3)
        try:
            created = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        reason = parts[3] if len(parts) > 3 else ""
        found.append(BackupInfo(path, created, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def prune_backups(directory: Path, keep: int) -> None:
    """Delete all but the newest `keep` backups."""
    for old in list_backups(directory)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)


def check_integrity(database: Path, *, quick: bool = True) -> list[str]:
    """Problems SQLite's own check finds in a database file; an empty list means it is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = connect_read_only(database)
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    messages = [row[0] for row in rows]
    return [] if messages == ["ok"] else messages
