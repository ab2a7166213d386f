"""The resources handout: suggested reading and external links, each with a QR code.

Entries sit two to a row; each shows its QR code (when it has a URL), kind, title, one line and
the URL printed in full so it can be typed.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kit.content import ReadingItem, Resource
from kit.handouts.base import HandoutRenderer
from kit.handouts.flowables import link_entry, table_style
from kit.handouts.markup import esc

QR_BOX = 28 * mm
COLUMNS = 2
COLUMN_GAP = 8 * mm
ROW_GAP = 5 * mm


class ResourcesRenderer(HandoutRenderer):
    """A reading list and link list to take home, every link scannable."""

    name = "resources"
    title = "Reading list and links"

    def story(self) -> list[Flowable]:
        pack = self.pack
        texts = pack.handouts.resources
        story: list[Flowable] = [
            self.banner(pack.organisation.name, texts.headline, texts.subheadline, big=False),
            Spacer(1, 4 * mm),
        ]
        if texts.intro:
            story.append(self.text(texts.intro, "lead"))
        if pack.reading:
            story.append(self.text("Sources and suggested reading", "h2"))
            story.append(self._grid([self._reading(item) for item in pack.reading]))
        if pack.resources:
            story.append(self.text("External links and resources", "h2"))
            story.append(self._grid([self._resource(item) for item in pack.resources]))
        if texts.call_to_action:
            story.append(self.text(texts.call_to_action, "cta"))
        if texts.footer:
            story.append(self.text(texts.footer, "small"))
        return story

    @property
    def _cell_width(self) -> float:
        return (self.frame_width - COLUMN_GAP * (COLUMNS - 1)) / COLUMNS

    def _reading(self, item: ReadingItem) -> Table:
        lines: list[Paragraph] = [self.text(item.kind.upper(), "kind")]
        lines.append(self.para(f"<b>{esc(item.title)}</b>", "body_tight"))
        byline = ", ".join(esc(p) for p in (item.authors, item.year) if p)
        if byline:
            lines.append(self.para(byline, "small"))
        if item.publisher:
            lines.append(self.para(esc(item.publisher), "small"))
        if item.url:
            lines.append(self.para(esc(item.url), "url"))
        return link_entry(item.url, lines, QR_BOX, self._cell_width)

    def _resource(self, item: Resource) -> Table:
        lines = [
            self.text(item.kind.upper(), "kind"),
            self.para(f"<b>{esc(item.title)}</b>", "body_tight"),
        ]
        if item.description:
            lines.append(self.text(item.description, "small"))
        lines.append(self.para(esc(item.url), "url"))
        if item.short_url:
            lines.append(self.para(f"or {esc(item.short_url)}", "url"))
        return link_entry(item.url, lines, QR_BOX, self._cell_width)

    def _grid(self, entries: list[Table]) -> Table:
        rows = [entries[i : i + COLUMNS] for i in range(0, len(entries), COLUMNS)]
        if len(rows[-1]) < COLUMNS:
            rows[-1] = rows[-1] + [""] * (COLUMNS - len(rows[-1]))
        widths = []
        for column in range(COLUMNS):
            widths.append(self._cell_width + (COLUMN_GAP if column < COLUMNS - 1 else 0))
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_GAP),
                ]
            )
        )
        return table
