"""The start-up trace: OUTREACH_KIT_TRACE_STARTUP=1 prints each start-up step's time to stderr;
without it, nothing is printed. With an event, the kiosk is painted from the starting kit and
the kit is opened after the first frame; on a first run it is opened before the window."""

from __future__ import annotations

import re

STEP = re.compile(r"^startup +(\d+\.\d) ms  \(\+ *(\d+\.\d)\)  (.+)$")


def test_the_trace_names_each_step_in_order_up_to_the_first_paint(cli):
    assert cli("event", "add", "Fair").returncode == 0
    traced = cli("--smoke", env={"OUTREACH_KIT_TRACE_STARTUP": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert traced.returncode == 0, traced.stderr
    steps = [STEP.match(line) for line in traced.stderr.splitlines() if line.startswith("startup")]
    assert all(steps) and [m.group(3) for m in steps] == [
        "run_app", "application and theme", "kit read for the first frame",
        "main window imported", "main window built", "first paint", "kit checked and opened",
        "ready for sign-ups"]
    times = [float(m.group(1)) for m in steps]
    assert times == sorted(times) and times[0] > 0
    quiet = cli("--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert quiet.returncode == 0 and "startup" not in quiet.stderr


def test_a_first_run_opens_the_kit_before_the_window(cli):
    traced = cli("--smoke", env={"OUTREACH_KIT_TRACE_STARTUP": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert traced.returncode == 0, traced.stderr
    steps = [STEP.match(line) for line in traced.stderr.splitlines() if line.startswith("startup")]
    assert all(steps) and [m.group(3) for m in steps] == [
        "run_app", "application and theme", "kit checked and opened", "main window imported",
        "main window built", "first paint"]


def test_the_trace_counts_from_the_launch_it_is_given(cli):
    import time

    assert cli("event", "add", "Fair").returncode == 0
    launched = time.monotonic() - 5.0  # as if launched five seconds ago
    traced = cli("--smoke", env={"OUTREACH_KIT_TRACE_STARTUP": "1", "QT_QPA_PLATFORM": "offscreen",
                                 "OUTREACH_KIT_TRACE_SINCE": repr(launched)})
    assert traced.returncode == 0, traced.stderr
    first = STEP.match(traced.stderr.splitlines()[0])
    assert first is not None and float(first.group(1)) > 5000


def test_the_first_frames_qt_free_modules_are_imported_before_pyside6(cli):
    """PySide6's import hook reads the source of every module imported after it (see
    kit.cli._import_before_qt): none of the kit's Qt-free modules may come between PySide6
    and the first paint."""
    import os
    import subprocess
    import sys

    assert cli("event", "add", "Fair").returncode == 0
    probe = ("import sys\nfrom kit.cli import main\n"
             "sys.exit(main(['--data-dir', sys.argv[1], '--smoke']))")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", probe, str(cli.data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "OUTREACH_KIT_TRACE_STARTUP": "1"},
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    qt = next(i for i, line in enumerate(lines)
              if "|" in line and line.rsplit("|", 1)[1].strip() == "PySide6.QtCore")
    painted = next(i for i, line in enumerate(lines) if line.endswith("  first paint"))
    late = [line.rsplit("|", 1)[1].strip() for line in lines[qt:painted] if "|" in line]
    assert [name for name in late
            if name.startswith("kit.") and not name.startswith("kit.ui.")] == []
