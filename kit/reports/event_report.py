"""The after-event report: one event's counts as a PDF for the group's meeting.

It follows the handouts' renderer contract (plain data in, PDF bytes out; see
kit/handouts/base.py) and reuses their bundled fonts, palette and named styles. The input is an
`EventStats`, which holds counts only, so the report cannot contain a name, an email or a phone
number; a test seeds canary contacts and checks the extracted text to keep it that way.

The per-hour chart is a reportlab.graphics drawing (vectors), so it prints sharp at any size.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from kit.content import Colours
from kit.handouts.base import FOOTER_GAP, MARGIN, PAPER_SIZES, UnknownPaper
from kit.handouts.flowables import table_style
from kit.handouts.fonts import SANS, SANS_BOLD, register_fonts
from kit.handouts.markup import esc
from kit.handouts.styles import HAIRLINE, MUTED, TEXT, Palette, build_styles
from kit.reports.model import Count, EventStats

DEFAULT_COLOURS = Colours(primary="#1D4A55", accent="#B4532A")
CHART_HEIGHT = 62 * mm
COLUMN_GAP = 8 * mm  # between the two columns of tables
NO_PERSONAL_DATA = ("Counts only: this report holds no names, email addresses, phone numbers or "
                    "notes.")


def percent(part: int, whole: int) -> str:
    """`part` as a whole percentage of `whole` ('–' when there is nothing to divide)."""
    return f"{round(100 * part / whole)}%" if whole else "–"


class EventReportRenderer:
    """One event's report on letter or A4 paper -> PDF bytes via `render()`."""

    title = "After-event report"

    def __init__(
        self,
        stats: EventStats,
        *,
        organisation: str = "",
        colours: Colours | None = None,
        paper: str = "letter",
        generated_at: dt.datetime | None = None,
        language: str = "en",
    ) -> None:
        if paper not in PAPER_SIZES:
            raise UnknownPaper(f"unknown paper {paper!r}; choose {' or '.join(PAPER_SIZES)}")
        register_fonts()
        self.stats = stats
        self.organisation = organisation
        self.paper = paper
        self.pagesize = PAPER_SIZES[paper]
        self.palette = Palette.from_pack(colours or DEFAULT_COLOURS)
        self.styles = build_styles(self.palette)
        self.styles["cell_right"] = ParagraphStyle(
            "cell_right", parent=self.styles["cell"], alignment=TA_RIGHT)
        self.styles["cell_head_right"] = ParagraphStyle(
            "cell_head_right", parent=self.styles["cell_head"], alignment=TA_RIGHT)
        self.generated_at = generated_at
        self.language = language or "en"
        self.page_count = 0

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    # -- building blocks ------------------------------------------------------------------
    def text(self, text: str, style: str) -> Paragraph:
        return Paragraph(esc(text), self.styles[style])

    def banner(self) -> Table:
        event = self.stats.event
        where = " · ".join(
            part for part in (
                event.location,
                f"{event.date:%A} {event.date.day} {event.date:%B %Y}" if event.date else "",
            ) if part
        )
        rows = [[self.text(self.title.upper(), "kicker")], [self.text(event.name, "title")]]
        if where:
            rows.append([self.text(where, "banner_sub")])
        pad = 7 * mm
        table = Table(rows, colWidths=[self.frame_width])
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), self.palette.primary),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), pad * 0.8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ("LINEBELOW", (0, -1), (-1, -1), 3, self.palette.accent),
        ]))
        return table

    def figures(self) -> Table:
        """The key numbers, each in a box with its caption."""
        s = self.stats
        unknown = not s.returning_known
        items = [
            (str(s.signups), "sign-up" if s.signups == 1 else "sign-ups"),
            (_known_part(s.new, s, unknown), "new"),
            (_known_part(s.returning, s, unknown), "returning"),
            (str(s.consent_email), "said yes to email"),
            (str(s.consent_sms), "said yes to texts"),
            (str(s.handouts_printed), "handouts printed"),
        ]
        width = self.frame_width / len(items)
        cells = [[Paragraph(esc(number), self.styles["number"]) for number, _ in items],
                 [self.text(caption, "small") for _, caption in items]]
        # Room for a two-line caption ("handouts printed" wraps in a sixth of A4).
        table = Table(cells, colWidths=[width] * len(items), rowHeights=[11 * mm, 10 * mm])
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), self.palette.panel),
            ("LINEAFTER", (0, 0), (-2, -1), 1, colors.white),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ]))
        return table

    def hour_chart(self) -> Drawing:
        """Sign-ups per hour as vector bars, with the value over each bar and hour ticks."""
        hours = self.stats.per_hour
        width, height = self.frame_width, CHART_HEIGHT
        drawing = Drawing(width, height)
        # The renderer opens a drawing in its default font (Helvetica, never embedded).
        drawing.initialFontName = SANS
        chart = VerticalBarChart()
        chart.x, chart.y = 12 * mm, 9 * mm
        chart.width, chart.height = width - 16 * mm, height - 16 * mm
        chart.data = [[item.count for item in hours]]
        chart.categoryAxis.categoryNames = [item.label for item in hours]
        chart.categoryAxis.labels.fontName = SANS
        chart.categoryAxis.labels.fontSize = 8
        chart.categoryAxis.labels.fillColor = TEXT
        chart.categoryAxis.strokeColor = TEXT
        top = max((item.count for item in hours), default=0)
        step = max(1, _nice_step(top))
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = step * max(1, -(-top // step))
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = SANS
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.labels.fillColor = MUTED
        chart.valueAxis.strokeColor = TEXT
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = HAIRLINE
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.bars[0].fillColor = self.palette.primary
        chart.bars[0].strokeColor = None
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = SANS_BOLD
        chart.barLabels.fontSize = 8
        chart.barLabels.nudge = 6
        chart.barSpacing = 2
        chart.groupSpacing = 6 if len(hours) > 8 else 12
        drawing.add(chart)
        drawing.add(String(0, height - 4 * mm, "sign-ups", fontName=SANS, fontSize=7.5,
                           fillColor=MUTED))
        # The same zone as the times in the text (it said "local time" beside "UTC").
        drawing.add(String(width, 0, f"hour of the day ({self.stats.zone_label})", fontName=SANS,
                           fontSize=7.5, fillColor=MUTED, textAnchor="end"))
        return drawing

    @property
    def column_width(self) -> float:
        """Width of one of the two columns the lower sections sit in."""
        return (self.frame_width - COLUMN_GAP) / 2

    def count_table(self, counts: tuple[Count, ...], headers: tuple[str, str, str],
                    whole: int) -> Table:
        """What / how many / share, with a thin rule under each row, one column wide."""
        rows = [[self.text(h, "cell_head" if i == 0 else "cell_head_right")
                 for i, h in enumerate(headers)]]
        for item in counts:
            rows.append([self.text(item.label, "cell"), self.text(str(item.count), "cell_right"),
                         self.text(percent(item.count, whole), "cell_right")])
        width = self.column_width
        table = Table(rows, colWidths=[width * 0.56, width * 0.22, width * 0.22], repeatRows=1)
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), self.palette.primary),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, HAIRLINE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table

    def section(self, heading: str, *flowables: Flowable) -> KeepTogether:
        return KeepTogether([self.text(heading, "h2"), *flowables])

    def side_by_side(self, left: list[Flowable], right: list[Flowable]) -> Table:
        """Two sections next to each other, so the whole report fits on one page."""
        table = Table([[left, right]], colWidths=[self.column_width + COLUMN_GAP, self.column_width])
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), COLUMN_GAP),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ]))
        return table

    # -- the story ------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        s = self.stats
        story: list[Flowable] = [self.banner(), Spacer(1, 5 * mm), self.figures()]
        if not s.returning_known:
            story.append(Spacer(1, 2 * mm))
            known = s.signups - s.unknown_origin
            counted = ("so neither is counted" if not known else
                       f"the figures marked + count only the other {known}")
            story.append(self.text(
                f"* New and returning are not known for {s.unknown_origin} of the "
                f"{_signups(s.signups)}: their contacts are sealed (protected mode: only the "
                f"coordinator's passphrase opens them) or were purged, {counted}.", "small"))
        if s.first_signup and s.last_signup:
            story.append(Spacer(1, 2 * mm))
            story.append(self.text(_time_window(s), "small"))

        if s.per_hour:
            busiest = s.busiest_hour
            described = "; ".join(f"{c.label} {c.count}" for c in s.per_hour)
            lead = (f"Busiest hour: {busiest.label} with {_signups(busiest.count)}. "
                    if busiest else "")
            story.append(self.section(
                "Sign-ups per hour", self.hour_chart(),
                self.text(f"{lead}By hour: {described}.", "small"),
            ))
        else:
            story.append(self.section("Sign-ups per hour",
                                      self.text("No sign-ups were recorded at this event.", "body")))

        chosen = tuple(c for c in s.interests if c.count) or ()
        interests: list[Flowable] = [self.text("Interests chosen", "h2")]
        if chosen:
            interests += [
                self.count_table(chosen, ("Interest", "Sign-ups", "Share"), s.signups),
                self.text("One person may choose several, so shares add up to more than 100%.",
                          "small"),
            ]
        else:
            interests.append(self.text("None chosen.", "body"))

        consent_rows = (
            Count("email", "Said yes to email", s.consent_email),
            Count("sms", "Said yes to text messages", s.consent_sms),
        )
        consent: list[Flowable] = [
            self.text("Consent and language", "h2"),
            self.count_table(consent_rows, ("Question", "Sign-ups", "Share"), s.signups),
            Spacer(1, 2 * mm),
        ]
        if s.languages:
            consent.append(self.count_table(s.languages, ("Form language", "Sign-ups", "Share"),
                                            s.signups))
        story.append(self.side_by_side(interests, consent))

        handouts: list[Flowable] = [self.text("Handouts printed", "h2")]
        if s.handouts:
            handouts.append(self.count_table(s.handouts, ("Handout", "Copies", "Share"),
                                             s.handouts_printed))
        else:
            handouts.append(self.text("No handouts were printed at this event.", "body"))
        if s.handouts_saved:
            handouts.append(self.text(f"Also saved as PDF files: {s.handouts_saved}.", "small"))

        sync: list[Flowable] = [self.text("Sync", "h2"), self.text(s.sync.describe(), "body")]
        if s.sync.by_state:
            sync.append(self.count_table(s.sync.by_state, ("Delivery state", "Deliveries", "Share"),
                                         s.sync.total))
        story.append(self.side_by_side(handouts, sync))
        story.append(Spacer(1, 6 * mm))
        story.append(self.text(NO_PERSONAL_DATA, "small"))
        return story

    # -- pages ------------------------------------------------------------------------------
    def decorate_page(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        left = " · ".join(part for part in (
            self.organisation, "After-event report",
            f"made {self.generated_at:%Y-%m-%d %H:%M}" if self.generated_at else "",
        ) if part)
        canvas.drawString(MARGIN, MARGIN, left)
        canvas.drawRightString(self.pagesize[0] - MARGIN, MARGIN, f"{doc.page}")
        canvas.restoreState()

    def render(self) -> bytes:
        """Build the PDF and return its bytes; `page_count` holds the pages afterwards."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=self.pagesize,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            title=f"{self.title}: {self.stats.event.name}",
            author=self.organisation or "Outreach Kit",
            subject=f"{self.title}: counts of one event, no personal data",
            creator="Outreach Kit", lang=self.language,
            initialFontName=SANS,  # not reportlab's unembedded Helvetica (see handouts/base.py)
        )
        frame = Frame(MARGIN, MARGIN + FOOTER_GAP, self.frame_width,
                      self.pagesize[1] - 2 * MARGIN - FOOTER_GAP,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.decorate_page)])
        doc.build(self.story())
        self.page_count = doc.page
        return buffer.getvalue()


def _nice_step(maximum: int, ticks: int = 5) -> int:
    """A value-axis step of 1, 2 or 5 times a power of ten giving at most `ticks` steps."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 1
    while power * 10 <= raw:
        power *= 10
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def _signups(count: int) -> str:
    return f"{count} sign-up" if count == 1 else f"{count} sign-ups"


def _known_part(count: int, stats: EventStats, unknown: bool) -> str:
    """New or returning: "–*" when no sign-up's contact is known (a protected kit: "0*" read as
    nobody new), "3+*" when some are (at least that many)."""
    if not unknown:
        return str(count)
    return "–*" if stats.unknown_origin >= stats.signups else f"{count}+*"


def _time_window(stats: EventStats) -> str:
    """When sign-ups came, in the report's one time zone; on a protected kit, which keeps times
    to the quarter hour only, as the quarter hours they fell in (never "first 21:45, last
    21:45" for sign-ups made between 21:45 and 22:00)."""
    first, last, zone = stats.first_signup, stats.last_signup, stats.zone_label
    assert first is not None and last is not None
    if not stats.quarter_hours:
        return f"First sign-up at {first:%H:%M}, last at {last:%H:%M} ({zone})."
    end = last + dt.timedelta(minutes=15)
    if first == last:
        return (f"Every sign-up was made between {first:%H:%M} and {end:%H:%M} ({zone}; this kit "
                "keeps times to the quarter hour only).")
    return (f"Sign-ups were made between {first:%H:%M} and {end:%H:%M} ({zone}; this kit keeps "
            "times to the quarter hour only).")


def render_event_report(stats: EventStats, **options) -> bytes:
    """PDF bytes of the report for `stats` (options: organisation, colours, paper, generated_at)."""
    return EventReportRenderer(stats, **options).render()
