"""Kill-the-writer crash harness, after SQLite's own crash tests.

A child process (started with `sys.executable -m tests.faults.crash_harness child DIR SEED`)
opens the kit and records sign-ups through the real `record_signup`, in a loop, and prints one
line per acknowledged sign-up (`ACK <json>`) *after* `record_signup` returned, i.e. after the
commit, flushing at once: those are exactly the sign-ups a screen would have thanked. Now and
then it also takes a backup, so that kills land inside backups too.

The parent (`run_round`) reads those lines and SIGKILLs the child at a random moment: sometimes
while it is still starting (opening the database, WAL recovery), mostly while it writes. After
every kill `check_kit` verifies the invariants:

- every acknowledged sign-up is present and whole: contact and sign-up fields equal what was
  sent (normalised), with the consent wording shown;
- every transaction is all-or-nothing: each sign-up has its outbox row, each contact a sign-up;
- `PRAGMA integrity_check` is `ok`, every listed backup passes quick_check;
- the kit opens again (the next round's child opens it, and so does the check itself).

Rounds share one data dir, so each round also recovers from the previous kill.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_NAME = "crash-outbox"
INTERESTS = ("volunteer", "events", "reading-group", "media")


# -- what the child sends -----------------------------------------------------------------------
def signup_fields(seed: int, n: int) -> dict:
    """Sign-up number `n` of child `seed`: already in normal form, so "as sent" is exact.

    Every one has its own email, so each acknowledged sign-up owns its contact and the contact's
    fields must equal exactly what this sign-up sent.
    """
    rng = random.Random(seed * 1_000_003 + n)
    with_phone = rng.random() < 0.6
    return {
        "first_name": rng.choice(["Amna", "Bilal", "Zoë", "Saima", "Omar", "Ishaan", "Nūr"]) + str(n),
        "last_name": rng.choice(["", "Bhat", "Dar", "Lone", "Mir", "O'Neil"]),
        "email": f"s{seed}-{n}@example.org",
        "phone": f"+1612555{rng.randrange(10_000):04d}" if with_phone else "",
        "postal_code": rng.choice(["", "55406", "55414"]),
        "interests": sorted(rng.sample(INTERESTS, rng.randrange(len(INTERESTS) + 1))),
        "consent_email": rng.random() < 0.7,
        "consent_sms": with_phone and rng.random() < 0.4,
        "note": rng.choice(["", "Bring flyers", "Line one\nline two", "x" * rng.randrange(900)]),
    }


def child_main(data_dir: str, seed: int, limit: int) -> int:
    """The writer: record sign-ups until killed (or `limit` reached), printing each ACK."""
    from kit.domain.signup import SignupForm
    from kit.services.kit import open_kit
    from kit.services.signups import record_signup

    kit = open_kit(data_dir)
    print("OPEN", flush=True)
    rng = random.Random(seed)
    for n in range(limit):
        fields = signup_fields(seed, n)
        receipt = record_signup(kit, SignupForm(**fields))
        # Only now, after the commit returned, may the screen say "thank you".
        sys.stdout.write("ACK " + json.dumps({"uuid": receipt.signup_uuid, "seed": seed, "n": n})
                         + "\n")
        sys.stdout.flush()
        if rng.random() < 0.02:
            kit.store.backup("crash-test")
            print("BACKUP", flush=True)
    kit.close()
    return 0


# -- the parent ---------------------------------------------------------------------------------
def prepare_kit(data_dir: Path) -> None:
    """An event to sign up for and an enabled sync target, so every sign-up also writes an outbox
    row in its transaction (more to tear apart)."""
    from kit.services.events import create_event
    from kit.services.kit import open_kit
    from kit.store.models import SyncTarget, utc_now

    kit = open_kit(data_dir)
    try:
        create_event(kit, "Crash test table", "Minneapolis", "2026-06-14")
        with kit.store.write():
            SyncTarget.create(name=TARGET_NAME, kind="webhook", base_url="https://example.invalid/",
                              created_at=utc_now())
    finally:
        kit.close()


@dataclass
class RoundResult:
    """One child's life: how many sign-ups it acknowledged and when it was killed."""

    acked: list[dict]
    killed_after_s: float
    phase: str  # "starting" or "writing"
    exit_code: int | None


@dataclass
class SoakStats:
    """Totals over many rounds."""

    rounds: int = 0
    acked: int = 0
    killed_starting: int = 0
    killed_writing: int = 0
    unacknowledged_but_stored: int = 0
    backups_seen: int = 0
    failures: list[str] = field(default_factory=list)


