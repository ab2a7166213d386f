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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from kit.content import CampaignPack
from kit.domain.records import EventInfo
from kit.handouts.addresses import address_lines, wrap_unbroken
from kit.handouts.bidi import draw_string, has_arabic, is_rtl_language, line_width
from kit.handouts.design import FOOTER_GAP, GUTTER, MARGIN, QR_JOIN, SIDE_COLUMN, TYPE, grid
from kit.handouts.flowables import Box, Grid, Para
from kit.handouts.fonts import SANS, register_fonts
from kit.handouts.markup import esc, inline_markdown
from kit.handouts.qr import QrCode
from kit.handouts.styles import MUTED, Palette, build_styles

PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
# (renderer, pack, paper, part, room) -> which of the texts' forms fitted; packs are frozen.
_FITTED: dict[tuple[object, ...], int] = {}
__all__ = ["FOOTER_GAP", "MARGIN", "PAPER_SIZES", "HandoutOverflow", "HandoutRenderer",
           "UnknownPaper", "measure"]


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
        # Urdu and other right-to-left languages: columns read from the right (the text's own
        # direction and alignment is each paragraph's, see kit.handouts.bidi).
        self.rtl = is_rtl_language(pack.language)
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

    @property
    def side_width(self) -> float:
        """Width of the side column on a two-column page."""
        return self.frame_width * SIDE_COLUMN

    @property
    def main_width(self) -> float:
        """Width of the main column (running text, about 60-80 characters a line)."""
        return self.frame_width - self.side_width - GUTTER

    def set_scale(self, scale: float) -> None:
        """Rebuild the styles at `scale` (QR cards shrink their side text to fit a card)."""
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
        canvas.setFont(SANS, TYPE["footer"][0])
        canvas.setFillColor(MUTED)
        draw_string(canvas, self.margin, self.margin, self.footer_text(), SANS, TYPE["footer"][0])
        canvas.drawRightString(self.pagesize[0] - self.margin, self.margin, f"{doc.page}")
        canvas.restoreState()

    def first_that_fits(
        self, builds: list[Callable[[], list[Flowable]]], width: float, height: float, *,
        what: str,
    ) -> list[Flowable]:
        """The first of `builds` whose flowables fit `height` (the pack's full texts first,
        then its short forms). The type is never shrunk: HandoutOverflow says what to shorten.
        """
        key = (type(self).__name__, self.pack, self.paper, what, width, height)
        known = _FITTED.get(key)
        if known is not None:  # a pack renders again and again at the table
            return builds[known]()
        for index, build in enumerate(builds):
            flowables = build()
            if measure(flowables, width) <= height:
                if len(_FITTED) > 256:
                    _FITTED.clear()
                _FITTED[key] = index
                return flowables
        raise HandoutOverflow(
            f"the {what} of the {self.name} does not fit its page even with the pack's short "
            "forms; shorten its texts on the Content page, or give short forms (short = ...) "
            "in the pack's campaign.toml"
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
        pad = grid(4 if big else 3)
        style = "display" if big else "title"
        display = self.styles["display"]
        measure_line = line_width if has_arabic(headline) else stringWidth
        if big and measure_line(headline, display.fontName, display.fontSize) > (
                self.frame_width - 2 * pad):
            style = "title"  # a long headline on one line at the smaller size, not two
        lines.append(self.text(headline, style))
        if sub:
            lines.append(self.text(sub, "banner_sub"))
        return Box(
            lines,
            padding=(pad, pad, pad * 0.8, pad),
            width=self.frame_width,
            background=self.palette.primary,
            bottom_rule=(3, self.palette.accent),
            spaced=False,  # the band's lines sit flush, as rows of one table did
        )

    def columns(self, main: list[Flowable], side: list[Flowable]) -> Grid:
        """A main column of running text beside a side column, top-aligned (the main column
        on the right in a right-to-left language)."""
        if self.rtl:
            return Grid([[side, [], main]], [self.side_width, GUTTER, self.main_width])
        return Grid([[main, [], side]], [self.main_width, GUTTER, self.side_width])

    def address(self, url: str, width: float, style: str = "url") -> str:
        """The printed form of `url` (markup): whole, over up to three lines `width` wide when
        one is too short, else its domain; never cut short (kit.handouts.addresses)."""
        chosen = self.styles[style]
        lines = address_lines(url, chosen.fontName, chosen.fontSize, width)
        return "<br/>".join(esc(line) for line in lines)

    def unbroken(self, text: str, width: float, style: str) -> str:
        """An email address or handle (markup) broken only after "@", "." and the like when it
        is wider than `width`: as one word it ran past the edge of a narrow panel."""
        chosen = self.styles[style]
        lines = wrap_unbroken(text, chosen.fontName, chosen.fontSize, width)
        return "<br/>".join(esc(line) for line in lines) if lines else esc(text)

    def contact_lines(self, width: float) -> list[Flowable]:
        """The group's contact details, one labelled line each (none when the pack has none)."""
        contact = self.pack.organisation.contact
        lines: list[Flowable] = []
        for label, value, is_url in (
            (self.pack.label("sign_up"), contact.signup, True),
            (self.pack.label("web"), contact.website, True),
            (self.pack.label("email"), contact.email, False),
            (self.pack.label("social"), contact.social, False),
            (self.pack.label("meetings"), contact.meeting, False),
        ):
            if not value:
                continue
            shown = (self.address(value, width - 40, "body_tight") if is_url
                     else self.unbroken(value, width, "body_tight"))
            lines.append(self.para(f"<b>{label}:</b> {shown}", "body_tight"))
        return lines

    def join_panel(self, width: float, *, heading: str = "", intro: str = "",
                   call_to_action: str = "", ways: bool = False, min_height: float = 0.0) -> Box:
        """The group's own way in: its sign-up or web address as a QR code, contact lines.

        Every handout carries one. Without contact details in the pack it still says who the
        group is and what to do now (the call to action); the Handouts tab warns about the gap.
        """
        pad = grid(3)
        inner = width - 2 * pad
        org = self.pack.organisation
        wide = width > 2.5 * self.side_width  # a band across the page: the code on the right
        code_column = QR_JOIN + grid(6)
        text_width = inner - code_column - GUTTER if wide else inner
        content: list[Flowable] = [Para(esc(heading or self.pack.label("join_us")),
                                         self.styles["join"])]
        if intro:
            content.append(self.para(inline_markdown(intro), "flyer_body"))
        if call_to_action:
            content.append(self.text(call_to_action, "cta"))
        details = self.contact_lines(text_width)
        if details:
            content.append(Spacer(1, grid(1)))
            content.extend(details)
        if ways and self.pack.interests:
            # The boxes of the sign-up form, as the ways in a newcomer can take part.
            content.append(Spacer(1, grid(1)))
            content.append(self.text(self.pack.label("ways_to_take_part"), "h3"))
            content.extend(
                Para(esc(interest.label), self.styles["bullet"], bulletText="•")
                for interest in self.pack.interests
            )
        code: list[Flowable] = []
        way_in = org.contact.way_in
        if way_in:
            symbol = QrCode(way_in, QR_JOIN)
            symbol.hAlign = "CENTER"
            label = self.pack.label("sign_up_online" if org.contact.signup else "on_the_web")
            width_for_address = code_column if wide else inner
            code = [symbol, self.text(label, "caption"),
                    Para(self.address(way_in, width_for_address, "url_center"),
                         self.styles["url_center"])]
        if wide and code:
            content = [Grid([[code, [], content]], [code_column, GUTTER, text_width])
                       if self.rtl else
                       Grid([[content, [], code]], [text_width, GUTTER, code_column])]
        elif code:
            # The way in comes first: right under the heading, before the words.
            content = [content[0], *code, Spacer(1, grid(1)), *content[1:]]
        return Box(
            content,
            padding=(pad, pad, pad, pad),
            width=width,
            background=self.palette.panel,
            left_rule=(3, self.palette.accent),
            min_height=min_height,
        )


class CutSheetRenderer(HandoutRenderer):
    """A sheet meant to be cut apart (QR cards, sign-up slips): one frame the whole height
    inside the margins, no page footer (a footer would be cut off with the last card)."""

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - 2 * self.margin

    def page_templates(self) -> list[PageTemplate]:
        frame = Frame(
            self.margin, self.margin, self.frame_width, self.frame_height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="sheet",
        )
        return [PageTemplate(id="sheet", frames=[frame])]
