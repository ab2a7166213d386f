"""benchmarks/latency.py still runs (a benchmark is not a test: nothing here reads a time).

The tiniest run of the parts that need no key derivation: a sign-up, a language switch and a
search keystroke, each against its floor, and the table with a verdict for each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "latency.py"


def test_the_latency_benchmark_runs_and_gives_a_verdict_for_each_figure():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--only", "signup,language,search", "--tries", "1",
         "--contacts", "30"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    table = done.stdout.split("\n\n")[-2].splitlines()  # the table printed at the end
    figures = [line for line in table if " ms" in line]
    assert [line.split(" (")[0] for line in figures] == [
        "Sign up pressed -> thank-you painted", "language pressed -> form repainted",
        "search keystroke -> letter painted", "search keystroke -> table painted"]
    assert all(line.rstrip().endswith(("MET", "MISSED")) for line in figures)
