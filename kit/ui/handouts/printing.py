"""Printing glue: PDF bytes onto a QPrinter, the default printer, quick print and Print….

Qt cannot print a PDF by itself (QtPdf is not in PySide6-Essentials), so each page is
rasterised with pypdfium2 at the printer's resolution, capped at 300 dpi (sharp QR codes and
text on any office printer, without sending a 1200 dpi bitmap over USB), and painted with
QPainter. Everything here works with a PDF-output QPrinter, which is what the tests print to.
Messages are translatable (context "Printing"; the CLI, with no translator, gets English).

`print_pdf` touches no widget, so it may run in a worker thread (Qt allows painting on a QPrinter
outside the GUI thread); the dialog helpers must run on the GUI thread.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from kit.services.printing import PrinterUnavailable, PrintResult
from kit.ui.handouts.pdf_preview import iter_page_images, page_sizes
from kit.ui.i18n import arg

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300
MIN_PRINT_DPI = 150  # a printer reporting 72 dpi would make QR codes blurry; ask for more
KEEP_PAGES_IN_MEMORY = 4


__all__ = ["PrintResult", "PrinterUnavailable"]


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for headless printing (the CLI).

    Without a display on Linux, Qt's default platform plugin would abort the process, so the
    offscreen platform is used: printers are found through CUPS, which needs no display.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app
    if (sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1])


def available_printers() -> list[str]:
    """Names of the printers the system knows, as the print dialog lists them."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer_name() -> str:
    """The system's default printer, or "" when there is none."""
    return QPrinterInfo.defaultPrinterName()


def printer_for(name: str | None = None) -> QPrinter:
    """A QPrinter for printer `name`, or the default (else the only) printer.

    Raises PrinterUnavailable when no printer is installed or `name` is not one of them. The UI
    and the CLI call this through the module, so tests swap it for a PDF-output printer.
    """
    names = available_printers()
    if not names:
        raise PrinterUnavailable(QCoreApplication.translate(
            "Printing", "No printer is set up on this computer. Connect one and add it in the "
            "system's printer settings, or save the handout as a PDF and print it elsewhere."
        ))
    if name:
        if name not in names:
            raise PrinterUnavailable(arg(QCoreApplication.translate(
                "Printing", "There is no printer named %1. Printers: %2."
            ), repr(name), ", ".join(names)))
        chosen = name
    else:
        chosen = default_printer_name() or names[0]
    printer = QPrinter(QPrinterInfo.printerInfo(chosen), QPrinter.PrinterMode.HighResolution)
    return printer


def pdf_printer(path: str) -> QPrinter:
    """A QPrinter that writes a PDF file: Qt's own "print to file", used by the tests."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer


def printer_label(printer: QPrinter) -> str:
    """How a printer is named in messages ("the PDF file x.pdf" for a file printer)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return QCoreApplication.translate("Printing", "the PDF file %1").replace(
            "%1", os.path.basename(printer.outputFileName()))
    return printer.printerName() or QCoreApplication.translate("Printing", "the printer")


def print_pdf(printer: QPrinter, pdf: bytes, copies: int = 1,
              pages: tuple[int, int] | None = None, *, keep_paper: bool = False) -> PrintResult:
    """Print PDF bytes on `printer`, `copies` times (collated); returns what was sent.

    `pages` is an inclusive 1-based range (from a print dialog); None prints every page. When
    the driver can make copies itself it is asked to (one job, less data over the wire); else
    the pages are painted once per copy. The printer's paper is set to the PDF's, unless
    `keep_paper` (a paper someone chose in the print dialog): then each page is scaled to fit it.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    sizes = page_sizes(pdf)
    if not sizes:
        raise ValueError("the PDF has no pages")
    first, last = pages or (1, len(sizes))
    first, last = max(1, first), min(len(sizes), last)
    if not keep_paper:
        _match_paper(printer, sizes[0])
    printer.setCollateCopies(True)
    printer.setCopyCount(copies)
    native_copies = copies > 1 and printer.supportsMultipleCopies()
    if not native_copies:
        printer.setCopyCount(1)
    dpi = max(MIN_PRINT_DPI, min(MAX_PRINT_DPI, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(QCoreApplication.translate(
            "Printing", "Could not start printing on %1.").replace("%1", printer_label(printer)))
    sheets = last - first + 1
    rounds = 1 if native_copies else copies
    # Handouts are a page or two: rasterise once and paint each copy from memory. A longer
    # document is rasterised again per copy rather than holding ~30 MB per page.
    keep = rounds > 1 and sheets <= KEEP_PAGES_IN_MEMORY
    kept: list = []
    painted = 0
    try:
        for round_number in range(rounds):
            if keep and round_number:
                images = iter(kept)
            else:
                images = (image for number, image in enumerate(iter_page_images(pdf, dpi), 1)
                          if first <= number <= last)
            for image in images:
                if keep and not round_number:
                    kept.append(image)
                if painted and not printer.newPage():
                    raise PrinterUnavailable(QCoreApplication.translate(
                        "Printing", "%1 refused a new page.").replace("%1", printer_label(printer)))
                target = _fit(QRectF(painter.viewport()), image.width(), image.height())
                painter.drawImage(target, image)
                painted += 1
    finally:
        painter.end()
    log.info("printed %d page(s) x %d on %s at %d dpi", sheets, copies, printer_label(printer), dpi)
    return PrintResult(printer_label(printer), sheets, copies)


def prepare_printer(printer: QPrinter, paper: str, copies: int = 1) -> None:
    """Set the handout's paper ('letter' or 'a4') and copies before a print dialog shows them."""
    page_id = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(page_id), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setCopyCount(copies)


def print_with_dialog(parent: QWidget | None, pdf: bytes, copies: int = 1,
                      printer: QPrinter | None = None) -> PrintResult | None:
    """Qt's print dialog (printer, copies, pages), then print; None when cancelled.

    A paper changed in the dialog is kept: the pages are scaled to fit it.
    """
    printer = printer or printer_for(None)
    _match_paper(printer, page_sizes(pdf)[0])
    printer.setCopyCount(copies)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print handout"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return print_pdf(printer, pdf, max(1, printer.copyCount()), dialog_page_range(printer),
                     keep_paper=True)


def chosen_paper(printer: QPrinter) -> str | None:
    """'letter' or 'a4' when the printer is set to one of them (as a print dialog left it).

    None for any other paper (Legal, A5...): the caller keeps the handout's own layout and the
    pages are scaled to fit that paper.
    """
    page_id = printer.pageLayout().pageSize().id()
    if page_id == QPageSize.PageSizeId.A4:
        return "a4"
    if page_id == QPageSize.PageSizeId.Letter:
        return "letter"
    return None


def dialog_page_range(printer: QPrinter) -> tuple[int, int] | None:
    """The page range chosen in a print dialog, or None for all pages."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), printer.toPage() or printer.fromPage()
    return None


def _match_paper(printer: QPrinter, size_pt: tuple[float, float]) -> None:
    """Set the printer's paper and orientation to the PDF's, borderless (the PDF has margins)."""
    width, height = size_pt
    portrait = QSizeF(min(width, height), max(width, height))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "",
                          QPageSize.SizeMatchPolicy.FuzzyOrientationMatch)
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))


def _fit(area: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the image's aspect ratio centred in `area`."""
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
