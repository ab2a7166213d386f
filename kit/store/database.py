"""Opening the database: pragmas read back, a write gate, migrations with a backup first.

Why a write gate: the SQLite in Python 3.11 (3.40) has the WAL-reset race between two
connections that write or checkpoint at the same moment (fixed upstream in 3.51.3). The GUI and a
CLI command are two processes, so every write transaction, and closing a connection (which may
checkpoint), first takes one lock: a thread lock inside this process and an OS file lock beside
the database across processes. Transactions stay short; readers never need the gate in WAL mode.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import filelock
import peewee as pw

from kit.domain.errors import KitError
from kit.paths import PRIVATE_FILE_MODE, Paths, make_private
from kit.store.backup import backup_database, list_backups
from kit.store.models import ALL_MODELS
from kit.store.schema import CURRENT_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
WRITE_LOCK_TIMEOUT_S = 30.0
REQUIRED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a sign-up the screen acknowledged survives a power cut
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    # Deleted and purged personal data is overwritten with zeros, not left in free pages.
    "secure_delete": 1,
}


class StoreError(KitError):
    """The database cannot be used as it is; the message says why and what to do."""

    code = "store"


class StoreDamaged(StoreError):
    """The database file is damaged (SQLite's check failed or it is not a database)."""

    code = "damaged"


class StoreFull(StoreError):
    """The disk (or the database's size limit) is full: the write was rolled back whole."""

    code = "disk_full"


DISK_FULL_MESSAGE = (
    "The disk is full, so this was not saved. Everything saved before is safe. Free some space "
    "(empty the trash, delete old downloads) or move the kit to another drive, then try again."
)
IO_ERROR_MESSAGE = (
    "The kit could not write to its disk ({detail}), so this was not saved. Everything saved "
    "before is safe. Check that the drive is still plugged in, then try again; "
    "'outreach-kit doctor' checks the database."
)


class KitDatabase(pw.SqliteDatabase):
    """A SqliteDatabase that checks, on every new connection, that its pragmas really took."""

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)
        for name, wanted in REQUIRED_PRAGMAS.items():
            got = conn.execute(f"PRAGMA {name}").fetchone()[0]
            if str(got).lower() != str(wanted):
                raise StoreError(
                    f"SQLite refused PRAGMA {name}={wanted} (it says {got!r}). The data folder "
                    "may be on a network or read-only drive; choose a local folder with --data-dir."
                )


