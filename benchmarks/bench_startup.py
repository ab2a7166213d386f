"""Benchmark: start-up of the whole `outreach-kit --smoke` process (first paint, then exit 0).

Floor, measured in the same run: a bare PySide6 script that opens a window with the same kind
and number of inputs (6 line edits, a note box, 2 check boxes and a button) and exits after its
first paint. Median of repeated runs of each, interleaved. Target: ratio <= 1.3x.
The data dir already holds an event, so the smoke run shows the kiosk form, not the first-run
dialog. Runs offscreen (QT_QPA_PLATFORM=offscreen).

    uv run python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.3
BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit,
                               QPushButton, QWidget)

app = QApplication(sys.argv)
window = QWidget()
form = QFormLayout(window)
for label in ("First name", "Last name", "Email", "Phone", "ZIP code", "Interests"):
    form.addRow(label, QLineEdit())
form.addRow("Note", QPlainTextEdit())
form.addRow(QCheckBox("Email me"))
form.addRow(QCheckBox("Text me"))
form.addRow(QPushButton("Sign up"))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

painted = FirstPaint()
window.installEventFilter(painted)
window.resize(900, 700)
window.show()
sys.exit(app.exec())
"""


def run(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A user's machine caches bytecode; with PYTHONDONTWRITEBYTECODE set (as in some CI and
    # sandbox shells) every run recompiles peewee, phonenumbers... from source (peewee alone
    # ~170 ms), which measures the shell, not the app. The warm-up run below writes the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    script = Path(sys.executable).parent / "outreach-kit"
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data = Path(tmp) / "data"
        subprocess.run([str(script), "--data-dir", str(data), "event", "add", "Benchmark table"],
                       env=env, check=True, capture_output=True)
        bare = Path(tmp) / "bare_window.py"
        bare.write_text(BARE_WINDOW, encoding="utf-8")
        smoke_cmd = [str(script), "--data-dir", str(data), "--smoke"]
        bare_cmd = [sys.executable, str(bare)]
        run(smoke_cmd, env), run(bare_cmd, env)  # warm the file cache for both
        smoke, floor = [], []
        for _ in range(args.runs):
            smoke.append(run(smoke_cmd, env))
            floor.append(run(bare_cmd, env))
    s, f = statistics.median(smoke), statistics.median(floor)
    runs = ", ".join(f"{x * 1000:.0f}" for x in smoke)
    print(f"outreach-kit --smoke   median {s * 1000:8.1f} ms   (runs: {runs})")
    print(f"bare PySide6 window    median {f * 1000:8.1f} ms   (floor)")
    print(f"ratio {s / f:.2f}x (target <= {TARGET}x)   {'MET' if s / f <= TARGET else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
