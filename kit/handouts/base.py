"""The renderer contract every handout follows (the pretix invoice shape).

A renderer takes plain data (a CampaignPack, an optional EventInfo, a paper name) and returns
PDF bytes; it never reads settings or the database. The base class holds the page size,
margins, fonts and named styles; subclasses override `story()` and, when they need more than
one plain frame, `page_templates()` and `decorate_page()`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import ClassVar

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from kit.content import CampaignPack
from kit.domain.records import EventInfo
from kit.handouts.flowables import Box, Para
from kit.handouts.fonts import SANS, register_fonts
from kit.handouts.markup import esc
from kit.handouts.styles import MUTED, Palette, build_styles

PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
MARGIN = 15 * mm  # printers lose up to ~6 mm at the edge; 15 mm leaves air on every model
FOOTER_GAP = 7 * mm  # room below the frame for the footer line


# Type scales tried, largest first, when text must fit a fixed space.
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6)


# (renderer, pack, paper, part) -> the scale that fitted; packs are frozen, so this is safe.
_FITTED_SCALES: dict[tuple[object, ...], float] = {}


def measure(flowables: list[Flowable], width: float) -> float:
    """Height the flowables take stacked in a frame `width` wide (spacing included)."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        total += flowable.wrap(width, 1e6)[1]
        if index:  # a frame drops the space before its first flowable
            total += flowable.getSpaceBefore()
        total += flowable.getSpaceAfter()
    return total


class UnknownPaper(ValueError):
    """A paper name other than those in PAPER_SIZES."""


class HandoutOverflow(RuntimeError):
    """The pack's text does not fit the handout's page budget even at the smallest size."""


class HandoutRenderer:
    """Base class: one handout, one pack, one paper size -> PDF bytes via `render()`."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    is_landscape: ClassVar[bool] = False
    margin: ClassVar[float] = MARGIN

    def __init__(
        self, pack: CampaignPack, event: EventInfo | None = None, paper: str = "letter"
    ) -> None:
        if paper not in PAPER_SIZES:
            raise UnknownPaper(f"unknown paper {paper!r}; choose {' or '.join(PAPER_SIZES)}")
        register_fonts()
        self.pack = pack
        self.event = event
        self.paper = paper
        size = PAPER_SIZES[paper]
        self.pagesize = landscape(size) if self.is_landscape else size
        self.palette = Palette.from_pack(pack.organisation.colours)
        self.scale = 1.0
        self.styles = build_styles(self.palette, self.scale)
        self.page_count = 0

    # -- geometry -------------------------------------------------------------------------
    @property
    def frame_width(self) -> float:
        """Width available inside the margins."""
        return self.pagesize[0] - 2 * self.margin

    @property
    def frame_height(self) -> float:
        """Height available inside the margins, above the footer."""
        return self.pagesize[1] - 2 * self.margin - FOOTER_GAP

    def set_scale(self, scale: float) -> None:
        """Rebuild the styles at `scale` (used to shrink long text onto its pages)."""
        self.scale = scale
        self.styles = build_styles(self.palette, scale)

    # -- hooks ----------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        """The flowables of the handout; every subclass provides this."""
        raise NotImplementedError

    def page_templates(self) -> list[PageTemplate]:
        """One frame inside the margins, leaving room for the footer."""
        frame = Frame(
            self.margin, self.margin + FOOTER_GAP, self.frame_width, self.frame_height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        return [PageTemplate(id="page", frames=[frame], onPage=self.decorate_page)]

    def subject(self) -> str:
        """The PDF's Subject: what the handout is about, in the group's words."""
        org = self.pack.organisation
        return f"{self.title}: {org.tagline}" if org.tagline else self.title

    def footer_text(self) -> str:
        """The plain text at the left of the footer line."""
        org = self.pack.organisation
        return " · ".join(part for part in (org.name, org.city) if part)

    def decorate_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw what sits on every page outside the frames: the footer."""
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin, self.margin, self.footer_text())
        canvas.drawRightString(self.pagesize[0] - self.margin, self.margin, f"{doc.page}")
        canvas.restoreState()

    def fit(
        self, build: Callable[[], list[Flowable]], height: float, *, what: str
    ) -> list[Flowable]:
        """Build flowables with `build()` at the largest scale in SCALES that fits `height`.

        Shrinking the type (rather than scaling a drawing, as KeepInFrame does) keeps tables
        full width and the type crisp. Raises HandoutOverflow when even the smallest scale
        is too tall: a loud failure beats clipped text on paper.
        """
        key = (type(self).__name__, self.pack, self.paper, what)
        known = _FITTED_SCALES.get(key)
        # A pack renders again and again at the table: start from the scale that fitted last.
        for scale in ((known,) if known else ()) + SCALES:
            self.set_scale(scale)
            flowables = build()
            if measure(flowables, self.frame_width) <= height:
                if len(_FITTED_SCALES) > 256:
                    _FITTED_SCALES.clear()
                _FITTED_SCALES[key] = scale
                return flowables
        raise HandoutOverflow(
            f"the {what} of the {self.name} does not fit even at {SCALES[-1]:.0%} type size; "
            "shorten the campaign pack's texts"
        )

    # -- rendering ------------------------------------------------------------------------
    def render(self) -> bytes:
        """Build the PDF and return its bytes; `page_count` holds the pages afterwards."""
        buffer = io.BytesIO()
        org = self.pack.organisation
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.margin,
            title=f"{org.name}: {self.title}",
            author=org.name,
            subject=self.subject(),
            creator="Outreach Kit",
            lang=self.pack.language or "en",
            # The canvas opens every page with a font; reportlab's default is Helvetica, which
            # it never embeds, and a print shop's preflight rejects a PDF naming an unembedded
            # font even if no glyph uses it (PDF/X-1a 6.3.5, "all fonts shall be embedded").
            initialFontName=SANS,
        )
        doc.addPageTemplates(self.page_templates())
        doc.build(self.story())
        self.page_count = doc.page
        return buffer.getvalue()

    # -- shared building blocks -----------------------------------------------------------
    def para(self, markup: str, style: str) -> Paragraph:
        """A Paragraph of already-escaped `markup` in the named style."""
        return Para(markup, self.styles[style])

    def text(self, text: str, style: str) -> Paragraph:
        """A Paragraph of plain `text` (escaped here) in the named style."""
        return Para(esc(text), self.styles[style])

    def banner(self, kicker: str, headline: str, sub: str, *, big: bool = True) -> Box:
        """The coloured title band at the top of a handout, inside the margins."""
        lines = []
        if kicker:
            lines.append(self.text(kicker.upper(), "kicker"))
        lines.append(self.text(headline, "display" if big else "title"))
        if sub:
            lines.append(self.text(sub, "banner_sub"))
        pad = (9 if big else 7) * mm * self.scale
        return Box(
            lines,
            padding=(pad, pad, pad * 0.8, pad),
            width=self.frame_width,
            background=self.palette.primary,
            bottom_rule=(3, self.palette.accent),
            spaced=False,  # the band's lines sit flush, as rows of one table did
        )
