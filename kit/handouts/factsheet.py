"""The factsheet: background and key facts, each with its source; QR codes for sources.

At most two pages: when a long pack would spill onto a third, the whole sheet is set again in
smaller type, and HandoutOverflow is raised if even the smallest size does not fit.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kit.handouts.base import SCALES, HandoutOverflow, HandoutRenderer
from kit.handouts.flowables import Box, qr_tile, tile_row
from kit.handouts.markup import esc, inline_markdown

MAX_PAGES = 2
# (pack, paper) -> the type scale that fitted two pages, so a re-render needs one pass.
_FITTED_SCALES: dict[tuple[object, ...], float] = {}
QR_BOX = 28 * mm
QR_COLUMNS = 4
FACT_RULE = 2.5  # points: the accent line beside each fact


class FactsheetRenderer(HandoutRenderer):
    """Background and key facts with sources, for people who want the details."""

    name = "factsheet"
    title = "Factsheet"

    def render(self) -> bytes:
        key = (self.pack, self.paper)
        known = _FITTED_SCALES.get(key)
        for scale in ((known,) if known else ()) + SCALES:
            self.set_scale(scale)
            data = super().render()
            if self.page_count <= MAX_PAGES:
                if len(_FITTED_SCALES) > 64:
                    _FITTED_SCALES.clear()
                _FITTED_SCALES[key] = scale
                return data
        raise HandoutOverflow(
            f"the factsheet needs {self.page_count} pages even at {SCALES[-1]:.0%} type size "
            f"(at most {MAX_PAGES}); shorten the background or the facts"
        )

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

    def story(self) -> list[Flowable]:
        pack = self.pack
        texts = pack.handouts.factsheet
        story: list[Flowable] = [
            self.banner(pack.organisation.name, texts.headline, texts.subheadline, big=False),
            Spacer(1, 4 * mm * self.scale),
        ]
        if texts.intro:
            story.append(self.para(inline_markdown(texts.intro), "lead"))
        story.append(self.text("Background", "h2"))
        story.extend(self.para(inline_markdown(p), "body") for p in pack.background.paragraphs)
        if pack.background.source:
            story.append(self.para(f"Source: {esc(pack.background.source)}", "source"))
        story.append(self.text("Key facts & figures", "h2"))
        story.extend(self._fact(index) for index in range(len(pack.facts)))
        links = self.source_links()
        if links:
            tiles = [
                qr_tile(url, label, QR_BOX, self.frame_width / QR_COLUMNS, self.styles)
                for url, label in links
            ]
            story.append(
                KeepTogether(
                    [
                        self.text("Sources and further reading", "h2"),
                        tile_row(tiles, self.frame_width, QR_COLUMNS),
                    ]
                )
            )
        if texts.call_to_action:
            story.append(Spacer(1, 3 * mm))
            story.append(self.text(texts.call_to_action, "cta"))
        if texts.footer:
            story.append(self.text(texts.footer, "small"))
        return story

    def _fact(self, index: int) -> Box:
        fact = self.pack.facts[index]
        source = f"Source: {esc(fact.source)}"
        if fact.source_note:
            source += f", {esc(fact.source_note)}"
        if fact.source_url:
            source += f" ({esc(fact.source_url)})"
        box = Box(
            [self.para(inline_markdown(fact.text), "fact"), self.para(source, "source")],
            padding=(4 * mm, 0, 1, 2),
            left_rule=(FACT_RULE, self.palette.accent),
        )
        box.spaceAfter = 3 * mm * self.scale
        return box
