"""The resources handout: the group's own way in, then further reading, each link a QR code.

Two groups, as people ask at the table: "how do I reach you?" ("From the group": the join panel
and any page the pack marks `ours`) and "where can I read more?" ("Further reading": links two
to a row, each with its QR code; books without an address listed after them, so no row has a
hole where a code would be). Addresses print whole, in a short form that fits the line.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from kit.content import ReadingItem, Resource
from kit.handouts.base import HandoutRenderer
from kit.handouts.design import GUTTER, QR_LIST, grid
from kit.handouts.flowables import ENTRY_GAP, Grid, Para
from kit.handouts.markup import esc
from kit.handouts.qr import QrCode

COLUMNS = 2


class ResourcesRenderer(HandoutRenderer):
    """A reading list and link list to take home, every link scannable."""

    name = "resources"
    title = "Reading list and links"
    # Tighter gaps, set when the list would spill a row or two onto a second page (the
    # group's contact details make the join panel taller): a nearly empty second sheet is
    # paper and a page to lose. The type and the codes keep their sizes.
    compact = False

    def render(self) -> bytes:
        """One page when tighter gaps make it fit; else the list as long as it is."""
        pdf = super().render()
        if self.page_count > 1 and not self.compact:
            self.compact = True
            tighter = super().render()
            if self.page_count < 2:
                return tighter
            self.compact = False
            pdf = super().render()  # back to the roomy layout and its page count
        return pdf

    def _gap(self, units: float) -> float:
        return grid(units / 2 if self.compact else units)

    @property
    def _cell_width(self) -> float:
        return (self.frame_width - GUTTER * (COLUMNS - 1)) / COLUMNS

    @property
    def _text_width(self) -> float:
        return self._cell_width - QR_LIST - ENTRY_GAP

    def story(self) -> list[Flowable]:
        pack = self.pack
        org = pack.organisation
        texts = pack.handouts.resources
        story: list[Flowable] = [
            self.banner(org.name, texts.headline, texts.subheadline, big=False),
            Spacer(1, self._gap(3)),
        ]
        if texts.intro:
            story.append(self.text(texts.intro, "lead"))
        story.append(self.text(self.pack.label("from_group"), "h2"))
        # With contact details the panel is those (and the code); without, what to do now.
        reachable = org.contact.has_any
        story.append(self.join_panel(
            self.frame_width, heading=org.name, intro="" if reachable else org.tagline,
            call_to_action="" if reachable else (
                texts.call_to_action or pack.handouts.flyer.call_to_action),
        ))
        ours = [r for r in pack.resources if r.ours]
        if ours:
            story.append(Spacer(1, self._gap(2)))
            story.extend(self._rows([self._resource(item) for item in ours], None))
        linked = [self._reading(item) for item in pack.reading if item.url]
        linked += [self._resource(item) for item in pack.resources if not item.ours]
        books = [item for item in pack.reading if not item.url]
        if linked or books:
            story.append(self.text(self.pack.label("further_reading"), "h2"))
        story.extend(self._rows(linked, self._books(books) if books else None))
        if texts.footer:
            story.append(self.text(texts.footer, "small"))
        return story

    def _books(self, books: list[ReadingItem]) -> list[Flowable]:
        """Books without an address: a small list, with no space kept for a code."""
        block: list[Flowable] = [self.text(self.pack.label("books_and_print"), "h3"), Spacer(1, grid(0.5))]
        for item in books:
            block.extend(self._book(item))
            block.append(Spacer(1, grid(1)))
        return block

    def _reading(self, item: ReadingItem) -> list[list[Flowable]]:
        lines: list[Flowable] = [self.text(item.kind.upper(), "kind")]
        lines.append(self.para(f"<b>{esc(item.title)}</b>", "body_tight"))
        byline = ", ".join(esc(p) for p in (item.authors, item.year) if p)
        if byline:
            lines.append(self.para(byline, "small"))
        if item.publisher:
            lines.append(self.para(esc(item.publisher), "small"))
        lines.append(Para(self.address(item.url, self._text_width), self.styles["url"]))
        return [[QrCode(item.url, QR_LIST)], [], lines]

    def _resource(self, item: Resource) -> list[list[Flowable]]:
        lines: list[Flowable] = [
            self.text(item.kind.upper(), "kind"),
            self.para(f"<b>{esc(item.title)}</b>", "body_tight"),
        ]
        if item.description:
            lines.append(self.text(item.description, "body_tight"))
        shown = item.short_url or item.url
        lines.append(Para(self.address(shown, self._text_width), self.styles["url"]))
        return [[QrCode(item.url, QR_LIST)], [], lines]

    def _book(self, item: ReadingItem) -> list[Paragraph]:
        lines: list[Paragraph] = [self.para(f"<b>{esc(item.title)}</b>", "body_tight")]
        byline = ", ".join(esc(p) for p in (item.authors, item.year) if p)
        if byline:
            lines.append(self.para(byline, "small"))
        if item.publisher:
            lines.append(self.para(esc(item.publisher), "small"))
        return lines

    def _rows(self, entries: list, books: list[Flowable] | None) -> list[Flowable]:
        """Entries two to a row, each a QR code beside its lines; one Grid per row, so pages
        break between rows. The books fill the last row's free cell, or a row of their own."""
        linked = [QR_LIST, ENTRY_GAP, self._text_width]
        flowables: list[Flowable] = []
        for start in range(0, len(entries), COLUMNS):
            pair = entries[start:start + COLUMNS]
            cells: list[list[Flowable]] = []
            widths: list[float | None] = []
            for index, entry in enumerate(pair):
                if index:
                    cells.append([])
                    widths.append(GUTTER)
                cells.extend(entry)
                widths.extend(linked)
            if len(pair) < COLUMNS and books is not None:
                cells.extend([[], books])
                widths.extend([GUTTER, self._cell_width])
                books = None
            flowables.append(Grid([cells], widths, pad_bottom=self._gap(2)))
        if books is not None:
            flowables.append(Grid([[books]], [self._cell_width]))
        return flowables
