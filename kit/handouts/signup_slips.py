"""Sign-up slips: one detachable slip per person, for tables where people are at risk.

An open sign-up sheet shows every earlier signer's name, email and phone to the next person
in line. A slip is filled in, torn off along the cut line, folded and dropped in a box: nobody
sees anyone else's details. Each slip carries the same fields and the pack's exact consent
sentences as the kiosk form and the sheet, so a paper slip records the same consent.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kit.handouts.base import CutSheetRenderer
from kit.handouts.bidi import draw_string
from kit.handouts.design import CUT_MARK, HAIRLINE, grid
from kit.handouts.fonts import SANS, SANS_BOLD
from kit.handouts.signup_sheet import format_date
from kit.handouts.styles import MUTED, TEXT

SLIPS_PER_PAGE = 3  # when they fit; else two
PAD = 4.5 * mm
FIELD_HEIGHT = 8 * mm  # room to write by hand (a ruled line is 7-9 mm)
BOX = 3.6 * mm
CUT_DASH = (3, 3)


class SlipSheet(Flowable):
    """A page of slips filling the frame, a dashed cut line between each."""

    def __init__(self, renderer: SignupSlipsRenderer) -> None:
        super().__init__()
        self.renderer = renderer
        self.width = renderer.frame_width
        self.height = renderer.frame_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = self.renderer.slips_per_page()
        slip_h = self.height / count
        canvas = self.canv
        for index in range(count):
            top = self.height - index * slip_h
            self.renderer.draw_slip(canvas, 0, top - slip_h, self.width, slip_h)
            if index:
                canvas.saveState()
                canvas.setStrokeColor(CUT_MARK)
                canvas.setDash(*CUT_DASH)
                canvas.setLineWidth(0.6)
                canvas.line(-self.renderer.margin / 2, top, self.width + self.renderer.margin / 2,
                            top)
                canvas.restoreState()
                canvas.saveState()
                canvas.setFont(SANS, 7)
                canvas.setFillColor(MUTED)
                canvas.drawRightString(self.width, top + 2, "cut here")
                canvas.restoreState()


class SignupSlipsRenderer(CutSheetRenderer):
    """Three slips a page: name, email, phone, ZIP, interests and consent, one person each."""

    name = "signup-slips"
    title = "Sign-up slips (one per person)"
    margin = 12 * mm  # as the sign-up sheet: room for three slips on Letter

    def story(self) -> list[Flowable]:
        return [SlipSheet(self)]

    def event_line(self) -> str:
        event = self.event
        if event is None:
            return ""
        when = format_date(event.date) if event.date else ""
        return " · ".join(p for p in (event.name, when) if p)

    def slips_per_page(self) -> int:
        """Three slips a page when one fits a third of it (drawn once, off the page, to see);
        else two, so a pack with many interests or long consent sentences never overlaps."""
        from reportlab.pdfgen.canvas import Canvas

        scratch = Canvas(io.BytesIO(), pagesize=self.pagesize, initialFontName=SANS)
        tall = self.frame_height
        bottom = self.draw_slip(scratch, 0, 0, self.frame_width, tall)
        needed = tall - bottom + PAD
        return SLIPS_PER_PAGE if needed <= self.frame_height / SLIPS_PER_PAGE else 2

    def draw_slip(self, canvas, x: float, y: float, w: float, h: float) -> float:  # noqa: ANN001
        """One slip in the box (x, y, w, h): heading, fields, interests, consent, notes.

        Returns how far down it drew (the lowest y), for slips_per_page.
        """
        pack = self.pack
        styles = self.styles
        top = y + h - PAD
        left = x + PAD
        inner = w - 2 * PAD
        canvas.saveState()
        # Heading: the group, and the event it was filled in at.
        canvas.setFillColor(self.palette.primary)
        draw_string(canvas, left, top - 10, pack.handouts.signup_sheet.headline,
                    styles["h3"].fontName, 12)
        canvas.setFont(SANS, 9)
        canvas.setFillColor(MUTED)
        draw_string(canvas, left + inner, top - 10, self.event_line(), SANS, 9, anchor="right")
        top -= grid(4.5)
        # Fields: a label above a line to write on.
        rows = (
            ((pack.label("first_name"), 0.5), (pack.label("last_name"), 0.5)),
            ((pack.label("email"), 0.62), (pack.label("phone"), 0.38 * 0.62),
             (pack.label("zip"), 0.38 * 0.38)),
        )
        for row in rows:
            cx = left
            for label, share in row:
                width = inner * share - (3 * mm if cx + inner * share < left + inner - 1 else 0)
                canvas.setFillColor(TEXT)
                draw_string(canvas, cx, top - 9, label, SANS, 8.5)
                canvas.setStrokeColor(HAIRLINE)
                canvas.setLineWidth(0.6)
                canvas.line(cx, top - FIELD_HEIGHT - 6, cx + width, top - FIELD_HEIGHT - 6)
                cx += inner * share
            top -= FIELD_HEIGHT + grid(2.5)
        # Interests: tick boxes with their labels, three to a line.
        draw_string(canvas, left, top - 9, pack.label("hear_about"), SANS_BOLD, 9)
        top -= grid(3)
        columns = 3
        column_w = inner / columns
        for index, interest in enumerate(pack.interests):
            col, line = index % columns, index // columns
            bx = left + col * column_w
            by = top - (line + 1) * grid(3)
            self._box(canvas, bx, by)
            canvas.setFillColor(TEXT)
            draw_string(canvas, bx + BOX + 2 * mm, by + 0.5, interest.label, SANS, 9.5)
        lines = -(-len(pack.interests) // columns)
        top -= lines * grid(3) + grid(2)
        # Consent: the pack's sentences, word for word, each with its own box.
        for sentence in (pack.consent.email, pack.consent.sms):
            paragraph = self.text(sentence, "body_tight")
            _, height = paragraph.wrap(inner - BOX - 3 * mm, h)
            self._box(canvas, left, top - BOX - 1)
            paragraph.drawOn(canvas, left + BOX + 3 * mm, top - height)
            top -= max(height, BOX) + grid(1)
        # The kiosk's privacy notice and what to do with the slip.
        top -= grid(1)
        for note in (" ".join(n for n in (pack.privacy, pack.label("fold_note")) if n),):
            paragraph = self.text(note, "small")
            _, height = paragraph.wrap(inner, h)
            paragraph.drawOn(canvas, left, top - height)
            top -= height + grid(0.5)
        canvas.restoreState()
        return top

    def _box(self, canvas, x: float, y: float) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(0.7)
        canvas.rect(x, y, BOX, BOX, stroke=1, fill=0)
        canvas.restoreState()
