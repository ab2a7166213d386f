"""Small flowables and table builders the handouts share: QR tiles, link entries, tick boxes.

Each returns ordinary reportlab objects; layout constants sit next to the code using them.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kit.handouts.bidi import BidiPara, has_arabic, plain_text
from kit.handouts.design import grid
from kit.handouts.fonts import SANS
from kit.handouts.markup import esc
from kit.handouts.qr import QrCode

TICK_COLOUR = colors.HexColor("#777777")
TILE_GAP = 4 * mm  # between QR tiles in a row
ENTRY_GAP = 4 * mm  # between a QR code and the text beside it


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells default to the bundled sans, not reportlab's Helvetica.

    A Table sets its cell font even for an empty cell, so without this every sheet with an
    empty cell names Helvetica, which reportlab never embeds and a print shop rejects.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


# (markup, id(style), bullet text) -> (style, cleaned text, parsed style, fragments, bullet):
# what reportlab's markup parser made of a paragraph. A pack's texts are parsed again on every
# render of every handout (a sixth of a factsheet's time); the result depends only on these.
# The style is kept in the entry so its id cannot be reused by another style while cached.
_PARSED: dict[tuple[str, int, str | None], tuple[ParagraphStyle, str, ParagraphStyle, list, object]] = {}
_PARSED_MAX = 4096


class Para(Paragraph):
    """A Paragraph that remembers its line breaks per width, and its parsed markup per process.

    Layout asks a paragraph for its height several times at the same width (fitting the type,
    the frame, KeepTogether); breaking the lines once per width is enough, the text is fixed.
    Parsing the same markup in the same style gives the same fragments, so they are parsed once
    (reportlab only reads them afterwards, and a split paragraph gets fragments of its own).
    """

    _broken: dict[float, tuple[float, list[float], object]] | None = None

    def __new__(cls, text: object = "", style: object = None, bulletText: object = None,  # noqa: N803
                *args: object, **kwargs: object) -> Para:
        """Text in Arabic script (Urdu) becomes a BidiPara: shaped, right to left, in the
        Arabic font. reportlab's Paragraph draws it letter by letter, unjoined and reversed;
        every handout builds its paragraphs here, so each gets the right one by its text."""
        if isinstance(text, str) and isinstance(style, ParagraphStyle) and has_arabic(text):
            plain = plain_text(text)
            if isinstance(bulletText, str) and bulletText:
                plain = f"{bulletText} {plain}"
            return BidiPara(plain, style)  # type: ignore[return-value]
        return super().__new__(cls)

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 (reportlab's names)
        if frags is not None or not isinstance(text, str) or not (
                bulletText is None or isinstance(bulletText, str)):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, id(style), bulletText)
        parsed = _PARSED.get(key)
        if parsed is None or parsed[0] is not style:
            super()._setup(text, style, bulletText, None, cleaner)
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.clear()
            _PARSED[key] = (style, self.text, self.style, list(self.frags), self.bulletText)
            return
        _, cleaned, parsed_style, fragments, bullet = parsed
        # A list of its own: the fragments are shared, the list that holds them is not.
        super()._setup(cleaned, parsed_style, bullet, list(fragments), cleaner)

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


def stack_height(flowables: list[Flowable], width: float) -> tuple[list[float], float]:
    """Wrap `flowables` at `width`; their heights and the height of them stacked.

    Spacing as in a table cell: space after one and before the next both count, the first
    one's space before and the last one's space after do not.
    """
    heights = []
    total = 0.0
    for index, flowable in enumerate(flowables):
        height = flowable.wrap(width, 1e6)[1]
        heights.append(height)
        total += height
        if index:
            total += flowable.getSpaceBefore()
        if index < len(flowables) - 1:
            total += flowable.getSpaceAfter()
    return heights, total


def draw_stack(
    canvas: Canvas, flowables: list[Flowable], heights: list[float], x: float, top: float
) -> None:
    """Draw flowables wrapped by stack_height() downwards from `top`, left edge at `x`."""
    y = top
    for index, (flowable, height) in enumerate(zip(flowables, heights, strict=True)):
        if index:
            y -= flowable.getSpaceBefore()
        y -= height
        flowable.drawOn(canvas, x, y)
        y -= flowable.getSpaceAfter()


def draw_rule(canvas: Canvas, colour: colors.Color, weight: float, x0: float, y0: float,
              x1: float, y1: float) -> None:
    """A line with round caps, as a table draws its LINEBEFORE/LINEBELOW."""
    canvas.saveState()
    canvas.setLineCap(1)
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(weight)
    canvas.line(x0, y0, x1, y1)
    canvas.restoreState()


class Box(Flowable):
    """Flowables stacked in a padded box, optionally on a background and with rules.

    What a one-cell Table did, drawn directly: the box is `width` wide (or the whole frame),
    `left_rule` is a (weight, colour) line down its left edge, `bottom_rule` one along its
    foot. With `spaced=False` the flowables' own spacing is ignored (a band of title lines).
    """

    def __init__(
        self,
        content: list[Flowable],
        *,
        padding: tuple[float, float, float, float],  # left, right, top, bottom
        width: float | None = None,
        background: colors.Color | None = None,
        left_rule: tuple[float, colors.Color] | None = None,
        bottom_rule: tuple[float, colors.Color] | None = None,
        spaced: bool = True,
        min_height: float = 0.0,
    ) -> None:
        super().__init__()
        self.min_height = min_height
        self.content = content
        self.padding = padding
        self.box_width = width
        self.background = background
        self.left_rule = left_rule
        self.bottom_rule = bottom_rule
        self.spaced = spaced
        self.hAlign = "CENTER"  # as a Table sits in its frame
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        left, right, top, bottom = self.padding
        width = avail_width if self.box_width is None else self.box_width
        inner = width - left - right
        if self.spaced:
            self._heights, total = stack_height(self.content, inner)
        else:
            self._heights = [f.wrap(inner, 1e6)[1] for f in self.content]
            total = sum(self._heights)
        self.width = width
        self.height = max(self.min_height, top + total + bottom)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left, _, top, _ = self.padding
        if self.background is not None:
            canvas.saveState()
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            canvas.restoreState()
        if self.spaced:
            draw_stack(canvas, self.content, self._heights, left, self.height - top)
        else:
            y = self.height - top
            for flowable, height in zip(self.content, self._heights, strict=True):
                y -= height
                flowable.drawOn(canvas, left, y)
        if self.left_rule is not None:
            weight, colour = self.left_rule
            draw_rule(canvas, colour, weight, 0, self.height, 0, 0)
        if self.bottom_rule is not None:
            weight, colour = self.bottom_rule
            draw_rule(canvas, colour, weight, 0, 0, self.width, 0)


class Grid(Flowable):
    """Rows of cells (each a list of flowables) in fixed columns, each cell top-aligned.

    What a Table with VALIGN TOP and plain paddings did, drawn directly. A column width of
    None takes what the others leave of the frame. Splits between rows across pages.
    """

    def __init__(
        self,
        rows: list[list[list[Flowable]]],
        col_widths: list[float | None],
        *,
        pad_x: tuple[float, float] = (0, 0),  # left, right of every cell
        pad_bottom: float = 0,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.col_widths = col_widths
        self.pad_x = pad_x
        self.pad_bottom = pad_bottom
        self.hAlign = "CENTER"  # as a Table sits in its frame
        self._widths: list[float] = []
        self._layout: list[tuple[float, list[tuple[list[float], float]]]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fixed = sum(w for w in self.col_widths if w is not None)
        rest = avail_width - fixed
        self._widths = [rest if w is None else w for w in self.col_widths]
        left, right = self.pad_x
        self._layout = []
        total = 0.0
        for row in self.rows:
            cells = [
                stack_height(cell, width - left - right)
                for cell, width in zip(row, self._widths, strict=False)
            ]
            height = max((h for _, h in cells), default=0.0) + self.pad_bottom
            self._layout.append((height, cells))
            total += height
        self.width = sum(self._widths)
        self.height = total
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        used = 0.0
        fits = 0
        for height, _ in self._layout:
            if used + height > avail_height:
                break
            used += height
            fits += 1
        if not fits or fits == len(self.rows):
            return []
        return [
            Grid(self.rows[:fits], self.col_widths, pad_x=self.pad_x, pad_bottom=self.pad_bottom),
            Grid(self.rows[fits:], self.col_widths, pad_x=self.pad_x, pad_bottom=self.pad_bottom),
        ]

    def draw(self) -> None:
        top = self.height
        left = self.pad_x[0]
        for row, (height, cells) in zip(self.rows, self._layout, strict=True):
            x = 0.0
            for cell, width, (heights, _) in zip(row, self._widths, cells, strict=False):
                draw_stack(self.canv, cell, heights, x + left, top)
                x += width
            top -= height


class RotatedPara(Flowable):
    """A paragraph turned to read bottom to top, `length` long: a narrow column's header."""

    def __init__(self, text: str, style: ParagraphStyle, length: float) -> None:
        super().__init__()
        self.inner = Para(text, style)
        self.length = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self.inner_height = self.inner.wrap(self.length, 1e6)
        self.width, self.height = self.inner_height, self.length
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.rotate(90)
        # In the turned frame x runs up the column and y to its left.
        self.inner.drawOn(self.canv, 0, -self.inner_height)
        self.canv.restoreState()


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
    url: str, title: str, address: str, box: float, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """A QR code above its caption and printed address (already escaped), centred."""
    code = QrCode(url, box)
    code.hAlign = "CENTER"
    return [
        code,
        Para(esc(title), styles["caption"]),
        Para(address, styles["url_center"]),
    ]


def tile_row(tiles: list[list[Flowable]], width: float, columns: int) -> Grid:
    """Lay QR tiles out in rows of `columns`, evenly over `width`."""
    rows = [tiles[i : i + columns] for i in range(0, len(tiles), columns)]
    return Grid(
        rows, [width / columns] * columns, pad_x=(TILE_GAP / 2, TILE_GAP / 2),
        pad_bottom=grid(2),
    )


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
        table_style(
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
