"""Test configuration shared by every test: offscreen Qt, and no test near the real data dir."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Qt reads this when the QApplication is created; set here so no one sets it by hand.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# A safety net: anything that forgets --data-dir lands in a throwaway folder, never the user's.
os.environ["OUTREACH_KIT_HOME"] = tempfile.mkdtemp(prefix="outreach-kit-tests-")
# ...and removed at the end, so no run leaves a folder (or what a test wrote into it) behind.
atexit.register(shutil.rmtree, os.environ["OUTREACH_KIT_HOME"], ignore_errors=True)
# Shared settings of Qt and other programs (QtProject.conf, whose folder history `wipe` cleans)
# live under XDG_CONFIG_HOME: a throwaway one too, so no test reads or edits the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="outreach-kit-tests-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "kit-hypothesis"))

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.parts import allowed_in_ci, under_ci  # noqa: E402

# In CI the same examples run every time, so a landing never depends on a lucky draw; locally
# hypothesis keeps exploring new inputs.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def print_queue() -> tuple[str, str]:
    """(queue, output folder) of the cups-pdf printer .ci/services/cups.sh sets up; skips
    locally without it, fails under CI=true."""
    from tests.unit.handout_helpers import cups_queue

    return cups_queue()


# -- under CI=true, no test skips unseen (tests/parts.py) --------------------------------------
_skipped: list[tuple[str, str]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        _skipped.append((report.nodeid, reason.removeprefix("Skipped: ")))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI=true a skip not on tests.parts.ALLOWED_CI_SKIPS fails the run (on the xdist
    controller, which receives every worker's reports)."""
    if not under_ci() or hasattr(session.config, "workerinput"):
        return
    unexpected = [(node, reason) for node, reason in _skipped if not allowed_in_ci(reason)]
    if unexpected:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("")
            reporter.write_sep("=", "skipped under CI=true (run them, or add the reason to "
                               "tests.parts.ALLOWED_CI_SKIPS with why)", red=True)
            for node, reason in unexpected:
                reporter.write_line(f"{node}: {reason}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
