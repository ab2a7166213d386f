"""Printing a PDF without Qt: the CUPS command-line tools `lp` and `lpstat`.

The CLI prints through this module, so it never loads Qt (kit/ui is the only Qt importer); the
app prints through kit/ui/handouts/printing.py (QPrinter, the system print dialog). CUPS is the print
system on Linux and macOS; both ship `lp`. The PDF goes to the scheduler as it is, so the
printer (or CUPS's own filters) rasterises the vectors: QR codes stay sharp at any resolution.

Options used, as documented by CUPS ("Command-Line Printing and Options",
https://www.cups.org/doc/options.html):
- `-n N` copies, with `-o collate=true` so a two-page factsheet comes out 1 2 1 2, not 1 1 2 2;
- `-o media=Letter|A4` the paper the handout was set for;
- `-t TITLE` the job's name in the queue (cups-pdf names its file after it);
- `-d NAME` the destination; without it, the default destination.

Windows has no `lp`. There the PDF is written to a temporary file and handed to the print
command ("verb") of the program registered for PDF files, as Explorer's Print does
(ShellExecute "print", or "printto" with a printer's name): the default printer, or the one
named; once per copy, on the paper the PDF was made for. A handout holds no one's personal
data, so the temporary file is left for the program to read when it gets to it. Without such a
program (some PDF viewers register no print command) the message says to print from the app.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kit.domain.errors import KitError
from kit.domain.file_names import safe_file_name

log = logging.getLogger(__name__)

MEDIA = {"letter": "Letter", "a4": "A4"}  # CUPS media keywords (PWG 5101.1 names also work)
TIMEOUT_S = 60  # lp spools and returns; only a hung scheduler takes longer
_REQUEST_ID = re.compile(r"request id is (\S+)")


class PrinterUnavailable(KitError):
    """No printer is installed, the print system does not answer, or no such printer exists."""

    code = "no_printer"


@dataclass(frozen=True)
class PrintResult:
    """What went to the printer: for the confirmation and the handout log."""

    printer: str
    pages: int
    copies: int
    job: str = ""  # the scheduler's request id, e.g. "OutreachPDF-12"


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=stdin, capture_output=True, timeout=TIMEOUT_S, check=False)


def command_line_printing() -> bool:
    """True when the CUPS command-line tools are installed."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def windows_shell_printing() -> bool:
    """True on Windows without the CUPS tools: print_pdf goes through the PDF program's verb."""
    return sys.platform == "win32" and not command_line_printing()


def _require_tools() -> None:
    if not command_line_printing():
        raise PrinterUnavailable(
            "Printing from the command line needs the CUPS tools lp and lpstat, which this "
            "computer does not have. Print from the app (Handouts tab), or save the handout "
            "as a PDF with `handout render` and print that."
        )


def available_printers() -> list[str]:
    """Names of the print queues the scheduler knows ([] when it does not answer)."""
    _require_tools()
    done = _run(["lpstat", "-e"])
    if done.returncode != 0:
        log.info("lpstat -e failed: %s", done.stderr.decode(errors="replace").strip())
        return []
    return [line.strip() for line in done.stdout.decode(errors="replace").splitlines()
            if line.strip()]


def default_printer() -> str:
    """The default destination, or "" when none is set."""
    _require_tools()
    done = _run(["lpstat", "-d"])
    text = done.stdout.decode(errors="replace").strip()
    # "system default destination: NAME" (or "no system default destination")
    if done.returncode == 0 and ":" in text and not text.startswith("no "):
        return text.split(":", 1)[1].strip()
    return ""


def choose_printer(name: str | None) -> str:
    """`name` if the scheduler knows it, else the default (or only) printer.

    Raises PrinterUnavailable, in words a volunteer can act on, when there is none.
    """
    names = available_printers()
    if not names:
        raise PrinterUnavailable(
            "No printer is set up on this computer. Connect one and add it in the system's "
            "printer settings, or save the handout as a PDF and print it elsewhere."
        )
    if name:
        if name not in names:
            raise PrinterUnavailable(
                f"There is no printer named {name!r}. Printers: {', '.join(names)}."
            )
        return name
    return default_printer() or names[0]


def print_pdf(pdf: bytes, *, printer: str | None, copies: int, paper: str, pages: int,
              title: str) -> PrintResult:
    """Send `pdf` (of `pages` pages, set for `paper`) to `printer`, `copies` times, collated."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    if paper not in MEDIA:
        raise ValueError(f"unknown paper {paper!r}")
    if windows_shell_printing():
        return _print_with_windows_verb(pdf, printer=printer, copies=copies, pages=pages,
                                        title=title)
    chosen = choose_printer(printer)
    args = ["lp", "-d", chosen, "-n", str(copies), "-o", "collate=true",
            "-o", f"media={MEDIA[paper]}", "-t", title]  # no file: lp reads standard input
    done = _run(args, stdin=pdf)
    output = done.stdout.decode(errors="replace")
    if done.returncode != 0:
        problem = done.stderr.decode(errors="replace").strip() or output.strip()
        raise PrinterUnavailable(f"The printer {chosen} did not take the job: {problem}")
    match = _REQUEST_ID.search(output)
    job = match.group(1) if match else ""
    log.info("sent %d page(s) x %d to %s as %s", pages, copies, chosen, job or "a job")
    return PrintResult(chosen, pages, copies, job)


def _print_with_windows_verb(pdf: bytes, *, printer: str | None, copies: int, pages: int,
                             title: str) -> PrintResult:
    folder = Path(tempfile.mkdtemp(prefix="outreach-kit-print-"))
    path = folder / f"{safe_file_name(title, fallback='handout')}.pdf"
    path.write_bytes(pdf)
    start = getattr(os, "startfile", None)
    if start is None:  # pragma: no cover - os.startfile exists on every Windows Python
        raise PrinterUnavailable("This Python cannot hand files to Windows' programs.")
    try:
        for _copy in range(copies):
            if printer:
                start(str(path), "printto", f'"{printer}"')
            else:
                start(str(path), "print")
    except OSError as error:
        raise PrinterUnavailable(
            "Windows could not print the PDF: the program that opens PDF files here offers no "
            f"print command ({error.strerror or error}). Print from the app (Handouts tab), or "
            "save the handout with `handout render` and print that.") from error
    chosen = printer or "the default printer"
    log.info("handed %d page(s) x %d to %s through the PDF program", pages, copies, chosen)
    return PrintResult(chosen, pages, copies, "")