class Store:
    """The open database of one kit: models bound to it, writes serialised through a gate."""

    def __init__(self, paths: Paths, *, backup_keep: int = 10) -> None:
        self.paths = paths
        self.backup_keep = backup_keep
        self._thread_gate = threading.RLock()
        self._file_gate = filelock.FileLock(str(paths.write_lock), timeout=WRITE_LOCK_TIMEOUT_S,
                                            mode=PRIVATE_FILE_MODE)
        self.db = KitDatabase(
            str(paths.database),
            pragmas=dict(REQUIRED_PRAGMAS),
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        self.db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)

    # -- opening ---------------------------------------------------------------------------
    def open(self) -> Store:
        """Connect, check pragmas and bring the schema up to date (backing up first)."""
        existed = self.paths.database.exists() and self.paths.database.stat().st_size > 0
        if self.paths.database.exists() and not existed and list_backups(self.paths.backups):
            # An emptied file where a database was (a bad copy, a broken disk): opening it would
            # make a new, empty database and nobody would notice that the sign-ups are gone.
            raise StoreDamaged(
                f"The database {self.paths.database} is empty, but there are backups. Run "
                "'outreach-kit restore' to bring back the latest good backup (the empty file "
                "is kept aside)."
            )
        try:
            with self.write_gate():
                self.db.connect(reuse_if_open=True)
                version = self.schema_version()
                if version > CURRENT_VERSION:
                    raise StoreError(
                        f"This data was written by a newer Outreach Kit (schema {version}; this "
                        f"version knows {CURRENT_VERSION}). Update the app; nothing was changed."
                    )
                if version < CURRENT_VERSION:
                    if existed and version > 0:
                        backup_database(
                            self.paths.database, self.paths.backups,
                            f"before-v{CURRENT_VERSION}", self.backup_keep,
                        )
                    self._migrate(version)
                self.make_files_private()
        except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
            self._close_quietly()
            if not is_damage_error(exc):
                raise
            raise StoreDamaged(
                f"The database {self.paths.database} cannot be read ({exc}). Run "
                "'outreach-kit doctor' to check it, then 'outreach-kit restore' to bring back "
                "the latest good backup (the damaged file is kept aside)."
            ) from exc
        except BaseException:
            # A refused (newer) schema or a failed migration: do not keep the file open.
            self._close_quietly()
            raise
        return self

    def make_files_private(self) -> None:
        """0600 on the database, its -wal/-shm and the lock file, whoever created them (SQLite
        gives -wal and -shm the database file's mode, so an old world-readable file would pass
        its openness on)."""
        for path in (self.paths.database, self.paths.write_lock,
                     self.paths.database.with_name(self.paths.database.name + "-wal"),
                     self.paths.database.with_name(self.paths.database.name + "-shm")):
            make_private(path)

    def _close_quietly(self) -> None:
        try:
            self.db.close()
        except Exception:  # closing after a failure must not hide the failure itself
            log.exception("Closing the database after a failed open")

    def schema_version(self) -> int:
        return int(self.db.execute_sql("PRAGMA user_version").fetchone()[0])

    def _migrate(self, version: int) -> None:
        for step in range(version + 1, CURRENT_VERSION + 1):
            log.info("Migrating the database to schema %s", step)
            # One transaction per step: DDL is transactional in SQLite, so a crash mid-step
            # leaves the previous schema whole.
            with self.db.atomic("IMMEDIATE"):
                for statement in MIGRATIONS[step]:
                    self.db.execute_sql(statement)
                self.db.execute_sql(f"PRAGMA user_version = {step}")

    def close(self) -> None:
        """Close this thread's connection under the gate (closing may checkpoint the WAL)."""
        with self.write_gate():
            self.db.close()

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def write_gate(self) -> Iterator[None]:
        """Hold the process-wide and cross-process write lock."""
        with self._thread_gate:
            try:
                self._file_gate.acquire()
            except filelock.Timeout as exc:
                raise StoreError(
                    "Another Outreach Kit has been writing for over "
                    f"{WRITE_LOCK_TIMEOUT_S:.0f} s; try again in a moment."
                ) from exc
            try:
                yield
            finally:
                self._file_gate.release()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One short write transaction: gate, BEGIN IMMEDIATE, commit (or roll back on error).

        A full disk or an I/O error becomes a StoreError that says so, instead of SQLite's
        terse text; the transaction is rolled back whole either way.
        """
        try:
            with self.write_gate():
                with self.db.atomic("IMMEDIATE"):
                    yield
        except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
            mapped = storage_error(exc)
            if mapped is None:
                raise
            log.error("A write failed (%s): %s", mapped.code, exc)
            raise mapped from exc

    def backup(self, reason: str) -> Path:
        """A consistent copy into the backups folder, keeping the newest few."""
        return backup_database(self.paths.database, self.paths.backups, reason, self.backup_keep)


# SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is damaged (not locked, not read-only).
_DAMAGE_CODES = frozenset({11, 26})
SQLITE_IOERR, SQLITE_FULL = 10, 13


def _sqlite_errors(exc: BaseException | None) -> Iterator[sqlite3.Error]:
    """Every sqlite3 error in the chain behind `exc` (peewee wraps them as cause or context)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.Error):
            yield exc
        exc = exc.__cause__ or exc.__context__


def storage_error(exc: BaseException) -> StoreError | None:
    """A StoreError with a plain message for a full disk or an I/O error, else None.

    The whole chain is searched: after SQLITE_FULL, SQLite has already rolled the transaction
    back, so peewee's own rollback fails with "cannot rollback - no transaction is active" and
    that error is what arrives here, with the disk-full error as its context.
    """
    for found in _sqlite_errors(exc):
        code = getattr(found, "sqlite_errorcode", None)
        primary = code & 0xFF if code is not None else None
        text = str(found)
        if primary == SQLITE_FULL or "database or disk is full" in text:
            return StoreFull(DISK_FULL_MESSAGE)
        if primary == SQLITE_IOERR or "disk I/O error" in text:
            return StoreError(IO_ERROR_MESSAGE.format(detail=text), code="io_error")
    return None


def is_damage_error(exc: BaseException) -> bool:
    """True when `exc` (or the sqlite3 error peewee wrapped in it) says the file is damaged."""
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, sqlite3.DatabaseError):
            code = getattr(current, "sqlite_errorcode", None)
            if code is not None:
                return (code & 0xFF) in _DAMAGE_CODES
            text = str(current)
            return "not a database" in text or "malformed" in text
        current = current.__cause__ or current.__context__
    return False


def open_store(paths: Paths) -> Store:
    """Create the data dir if needed and open its database, migrated to the current schema."""
    paths.ensure()
    return Store(paths).open()


def table_columns(db: pw.Database, table: str) -> list[str]:
    """Column names of `table` in the open database, for schema checks."""
    return [row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()]
