"""Run every benchmark in turn and print each one's figures: `uv run python benchmarks/run_all.py`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The quick ones; bench_bundle.py (needs a built bundle), bench_long_event.py and crash_soak.py
# take minutes and run on their own.
BENCHMARKS = (
    "bench_startup.py", "bench_signup.py", "bench_search.py", "bench_handouts.py",
    "bench_handout_cli.py", "bench_export.py", "bench_import.py", "bench_sync.py",
    "bench_unlock.py", "bench_volunteer.py", "bench_phones.py",
)


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / name)], cwd=HERE.parent)
        if done.returncode != 0:
            failed.append(name)
        print(flush=True)
    if failed:
        print("failed to run: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
