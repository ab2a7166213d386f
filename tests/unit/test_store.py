"""The store (kit.store): pragmas that really took, the migration chain, backups, damaged files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.paths import Paths, resolve_paths
from kit.services.signups import record_signup
from kit.store import schema
from kit.store.backup import backup_database, check_integrity, list_backups
from kit.store.database import (
    BUSY_TIMEOUT_MS,
    REQUIRED_PRAGMAS,
    KitDatabase,
    Store,
    StoreDamaged,
    StoreError,
    open_store,
    table_columns,
)
from kit.store.models import ALL_MODELS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
V1_TABLES = {"setting", "event", "contact", "signup"}


def read_pragmas(db) -> dict[str, object]:
    return {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}


def load_v1(paths: Paths) -> None:
    """Write the committed v1 fixture dump into `paths` as the kit's database."""
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    try:
        conn.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    finally:
        conn.close()


def dump_rows(database: Path, tables=V1_TABLES) -> dict[str, list[tuple]]:
    """Every row of the v1 columns of `tables`, to compare before and after a migration."""
    conn = sqlite3.connect(database)
    try:
        result = {}
        for table in sorted(tables):
            v1_columns = [
                line.split()[0]
                for line in _v1_create(table).split("(", 1)[1].splitlines()
                if line.strip() and not line.strip().startswith(("UNIQUE", "PRIMARY"))
            ]
            columns = ", ".join(c.strip(",)") for c in v1_columns)
            result[table] = conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()
        return result
    finally:
        conn.close()


def _v1_create(table: str) -> str:
    return next(s for s in schema.MIGRATIONS[1] if s.startswith(f"CREATE TABLE {table} "))


def sqlite_value(database: Path, sql: str):
    conn = sqlite3.connect(database)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "data")


# -- pragmas ----------------------------------------------------------------------------------------
def test_pragmas_read_back_on_the_opening_thread(kit):
    assert read_pragmas(kit.store.db) == {
        "journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS,
        "secure_delete": 1,
    }


def test_pragmas_read_back_on_a_second_threads_own_connection(kit):
    seen: dict = {}

    def on_other_thread():
        seen["pragmas"] = read_pragmas(kit.store.db)
        seen["connection"] = id(kit.store.db.connection())
        kit.store.close()

    worker = threading.Thread(target=on_other_thread)
    worker.start()
    worker.join()
    assert seen["connection"] != id(kit.store.db.connection()), "peewee gives each thread its own"
    assert seen["pragmas"] == read_pragmas(kit.store.db) == {
        "journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS,
        "secure_delete": 1,
    }


def test_a_database_that_cannot_use_wal_is_refused():
    # A real refusal, not a mock: SQLite answers "memory" to journal_mode=WAL on an in-memory
    # database, just as it keeps "delete" on file systems without shared memory.
    db = KitDatabase(":memory:", pragmas=dict(REQUIRED_PRAGMAS))
    with pytest.raises(StoreError, match="journal_mode=wal"):
        db.connect()
    assert db.is_closed()


def test_a_store_whose_file_cannot_use_wal_refuses_to_open(tmp_path, monkeypatch):
    # Point a Store at ":memory:" (the same refusal as above) to check the error reaches open().
    monkeypatch.setattr(Paths, "database", property(lambda self: Path(":memory:")))
    paths = resolve_paths(tmp_path / "data").ensure()
    with pytest.raises(StoreError, match="journal_mode"):
        Store(paths).open()


def test_foreign_keys_are_enforced(kit):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with kit.store.write():
            kit.store.db.execute_sql(
                "INSERT INTO signup (uuid, event_id, created_at, consent_email, consent_email_text,"
                " consent_sms, consent_sms_text) VALUES ('x', 999, '2026-01-01', 0, '', 0, '')"
            )


# -- schema and migrations --------------------------------------------------------------------------
def test_a_new_database_is_created_at_the_current_version(paths):
    store = open_store(paths)
    try:
        assert store.schema_version() == schema.CURRENT_VERSION
        assert list_backups(paths.backups) == [], "nothing to back up in a brand-new kit"
    finally:
        store.close()


def test_the_schema_matches_the_models_for_every_table(kit):
    db = kit.store.db
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1]: row for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(columns) == set(fields), table
        for name, field in fields.items():
            if field.primary_key:
                continue
            not_null = bool(columns[name][3])
            assert not_null == (not field.null), f"{table}.{name} nullability"


def test_v1_fixture_is_really_version_1(paths):
    load_v1(paths)
    assert sqlite_value(paths.database, "PRAGMA user_version") == 1
    assert sqlite_value(paths.database, "SELECT count(*) FROM contact") == 4


