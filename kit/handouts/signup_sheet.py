"""The paper sign-up sheet: the fallback when the laptop dies, with the kiosk form's fields.

Landscape, ruled rows for handwriting; the consent sentences are the pack's, word for word, so
a paper sign-up records the same consent as the screen. Each interest is a narrow column whose
label reads up its header, so no legend is needed. An open sheet shows every earlier signer
to the next; for people at risk, signup_slips.py prints one detachable slip per person.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from kit.handouts.base import HandoutRenderer, measure
from kit.handouts.flowables import RotatedPara, TickBox, table_style
from kit.handouts.markup import esc
from kit.handouts.styles import HAIRLINE

ROW_HEIGHT = 10 * mm  # room to write by hand
MIN_ROWS = 6
NUMBER_WIDTH = 7 * mm
INTEREST_WIDTH = 9 * mm
CONSENT_WIDTH = 9 * mm
HEADER_HEIGHT = 27 * mm  # the interest labels read up their columns (two lines at most)
# Relative widths of the written columns (first, last, email, phone, ZIP).
# (Label keys in kit.content.HANDOUT_LABELS.)
WRITTEN = (("first_name", 1.0), ("last_name", 1.1), ("email", 1.9), ("phone", 1.1),
           ("zip", 0.55))
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def format_date(date: dt.date) -> str:
    """A date as `Saturday 16 May 2026`, independent of the machine's locale."""
    return f"{_DAYS[date.weekday()]} {date.day} {_MONTHS[date.month - 1]} {date.year}"


class SignupSheetRenderer(HandoutRenderer):
    """Ruled rows for first name, last name, email, phone, ZIP, interests and consent."""

    name = "signup-sheet"
    title = "Paper sign-up sheet"
    is_landscape = True
    margin = 12 * mm

    def story(self) -> list[Flowable]:
        header = self._header()
        table_head = self._rows(0)
        fixed = measure([*header, table_head], self.frame_width)
        rows = max(MIN_ROWS, int((self.frame_height - fixed - 2 * mm) // ROW_HEIGHT))
        return [*header, self._rows(rows)]

    def event_lines(self) -> list[str]:
        """Event name, date and place as printed (blank lines to fill in without an event)."""
        event = self.event
        if event is None:
            return [f"{self.pack.label('event')}: ______________________________",
                    f"{self.pack.label('date')}: ____________________"]
        lines = [f"{self.pack.label('event')}: {event.name}"]
        when = format_date(event.date) if event.date else ""
        place = event.location
        if when or place:
            lines.append(" · ".join(p for p in (when, place) if p))
        return lines

    def _header(self) -> list[Flowable]:
        pack = self.pack
        texts = pack.handouts.signup_sheet
        left: list[Flowable] = [self.text(texts.headline, "sheet_title")]
        if texts.intro:
            left.append(self.text(texts.intro, "body_tight"))
        right = [self.text(line, "sheet_event") for line in self.event_lines()]
        top = Table([[left, right]], colWidths=["62%", "38%"])
        top.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                    ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),  # the intro stops short of the rule
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBEFORE", (1, 0), (1, 0), 2, self.palette.accent),
                ]
            )
        )
        consent = Table(
            [
                [self.para(f"<b>{esc(pack.label('email'))}</b>", "small"),
                 self.text(pack.consent.email, "small"),
                 self.para(f"<b>{esc(pack.label('text'))}</b>", "small"),
                 self.text(pack.consent.sms, "small")],
            ],
            colWidths=["9%", "41%", "8%", "42%"],
        )
        consent.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), self.palette.panel),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 * mm),
                ]
            )
        )
        header: list[Flowable] = [
            top,
            Spacer(1, 3 * mm),
            self.text(pack.label("tick_note"), "small"),
            Spacer(1, 1 * mm),
            consent,
        ]
        if pack.privacy:  # the same notice the kiosk form shows
            notice = f"<b>{esc(pack.label('privacy'))}:</b> {esc(pack.privacy)}"
            header += [Spacer(1, 1.5 * mm), self.para(notice, "small")]
        return [*header, Spacer(1, 3 * mm)]

    def _rows(self, count: int) -> Table:
        interests = self.pack.interests
        fixed = NUMBER_WIDTH + INTEREST_WIDTH * len(interests) + 2 * CONSENT_WIDTH
        free = self.frame_width - fixed
        unit = free / sum(weight for _, weight in WRITTEN)
        widths = [NUMBER_WIDTH, *(unit * weight for _, weight in WRITTEN)]
        widths += [INTEREST_WIDTH] * len(interests) + [CONSENT_WIDTH] * 2
        head = ["", *(self.text(self.pack.label(key), "cell_head") for key, _ in WRITTEN)]
        head += [RotatedPara(esc(i.label), self.styles["cell_head"], HEADER_HEIGHT)
                 for i in interests]
        head += [RotatedPara(esc(self.pack.label(key)), self.styles["cell_head"], HEADER_HEIGHT)
                 for key in ("email_me", "text_me")]
        data: list[list[object]] = [head]
        for number in range(1, count + 1):
            row: list[object] = [self.text(str(number), "cell_number")]
            row += [""] * len(WRITTEN)
            row += [TickBox() for _ in interests]
            row += [TickBox(), TickBox()]
            data.append(row)
        first_tick = 1 + len(WRITTEN)
        table = Table(data, colWidths=widths, rowHeights=[None] + [ROW_HEIGHT] * count,
                      repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), self.palette.primary),
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("ALIGN", (first_tick, 0), (-1, 0), "CENTER"),
                    ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                    ("ALIGN", (first_tick, 1), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("TOPPADDING", (0, 0), (-1, 0), 1.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 1.8 * mm),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.5, HAIRLINE),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.5, HAIRLINE),
                    ("LINEAFTER", (0, 0), (-2, 0), 0.5, colors.white),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, self.palette.panel]),
                    ("BOX", (0, 0), (-1, -1), 0.6, HAIRLINE),
                ]
            )
        )
        return table

    def footer_text(self) -> str:
        """The pack's reminder for volunteers, or the organisation's name."""
        return self.pack.handouts.signup_sheet.footer or super().footer_text()


