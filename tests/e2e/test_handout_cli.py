"""`outreach-kit handout list|render|print` as a real subprocess on a temp data dir."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess

import pypdf

from tests.kit_fixtures import outreach_kit_executable

HANDOUT_NAMES = ["flyer", "factsheet", "resources", "qr-cards", "signup-sheet",
                 "signup-slips"]
A4 = (595.28, 841.89)
# CUPS asked at a socket that does not exist knows no printers: "no printer" on any machine.
NO_CUPS = {"CUPS_SERVER": "/nonexistent/outreach-kit-test-cups.sock"}
# Without the CUPS client tools (a fresh machine) "no printer" is said another way.
NO_TOOLS = shutil.which("lp") is None or shutil.which("lpstat") is None
NO_PRINTER = "needs the CUPS tools lp and lpstat" if NO_TOOLS else "No printer is set up"


def assert_bad_input(result) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("outreach-kit: "), result.stderr


def log_rows(cli) -> list[tuple]:
    conn = sqlite3.connect(cli.data_dir / "outreach-kit.sqlite3")
    try:
        return conn.execute(
            "SELECT handout, paper, copies, action, event_id FROM handout_log ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def test_handout_list_json_has_name_title_pages(cli):
    result = cli("handout", "list", "--json")
    assert result.returncode == 0, result.stderr
    listed = result.json()
    assert [h["name"] for h in listed] == HANDOUT_NAMES
    for handout in listed:
        assert {"name", "title", "pages"} <= set(handout)
        assert handout["title"] and handout["pages"] >= 1
    plain = cli("handout", "list")
    assert plain.returncode == 0 and "factsheet" in plain.stdout


def test_handout_render_writes_an_a4_pdf_and_logs_a_save(cli, tmp_path):
    assert cli("event", "add", "Campus table").returncode == 0
    out = tmp_path / "x.pdf"
    result = cli("handout", "render", "flyer", "-o", str(out), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
    assert log_rows(cli) == [("flyer", "a4", 1, "save", 1)]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_handout_is_exit_2_and_writes_nothing(cli, tmp_path):
    out = tmp_path / "poster.pdf"
    result = cli("handout", "render", "poster", "-o", str(out))
    assert_bad_input(result)
    assert "poster" in result.stderr and "flyer" in result.stderr
    assert not out.exists()


def test_render_into_a_missing_folder_is_exit_2(cli, tmp_path):
    result = cli("handout", "render", "flyer", "-o", str(tmp_path / "nowhere" / "x.pdf"))
    assert_bad_input(result)
    assert "does not exist" in result.stderr


def test_print_without_a_printer_is_exit_2_with_a_message(cli):
    # No display and no platform chosen: the command must pick the offscreen platform itself
    # instead of letting Qt abort the process.
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(NO_CUPS)
    done = subprocess.run(
        [outreach_kit_executable(), "--data-dir", str(cli.data_dir), "handout", "print", "flyer",
         "--copies", "2"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert_bad_input(done)
    assert NO_PRINTER in done.stderr
    assert log_rows(cli) == []


def test_print_to_an_unknown_printer_is_exit_2(cli):
    result = cli("handout", "print", "flyer", "--printer", "Nope 3000", env=NO_CUPS)
    assert_bad_input(result)
    assert NO_PRINTER in result.stderr if NO_TOOLS else "printer" in result.stderr.lower()


def test_print_without_the_cups_tools_says_how_to_print_instead(cli, tmp_path):
    """A machine without lp and lpstat (no CUPS client installed): exit 2, the way to print
    from the app or a PDF, nothing logged. PATH names an empty folder, so any machine is one."""
    empty = tmp_path / "bin"
    empty.mkdir()
    result = cli("handout", "print", "flyer", env={"PATH": str(empty)})
    assert_bad_input(result)
    assert "needs the CUPS tools lp and lpstat" in result.stderr and "handout render" in result.stderr
    assert log_rows(cli) == []


def test_print_refuses_zero_copies(cli):
    result = cli("handout", "print", "flyer", "--copies", "0", env=NO_CUPS)
    assert_bad_input(result)
    assert "--copies" in result.stderr


def test_render_notes_on_stderr_when_the_group_cannot_be_reached(cli, tmp_path):
    result = cli("handout", "render", "flyer", "-o", str(tmp_path / "f.pdf"))
    assert result.returncode == 0, result.stderr
    assert "no way to reach your group" in result.stderr  # the default pack has no contact
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
