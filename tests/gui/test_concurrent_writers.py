"""The GUI and CLI commands writing to one kit at the same moment (the WAL-reset race guard)."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt

from kit.store.models import Signup
from kit.ui.shell.main_window import MainWindow

CLI_WRITERS = 2
CLI_SIGNUPS_EACH = 8
GUI_SIGNUPS = 20


def test_gui_and_cli_write_together_without_losing_a_row(qtbot, kit_with_event, tmp_path):
    from tests.kit_fixtures import Cli

    cli = Cli(kit_with_event.paths.data_dir)
    results: list = []

    def cli_writer(worker: int) -> None:
        for n in range(CLI_SIGNUPS_EACH):
            results.append(cli("signup", "add", "--first-name", f"Cli{worker}",
                               "--email", f"cli{worker}-{n}@example.org"))

    win = MainWindow(kit_with_event)
    qtbot.addWidget(win)
    win.show()
    threads = [threading.Thread(target=cli_writer, args=(w,)) for w in range(CLI_WRITERS)]
    for thread in threads:
        thread.start()
    for n in range(GUI_SIGNUPS):
        form = win.kiosk.form
        form.edits["first_name"].setText("Gui")
        form.edits["email"].setText(f"gui-{n}@example.org")
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)  # Enter in a field moves on
        assert win.kiosk.stack.currentWidget() is win.kiosk.thanks, form.banner.text()
        qtbot.keyClick(win.kiosk.thanks, Qt.Key.Key_Space)
    for thread in threads:
        thread.join(timeout=300)

    assert [r.returncode for r in results] == [0] * (CLI_WRITERS * CLI_SIGNUPS_EACH)
    assert not any("locked" in r.stderr for r in results)
    assert Signup.select().count() == GUI_SIGNUPS + CLI_WRITERS * CLI_SIGNUPS_EACH
    check = sqlite3.connect(kit_with_event.paths.database)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
