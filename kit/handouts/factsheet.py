"""The factsheet: background and key facts, each with its source; who the group is, its platform
in full, QR codes for the sources, and the group's way in.

Layout (numbers in design.py): running text in the main column (about 60-80 characters a
line), the side column holding each fact's source beside it; QR tiles across the page. Text
flows onto a second page rather than shrinking.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kit.handouts.base import HandoutRenderer
from kit.handouts.design import GUTTER, QR_LIST, grid
from kit.handouts.flowables import Box, Grid, Para, qr_tile, tile_row
from kit.handouts.markup import esc, inline_markdown
from kit.handouts.qr import QrCode

QR_COLUMNS = 4
MISSION_PARAGRAPHS = 2
FACT_RULE = 2.5  # points: the accent line beside each fact


@lru_cache(maxsize=64)
def _indented(style: ParagraphStyle, right_indent: float) -> ParagraphStyle:
    """`style` with this right indent; one per process (build_styles is cached too), so the
    paragraphs set in it find their parsed markup again on the next render."""
    return ParagraphStyle(f"{style.name}_main", parent=style, rightIndent=right_indent)


class FactsheetRenderer(HandoutRenderer):
    """Background and key facts with sources, for people who want the details."""

    name = "factsheet"
    title = "Factsheet"

    def source_links(self) -> list[tuple[str, str]]:
        """(url, label) of every source and further reading with a URL, each URL once."""
        pack = self.pack
        links: list[tuple[str, str]] = []
        if pack.background.source_url:
            links.append((pack.background.source_url, pack.background.source))
        links.extend((f.source_url, f.source) for f in pack.facts if f.source_url)
        links.extend((r.url, r.title) for r in pack.reading if r.url)
        seen: set[str] = set()
        unique = []
        for url, label in links:
            if url not in seen:
                seen.add(url)
                unique.append((url, label))
        return unique

    def _main_style(self, name: str) -> ParagraphStyle:
        """`name` set in the main column's measure: the side column stays clear beside it."""
        return _indented(self.styles[name], self.side_width + GUTTER)

    def story(self) -> list[Flowable]:
        pack = self.pack
        org = pack.organisation
        texts = pack.handouts.factsheet
        body = self._main_style("body")
        lead = self._main_style("lead")
        story: list[Flowable] = [
            self.banner(org.name, texts.headline, texts.subheadline, big=False),
            Spacer(1, grid(3)),
        ]
        if texts.intro:
            story.append(Para(inline_markdown(texts.intro), lead))
        background: list[Flowable] = [self.text(self.pack.label("background"), "h2")]
        background.extend(Para(inline_markdown(p), self.styles["body"])
                          for p in pack.background.paragraphs)
        if pack.background.source:
            source = f"{esc(pack.label('source'))}: {esc(pack.background.source)}"
            background.append(self.para(source, "source"))
        story.extend(self._beside_sources(background))
        if pack.facts:
            story.append(self.text(self.pack.label("key_facts"), "h2"))
            story.append(Grid([self._fact(index) for index in range(len(pack.facts))],
                              [self.main_width, GUTTER, self.side_width]))
        if org.mission:
            # The mission's opening and its demands; the rest is the flyer's and the group's.
            story.append(self.text(pack.label("who_we_are"), "h2"))
            story.extend(Para(inline_markdown(p), body) for p in org.mission[:MISSION_PARAGRAPHS])
        panel_placed = False
        if org.platform:
            platform: list[Flowable] = [self.text(self.pack.label("what_we_stand_for"), "h2")]
            for point in org.platform:  # plain flowables: a Grid cell draws them one by one
                platform += [self.text(point.title, "h3"),
                             Para(inline_markdown(point.text), self.styles["body"])]
            # The way in sits in the side column beside the platform, when the two fit a page
            # together (a row does not split); else the platform flows on and the panel follows.
            side = [Spacer(1, grid(4)), self.join_panel(
                self.side_width, heading=self.pack.label("get_in_touch"),
                call_to_action=texts.call_to_action)]
            row = self.columns(platform, side)
            if row.wrap(self.frame_width, 1e6)[1] <= self.frame_height * 0.6:
                story.append(row)
                panel_placed = True
            else:
                story.append(self.text(self.pack.label("what_we_stand_for"), "h2"))
                for point in org.platform:
                    story.append(KeepTogether([
                        Para(esc(point.title), self._main_style("h3")),
                        Para(inline_markdown(point.text), body)]))
        if not self._sources_placed:
            links = self.source_links()
            column = self.frame_width / QR_COLUMNS
            tiles = [
                qr_tile(url, label, self.address(url, column - grid(2), "url_center"), QR_LIST,
                        self.styles)
                for url, label in links
            ]
            if tiles:
                story.append(KeepTogether([
                    self.text(self.pack.label("sources"), "h2"),
                    tile_row(tiles, self.frame_width, QR_COLUMNS),
                ]))
        if not panel_placed:
            story.append(Spacer(1, grid(2)))
            story.append(KeepTogether([self.join_panel(
                self.frame_width, heading=self.pack.label("get_in_touch"),
                call_to_action=texts.call_to_action)]))
        if texts.footer:
            story.append(self.text(texts.footer, "small"))
        return story

    def _beside_sources(self, background: list[Flowable]) -> list[Flowable]:
        """The background in the main column with the sources' QR codes beside it.

        Only when both fit the first page together (a row does not split across pages);
        otherwise the background flows on and the sources follow as a row of tiles.
        """
        self._sources_placed = False
        links = self.source_links()
        if not links:
            return background
        side: list[Flowable] = [self.text(self.pack.label("sources"), "h3"),
                                Spacer(1, grid(1))]
        for url, label in links:
            code = QrCode(url, QR_LIST)
            code.hAlign = "CENTER"
            side.extend([code, self.text(label, "caption"),
                         Para(self.address(url, self.side_width, "url_center"),
                              self.styles["url_center"]), Spacer(1, grid(2))])
        row = self.columns(background, side)
        if row.wrap(self.frame_width, 1e6)[1] > self.frame_height * 0.75:
            return background
        self._sources_placed = True
        return [row]

    def _fact(self, index: int) -> list[list[Flowable]]:
        """One row: the fact in the main column, its source (and QR code) beside it."""
        fact = self.pack.facts[index]
        source = f"{esc(self.pack.label('source'))}: {esc(fact.source)}"
        if fact.source_note:
            source += f", {esc(fact.source_note)}"
        side: list[Flowable] = [self.para(source, "source")]
        if fact.source_url:
            side.append(Para(self.address(fact.source_url, self.side_width), self.styles["url"]))
            side.append(QrCode(fact.source_url, QR_LIST))
        box = Box(
            [self.para(inline_markdown(fact.text), "fact")],
            padding=(grid(2), 0, 1, 2),
            left_rule=(FACT_RULE, self.palette.accent),
        )
        return [[box, Spacer(1, grid(2))], [], side]
