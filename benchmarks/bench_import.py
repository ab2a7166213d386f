"""CSV import of N rows into an empty kit, against a floor measured in the same run, interleaved.

    uv run python benchmarks/bench_import.py [--rows 20000] [--rounds 3]

The file: names, email, phone typed as people type it (`(612) 555-0123`), ZIP, email and text
consent, interests, like an Excel-saved sign-up sheet.

Floor: what any importer of this file must do, done as plainly as possible: read it with the csv
module, validate with the same libraries the kit uses (email-validator offline, phonenumbers
parse + is_valid + E.164) and insert a contact and a sign-up per row with plain sqlite3 INSERTs
in transactions of the same batch size as the importer (WAL, synchronous=FULL, as the store).
Measured: `plan_import` + `run_import` (the whole CLI path minus process start), into a fresh
kit each round. Rounds alternate floor and import; the best of each is compared.
Target (issue 17): import <= 2x the floor.

With --kiosk, one more import runs while a second process records kiosk sign-ups into the same
kit in a loop (bench_bundle_import's kiosk), and the kiosk's longest wait is printed next to its
longest wait with no import running. Target: under 0.5 s (one batch, never the whole import).
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kit.services.events import create_event  # noqa: E402
from kit.services.imports import BATCH_ROWS, plan_import, run_import  # noqa: E402
from kit.services.kit import open_kit  # noqa: E402

TARGET = 2.0
HEADER = ["First name", "Last name", "Email", "Phone", "ZIP code", "Email consent",
          "Text consent", "Interests"]
INTERESTS = ["Volunteer with us", "Events and actions; News and updates", "", "reading-group"]


def write_sheet(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow([f"First{i}", f"Last{i}", f"person{i}@example.org",
                             f"(612) 555-{i % 10000:04d}", f"{55400 + i % 100}",
                             "yes" if i % 2 else "no", "yes" if i % 3 == 0 else "no",
                             INTERESTS[i % 4]])


def floor_import(sheet: Path, database: Path) -> int:
    """Read, validate with the same libraries, insert in batches: the least an import does."""
    import email_validator
    import phonenumbers

    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, first_name TEXT,"
                 " last_name TEXT, email TEXT UNIQUE, phone TEXT, postal_code TEXT,"
                 " consent_email INT, consent_sms INT)")
    conn.execute("CREATE INDEX contact_phone ON contact (phone)")
    conn.execute("CREATE TABLE signup (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, contact_id INT,"
                 " interests TEXT, consent_email INT, consent_sms INT)")
    conn.execute("CREATE INDEX signup_contact ON signup (contact_id)")
    done = 0
    batch: list[tuple] = []

    def flush() -> None:
        conn.execute("BEGIN IMMEDIATE")
        for row in batch:
            contact_id = conn.execute(
                "INSERT INTO contact (uuid, first_name, last_name, email, phone, postal_code,"
                " consent_email, consent_sms) VALUES (?,?,?,?,?,?,?,?)", row[:8]).lastrowid
            conn.execute("INSERT INTO signup (uuid, contact_id, interests, consent_email,"
                         " consent_sms) VALUES (?,?,?,?,?)",
                         (row[8], contact_id, row[9], row[6], row[7]))
        conn.execute("COMMIT")
        batch.clear()

    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for first, last, email, phone, zip_code, ok_email, ok_sms, interests in reader:
            address = email_validator.validate_email(
                email, check_deliverability=False, allow_smtputf8=True).normalized.lower()
            number = phonenumbers.parse(phone, "US")
            assert phonenumbers.is_valid_number(number)
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            tags = json.dumps([t.strip() for t in interests.split(";") if t.strip()])
            batch.append((str(uuid.uuid4()), first.strip(), last.strip(), address, e164,
                          zip_code.strip(), ok_email == "yes", ok_sms == "yes",
                          str(uuid.uuid4()), tags))
            done += 1
            if len(batch) >= BATCH_ROWS:
                flush()
    if batch:
        flush()
    conn.close()
    return done


LONGEST_BATCH = [0.0]


def _time_batches() -> None:
    """Record the longest write transaction of the import: the most a kiosk's sign-up, saved at
    the same moment, can wait (the importer writes in short batches; kit.services.imports)."""
    from kit.services import imports

    original = imports._Importer._write_batch

    def timed(self, batch, outcomes):
        start = time.perf_counter()
        try:
            return original(self, batch, outcomes)
        finally:
            LONGEST_BATCH[0] = max(LONGEST_BATCH[0], time.perf_counter() - start)

    imports._Importer._write_batch = timed


def kit_import(sheet: Path, root: Path) -> tuple[int, int]:
    kit = open_kit(root)
    try:
        create_event(kit, "Imported sheet", date="2026-06-14")
        report = run_import(kit, plan_import(sheet))
        return report.imported, len(report.errors)
    finally:
        kit.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kiosk", action="store_true",
                        help="also measure a concurrent kiosk's longest wait during an import")
    parser.add_argument("--memory", action="store_true",
                        help="also trace the import's peak Python memory (slower)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        root = Path(tmp)
        sheet = root / "sheet.csv"
        write_sheet(sheet, args.rows)
        _time_batches()
        floors, imports = [], []
        for round_ in range(args.rounds):  # interleaved: floor, import, floor, import...
            start = time.perf_counter()
            assert floor_import(sheet, root / f"floor{round_}.sqlite") == args.rows
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            imported, errors = kit_import(sheet, root / f"kit{round_}")
            imports.append(time.perf_counter() - start)
            assert (imported, errors) == (args.rows, 0), (imported, errors)
        floor, took = min(floors), min(imports)
        ratio = took / floor
        print(f"rows: {args.rows:,}; rounds: {args.rounds} (interleaved, best of each)")
        print(f"floor (csv + email-validator + phonenumbers + sqlite3 batches): {floor:.2f} s "
              f"({args.rows / floor:,.0f} rows/s)")
        print(f"import (plan_import + run_import):                          {took:.2f} s "
              f"({args.rows / took:,.0f} rows/s)")
        print(f"ratio import/floor: {ratio:.2f}x (target <= {TARGET:.1f}x) "
              f"{'MET' if ratio <= TARGET else 'MISSED'}")
        print(f"longest write transaction (a concurrent kiosk sign-up waits at most this): "
              f"{LONGEST_BATCH[0] * 1000:.0f} ms for {BATCH_ROWS} rows")
        if args.kiosk:
            from bench_bundle_import import TARGET_S, kiosk_waits

            shared = root / "kit-kiosk"
            kit = open_kit(shared)
            create_event(kit, "Imported sheet", date="2026-06-14")
            floor_waits, _ = kiosk_waits(shared, "floor", during=lambda: time.sleep(5))

            def run() -> None:
                assert run_import(kit, plan_import(sheet)).imported == args.rows

            waits, _ = kiosk_waits(shared, "during", during=run)
            kit.close()
            # The first save of each kiosk process loads the validators: left out of both.
            alone, during = max(floor_waits[1:]), max(waits[1:])
            print(f"kiosk sign-up, longest wait: {alone * 1000:.0f} ms alone (floor), "
                  f"{during * 1000:.0f} ms during the import ({len(waits)} sign-ups); "
                  f"target < {TARGET_S} s {'MET' if during < TARGET_S else 'MISSED'}")
        if args.memory:
            tracemalloc.start()
            kit_import(sheet, root / "kit-memory")
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"import peak Python memory: {peak / 1e6:.1f} MB for {args.rows:,} rows")


if __name__ == "__main__":
    main()