def test_v1_database_migrates_keeping_every_row(paths):
    load_v1(paths)
    before = dump_rows(paths.database)
    store = open_store(paths)
    try:
        assert store.schema_version() == schema.CURRENT_VERSION
        for model in ALL_MODELS:
            table = model._meta.table_name
            assert set(table_columns(store.db, table)) == {
                f.column_name for f in model._meta.sorted_fields
            }, table
    finally:
        store.close()
    after = dump_rows(paths.database)
    assert after == before
    assert sum(len(rows) for rows in after.values()) == 2 + 3 + 4 + 5
    names = {row[2] for row in after["contact"]}
    assert {"عائشہ", "आयशा", "Zoé 🌸"} <= names
    assert sqlite_value(paths.database, "SELECT language FROM signup WHERE id = 2") == "en"


def test_migration_makes_a_backup_of_the_old_version_first(paths):
    load_v1(paths)
    before = dump_rows(paths.database)
    open_store(paths).close()
    backups = sorted(paths.backups.glob(f"*before-v{schema.CURRENT_VERSION}*"))
    assert len(backups) == 1
    assert sqlite_value(backups[0], "PRAGMA user_version") == 1
    assert dump_rows(backups[0]) == before
    assert check_integrity(backups[0], quick=False) == []


def test_migrated_kit_works_through_the_services(paths):
    from kit.services.contacts import search_contacts
    from kit.services.kit import Kit

    load_v1(paths)
    store = open_store(paths)
    kit = Kit(paths=paths, store=store)
    try:
        receipt = record_signup(kit, SignupForm(first_name="Ayesha", email="AYESHA@example.org"))
        assert receipt.returning and receipt.contact_id == 1 and receipt.event_id == 2
        found = search_contacts(kit, "خان")
        assert [c.first_name for c in found] == ["عائشہ"]
    finally:
        kit.close()


def test_a_newer_schema_is_refused_and_left_untouched(paths):
    open_store(paths).close()
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = file_hash(paths.database)
    store = Store(paths)
    with pytest.raises(StoreError, match="newer Outreach Kit"):
        store.open()
    assert store.db.is_closed(), "a refused database is not kept open"
    assert file_hash(paths.database) == before
    assert sqlite_value(paths.database, "PRAGMA user_version") == 99
    assert list_backups(paths.backups) == []


def test_a_failing_migration_step_leaves_version_1_whole(paths, monkeypatch):
    load_v1(paths)
    before = dump_rows(paths.database)
    broken = schema.MIGRATIONS[2][:-1] + ("CREATE INDEX broken ON no_such_table (x)",)
    with monkeypatch.context() as patch:
        patch.setitem(schema.MIGRATIONS, 2, broken)
        store = Store(paths)
        with pytest.raises(Exception, match="no_such_table"):
            store.open()
        store.db.close()
    assert_still_v1(paths, before)
    # ...and usable: the real chain then migrates it.
    store = open_store(paths)
    assert store.schema_version() == schema.CURRENT_VERSION
    store.close()
    assert dump_rows(paths.database) == before


