"""Fixtures for tests that need an open kit or the CLI (imported by the conftest files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kit.services.kit import Kit, open_kit


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    """A fresh kit with its own data dir, closed after the test."""
    opened = open_kit(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def kit_with_event(kit: Kit) -> Kit:
    from kit.services.events import create_event

    create_event(kit, "Lake Street table", "Minneapolis", "2026-06-14")
    return kit


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


def outreach_kit_executable() -> str:
    """The installed console script beside this interpreter."""
    script = Path(sys.executable).parent / ("outreach-kit.exe" if os.name == "nt" else "outreach-kit")
    return str(script)


def outreach_kit_command() -> list[str]:
    """The console script, or where the project is on the path without being installed (the
    Windows Python in Wine, packaging/windows/unit-tests.sh) this Python running main.py."""
    script = outreach_kit_executable()
    if Path(script).exists():
        return [script]
    return [sys.executable, str(Path(__file__).resolve().parents[1] / "main.py")]


class Cli:
    """Runs `outreach-kit --data-dir DIR ...` as a subprocess."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, *args: str, env: dict | None = None, timeout: float = 120) -> CliResult:
        full_env = {**os.environ, **(env or {})}
        done = subprocess.run(
            [*outreach_kit_command(), "--data-dir", str(self.data_dir), *args],
            capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=timeout,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


@pytest.fixture(scope="session")
def kit_qapp(qapp):
    """pytest-qt's QApplication set up as the app sets up its own (theme, and the guard against
    PySide6's emit() reference bug, without which a long GUI session aborts on Python 3.11)."""
    from kit.ui.shell.app import create_application

    return create_application()


def delete_closed_widgets() -> None:
    """Carry out pending deleteLater() calls. qtbot closes a test's widgets with deleteLater, which
    only happens when an event loop runs, and a test session never starts one: without this every
    earlier window stays alive and is restyled with each new one, slowing every later test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
