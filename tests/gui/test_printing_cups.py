"""The app's own print code (QPrinter) to a real CUPS queue with the cups-pdf printer, read back.

Needs the queue .ci/services/cups.sh sets up; skips locally without it, fails under CI=true.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtGui import QPageSize

from kit.content import default_pack_dir, load_pack
from kit.handouts import HANDOUTS, count_pages
from kit.services import handouts as service
from kit.store.models import HandoutLog
from kit.ui.handouts import printing
from kit.ui.handouts.page import HandoutsPage
from tests.unit.handout_helpers import (
    PAPER_POINTS,
    decoded_qr_texts,
    page_count_and_sizes,
    wait_for_printout,
)

# One CUPS queue and one printout folder: these tests run in one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("cups")


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_pack_dir())


def unique_title() -> str:
    # cups-pdf names the file after the job title; letters and digits survive its cleaning.
    return "okt" + uuid.uuid4().hex[:12]


def assert_printout(printed: bytes, wanted: bytes, paper: str, pages: int, copies: int) -> None:
    sizes = page_count_and_sizes(printed)
    assert len(sizes) == pages * copies
    width, height = PAPER_POINTS[paper]
    for w, h in sizes:
        assert abs(w - width) <= 1 and abs(h - height) <= 1 or (
            abs(w - height) <= 1 and abs(h - width) <= 1), sizes
    codes = set(decoded_qr_texts(wanted))
    decoded = decoded_qr_texts(printed)
    assert set(decoded) == codes
    assert len(decoded) == len(codes) * copies


@pytest.mark.parametrize("name", list(HANDOUTS))
def test_qt_print_path_through_cups(qapp, print_queue, pack, name):
    printer_name, out = print_queue
    paper = "a4" if name in ("factsheet", "qr-cards") else "letter"
    copies = 2 if name in ("flyer", "factsheet") else 1
    pdf = service.render_plain(name, pack, None, paper)
    printer = printing.printer_for(printer_name)
    title = unique_title()
    printer.setDocName(title)
    result = printing.print_pdf(printer, pdf, copies)
    assert (result.printer, result.copies) == (printer_name, copies)
    printed = wait_for_printout(out, f"*{title}*.pdf")
    assert_printout(printed, pdf, paper, count_pages(name, pack, paper), copies)


def test_a_paper_chosen_in_the_print_dialog_is_honoured(qtbot, kit_with_event, print_queue):
    printer_name, out = print_queue
    page = HandoutsPage(kit_with_event)
    qtbot.addWidget(page)
    pack = kit_with_event.pack()
    key = ("flyer", pack, None, "letter")  # the tab is on Letter...
    printer = printing.printer_for(printer_name)
    printing.prepare_printer(printer, "letter")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # ...the dialog was set to A4
    title = unique_title()
    printer.setDocName(title)
    with qtbot.waitSignal(page.handout_logged, timeout=60_000):
        page.print_as_dialog_left(printer, key)
    printed = wait_for_printout(out, f"*{title}*.pdf")
    wanted = service.render_plain("flyer", pack, None, "a4")
    assert_printout(printed, wanted, "a4", 1, 1)
    assert HandoutLog.get().paper == "a4"
