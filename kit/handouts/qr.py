"""Vector QR codes: the qrcode library's module matrix drawn as one filled path per code.

A bitmap QR blurs when a printer rescales it; rectangles in one path stay sharp at any size and
keep the PDF small. Matrices and their rectangles are cached per text, so re-rendering a handout
does not re-encode its URLs.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

QUIET_MODULES = 4  # the quiet zone the standard asks for, kept white
MIN_SYMBOL = 20 * mm  # the dark symbol itself, without quiet zone: scans from arm's length
INK = colors.HexColor("#111111")


@lru_cache(maxsize=512)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of `text` (error correction M, no border), True = dark."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(v) for v in row) for row in code.get_matrix())


@lru_cache(maxsize=512)
def qr_rects(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """Dark modules of `text` merged into rectangles (col, row, width, height), in modules.

    Runs of dark modules in a row become one rectangle; a run repeated exactly in the next row
    grows downwards instead of starting a new rectangle. Fewer rectangles, smaller PDF.
    """
    matrix = qr_matrix(text)
    open_runs: dict[tuple[int, int], list[int]] = {}  # (col, width) -> [row, height]
    done: list[tuple[int, int, int, int]] = []
    for row_index, row in enumerate(matrix):
        runs = []
        col = 0
        size = len(row)
        while col < size:
            if row[col]:
                start = col
                while col < size and row[col]:
                    col += 1
                runs.append((start, col - start))
            else:
                col += 1
        still_open: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            if run in open_runs:
                open_runs[run][1] += 1
                still_open[run] = open_runs.pop(run)
            else:
                still_open[run] = [row_index, 1]
        done.extend((c, r, w, h) for (c, w), (r, h) in open_runs.items())
        open_runs = still_open
    done.extend((c, r, w, h) for (c, w), (r, h) in open_runs.items())
    return tuple(sorted(done, key=lambda rect: (rect[1], rect[0])))


def qr_module_count(text: str) -> int:
    """Modules per side of the symbol for `text`, without quiet zone."""
    return len(qr_matrix(text))


def symbol_size(text: str, box: float) -> float:
    """Side of the dark symbol when the code and its quiet zone fill a `box` square."""
    count = qr_module_count(text)
    return box * count / (count + 2 * QUIET_MODULES)


@lru_cache(maxsize=512)
def qr_path_code(text: str, x: float, y: float, box: float) -> str:
    """The PDF path operators of the dark modules of `text` in the square (x, y, box).

    Cached: a handout draws its codes at the same places on every render (a flowable always at
    0, 0), and writing a few hundred rectangles' numbers was a fifth of a factsheet's time.
    """
    count = qr_module_count(text)
    module = box / (count + 2 * QUIET_MODULES)
    path = PDFPathObject()
    top = y + box - QUIET_MODULES * module
    left = x + QUIET_MODULES * module
    for col, row, width, height in qr_rects(text):
        path.rect(left + col * module, top - (row + height) * module, width * module,
                  height * module)
    return path.getCode()


class _DrawnPath:
    """A path whose operators were written before: what Canvas.drawPath reads of a path."""

    __slots__ = ("code",)

    def __init__(self, code: str) -> None:
        self.code = code

    def getCode(self) -> str:  # noqa: N802 (reportlab's name)
        return self.code


def draw_qr(canvas: Canvas, text: str, x: float, y: float, box: float) -> None:
    """Draw the code for `text` with its quiet zone in the square (x, y, box), as one path."""
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, box, box, stroke=0, fill=1)  # the quiet zone stays white on any tint
    canvas.setFillColor(INK)
    canvas.drawPath(_DrawnPath(qr_path_code(text, x, y, box)), stroke=0, fill=1)
    canvas.restoreState()


class QrCode(Flowable):
    """A QR code with its quiet zone as a square flowable, `box` points wide or more.

    The box grows when the symbol would otherwise be smaller than MIN_SYMBOL (short URLs have
    fewer, larger modules; the quiet zone takes a bigger share of their box).
    """

    def __init__(self, text: str, box: float) -> None:
        super().__init__()
        box = max(box, min_box_for(text))
        self.text = text
        self.box = box
        self.width = self.height = box

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.box, self.box

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.box)


def min_box_for(text: str) -> float:
    """The smallest box (with quiet zone) whose symbol is at least MIN_SYMBOL."""
    count = qr_module_count(text)
    return MIN_SYMBOL * (count + 2 * QUIET_MODULES) / count
