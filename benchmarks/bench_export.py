"""Export of 100,000 contacts, compared with a floor measured in the same run (interleaved).

    uv run python benchmarks/bench_export.py [--contacts N]

Export floor: a raw sqlite3 cursor and the csv module writing the same columns (names, email,
phone, ZIP, consent, interests and event names joined, note, sign-up count, timestamps, UUID)
with no records, no formula protection. Target: the service at most 1.5x the floor.
CSV import has its own benchmark with its own floor: benchmarks/bench_import.py.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kit.services.events import create_event  # noqa: E402
from kit.services.exports import export_contacts  # noqa: E402
from kit.services.kit import open_kit  # noqa: E402

INTERESTS = (["volunteer"], ["events", "newsletter"], [], ["reading-group"])


def seed(database: Path, count: int, event_id: int) -> None:
    """Bulk-insert `count` contacts with one sign-up each, straight through sqlite3."""
    conn = sqlite3.connect(database)
    now = dt.datetime(2026, 6, 14, 12, 0)
    contacts, signups = [], []
    for i in range(count):
        when = str(now + dt.timedelta(seconds=i))
        contacts.append((i + 1, str(uuid.uuid4()), f"First{i}", f"Last{i}", f"p{i}@example.org",
                         f"+1612555{i % 10000:04d}", "55406", "", i % 2, i % 3 == 0, when, when))
        signups.append((str(uuid.uuid4()), i + 1, event_id, when,
                        json.dumps(INTERESTS[i % 4]), "", i % 2, "Yes, email me.", i % 3 == 0,
                        "Yes, text me."))
    with conn:
        conn.executemany("INSERT INTO contact (id, uuid, first_name, last_name, email, phone, "
                         "postal_code, note, consent_email, consent_sms, created_at, updated_at) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", contacts)
        conn.executemany("INSERT INTO signup (uuid, contact_id, event_id, created_at, interests, "
                         "note, consent_email, consent_email_text, consent_sms, consent_sms_text) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?)", signups)
    conn.close()


def floor_export(database: Path, out: Path) -> int:
    """The same columns with a raw cursor and the csv module: the fastest honest baseline."""
    conn = sqlite3.connect(database)
    rows = conn.execute(
        "SELECT c.first_name, c.last_name, c.email, c.phone, c.postal_code, c.consent_email, "
        "c.consent_sms, group_concat(s.interests, ';'), group_concat(e.name, '; '), c.note, "
        "count(s.id), c.created_at, c.updated_at, c.uuid FROM contact c "
        "JOIN signup s ON s.contact_id = c.id JOIN event e ON e.id = s.event_id "
        "GROUP BY c.id ORDER BY c.id")
    n = 0
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["First name", "Last name", "Email", "Phone", "ZIP code", "Email consent",
                         "Text message consent", "Interests", "Events", "Note", "Sign-ups",
                         "Created (UTC)", "Updated (UTC)", "Contact UUID"])
        for row in rows:
            writer.writerow(row)
            n += 1
    conn.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    count = parser.parse_args().contacts
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        root = Path(tmp)
        kit = open_kit(root / "source")
        event = create_event(kit, "Benchmark table", date="2026-06-14")
        start = time.perf_counter()
        seed(kit.paths.database, count, event.id)
        print(f"seeded {count:,} contacts in {time.perf_counter() - start:.2f} s")

        floor_times, service_times = [], []
        for _ in range(3):  # best of three for both, in alternation, to tame noise
            start = time.perf_counter()
            assert floor_export(kit.paths.database, root / "floor.csv") == count
            floor_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert export_contacts(kit, "csv", root / "service.csv").count == count
            service_times.append(time.perf_counter() - start)
        floor, service = min(floor_times), min(service_times)
        print(f"export csv  floor (sqlite3 + csv): {floor:.3f} s")
        print(f"export csv  service:               {service:.3f} s")
        ratio = service / floor
        print(f"ratio service/floor: {ratio:.2f}x (target <= 1.5x) "
              f"{'MET' if ratio <= 1.5 else 'MISSED'}")
        kit.close()


if __name__ == "__main__":
    main()
