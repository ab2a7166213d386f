"""Backups taken while another process writes, and `outreach-kit restore`.

A backup must hold every sign-up committed before it began and pass integrity_check, even
while a writer process is mid-stream. A restore checks the backup first, moves the current
database *and its -wal/-shm* into damaged/<stamp>/ byte for byte, and never overwrites or
deletes anything; a damaged or foreign backup is refused with nothing changed.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

from kit.paths import resolve_paths
from kit.store.backup import backup_database, check_integrity, list_backups
from tests.faults.crash_harness import Writer, check_kit, prepare_kit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def uuids(database: Path) -> set[str]:
    conn = sqlite3.connect(database)
    try:
        return {row[0] for row in conn.execute("SELECT uuid FROM signup")}
    finally:
        conn.close()


def database_files(data: Path) -> dict[str, Path]:
    base = data / "outreach-kit.sqlite3"
    return {name: base.with_name(base.name + suffix)
            for name, suffix in (("db", ""), ("wal", "-wal"), ("shm", "-shm"))}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    prepare_kit(directory)
    return directory


def test_a_backup_taken_while_another_process_writes_holds_every_earlier_signup(data):
    writer = Writer(data, seed=11)
    try:
        before = writer.wait_for_acks(30)
        backup = backup_database(data / "outreach-kit.sqlite3", data / "backups", "while-writing")
        after = writer.wait_for_acks(len(before) + 30)  # the writer went on during and after
    finally:
        writer.kill()
    assert check_integrity(backup, quick=False) == []
    in_backup = uuids(backup)
    assert {a["uuid"] for a in before} <= in_backup
    assert len(in_backup) < len(after) + 5, "the backup is a snapshot, not the final state"
    check_kit(data, writer.acked)


def make_backups_then_crash(data: Path, cli) -> tuple[Path, Path, list[dict]]:
    """Two backups (the newer one later damaged by the test), then a writer killed mid-stream so
    the database has a -wal and -shm beside it."""
    first = Writer(data, seed=21, limit=5)
    first.proc.wait(timeout=60)
    first.kill()
    older = Path(cli("backup").stdout.strip())
    second = Writer(data, seed=22, limit=5)
    second.proc.wait(timeout=60)
    second.kill()
    newer = Path(cli("backup").stdout.strip())
    crashing = Writer(data, seed=23)
    crashing.wait_for_acks(10)
    crashing.kill()
    return older, newer, first.acked + second.acked


def test_restore_brings_back_the_latest_good_backup_and_keeps_every_damaged_file(data, cli):
    older, newer, acked = make_backups_then_crash(data, cli)
    files = database_files(data)
    assert files["wal"].exists() and files["shm"].exists(), "the kill should leave a -wal behind"
    newer.write_bytes(b"not a backup any more" * 100)  # the newest backup is damaged too
    # The whole main file turns to garbage. (Garbage in the header alone is not enough while
    # the -wal holds a newer page 1: SQLite reads that one, and the next checkpoint writes it
    # back over the garbage.) No command runs before the restore, so nothing checkpoints.
    size = files["db"].stat().st_size
    files["db"].write_bytes((b"GARBAGE!" * (size // 8 + 1))[:size])

    hashes = {name: sha(path) for name, path in files.items()}

    done = cli("restore", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    report = done.json()
    assert Path(report["restored_from"]) == older  # the newest *good* one
    kept = Path(report["quarantine_dir"])
    assert kept.parent == data / "damaged"
    kept_files = {p.name: p for p in kept.iterdir()}
    assert sorted(kept_files) == sorted(p.name for p in files.values())
    # The database and its -wal are kept byte for byte. The -shm is only SQLite's index of the
    # -wal, rebuilt by any reader (the check before the restore is one), so it may differ.
    for name in ("db", "wal"):
        assert sha(kept_files[files[name].name]) == hashes[name], f"the damaged {name} changed"
    assert not files["wal"].exists(), "an old -wal beside the restored file would damage it"
    assert sha(files["db"]) == sha(older)
    assert uuids(files["db"]) == {a["uuid"] for a in acked[:5]}
    assert check_integrity(files["db"], quick=False) == []
    listed = cli("contacts", "list", "--json")
    assert listed.returncode == 0 and len(listed.json()) == 5
    assert cli("signup", "add", "--first-name", "After", "--email", "after@example.org"
               ).returncode == 0


def test_a_second_restore_never_touches_the_first_quarantine(data, cli):
    assert cli("backup").returncode == 0
    first = cli("restore", "--yes", "--json").json()
    second = cli("restore", "--yes", "--json").json()
    assert first["quarantine_dir"] != second["quarantine_dir"]
    assert Path(first["quarantine_dir"]).is_dir() and Path(second["quarantine_dir"]).is_dir()
    assert len(list((data / "damaged").iterdir())) == 2


@pytest.mark.parametrize("kind", ["damaged", "foreign", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(data, cli, tmp_path, kind):
    before = sha(data / "outreach-kit.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    if kind == "damaged":
        bad.write_bytes(Path(cli("backup").stdout.strip()).read_bytes()[:5000])
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    done = cli("restore", "--backup", str(bad), "--yes")
    assert done.returncode == 2
    assert "cannot be restored" in done.stderr and "Nothing was changed" in done.stderr
    assert sha(data / "outreach-kit.sqlite3") == before
    assert not (data / "damaged").exists()


def test_restore_without_a_good_backup_exits_2_and_changes_nothing(data, cli):
    before = sha(data / "outreach-kit.sqlite3")
    done = cli("restore", "--yes")
    assert done.returncode == 2 and "no good backup" in done.stderr
    made = Path(cli("backup").stdout.strip())
    made.write_bytes(b"\0" * 4096)
    done = cli("restore", "--yes")
    assert done.returncode == 2 and "none passes SQLite's check" in done.stderr
    assert sha(data / "outreach-kit.sqlite3") == before
    assert not (data / "damaged").exists()


def test_restore_from_a_script_needs_yes(data, cli):
    assert cli("backup").returncode == 0
    before = sha(data / "outreach-kit.sqlite3")
    done = cli("restore")  # stdin is not a terminal: no prompt, nothing done
    assert done.returncode == 2 and "--yes" in done.stderr
    assert sha(data / "outreach-kit.sqlite3") == before


def test_restore_waits_for_a_writer_holding_the_write_lock(data):
    """The swap happens under the kit's write lock, never in the middle of a CLI write."""
    import threading
    import time

    import filelock

    from kit.services.recovery import restore_backup

    paths = resolve_paths(data)
    backup_database(paths.database, paths.backups, "manual")
    lock = filelock.FileLock(str(paths.write_lock))
    lock.acquire()
    finished = threading.Event()
    thread = threading.Thread(target=lambda: (restore_backup(paths), finished.set()))
    thread.start()
    time.sleep(0.5)
    assert not finished.is_set() and not paths.quarantine.exists()
    lock.release()
    thread.join(timeout=30)
    assert finished.is_set()
    assert len(list_backups(paths.backups)) == 1
