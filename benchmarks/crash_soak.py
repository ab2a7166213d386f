"""Crash soak: SIGKILL a sign-up writer N times at random moments and check every invariant.

    uv run python benchmarks/crash_soak.py --rounds 200 [--seed S] [--max-wait 1.5] [--keep DIR]

Each round starts a child that records sign-ups through the real `record_signup` and prints
each acknowledged UUID after its commit; the parent kills it (sometimes while it is still
opening the kit, mostly while it writes) and then checks: every acknowledged sign-up present
with every field as sent, no torn transaction (contact, sign-up and outbox row together),
`PRAGMA integrity_check` ok, every backup sound, and the kit opens again. The harness is
tests/faults/crash_harness.py (the test suite runs 20 rounds of it). Exit 1 on the first
broken invariant, with the seed to repeat the run.

What this does not simulate: a power cut. A SIGKILL loses the process, not the operating
system's cache; power-loss safety rests on synchronous=FULL (checked on every connection).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.faults.crash_harness import soak  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-wait", type=float, default=1.5,
                        help="longest time a writer runs before its kill (seconds)")
    parser.add_argument("--keep", metavar="DIR", help="use (and keep) this data dir")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    holder = None
    if args.keep:
        data_dir = Path(args.keep)
    else:
        holder = tempfile.TemporaryDirectory(prefix="kit-crash-soak-")
        data_dir = Path(holder.name) / "data"
    started = time.monotonic()
    kill_times: list[float] = []

    def progress(number, result, counts) -> None:
        kill_times.append(result.killed_after_s)
        if (number + 1) % 20 == 0:
            print(f"  round {number + 1:>4}: {counts['stored']:>6} sign-ups stored, "
                  f"{counts['backups']} backups, all checks ok", flush=True)

    print(f"Crash soak: {args.rounds} rounds, seed {args.seed if args.seed is not None else seed}, "
          f"data dir {data_dir}")
    try:
        stats = soak(data_dir, args.rounds, seed, max_wait_s=args.max_wait, progress=progress)
    except AssertionError as failure:
        print(f"FAILED after {time.monotonic() - started:.0f} s: {failure}")
        print(f"Repeat with: --seed {seed}")
        return 1
    finally:
        if holder is not None and not args.keep:
            holder.cleanup()
    elapsed = time.monotonic() - started
    print()
    print("Summary")
    print(f"  rounds (kills)               {stats.rounds}")
    print(f"    killed while starting      {stats.killed_starting}")
    print(f"    killed while writing       {stats.killed_writing}")
    print(f"  acknowledged sign-ups        {stats.acked}  (all present, all fields as sent)")
    print(f"  committed, not acknowledged  {stats.unacknowledged_but_stored}  "
          "(killed between commit and the screen)")
    print(f"  backups checked at the end   {stats.backups_seen}")
    print("  integrity_check              ok after every kill")
    print("  torn transactions            0")
    print(f"  kill moment                  {min(kill_times):.2f}-{max(kill_times):.2f} s after start")
    print(f"  wall time                    {elapsed:.0f} s, seed {seed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
