"""Fixtures for the gui tests: every test runs on an application set up like the real one."""

import pytest

from tests.kit_fixtures import *  # noqa: F401,F403


@pytest.fixture(autouse=True)
def _real_application(kit_qapp):
    return kit_qapp


@pytest.fixture
def window(qtbot, kit_with_event):
    """The main window on a kit with an active event, shown at a laptop's 1366x768."""
    from kit.ui.shell.main_window import MainWindow

    win = MainWindow(kit_with_event)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    yield  # qtbot has closed the test's widgets (deleteLater) by now
    from tests.kit_fixtures import delete_closed_widgets

    delete_closed_widgets()
