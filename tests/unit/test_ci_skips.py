"""Under CI=true no test skips unseen: a missing part fails the test (tests.parts.require_part)
and a skip whose reason is not on tests.parts.ALLOWED_CI_SKIPS fails the run (issue 22)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.parts import ALLOWED_CI_SKIPS

REPO = Path(__file__).resolve().parents[2]
TESTS = '''
import pytest
from tests.parts import require_part

def test_runs():
    pass

def test_a_missing_part():
    require_part("a frobnicator", "frob not installed")

def test_skips_for_{kind}():
    pytest.skip({reason!r})
'''


def run_pytest(tmp_path: Path, *, ci: bool, kind: str, reason: str) -> subprocess.CompletedProcess:
    test_file = tmp_path / "test_sample.py"
    test_file.write_text(TESTS.format(kind=kind, reason=reason), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = "true"
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-p", "no:xdist", "-q", "-ra", "--rootdir", str(tmp_path), str(test_file)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_locally_a_missing_part_skips_with_its_reason(tmp_path):
    done = run_pytest(tmp_path, ci=False, kind="anything", reason="whatever")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "needs a frobnicator: frob not installed" in done.stdout
    assert "1 passed, 2 skipped" in done.stdout


def test_under_ci_a_missing_part_fails_and_an_unlisted_skip_fails_the_run(tmp_path):
    done = run_pytest(tmp_path, ci=True, kind="no_reason_listed", reason="flaky, maybe")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED" in done.stdout and "CI must provide this part" in done.stdout
    assert "skipped under CI=true" in done.stdout
    assert "test_skips_for_no_reason_listed: flaky, maybe" in done.stdout


def test_under_ci_a_skip_on_the_allow_list_passes(tmp_path):
    allowed = next(iter(ALLOWED_CI_SKIPS))
    done = run_pytest(tmp_path, ci=True, kind="allowed", reason=f"x: {allowed}")
    assert "skipped under CI=true" not in done.stdout, done.stdout
    assert "1 failed, 1 passed, 1 skipped" in done.stdout  # only the missing part fails


@pytest.mark.parametrize("reason", sorted(ALLOWED_CI_SKIPS))
def test_every_allowed_skip_says_why(reason):
    assert len(ALLOWED_CI_SKIPS[reason]) > 20
