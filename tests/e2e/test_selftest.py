"""`outreach-kit --self-test` from the source tree: every check passes and is printed.

The run gets a fake HOME and XDG dirs, so the test can prove the self-test never creates the
user's real data or log dir.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from kit.selftest import CHECKS
from tests.kit_fixtures import outreach_kit_executable


def run_self_test(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OUTREACH_KIT_HOME"}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_STATE_HOME=str(tmp_path / "xdg-state"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
    )
    return subprocess.run(
        [outreach_kit_executable(), "--self-test"], capture_output=True, text=True,
        encoding="utf-8", env=env, timeout=180, stdin=subprocess.DEVNULL,
    )


def test_self_test_passes_and_prints_every_check(tmp_path):
    done = run_self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _check, _needs in CHECKS:
        assert any(line.strip().startswith(f"ok    {name}: ") for line in lines), (name, done.stdout)
    assert lines[-1] == f"Self-test passed: {len(CHECKS)} ok, 0 failed, 0 skipped"
    versions = next(line for line in lines if "versions:" in line)
    for part in ("outreach-kit 0.", "Python 3.", "SQLite 3.", "reportlab ", "Qt (PySide6) 6."):
        assert part in versions
    # zxing-cpp is a dev dependency, so from the source tree the QR code is really decoded.
    flyer = next(line for line in lines if "flyer PDF:" in line)
    assert "decoded" in flyer and "QR code" in flyer


def test_self_test_never_touches_the_real_data_or_log_dir(tmp_path):
    done = run_self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (tmp_path / "xdg-data" / "outreach-kit").exists()
    assert not (tmp_path / "xdg-state" / "outreach-kit").exists()
    assert not (tmp_path / "home" / ".local" / "share" / "outreach-kit").exists()