class Writer:
    """A running writer child and what it acknowledged so far (read by a thread)."""

    def __init__(self, data_dir: Path, seed: int, limit: int | None = None) -> None:
        env = {**os.environ,
               "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        command = [sys.executable, "-m", "tests.faults.crash_harness", "child", str(data_dir),
                   str(seed)] + ([str(limit)] if limit is not None else [])
        self.proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
        self.acked: list[dict] = []
        self.opened = threading.Event()
        self.started = time.monotonic()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("OPEN"):
                self.opened.set()
            # A line cut short by the kill was never a whole acknowledgement.
            elif line.startswith("ACK ") and line.endswith("\n"):
                self.acked.append(json.loads(line[4:]))

    def wait_for_acks(self, count: int, timeout: float = 60) -> list[dict]:
        """Block until `count` sign-ups are acknowledged; return a snapshot of them."""
        deadline = time.monotonic() + timeout
        while len(self.acked) < count:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the writer stopped early: {self.proc.stderr.read()[-2000:]}")
            time.sleep(0.005)
        return list(self.acked)

    def kill(self) -> int:
        """SIGKILL (if still running) and reap; returns the exit code."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=30)
        self._thread.join(timeout=10)
        if code not in (-signal.SIGKILL, 0):
            raise AssertionError(f"the writer child failed on its own (exit {code}):\n"
                                 f"{self.proc.stderr.read()[-3000:]}")
        self.proc.stderr.close()
        return code


def run_round(data_dir: Path, seed: int, rng: random.Random, *, max_wait_s: float = 1.5) -> RoundResult:
    """Start a writer child and SIGKILL it at a random moment; return what it acknowledged."""
    writer = Writer(data_dir, seed)
    # One round in six kills the child while it is still starting (imports, opening, WAL
    # recovery of the previous kill); the others once it writes, after a random delay.
    if rng.random() < 1 / 6:
        phase = "starting"
        time.sleep(rng.uniform(0.05, 0.6))
    else:
        phase = "writing"
        if not writer.opened.wait(timeout=30):
            writer.kill()
            raise AssertionError("the writer child never opened the kit")
        time.sleep(rng.uniform(0.0, max_wait_s))
    code = writer.kill()
    return RoundResult(writer.acked, time.monotonic() - writer.started, phase, code)


def check_kit(data_dir: Path, acked: list[dict]) -> dict:
    """Every invariant after a kill; raises AssertionError naming the first one broken.

    Returns counts for the soak summary.
    """
    from kit.domain.signup import SignupForm, validate_signup
    from kit.services.kit import open_kit
    from kit.store.backup import check_integrity, list_backups

    database = data_dir / "outreach-kit.sqlite3"
    # A plain connection first, before the kit opens it: integrity of the file exactly as the
    # kill left it (plus SQLite's own WAL recovery, which any reader performs).
    conn = sqlite3.connect(database)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        assert result == [("ok",)], f"integrity_check after a kill: {result[:5]}"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], "dangling references"
        target_id = conn.execute("SELECT id FROM sync_target WHERE name = ?", (TARGET_NAME,)
                                 ).fetchone()[0]
        signups = {
            row[0]: row for row in conn.execute(
                "SELECT s.uuid, c.first_name, c.last_name, c.email, c.phone, c.postal_code, "
                "c.note, c.consent_email, c.consent_sms, s.interests, s.note, s.consent_email, "
                "s.consent_sms, s.consent_email_text, s.consent_sms_text, s.source, "
                "(SELECT count(*) FROM outbox o WHERE o.signup_id = s.id AND o.target_id = ?) "
                "FROM signup s JOIN contact c ON c.id = s.contact_id", (target_id,))
        }
        orphan_contacts = conn.execute(
            "SELECT count(*) FROM contact c WHERE NOT EXISTS "
            "(SELECT 1 FROM signup s WHERE s.contact_id = c.id)").fetchone()[0]
        total_signups = conn.execute("SELECT count(*) FROM signup").fetchone()[0]
    finally:
        conn.close()
    assert orphan_contacts == 0, f"{orphan_contacts} contacts without a sign-up: a torn transaction"
    assert total_signups == len(signups), "a sign-up without its contact"
    torn = [uuid for uuid, row in signups.items() if row[-1] != 1]
    assert not torn, f"sign-ups without exactly one outbox row: {torn[:3]}"

    # The kit itself opens again (pragmas, schema); its pack gives the wording the form showed.
    kit = open_kit(data_dir)
    try:
        wording = kit.consent_wording()
        allowed = [tag for tag, _ in kit.interests()]
    finally:
        kit.close()
    for ack in acked:
        row = signups.get(ack["uuid"])
        assert row is not None, f"acknowledged sign-up {ack} is missing after a kill"
        sent = signup_fields(ack["seed"], ack["n"])
        clean = validate_signup(SignupForm(**sent), allowed_interests=allowed, wording=wording)
        expected = (
            clean.first_name, clean.last_name, clean.email, clean.phone or None, clean.postal_code,
            clean.note, int(clean.consent_email), int(clean.consent_sms),
            json.dumps(list(clean.interests), ensure_ascii=False), clean.note,
            int(clean.consent_email), int(clean.consent_sms), wording.email, wording.sms, "kiosk",
        )
        assert tuple(row[1:-1]) == expected, f"sign-up {ack} stored differently: {row[1:-1]}"

    backups = list_backups(data_dir / "backups")
    for backup in backups:
        assert check_integrity(backup.path, quick=True) == [], f"backup {backup.path} is damaged"

    return {"stored": len(signups), "backups": len(backups)}


def soak(data_dir: Path, rounds: int, seed: int, *, max_wait_s: float = 1.5,
         progress=None) -> SoakStats:
    """`rounds` kill rounds on one data dir, checking every invariant after each."""
    rng = random.Random(seed)
    stats = SoakStats()
    all_acked: list[dict] = []
    if not (data_dir / "outreach-kit.sqlite3").exists():
        prepare_kit(data_dir)
    for number in range(rounds):
        child_seed = seed * 100_000 + number
        result = run_round(data_dir, child_seed, rng, max_wait_s=max_wait_s)
        all_acked.extend(result.acked)
        stats.rounds += 1
        stats.acked += len(result.acked)
        if result.phase == "starting":
            stats.killed_starting += 1
        else:
            stats.killed_writing += 1
        try:
            counts = check_kit(data_dir, all_acked)
        except AssertionError as failure:
            stats.failures.append(f"round {number}: {failure}")
            raise
        stats.unacknowledged_but_stored = counts["stored"] - len(all_acked)
        stats.backups_seen = counts["backups"]
        if progress is not None:
            progress(number, result, counts)
    return stats


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "child":
        limit = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000
        sys.exit(child_main(sys.argv[2], int(sys.argv[3]), limit))
    print("usage: python -m tests.faults.crash_harness child DATA_DIR SEED [LIMIT]", file=sys.stderr)
    sys.exit(2)
