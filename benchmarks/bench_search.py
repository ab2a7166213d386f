"""Benchmark: contact search (first 50 matches of a substring) over 100,000 contacts.

`search_contacts(kit, query)` (with what the volunteer table shows of each contact's sign-ups:
interests, events, number of visits) versus the floor, measured in the same run on the same
database: raw sqlite3 `SELECT ... WHERE name/email/phone/zip LIKE '%q%' ORDER BY id DESC LIMIT 50`.
Target: median ratio <= 3x for each query. Queries range from very common to rare.

    uv run python benchmarks/bench_search.py [--contacts 100000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_signup import populate  # noqa: E402

from kit.services.contacts import search_contacts  # noqa: E402
from kit.services.kit import open_kit  # noqa: E402

TARGET = 3.0
QUERIES = ("first1", "example.org", "Last9999", "55123", "+161200", "nobody-has-this")
RAW_SQL = (
    "SELECT * FROM contact WHERE (first_name || ' ' || last_name) LIKE ? ESCAPE '\\'"
    " OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' OR postal_code LIKE ? ESCAPE '\\'"
    " ORDER BY id DESC LIMIT 50"
)


def timed_in_turn(first, second, repeat: int) -> tuple[float, float]:
    """Medians of `first` and `second`, run one after the other `repeat` times (interleaved, so
    a busy moment of the machine slows both)."""
    first()
    second()  # warm
    a, b = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        first()
        a.append(time.perf_counter() - start)
        start = time.perf_counter()
        second()
        b.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        data = Path(tmp) / "data"
        populate(data, args.contacts)
        kit = open_kit(data)
        raw = sqlite3.connect(data / "outreach-kit.sqlite3")
        print(f"{'query':<18}{'service ms':>12}{'raw ms':>10}{'ratio':>8}{'hits':>6}")
        try:
            for query in QUERIES:
                pattern = f"%{query}%"
                hits = len(search_contacts(kit, query))
                raw_hits = len(raw.execute(RAW_SQL, (pattern,) * 4).fetchall())
                assert hits == raw_hits, (query, hits, raw_hits)
                service, floor = timed_in_turn(
                    lambda q=query: search_contacts(kit, q),
                    lambda p=pattern: raw.execute(RAW_SQL, (p,) * 4).fetchall(), args.repeat)
                ratio = service / floor
                worst = max(worst, ratio)
                print(f"{query:<18}{service * 1000:>12.3f}{floor * 1000:>10.3f}{ratio:>7.2f}x{hits:>6}")
        finally:
            raw.close()
            kit.close()
    print(f"worst ratio {worst:.2f}x (target <= {TARGET}x)   {'MET' if worst <= TARGET else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
