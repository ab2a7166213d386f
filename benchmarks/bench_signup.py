"""Benchmark: saving one sign-up through `record_signup` into a kit holding 100,000 contacts.

Floor, measured in the same run on a copy of the same database: a raw sqlite3 INSERT + COMMIT of
the same sign-up row with the same pragmas (WAL, synchronous=FULL). Both pay one fsync per
commit; the ratio shows what validation, the contact merge, the write gate and peewee add.
Target: p50 ratio <= 3x. Prints p50 and p99 of both. The two run in turn, one sign-up each,
so a busy moment of the machine slows both alike.

    uv run python benchmarks/bench_signup.py [--contacts 100000] [--rounds 300]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kit.domain.signup import SignupForm  # noqa: E402
from kit.services.events import create_event  # noqa: E402
from kit.services.kit import open_kit  # noqa: E402
from kit.services.signups import record_signup  # noqa: E402

TARGET = 3.0


def populate(data_dir: Path, contacts: int) -> None:
    """A kit with one event and `contacts` contacts, each with one sign-up (raw SQL, fast)."""
    kit = open_kit(data_dir)
    event = create_event(kit, "Benchmark table", "Minneapolis", "2026-06-14")
    kit.close()
    conn = sqlite3.connect(data_dir / "outreach-kit.sqlite3")
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-06-14 15:00:00"
    with conn:
        conn.executemany(
            "INSERT INTO contact (uuid, first_name, last_name, email, phone, postal_code, note,"
            " consent_email, consent_sms, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '', 1, 0, ?, ?)",
            (
                (str(uuid.uuid4()), f"First{i}", f"Last{i}", f"person{i}@example.org",
                 f"+1612{i:07d}", f"{55000 + i % 1000:05d}", now, now)
                for i in range(contacts)
            ),
        )
        conn.executemany(
            "INSERT INTO signup (uuid, contact_id, event_id, created_at, interests, consent_email,"
            " consent_email_text, consent_sms, consent_sms_text)"
            " VALUES (?, ?, ?, ?, '[]', 1, 'Email me.', 0, 'Text me.')",
            ((str(uuid.uuid4()), i + 1, event.id, now) for i in range(contacts)),
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def service_signup(kit, n: int) -> float:
    """Seconds for one record_signup (a new person; every tenth shares a phone)."""
    form = SignupForm(
        first_name="Ayesha", last_name="Khan", email=f"new{uuid.uuid4().hex}@example.org",
        phone=f"612-624-{n % 10000:04d}", postal_code="55406", interests=("volunteer",),
        consent_email=True, note="benchmark",
    )
    start = time.perf_counter()
    record_signup(kit, form)
    return time.perf_counter() - start


def raw_connection(data_dir: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(data_dir / "outreach-kit.sqlite3", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


INTERESTS = json.dumps(["volunteer"])


def raw_signup(conn: sqlite3.Connection) -> float:
    """Seconds for the floor: BEGIN IMMEDIATE, INSERT contact, INSERT signup, COMMIT."""
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    cur = conn.execute(
        "INSERT INTO contact (uuid, first_name, last_name, email, phone, postal_code, note,"
        " consent_email, consent_sms, created_at, updated_at)"
        " VALUES (?, 'Ayesha', 'Khan', ?, '+16126245000', '55406', 'benchmark', 1, 0, ?, ?)",
        (str(uuid.uuid4()), f"raw{uuid.uuid4().hex}@example.org", "2026-06-14 15:00:00",
         "2026-06-14 15:00:00"),
    )
    conn.execute(
        "INSERT INTO signup (uuid, contact_id, event_id, created_at, interests, note,"
        " consent_email, consent_email_text, consent_sms, consent_sms_text, source)"
        " VALUES (?, ?, 1, ?, ?, 'benchmark', 1, 'Email me.', 0, 'Text me.', 'kiosk')",
        (str(uuid.uuid4()), cur.lastrowid, "2026-06-14 15:00:00", INTERESTS),
    )
    conn.execute("COMMIT")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-signup-") as tmp:
        base = Path(tmp) / "base"
        t0 = time.perf_counter()
        populate(base, args.contacts)
        print(f"populated {args.contacts:,} contacts in {time.perf_counter() - t0:.1f} s")
        service_dir, raw_dir = Path(tmp) / "service", Path(tmp) / "raw"
        shutil.copytree(base, service_dir)
        shutil.copytree(base, raw_dir)
        kit, conn = open_kit(service_dir), raw_connection(raw_dir)
        try:
            for n in range(5):  # warm both (page cache, imports)
                service_signup(kit, n)
                raw_signup(conn)
            # Interleaved, one of each in turn: a busy moment of the machine slows both.
            service, raw = [], []
            for n in range(args.rounds):
                service.append(service_signup(kit, n))
                raw.append(raw_signup(conn))
        finally:
            kit.close()
            conn.close()
    ms = 1000
    s50, s99 = percentile(service, 0.5) * ms, percentile(service, 0.99) * ms
    r50, r99 = percentile(raw, 0.5) * ms, percentile(raw, 0.99) * ms
    ratio = s50 / r50
    mean = statistics.mean(service) * ms
    print(f"record_signup   p50 {s50:7.3f} ms   p99 {s99:7.3f} ms   mean {mean:7.3f} ms")
    print(f"raw sqlite3     p50 {r50:7.3f} ms   p99 {r99:7.3f} ms   (floor: INSERT + COMMIT, WAL, FULL)")
    print(f"ratio p50 {ratio:.2f}x (target <= {TARGET}x)   ratio p99 {s99 / r99:.2f}x   "
          f"{'MET' if ratio <= TARGET else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
