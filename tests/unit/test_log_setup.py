"""Logging set-up: what is logged before the log file is open (the desktop app opens it after
the window's first paint) is kept and written there once it is; the file is private."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import logging, sys
from kit.logsetup import configure_logging, hold_early_records
from kit.paths import resolve_paths

hold_early_records()
log = logging.getLogger("kit.probe")
log.info("held info line")
log.warning("held warning line")
assert "logging.handlers" not in sys.modules, "imported before the log file was wanted"
print("before configuring", file=sys.stderr, flush=True)
configure_logging(resolve_paths(sys.argv[1]).ensure())
log.info("later info line")
"""


def test_lines_logged_before_the_file_is_open_reach_it_and_warnings_reach_stderr(tmp_path):
    data = tmp_path / "data"
    done = subprocess.run([sys.executable, "-c", PROBE, str(data)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    log_file = data / "logs" / "outreach-kit.log"
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "held info line", "held warning line", "later info line"]
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    # The warning waits with the rest (it is shown once logging is set up), the info stays out.
    assert done.stderr.splitlines() == ["before configuring", "outreach-kit: held warning line"]
