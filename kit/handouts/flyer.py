"""The one-page flyer: who the group is, what it stands for, how to join, QR codes.

The QR row sits at the foot at full size; everything above it is shrunk as a whole if a long
pack would not fit, so the flyer always stays one page and the codes always stay scannable.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kit.handouts.base import HandoutRenderer, measure
from kit.handouts.flowables import Box, Grid, Para, qr_tile, tile_row
from kit.handouts.markup import esc, inline_markdown

QR_BOX = 31 * mm  # with quiet zone; the symbol inside is at least 22 mm
NUMBER_COLUMN = 11 * mm
SECTION_GAP = 5 * mm


class FlyerRenderer(HandoutRenderer):
    """One page for a stranger: who we are, what we stand for, how to join, where to read."""

    name = "flyer"
    title = "Flyer"

    def story(self) -> list[Flowable]:
        pack = self.pack
        org = pack.organisation
        texts = pack.handouts.flyer
        banner = self.banner(
            " · ".join(p for p in (org.name, org.city) if p),
            texts.headline,
            texts.subheadline or org.tagline,
        )
        tiles = [
            qr_tile(r.url, r.title, QR_BOX, self.frame_width / 4, self.styles)
            for r in pack.key_resources
        ]
        foot: list[Flowable] = []
        if tiles:
            columns = max(3, len(tiles))
            if texts.footer:
                foot.append(self.text(texts.footer, "h3"))
                foot.append(Spacer(1, 2 * mm))
            foot.append(tile_row(tiles, self.frame_width, columns))
        fixed = measure([banner, *foot], self.frame_width) + 2 * SECTION_GAP
        body = self.fit(self._body, self.frame_height - fixed, what="text")
        return [banner, Spacer(1, SECTION_GAP), *body, Spacer(1, SECTION_GAP), *foot]

    def _body(self) -> list[Flowable]:
        org = self.pack.organisation
        body: list[Flowable] = [self.para(inline_markdown(org.mission[0]), "lead")]
        if org.platform:
            body.append(self.text("What we stand for", "h2"))
            body.append(self._platform())
        if org.actions:
            body.append(self.text("What we do", "h2"))
            body.append(self.para(self._actions(), "body"))
        body.append(Spacer(1, SECTION_GAP))
        body.append(self._join_panel())
        return body

    def _platform(self) -> Grid:
        rows = [
            [
                [self.text(str(index), "number")],
                [self.text(point.title, "h3"), self.para(inline_markdown(point.text), "body")],
            ]
            for index, point in enumerate(self.pack.organisation.platform, start=1)
        ]
        return Grid(rows, [NUMBER_COLUMN, None], pad_bottom=1)

    def _actions(self) -> str:
        """Intro and actions as one sentence, as the group writes it: "They include: a; b."."""
        org = self.pack.organisation
        listed = "; ".join(esc(a) for a in org.actions)
        intro = esc(org.actions_intro)
        return f"{intro} {listed}." if intro else f"{listed}."

    def _join_panel(self) -> Box:
        texts = self.pack.handouts.flyer
        contact = self.pack.organisation.contact
        content: list[Flowable] = [Para("Join us", self.styles["join"])]
        if texts.intro:
            content.append(self.para(inline_markdown(texts.intro), "body"))
        if texts.call_to_action:
            content.append(self.text(texts.call_to_action, "cta"))
        details = [
            (label, value)
            for label, value in (
                ("Web", contact.website),
                ("Email", contact.email),
                ("Social", contact.social),
                ("Meetings", contact.meeting),
            )
            if value
        ]
        if details:
            content.append(Spacer(1, 2 * mm))
            for label, value in details:
                content.append(self.para(f"<b>{esc(label)}:</b> {esc(value)}", "body"))
        pad = 6 * mm
        return Box(
            content,
            padding=(pad, pad, pad * 0.8, pad),
            background=self.palette.panel,
            left_rule=(3, self.palette.accent),
        )
