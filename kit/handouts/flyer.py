"""The one-page flyer: who the group is, what it stands for, how to join, QR codes.

Layout (numbers in design.py): the banner across the top; below it a main column of running
text (mission, platform, actions) beside the join panel; the QR codes of the key resources
pinned to the foot of the page. When the full texts do not fit, the flyer uses the pack's
short forms (platform points, then actions); the type never shrinks below design.FLYER_BODY.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from kit.handouts.base import HandoutRenderer, measure
from kit.handouts.design import QR_FLYER, grid
from kit.handouts.flowables import Grid, Para, qr_tile, tile_row
from kit.handouts.markup import esc, inline_markdown

NUMBER_COLUMN = grid(5)
SECTION_GAP = grid(3)
TILE_COLUMNS = 4


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
        foot = self._foot()
        fixed = measure([banner, *foot], self.frame_width) + 2 * SECTION_GAP
        room = self.frame_height - fixed
        # Full texts first; then the pack's short forms; then the panel without its list of
        # ways to take part (the sign-up sheet lists them) and without its intro (its call to
        # action and contact lines stay); last, the actions left to the factsheet.
        steps = (
            dict(short_platform=False, short_actions=False, ways=True, intro=True, actions=True),
            dict(short_platform=True, short_actions=False, ways=True, intro=True, actions=True),
            dict(short_platform=True, short_actions=True, ways=True, intro=True, actions=True),
            dict(short_platform=True, short_actions=True, ways=False, intro=True, actions=True),
            dict(short_platform=True, short_actions=True, ways=False, intro=False, actions=True),
            dict(short_platform=True, short_actions=True, ways=False, intro=False, actions=False),
        )
        variants = [self._variant(step) for step in steps]
        middle = self.first_that_fits(variants, self.frame_width, room, what="text")
        # The codes sit at the foot of the page; what room is left goes above them.
        slack = max(0.0, room - measure(middle, self.frame_width))
        return [banner, Spacer(1, SECTION_GAP), *middle, Spacer(1, SECTION_GAP + slack), *foot]

    def _variant(self, step: dict[str, bool]) -> Callable[[], list[Flowable]]:
        """A builder of the middle part with the texts' forms chosen by `step`."""
        return lambda: [self._middle(**step)]

    def _foot(self) -> list[Flowable]:
        texts = self.pack.handouts.flyer
        column = self.frame_width / TILE_COLUMNS
        tiles = [
            qr_tile(r.url, r.caption, self.address(r.url, column - grid(2), "url_center"),
                    QR_FLYER, self.styles)
            for r in self.pack.key_resources
        ]
        if not tiles:
            return []
        foot: list[Flowable] = []
        if texts.footer:
            foot.append(self.text(texts.footer, "h3"))
            foot.append(Spacer(1, grid(1)))
        foot.append(tile_row(tiles, self.frame_width, TILE_COLUMNS))
        return foot

    def _middle(self, *, short_platform: bool, short_actions: bool, ways: bool, intro: bool,
                actions: bool) -> Grid:
        texts = self.pack.handouts.flyer
        main = self._main(short_platform=short_platform, short_actions=short_actions,
                          actions=actions)
        # The panel runs the height of the text beside it: one calm column, no hole below.
        side = [self.join_panel(self.side_width, intro=texts.intro if intro else "",
                                call_to_action=texts.call_to_action, ways=ways,
                                min_height=measure(main, self.main_width))]
        return self.columns(main, side)

    def _main(self, *, short_platform: bool, short_actions: bool,
              actions: bool = True) -> list[Flowable]:
        org = self.pack.organisation
        main: list[Flowable] = [self.para(inline_markdown(org.mission[0]), "lead")]
        if org.platform:
            main.append(self.text(self.pack.label("what_we_stand_for"), "h2"))
            main.append(self._platform(short_platform))
        if org.actions and actions:
            main.append(self.text(self.pack.label("what_we_do"), "h2"))
            main.append(self.para(self._actions(short_actions), "flyer_body"))
        return main

    def _platform(self, short: bool) -> Grid:
        rows = [
            [
                [self.text(str(index), "number")],
                [self.text(point.title, "h3"),
                 self.para(inline_markdown(point.brief if short else point.text), "flyer_body")],
            ]
            for index, point in enumerate(self.pack.organisation.platform, start=1)
        ]
        if self.rtl:  # the number on the right, where a right-to-left line starts
            number = ParagraphStyle("number_rtl", parent=self.styles["number"],
                                    alignment=TA_RIGHT)
            for index, row in enumerate(rows, start=1):
                row[0] = [Para(str(index), number)]
            return Grid([row[::-1] for row in rows], [None, NUMBER_COLUMN], pad_bottom=grid(0.5))
        return Grid(rows, [NUMBER_COLUMN, None], pad_bottom=grid(0.5))

    def _actions(self, short: bool) -> str:
        """Intro and actions as one sentence, as the group writes it: "They include: a; b."."""
        org = self.pack.organisation
        actions = org.brief_actions() if short else org.actions
        intro = (org.actions_intro_short or org.actions_intro) if short else org.actions_intro
        listed = "; ".join(esc(a) for a in actions)
        return f"{esc(intro)} {listed}." if intro else f"{listed}."
