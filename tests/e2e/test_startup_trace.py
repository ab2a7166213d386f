"""The start-up trace: OUTREACH_KIT_TRACE_STARTUP=1 prints each start-up step's time to stderr,
ending with the first paint; without it, nothing is printed."""

from __future__ import annotations

import re

STEP = re.compile(r"^startup +(\d+\.\d) ms  \(\+ *(\d+\.\d)\)  (.+)$")


def test_the_trace_names_each_step_in_order_up_to_the_first_paint(cli):
    assert cli("event", "add", "Fair").returncode == 0
    traced = cli("--smoke", env={"OUTREACH_KIT_TRACE_STARTUP": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert traced.returncode == 0, traced.stderr
    steps = [STEP.match(line) for line in traced.stderr.splitlines() if line.startswith("startup")]
    assert all(steps) and [m.group(3) for m in steps] == [
        "run_app", "application and theme", "kit checked and opened", "main window imported",
        "main window built", "first paint"]
    times = [float(m.group(1)) for m in steps]
    assert times == sorted(times) and times[0] > 0
    quiet = cli("--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert quiet.returncode == 0 and "startup" not in quiet.stderr
