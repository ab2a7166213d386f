"""SIGKILL the writer at random moments: no acknowledged sign-up is ever lost or torn.

See crash_harness.py for the invariants checked after every kill. The normal run does
CRASH_ROUNDS rounds on one data dir (each round also recovers the previous kill);
`uv run python benchmarks/crash_soak.py --rounds 200` is the long soak.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys

import pytest

from tests.faults.crash_harness import check_kit, prepare_kit, run_round, soak

CRASH_ROUNDS = int(os.environ.get("KIT_CRASH_ROUNDS", "20"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killed_writers_never_lose_an_acknowledged_signup(tmp_path):
    seed = int(os.environ.get("KIT_CRASH_SEED", random.randrange(1_000_000)))
    print(f"crash seed {seed} (KIT_CRASH_SEED={seed} repeats this run)")
    stats = soak(tmp_path / "data", CRASH_ROUNDS, seed, max_wait_s=0.8)
    assert stats.rounds == CRASH_ROUNDS
    assert stats.killed_writing >= 1
    # The test must have had something to lose: kills landed after real commits.
    assert stats.acked >= CRASH_ROUNDS, stats


def test_the_checker_notices_a_lost_signup(tmp_path):
    """The harness can fail: delete one acknowledged sign-up behind its back."""
    data = tmp_path / "data"
    prepare_kit(data)
    result = run_round(data, 7, random.Random(7), max_wait_s=0.8)
    while not result.acked:  # a round killed while starting acknowledged nothing; go again
        result = run_round(data, 8, random.Random(8), max_wait_s=0.8)
    check_kit(data, result.acked)
    conn = sqlite3.connect(data / "outreach-kit.sqlite3")
    with conn:
        conn.execute("DELETE FROM outbox WHERE signup_id = (SELECT id FROM signup WHERE uuid = ?)",
                     (result.acked[-1]["uuid"],))
        conn.execute("DELETE FROM signup WHERE uuid = ?", (result.acked[-1]["uuid"],))
    conn.close()
    with pytest.raises(AssertionError, match="missing|without a sign-up"):
        check_kit(data, result.acked)


def test_the_checker_notices_a_changed_field(tmp_path):
    data = tmp_path / "data"
    prepare_kit(data)
    result = run_round(data, 9, random.Random(1), max_wait_s=0.8)
    while not result.acked:
        result = run_round(data, 10, random.Random(2), max_wait_s=0.8)
    conn = sqlite3.connect(data / "outreach-kit.sqlite3")
    with conn:
        conn.execute("UPDATE contact SET postal_code = 'XXXXX' WHERE id = "
                     "(SELECT contact_id FROM signup WHERE uuid = ?)", (result.acked[0]["uuid"],))
    conn.close()
    with pytest.raises(AssertionError, match="stored differently"):
        check_kit(data, result.acked)
