"""What turning protection on leaves behind, made unreadable: the database's free pages and
write-ahead log, the old backups, the clear copies set aside (sealed to the active key; an
unlocked kit opens them again), and the log's exact times.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag

from kit.logsetup import coarsen_log_files
from kit.protect.erase import overwrite_and_delete
from kit.protect.keys import KeyRing, ProtectError
from kit.protect.sealing import SUITE
from kit.services.kit import Kit
from kit.services.protection.ring import load_ring
from kit.services.protection.session import current_session, readable_vault
from kit.store.backup import list_backups


@dataclass(frozen=True)
class ScrubReport:
    """What turning protection on did to the clear data that was there before."""

    sealed_signups: int = 0
    deleted_contacts: int = 0
    vacuumed: bool = False
    wal_truncated: bool = False
    backup: Path | None = None
    deleted_backups: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()
    rekeyed_signups: int = 0
    sealed_copies: tuple[Path, ...] = ()
    rewritten_logs: int = 0


SEALED_COPY_SUFFIX = ".sealed"
_SEALED_COPY_MAGIC = b"outreach-kit sealed copy v1\n"


def leftover_clear_copies(paths) -> list[Path]:
    """Files the kit set aside that hold clear data from before protection: `damaged/` (a
    restore's or a repair's copies), a restore or a backup interrupted half-way."""
    found: list[Path] = []
    if paths.quarantine.is_dir():
        found += [p for p in sorted(paths.quarantine.rglob("*"))
                  if p.is_file() and not p.is_symlink() and p.suffix != SEALED_COPY_SUFFIX]
    found += [p for p in sorted(paths.data_dir.glob(".restoring-*")) if p.is_file()]
    if paths.backups.is_dir():
        found += [p for p in sorted(paths.backups.glob("*.partial")) if p.is_file()]
    return found


def seal_copy(path: Path, ring: KeyRing) -> Path:
    """Seal one leftover file to the ring's active key (`<name>.sealed`, 0600), then overwrite
    and delete the clear file. `unseal_copy` gives it back to an unlocked kit."""
    from kit.paths import private_file

    key = ring.active()
    sealed = path.with_name(path.name + SEALED_COPY_SUFFIX)
    blob = SUITE.encrypt(path.read_bytes(), key.public_key(), _copy_info(path.name, key.key_id))
    with private_file(sealed, "wb") as handle:
        handle.write(_SEALED_COPY_MAGIC + key.key_id.encode("ascii") + b"\n" + blob)
        handle.flush()
        os.fsync(handle.fileno())
    overwrite_and_delete(path)
    return sealed


def unseal_copy(kit: Kit, sealed: str | os.PathLike[str], output: str | os.PathLike[str]) -> Path:
    """Open a copy sealed by `seal_copy` (needs the unlocked kit) into `output` (0600)."""
    from kit.paths import private_file

    readable_vault(kit, "Opening a sealed copy needs the private key")
    session = current_session(kit)
    source = Path(sealed)
    data = source.read_bytes()
    if not data.startswith(_SEALED_COPY_MAGIC) or b"\n" not in data[len(_SEALED_COPY_MAGIC):]:
        raise ProtectError(f"{source.name} is not a copy sealed by Outreach Kit.")
    key_id, blob = data[len(_SEALED_COPY_MAGIC):].split(b"\n", 1)
    private = session.private_keys.get(key_id.decode("ascii", "replace")) if session else None
    if private is None:
        raise ProtectError(f"{source.name} is sealed to a key this kit does not hold.")
    name = source.name.removesuffix(SEALED_COPY_SUFFIX)
    try:
        clear = SUITE.decrypt(blob, private, _copy_info(name, key_id.decode("ascii")))
    except (InvalidTag, ValueError) as exc:
        raise ProtectError(f"{source.name} does not open (changed or renamed).") from exc
    with private_file(output, "wb") as handle:
        handle.write(clear)
    return Path(output)


def _copy_info(name: str, key_id: str) -> bytes:
    return b"outreach-kit/copy/v1|" + name.encode("utf-8") + b"|" + key_id.encode("ascii")


def scrub_database(kit: Kit, *, sealed_signups: int = 0, deleted_contacts: int = 0,
                   ring: KeyRing | None = None) -> ScrubReport:
    """Overwrite what clear data SQLite may still hold, then replace the backups.

    secure_delete (a required pragma) zeroes freed content; VACUUM rebuilds the file so no free
    page is left; a TRUNCATE checkpoint empties the WAL; a fresh backup is made and every older
    backup (which holds the clear data) is overwritten and deleted. On a protected kit, the
    copies set aside in `damaged/` (and any half-done restore or backup) are sealed to the active
    key and their clear files overwritten and deleted, and the log's exact times are floored to
    the quarter hour.
    """
    notes: list[str] = []
    ring = ring or load_ring(kit)
    sealed_copies: list[Path] = []
    if ring is not None:
        for leftover in leftover_clear_copies(kit.paths):
            try:
                sealed_copies.append(seal_copy(leftover, ring))
            except OSError as exc:
                notes.append(f"Could not seal the clear copy {leftover} ({exc.strerror}); "
                             "delete it by hand.")
    rewritten_logs = coarsen_log_files(kit.paths.log_dir) if ring is not None else 0
    store = kit.store
    with store.write_gate():
        store.db.execute_sql("VACUUM")
        busy, _log, _done = store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    wal = Path(str(store.paths.database) + "-wal")
    truncated = not busy and (not wal.exists() or wal.stat().st_size == 0)
    if not truncated:
        notes.append("Another program has the kit open, so the write-ahead log could not be "
                     "emptied; close it and run 'outreach-kit protect status' again.")
    old = [b.path for b in list_backups(store.paths.backups)]
    fresh = store.backup("protected")
    deleted = []
    for path in old:
        if overwrite_and_delete(path):
            deleted.append(path)
        else:
            notes.append(f"Could not delete the old backup {path}; delete it by hand.")
    notes.append("Files on SSDs and flash drives may keep old blocks that no program can "
                 "overwrite; data written before protection was on may survive there.")
    return ScrubReport(sealed_signups, deleted_contacts, True, truncated, fresh, tuple(deleted),
                       tuple(notes), sealed_copies=tuple(sealed_copies),
                       rewritten_logs=rewritten_logs)
