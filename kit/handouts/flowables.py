"""Small flowables and table builders the handouts share: QR tiles, link entries, tick boxes.

Each returns ordinary reportlab objects; layout constants sit next to the code using them.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kit.content import display_url
from kit.handouts.markup import esc
from kit.handouts.qr import QrCode

TICK_COLOUR = colors.HexColor("#777777")
TILE_GAP = 4 * mm  # between QR tiles in a row
ENTRY_GAP = 4 * mm  # between a QR code and the text beside it


class Para(Paragraph):
    """A Paragraph that remembers its line breaks per width.

    Layout asks a paragraph for its height several times at the same width (fitting the type,
    the frame, KeepTogether); breaking the lines once per width is enough, the text is fixed.
    """

    _broken: dict[float, tuple[float, list[float], object]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        broken = self._broken
        if broken is not None and avail_width in broken:
            self.height, self._wrapWidths, self.blPara = broken[avail_width]
            self.width = avail_width
            return avail_width, self.height
        width, height = super().wrap(avail_width, avail_height)
        if width == avail_width:  # not the "cannot fit" answer
            if broken is None:
                broken = self._broken = {}
            broken[avail_width] = (height, self._wrapWidths, self.blPara)
        return width, height


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm, colour: colors.Color = TICK_COLOUR):
        super().__init__()
        self.size = size
        self.colour = colour
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        self.canv.restoreState()


class AccentBar(Flowable):
    """A short thick rule in the accent colour, marking the start of a section."""

    def __init__(self, colour: colors.Color, width: float = 14 * mm, thickness: float = 2.2):
        super().__init__()
        self.colour = colour
        self.bar_width = width
        self.thickness = thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.bar_width, self.thickness

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, 0, self.bar_width, self.thickness, stroke=0, fill=1)


def qr_tile(
    url: str, title: str, box: float, width: float, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """A QR code above its title and printed URL, centred in a column `width` wide."""
    code = QrCode(url, box)
    code.hAlign = "CENTER"
    return [
        code,
        Para(esc(title), styles["caption"]),
        Para(esc(display_url(url)), styles["url_center"]),
    ]


def tile_row(tiles: list[list[Flowable]], width: float, columns: int) -> Table:
    """Lay QR tiles out in rows of `columns`, evenly over `width`."""
    rows = [tiles[i : i + columns] for i in range(0, len(tiles), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] = rows[-1] + [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), TILE_GAP / 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), TILE_GAP / 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def link_entry(
    url: str,
    lines: list[Paragraph],
    box: float,
    width: float,
) -> Table:
    """A QR code (or, without `url`, an empty column) beside paragraphs, `width` wide."""
    left: Flowable | str = QrCode(url, box) if url else ""
    code_width = left.box if isinstance(left, QrCode) else box
    table = Table([[left, lines]], colWidths=[code_width + ENTRY_GAP, width - code_width -
                                              ENTRY_GAP])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), ENTRY_GAP),
                ("TOPPADDING", (1, 0), (1, 0), 3 * mm if url else 0),
            ]
        )
    )
    return table
