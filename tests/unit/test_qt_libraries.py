"""A fresh machine without Qt's system libraries gets the README's apt line, not Qt's abort.

No Qt here: the failures are simulated (an import that raises, a plugin file that will not load).
"""

from __future__ import annotations

import importlib.abc
import sys

import pytest

from kit import cli
from kit.ui import qt_libraries
from tests.parts import require_part

MISSING_EGL = "libEGL.so.1: cannot open shared object file: No such file or directory"


class FailingImport(importlib.abc.MetaPathFinder):
    """Makes `import kit.ui.shell.app` fail the way it fails without libEGL."""

    def __init__(self, message: str) -> None:
        self.message = message

    def find_spec(self, name, path=None, target=None):
        if name == "kit.ui.shell.app":
            raise ImportError(self.message)
        return None


@pytest.fixture
def app_import_fails(monkeypatch):
    def fail_with(message: str) -> None:
        monkeypatch.delitem(sys.modules, "kit.ui.shell.app", raising=False)
        monkeypatch.setattr(sys, "meta_path", [FailingImport(message), *sys.meta_path])
    monkeypatch.setattr(qt_libraries, "will_use_xcb", lambda: False)
    return fail_with


def test_a_missing_library_at_import_prints_the_apt_line(app_import_fails, tmp_path, capsys):
    app_import_fails(MISSING_EGL)
    assert cli.main(["--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "libEGL.so.1" in err and qt_libraries.APT_LINE in err
    assert "Traceback" not in err


def test_another_import_error_is_not_blamed_on_the_machine(app_import_fails, tmp_path):
    app_import_fails("cannot import name 'run_app' from 'kit.ui.shell.app'")
    with pytest.raises(ImportError, match="run_app"):
        cli.main(["--data-dir", str(tmp_path / "data")])


def test_an_xcb_plugin_that_cannot_load_stops_before_qt(monkeypatch, tmp_path, capsys):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    reason = qt_libraries.xcb_plugin_problem(broken)
    assert reason  # dlopen says why it failed
    monkeypatch.setattr(qt_libraries, "will_use_xcb", lambda: True)
    monkeypatch.setattr(qt_libraries, "xcb_plugin_problem", lambda: "libxcb-cursor.so.0: cannot "
                        "open shared object file: No such file or directory")
    monkeypatch.setitem(sys.modules, "kit.ui.shell.app", None)  # Qt must not even be imported
    assert cli.main(["--smoke", "--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt-get install libxcb-cursor0" in err


def test_the_installed_xcb_plugin_loads_here():
    plugin = qt_libraries.xcb_plugin_path()
    if plugin is None:
        require_part("Qt's xcb plugin", "PySide6 has no xcb plugin on this platform")
    problem = qt_libraries.xcb_plugin_problem(plugin)
    if problem and "cannot open shared object file" not in problem and "too short" not in problem:
        raise AssertionError(problem)  # not a library missing from the machine: a real fault
    if problem:
        require_part("Qt's X11 (xcb) libraries", f"{problem} (docs/development.md, 'Qt on Linux')")


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"XDG_SESSION_TYPE": "wayland"}, False),
])
def test_the_check_runs_only_where_qt_will_use_xcb(environ, expected, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert qt_libraries.will_use_xcb(environ) is expected


def test_the_apt_line_is_the_documented_one():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    documents = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    text = "\n".join(d.read_text(encoding="utf-8") for d in documents if d.is_file())
    packages = qt_libraries.APT_LINE.split("install ", 1)[1].split()
    assert all(package in text for package in packages)
