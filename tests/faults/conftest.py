"""Fixtures for the fault-injection suite, and the opt-in switch for its slow tests.

Tests marked `@pytest.mark.slow` (long soaks, 100k-row databases) are skipped unless the
environment variable KIT_SLOW_TESTS=1 is set, or CI=true (CI runs them all: the 100,000-contact
corruption check takes ~10 s there):

    KIT_SLOW_TESTS=1 uv run pytest tests/faults
"""

from __future__ import annotations

import os

import pytest

from tests.kit_fixtures import *  # noqa: F401,F403
from tests.parts import under_ci

SLOW_ENV = "KIT_SLOW_TESTS"


@pytest.fixture(autouse=True)
def _real_application(request):
    """GUI fault tests run on an application set up like the real one (see kit_qapp)."""
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("kit_qapp")


def pytest_collection_modifyitems(config, items) -> None:
    if os.environ.get(SLOW_ENV) == "1" or under_ci():
        return
    skip = pytest.mark.skip(reason=f"slow: set {SLOW_ENV}=1 to run it")
    for item in items:
        if "slow" in item.keywords and "tests/faults/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    yield  # qtbot has closed the test's widgets (deleteLater) by now
    from tests.kit_fixtures import delete_closed_widgets

    delete_closed_widgets()
