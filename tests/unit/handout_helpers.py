"""Helpers for the handout tests: PDF text, page sizes, QR decoding, image checks.

Kept out of conftest.py (shared with other packages' tests) on purpose.
"""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import zxingcpp

from kit.content import CampaignPack

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)


def reader(pdf: bytes) -> pypdf.PdfReader:
    """A pypdf reader over PDF bytes."""
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of each page's mediabox, rounded to 0.01 pt."""
    return [
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in reader(pdf).pages
    ]


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF with whitespace collapsed, for `in` checks across line breaks."""
    text = " ".join(page.extract_text() or "" for page in reader(pdf).pages)
    return " ".join(text.split())


def squash(text: str) -> str:
    """Whitespace-free text: pypdf sometimes splits words where a line broke."""
    return "".join(text.split())


def decoded_qr_texts(pdf: bytes, scale: float = 3.0) -> list[str]:
    """Texts of every QR code found on the rasterised pages (~216 dpi at scale 3)."""
    found: list[str] = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=scale).to_pil().convert("L")
            for barcode in zxingcpp.read_barcodes(image):
                if barcode.format == zxingcpp.BarcodeFormat.QRCode:
                    found.append(barcode.text)
    finally:
        document.close()
    return found


def image_xobjects(pdf: bytes) -> int:
    """Number of image XObjects on all pages (QR codes must be vectors, so 0)."""
    count = 0
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            continue
        for ref in xobjects.get_object().values():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def all_urls(pack: CampaignPack) -> set[str]:
    """Every URL the pack links to (resources and reading)."""
    return {r.url for r in pack.resources} | {r.url for r in pack.reading if r.url}


def _fonts_in(resources, seen: set[int]) -> list:
    """Every font dictionary reachable from a /Resources dictionary, form XObjects included."""
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        found.extend(ref.get_object() for ref in fonts.get_object().values())
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            if id(xobject) in seen or xobject.get("/Subtype") != "/Form":
                continue
            seen.add(id(xobject))
            found.extend(_fonts_in(xobject.get("/Resources"), seen))
    return found


def unembedded_fonts(pdf: bytes) -> set[str]:
    """Base names of the fonts any page uses without a FontFile/FontFile2/FontFile3.

    A Type 0 font carries its file on its descendant CIDFont; a Type 3 font is drawn by
    the PDF's own procedures, so it counts as embedded.
    """
    missing: set[str] = set()
    seen: set[int] = set()
    for page in reader(pdf).pages:
        for font in _fonts_in(page.get("/Resources"), seen):
            if font.get("/Subtype") == "/Type3":
                continue
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def document_info(pdf: bytes) -> dict[str, str]:
    """Title, subject and the catalogue's /Lang of the PDF."""
    document = reader(pdf)
    meta = document.metadata or {}
    return {
        "title": str(meta.get("/Title", "")),
        "subject": str(meta.get("/Subject", "")),
        "lang": str(document.trailer["/Root"].get("/Lang", "")),
    }


# -- a real print queue (CUPS with cups-pdf, started by .ci/services/cups.sh) ------------------

def cups_queue() -> tuple[str, str]:
    """(queue, output folder) of the cups-pdf printer, or skip (locally) / fail (under CI)."""
    import os
    import subprocess

    queue = os.environ.get("OUTREACH_KIT_TEST_PRINTER", "")
    out = os.environ.get("OUTREACH_KIT_PRINT_OUT", "")
    problem = ""
    if not queue or not out:
        problem = ("no cups-pdf print queue: OUTREACH_KIT_TEST_PRINTER and "
                   "OUTREACH_KIT_PRINT_OUT are set by `. .ci/services/cups.sh` (as root)")
    else:
        try:
            state = subprocess.run(["lpstat", "-p", queue], capture_output=True, text=True,
                                   timeout=20)
            if state.returncode != 0:
                problem = f"CUPS does not know the queue {queue}: {state.stderr.strip()}"
        except (OSError, subprocess.TimeoutExpired) as error:
            problem = f"CUPS does not answer: {error}"
    if problem:
        from tests.parts import require_part

        require_part("a CUPS print queue", problem)
    return queue, out


def wait_for_printout(out: str, pattern: str, timeout: float = 90.0) -> bytes:
    """The PDF cups-pdf wrote for a job (file name matching `pattern`), once complete.

    cups-pdf writes the file as the job runs; it is done when its size stops changing and it
    ends with a PDF trailer.
    """
    import time
    from pathlib import Path

    deadline = time.monotonic() + timeout
    last_size = -1
    while time.monotonic() < deadline:
        matches = sorted(Path(out).glob(pattern))
        if matches:
            data = matches[-1].read_bytes()
            if len(data) == last_size and data.rstrip().endswith(b"%%EOF"):
                matches[-1].unlink(missing_ok=True)  # read once; the spool folder stays small
                return data
            last_size = len(data)
        time.sleep(0.5)
    raise AssertionError(f"no printout matching {pattern} in {out} after {timeout:.0f} s")


PAPER_POINTS = {"letter": (612, 792), "a4": (595, 842)}
"""Each paper in whole points, as page_count_and_sizes reads a printout back."""


def page_count_and_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Page sizes rounded to whole points (a print path may round 595.28 to 595)."""
    return [(round(w), round(h)) for w, h in page_sizes(pdf)]


def text_runs(pdf: bytes) -> list[tuple[int, str, float]]:
    """(page number, text, font size in points) of every piece of text drawn."""
    runs: list[tuple[int, str, float]] = []
    for number, page in enumerate(reader(pdf).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            if text.strip():
                runs.append((number, text, round(size * (scale or 1), 2)))
        page.extract_text(visitor_text=visit)
    return runs


def empty_share_at_foot(pdf: bytes, page_index: int, footer_band: float = 0.07) -> float:
    """Share of the page height left blank between its last ink and the footer band.

    The footer (page number, organisation) sits in the bottom `footer_band` of the page and is
    not counted as content.
    """
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page_index].render(scale=1).to_pil().convert("L")
    finally:
        document.close()
    width, height = image.size
    limit = int(height * (1 - footer_band))
    pixels = image.load()
    last_ink = 0
    for y in range(limit):
        if any(pixels[x, y] < 200 for x in range(0, width, 2)):
            last_ink = y
    return (limit - last_ink) / height
