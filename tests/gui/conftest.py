"""Fixtures for the gui tests: every test runs on an application set up like the real one."""

import pytest

from tests.kit_fixtures import *  # noqa: F401,F403


@pytest.fixture(autouse=True)
def _real_application(kit_qapp):
    return kit_qapp
