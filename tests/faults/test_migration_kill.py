"""Migrations under fire: killed after *every* statement of every step, and at random moments
while a big old database is backed up and migrated. The old schema is always left whole and
usable, and the next start migrates it with every row kept.

Also: every past schema version has a fixture (tests/fixtures/schema_vN.sql) and it migrates.
A new schema step without a fixture for the version before it fails here.

Non-invasive: the child wraps its own Store's `execute_sql` to count migration statements and
SIGKILL itself; the migration runner has no test hook.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.paths import Paths, resolve_paths
from kit.services.kit import open_kit
from kit.services.signups import record_signup
from kit.store import schema
from kit.store.backup import check_integrity, list_backups
from kit.store.database import open_store

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def load_fixture(version: int, paths: Paths) -> None:
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    try:
        conn.executescript((FIXTURES / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    finally:
        conn.close()


def dump(database: Path, columns: dict[str, list[str]] | None = None):
    """(columns per table, rows per table) of the tables in `columns` (default: all, as they are)."""
    conn = sqlite3.connect(database)
    try:
        if columns is None:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
        # A WITHOUT ROWID table (removed_signup) has no rowid: its key orders it.
        rowless = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'")}
        rows = {t: conn.execute(f"SELECT {', '.join(c)} FROM {t} "
                                f"ORDER BY {'1' if t in rowless else 'rowid'}").fetchall()
                for t, c in columns.items()}
        return columns, rows
    finally:
        conn.close()


def schema_sql(database: Path) -> list[tuple]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def user_version(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_every_past_schema_version_has_a_fixture():
    have = sorted(int(p.stem.removeprefix("schema_v")) for p in FIXTURES.glob("schema_v*.sql"))
    assert have == list(range(1, schema.CURRENT_VERSION)), (
        "keep a fixture of every released schema: add tests/fixtures/schema_vN.sql for each "
        "version before the current one")


@pytest.mark.parametrize("version", range(1, schema.CURRENT_VERSION))
def test_every_past_version_migrates_and_takes_signups(tmp_path, version):
    paths = resolve_paths(tmp_path / "data")
    load_fixture(version, paths)
    columns, before = dump(paths.database)
    open_store(paths).close()
    assert user_version(paths.database) == schema.CURRENT_VERSION
    assert dump(paths.database, columns)[1] == before
    assert check_integrity(paths.database, quick=False) == []
    kit = open_kit(paths)
    try:
        record_signup(kit, SignupForm(first_name="After", email="after-migration@example.org"))
    finally:
        kit.close()


KILL_AFTER_STATEMENT = textwrap.dedent(
    """
    import os, signal, sys
    from kit.paths import resolve_paths
    from kit.store import schema
    from kit.store.database import Store

    step, index = int(sys.argv[2]), int(sys.argv[3])
    statements = list(schema.MIGRATIONS[step]) + [f"PRAGMA user_version = {step}"]
    store = Store(resolve_paths(sys.argv[1]))
    real = store.db.execute_sql
    seen = []

    def execute_sql(sql, *args, **kwargs):
        result = real(sql, *args, **kwargs)
        if sql in statements:
            seen.append(sql)
            if sql == statements[index]:
                os.kill(os.getpid(), signal.SIGKILL)
        return result

    store.db.execute_sql = execute_sql
    store.open()
    sys.exit(3)  # never reached when the kill point exists
    """
)


def migration_points() -> list[tuple[int, int]]:
    return [(step, index) for step in range(2, schema.CURRENT_VERSION + 1)
            for index in range(len(schema.MIGRATIONS[step]) + 1)]


def test_a_kill_after_every_migration_statement_leaves_the_old_schema_whole(tmp_path):
    templates = {}
    for step, index in migration_points():
        if step not in templates:  # the version just before `step`, as a real user's would be
            template = resolve_paths(tmp_path / f"template-v{step - 1}")
            load_fixture(step - 1, template)
            templates[step] = (template, schema_sql(template.database), *dump(template.database))
        template, old_schema, columns, old_rows = templates[step]
        paths = resolve_paths(tmp_path / f"kill-{step}-{index}")
        shutil.copytree(template.data_dir, paths.data_dir)
        done = subprocess.run([sys.executable, "-c", KILL_AFTER_STATEMENT, str(paths.data_dir),
                               str(step), str(index)], cwd=REPO, capture_output=True, text=True,
                              timeout=60)
        where = f"killed after statement {index} of step {step}"
        assert done.returncode == -signal.SIGKILL, f"{where}: {done.stderr[-2000:]}"
        assert user_version(paths.database) == step - 1, where
        assert schema_sql(paths.database) == old_schema, f"{where}: the old schema changed"
        assert dump(paths.database, columns)[1] == old_rows, f"{where}: rows changed"
        assert check_integrity(paths.database, quick=False) == [], where
        # A backup of the old version was made before the step began, and it is whole.
        backups = list_backups(paths.backups)
        assert backups and check_integrity(backups[0].path) == [], where
        # ...and the old database is usable: the next start migrates it, keeping every row.
        open_store(paths).close()
        assert user_version(paths.database) == schema.CURRENT_VERSION, where
        assert dump(paths.database, columns)[1] == old_rows, where


@pytest.fixture(scope="module")
def big_v1(tmp_path_factory) -> Path:
    """The v1 fixture plus 20,000 contacts and sign-ups, so backing up and migrating take long
    enough for a random kill to land inside them."""
    paths = resolve_paths(tmp_path_factory.mktemp("big-v1") / "data")
    load_fixture(1, paths)
    conn = sqlite3.connect(paths.database)
    with conn:
        event = conn.execute("SELECT id FROM event ORDER BY id").fetchone()[0]
        first = conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO contact (id, uuid, first_name, email, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '2025-05-01', '2025-05-01')",
            ((first + n, f"big-c-{n}", f"Old{n}", f"old{n}@example.org") for n in range(20_000)))
        conn.executemany(
            "INSERT INTO signup (uuid, contact_id, event_id, created_at, note, consent_email, "
            "consent_email_text, consent_sms, consent_sms_text) "
            "VALUES (?, ?, ?, '2025-05-01', ?, 1, 'Email me', 0, 'Text me')",
            ((f"big-s-{n}", first + n, event, "n" * 200) for n in range(20_000)))
    conn.close()
    return paths.data_dir


def test_random_kills_while_a_big_old_database_is_backed_up_and_migrated(tmp_path, big_v1):
    template = resolve_paths(big_v1)
    columns, v1_rows = dump(template.database)
    seed = int(os.environ.get("KIT_CRASH_SEED", random.randrange(1_000_000)))
    print(f"kill seed {seed} (KIT_CRASH_SEED={seed} repeats this run)")
    rng = random.Random(seed)
    # The child imports first, says READY, then opens (backup, then migration) and says DONE;
    # the kills are spread over its own measured open time, so they land inside the work.
    script = ("import sys; from kit.paths import resolve_paths; from kit.store.database import "
              "open_store; p = resolve_paths(sys.argv[1]); print('READY', flush=True); "
              "open_store(p).close(); print('DONE', flush=True)")

    def start(data_dir: Path) -> subprocess.Popen:
        child = subprocess.Popen([sys.executable, "-c", script, str(data_dir)], cwd=REPO,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline() == "READY\n", child.stderr.read()
        return child

    # The schema as each step leaves it (the v1 fixture, then every step applied in turn).
    steps_schema = {}
    for version in range(1, schema.CURRENT_VERSION + 1):
        step_paths = resolve_paths(tmp_path / f"schema-v{version}")
        load_fixture(1, step_paths)
        conn = sqlite3.connect(step_paths.database)
        for step in range(2, version + 1):
            conn.executescript(";\n".join(schema.MIGRATIONS[step]) + f";\nPRAGMA user_version = {step};")
        conn.close()
        steps_schema[version] = schema_sql(step_paths.database)
    timing = resolve_paths(tmp_path / "timing")
    shutil.copytree(template.data_dir, timing.data_dir)
    child = start(timing.data_dir)
    started = time.monotonic()
    assert child.stdout.readline() == "DONE\n"
    whole = time.monotonic() - started
    child.wait(timeout=60)
    child.stdout.close()
    child.stderr.close()
    outcomes = []
    for round_number in range(8):
        paths = resolve_paths(tmp_path / f"round-{round_number}")
        shutil.copytree(template.data_dir, paths.data_dir)
        child = start(paths.data_dir)
        time.sleep(rng.uniform(0.0, 1.1) * whole)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        code = child.wait(timeout=60)
        assert code in (0, -signal.SIGKILL), child.stderr.read()[-2000:]
        child.stdout.close()
        child.stderr.close()
        reached = user_version(paths.database)
        outcomes.append((code, reached, len(list_backups(paths.backups))))
        # Each step is one transaction: a kill between two steps leaves a whole older schema.
        assert 1 <= reached <= schema.CURRENT_VERSION, "a half-migrated schema"
        assert schema_sql(paths.database) == steps_schema[reached], "a half-migrated schema"
        assert check_integrity(paths.database, quick=False) == []
        assert dump(paths.database, columns)[1] == v1_rows
        for backup in list_backups(paths.backups):  # a backup cut short is never listed
            assert check_integrity(backup.path) == []
        open_store(paths).close()
        assert user_version(paths.database) == schema.CURRENT_VERSION
        assert dump(paths.database, columns)[1] == v1_rows
    print(f"open took {whole:.2f} s; kill outcomes (exit, version reached, backups):", outcomes)
    assert any(code == -signal.SIGKILL for code, _, _ in outcomes), "no kill landed in time"
