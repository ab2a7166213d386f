"""Parts of the machine some tests need (CUPS, Xvfb, LibreOffice, a Secret Service …), and what
happens when one is missing: locally the test skips and says which part and why; under
CI=true, where .ci/run installs every part, it fails. A CI run that skips anything not on
ALLOWED_CI_SKIPS fails as a whole (tests/conftest.py), so no test stops running there unseen.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def under_ci() -> bool:
    """True in CI (CI=true, as GitHub Actions, GitLab and .ci/run's callers set it)."""
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def require_part(name: str, reason: str) -> NoReturn:
    """The part `name` is missing for `reason`: skip here, fail under CI=true."""
    message = f"needs {name}: {reason}"
    if under_ci():
        pytest.fail(f"CI must provide this part (.ci/apt-packages, .ci/services): {message}",
                    pytrace=False)
    pytest.skip(message)


def require_tools(name: str, *tools: str, package: str = "") -> None:
    """Every command in `tools` is on PATH, or require_part(name) says which are not."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        hint = f" (apt-get install {package})" if package else ""
        require_part(name, f"{', '.join(missing)} not installed{hint}")


def require_xcb(name: str = "Qt's X11 (xcb) libraries") -> None:
    """Qt's xcb platform plugin loads here: without its system libraries Qt aborts the
    process (no Python runs after it), so a test starting Qt on an X display checks first."""
    from kit.ui.qt_libraries import xcb_plugin_path, xcb_plugin_problem

    plugin = xcb_plugin_path()
    if plugin is None:
        require_part(name, "PySide6 has no xcb platform plugin here")
    problem = xcb_plugin_problem(plugin)
    if problem:
        require_part(name, f"{problem} (see docs/development.md, 'Qt on Linux')")


# Skips that are right even in CI, each with why. A skip reason containing one of these texts
# passes the CI check; anything else that skips under CI=true fails the run.
ALLOWED_CI_SKIPS: dict[str, str] = {
    "SIGKILL is POSIX": "crash tests kill with SIGKILL; CI runs on Linux, so this is Windows only",
    "RLIMIT_FSIZE is POSIX": "the file-size-limit disk test; Windows only",
    "the packaging build runs only with OUTREACH_KIT_PACKAGING=1":
        "the build is .ci/run's second pass (OUTREACH_KIT_PACKAGING=1 uv run pytest tests/packaging)",
    "needs the build's own PYZ table of contents":
        "only when the release check is given a ready bundle (OUTREACH_KIT_BUNDLE)",
    "does not drop references to":
        "the control that proves a PySide6 bug: skipped on a Python/PySide6 without the bug",
    "this platform has no middle-click selection":
        "offscreen Qt has no selection; the X11 test beside it covers it under Xvfb",
    "the Windows installer check runs only with OUTREACH_KIT_WINDOWS=1":
        "the installer check is .ci/run's Windows pass (built and run under Wine), which says "
        "'ci: windows: ... SKIPPED' when the run's time budget has no room for it",
    "Windows' own behaviour":
        "run by the same Windows pass under the Windows Python in Wine "
        "(packaging/windows/unit-tests.sh, packaging/core-tests.txt)",
}


def allowed_in_ci(reason: str) -> bool:
    return any(text in reason for text in ALLOWED_CI_SKIPS)
