"""Several writers on one kit at once: CLI processes and an in-process thread (the WAL-reset race).

SQLite 3.40 (Python 3.11's) can lose or corrupt commits when two connections write or
checkpoint at the same moment. The store's mitigation is a write gate (thread lock + file lock)
around every write transaction and every close; this test hammers it from several processes and
a thread and then checks that nothing acknowledged was lost.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

from kit.domain.signup import SignupForm
from kit.services.signups import record_signup

PROCESSES = 6
SIGNUPS_PER_PROCESS = 4
THREAD_MIN_SIGNUPS = 20


def test_cli_processes_and_a_thread_writing_together_lose_nothing(kit_with_event, cli):
    kit = kit_with_event
    thread_uuids: list[str] = []
    thread_errors: list[BaseException] = []
    cli_done = threading.Event()

    def in_process_writer():
        # Keeps writing until every CLI process has finished, so the writers really overlap.
        try:
            n = 0
            while not cli_done.is_set() or n < THREAD_MIN_SIGNUPS:
                form = SignupForm(first_name=f"Thread{n}", email=f"thread{n}@example.org",
                                  consent_email=n % 2 == 0)
                thread_uuids.append(record_signup(kit, form).signup_uuid)
                n += 1
        except BaseException as exc:  # reported by the assertions below
            thread_errors.append(exc)
        finally:
            kit.store.close()

    def cli_writer(worker: int):
        results = []
        for n in range(SIGNUPS_PER_PROCESS):
            results.append(cli("signup", "add", "--first-name", f"عائشہ{worker}-{n}",
                               "--email", f"cli{worker}-{n}@example.org", "--phone",
                               f"612-624-{5000 + worker * 100 + n}"))
        return results

    thread = threading.Thread(target=in_process_writer)
    thread.start()
    with ThreadPoolExecutor(PROCESSES) as pool:
        cli_results = [r for batch in pool.map(cli_writer, range(PROCESSES)) for r in batch]
    cli_done.set()
    thread.join()

    assert not thread_errors
    for result in cli_results:
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr.lower()
        assert result.stderr == ""
    acknowledged = {r.stdout.strip() for r in cli_results} | set(thread_uuids)
    expected = PROCESSES * SIGNUPS_PER_PROCESS + len(thread_uuids)
    assert len(thread_uuids) >= THREAD_MIN_SIGNUPS
    assert len(acknowledged) == expected

    # Check with a separate plain connection, after everyone closed, as a new process would.
    kit.store.close()
    conn = sqlite3.connect(kit.paths.database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT uuid FROM signup")}
        assert stored == acknowledged
        assert conn.execute("SELECT count(*) FROM signup").fetchone()[0] == expected
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == expected
        assert conn.execute(
            "SELECT count(*) FROM contact WHERE first_name LIKE 'عائشہ%'").fetchone()[0] == (
            PROCESSES * SIGNUPS_PER_PROCESS)
    finally:
        conn.close()
