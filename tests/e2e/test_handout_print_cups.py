"""`handout print` through a real CUPS scheduler to the cups-pdf printer, read back.

Needs the queue .ci/services/cups.sh sets up; skips locally without it, fails under CI=true.
"""

from __future__ import annotations

import re

import pytest

from tests.unit.handout_helpers import (
    PAPER_POINTS,
    decoded_qr_texts,
    page_count_and_sizes,
    wait_for_printout,
)

# One CUPS queue and one printout folder: these tests run in one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("cups")


def expected_pages(cli, name: str, paper: str) -> int:
    listed = cli("handout", "list", "--json", "--paper", paper).json()
    return next(item["pages"] for item in listed if item["name"] == name)


def print_and_read(cli, print_queue, name: str, paper: str, copies: int) -> bytes:
    printer, out = print_queue
    result = cli("handout", "print", name, "--printer", printer, "--copies", str(copies),
                 "--paper", paper)
    assert result.returncode == 0, result.stderr
    job = re.search(r"as job \S+-(\d+)\.", result.stdout)
    assert job, result.stdout
    return wait_for_printout(out, f"*job_{job.group(1)}.pdf")


@pytest.mark.parametrize(("name", "paper", "copies"), [
    ("flyer", "letter", 2),
    ("factsheet", "a4", 2),
    ("resources", "letter", 1),
    ("qr-cards", "a4", 1),
    ("signup-sheet", "letter", 1),
])
def test_cli_prints_every_handout_through_cups(cli, print_queue, name, paper, copies):
    rendered = cli("handout", "render", name, "--paper", paper, "-o", str(cli.data_dir / "x.pdf"))
    assert rendered.returncode == 0, rendered.stderr
    wanted = set(decoded_qr_texts((cli.data_dir / "x.pdf").read_bytes()))

    printed = print_and_read(cli, print_queue, name, paper, copies)

    pages = expected_pages(cli, name, paper)
    sizes = page_count_and_sizes(printed)
    assert len(sizes) == pages * copies  # collated copies, each complete
    width, height = PAPER_POINTS[paper]
    portrait = (width, height)
    for size in sizes:
        assert size in (portrait, portrait[::-1])  # the sign-up sheet is landscape
    # Every code of the handout still scans on the printout (each copy prints them again).
    decoded = decoded_qr_texts(printed)
    assert set(decoded) == wanted
    assert len(decoded) == len(wanted) * copies


def test_cli_print_is_logged_with_copies(cli, print_queue):
    print_and_read(cli, print_queue, "flyer", "a4", 3)
    import sqlite3

    conn = sqlite3.connect(cli.data_dir / "outreach-kit.sqlite3")
    try:
        rows = conn.execute("SELECT handout, paper, copies, action FROM handout_log").fetchall()
    finally:
        conn.close()
    assert rows == [("flyer", "a4", 3, "print")]


def test_the_cli_never_loads_qt_to_print():
    # The print path is CUPS's lp; a sitecustomize-free check: python -X importtime would be
    # noisy, so ask the module graph of the command itself.
    import subprocess
    import sys

    code = ("import sys, kit.commands.handouts, kit.services.handouts, kit.services.printing;"
            "print(any(m.startswith(('PySide6', 'kit.ui')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "False"