def test_a_process_killed_during_migration_leaves_version_1_whole(paths):
    """A real kill: the process _exits inside step 2's transaction, after its other statements."""
    load_v1(paths)
    before = dump_rows(paths.database)
    script = textwrap.dedent(
        f"""
        import os
        from kit.paths import resolve_paths
        from kit.store import schema
        from kit.store.database import Store

        store = Store(resolve_paths({str(paths.data_dir)!r}))
        real = store.db.execute_sql
        def execute_sql(sql, *args, **kwargs):
            if sql == "KILL":
                os._exit(9)
            return real(sql, *args, **kwargs)
        store.db.execute_sql = execute_sql
        schema.MIGRATIONS[2] = schema.MIGRATIONS[2] + ("KILL",)
        store.open()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 9, done.stderr
    assert_still_v1(paths, before)
    store = open_store(paths)
    assert store.schema_version() == schema.CURRENT_VERSION
    store.close()
    assert dump_rows(paths.database) == before


def assert_still_v1(paths: Paths, before) -> None:
    assert sqlite_value(paths.database, "PRAGMA user_version") == 1
    assert check_integrity(paths.database, quick=False) == []
    conn = sqlite3.connect(paths.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        signup_columns = {r[1] for r in conn.execute("PRAGMA table_info(signup)")}
    finally:
        conn.close()
    assert tables == V1_TABLES
    assert "language" not in signup_columns
    assert dump_rows(paths.database) == before


# -- backups ----------------------------------------------------------------------------------------
def test_rotating_backups_keep_only_the_newest_n(paths):
    store = Store(paths.ensure(), backup_keep=3).open()
    try:
        made = [store.backup("manual") for _ in range(5)]
    finally:
        store.close()
    kept = [b.path for b in list_backups(paths.backups)]
    assert kept == list(reversed(made[-3:]))
    assert not list(paths.backups.glob("*.partial"))


def test_backup_file_is_a_standalone_database(kit_with_event):
    record_signup(kit_with_event, SignupForm(first_name="Ayesha", email="a@example.org"))
    path = kit_with_event.store.backup("manual")
    assert sqlite_value(path, "PRAGMA journal_mode") == "delete", "no -wal file needed beside it"
    assert sqlite_value(path, "SELECT count(*) FROM signup") == 1


def test_backup_taken_while_another_thread_writes_is_consistent(kit_with_event):
    kit = kit_with_event
    committed: list[str] = []
    committed_lock = threading.Lock()
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer():
        try:
            n = 0
            while not stop.is_set() and n < 2000:
                receipt = record_signup(kit, SignupForm(first_name=f"W{n}", email=f"w{n}@example.org"))
                with committed_lock:
                    committed.append(receipt.signup_uuid)
                n += 1
        except BaseException as exc:  # reported to the test below
            failures.append(exc)
        finally:
            kit.store.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        deadline = time.monotonic() + 120  # a stuck writer fails the test instead of hanging it
        while time.monotonic() < deadline and thread.is_alive():
            with committed_lock:
                if len(committed) >= 20:
                    break
            time.sleep(0.001)
        assert len(committed) >= 20, f"the writer stopped after {len(committed)}: {failures}"
        with committed_lock:
            before = list(committed)
        path = kit.store.backup("during-writes")
        with committed_lock:
            assert len(committed) > len(before) or thread.is_alive()
    finally:
        stop.set()
        thread.join()
    assert not failures
    assert check_integrity(path, quick=False) == []
    conn = sqlite3.connect(path)
    try:
        in_backup = {r[0] for r in conn.execute("SELECT uuid FROM signup")}
    finally:
        conn.close()
    assert set(before) <= in_backup


def test_backup_of_a_path_with_uri_characters(tmp_path):
    # Windows refuses "?" in a file name (kit/domain/file_names.py); "#" and "%" it takes.
    odd = tmp_path / ("My Kit #2 %" if sys.platform == "win32" else "My Kit #2 ?%")
    store = open_store(resolve_paths(odd))
    try:
        path = store.backup("manual")
    finally:
        store.close()
    assert sqlite_value(path, "PRAGMA user_version") == schema.CURRENT_VERSION
    assert check_integrity(odd / "outreach-kit.sqlite3") == []


# -- damage -----------------------------------------------------------------------------------------
def test_check_integrity_reports_a_garbage_file(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database " * 500)
    problems = check_integrity(garbage)
    assert problems and "not a database" in problems[0]


def test_check_integrity_of_a_sound_database_is_empty(kit):
    assert check_integrity(kit.paths.database) == []
    assert check_integrity(kit.paths.database, quick=False) == []


@pytest.mark.parametrize(
    "damage", [b"this is not a database " * 500, b"\0" * 8192], ids=["garbage", "zeroed"]
)
def test_opening_a_damaged_file_raises_store_damaged_and_leaves_it_alone(paths, damage):
    paths.ensure()
    paths.database.write_bytes(damage)
    before = file_hash(paths.database)
    store = Store(paths)
    with pytest.raises(StoreDamaged, match="doctor"):
        store.open()
    assert store.db.is_closed()
    assert file_hash(paths.database) == before


def test_opening_a_database_with_a_damaged_header_raises_store_damaged(paths):
    open_store(paths).close()
    data = bytearray(paths.database.read_bytes())
    data[0:16] = b"NOT SQLITE FILE\0"
    paths.database.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        Store(paths).open()


def test_backup_listing_ignores_foreign_files(paths):
    paths.ensure()
    (paths.backups / "outreach-kit-notadate-manual.sqlite3").write_bytes(b"")
    (paths.backups / "notes.txt").write_text("x")
    made = backup_database(_empty_db(paths), paths.backups, "manual")
    assert [b.path for b in list_backups(paths.backups)] == [made]
    assert list_backups(paths.backups)[0].reason == "manual"


def _empty_db(paths: Paths) -> Path:
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return paths.database


def test_settings_round_trip_json_values(kit):
    kit.settings.set("region", "GB")
    kit.settings.set("last_export_at", None)
    kit.settings.set("complex", {"a": [1, "ب"]})
    assert kit.settings.get("region") == "GB" and kit.region == "GB"
    assert kit.settings.get("complex") == {"a": [1, "ب"]}
    assert kit.settings.get("backup_keep") == 10  # default when unset
    raw = kit.store.db.execute_sql("SELECT value FROM setting WHERE key='complex'").fetchone()[0]
    assert json.loads(raw) == {"a": [1, "ب"]}
