"""Colours and named paragraph styles shared by every handout.

Sizes are in points and scale together (`scale`), which is how the factsheet shrinks a long
pack onto its two pages instead of spilling onto a third.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from kit.content import Colours
from kit.handouts.fonts import DISPLAY, SANS, SANS_BOLD, SANS_ITALIC

TEXT = colors.HexColor("#222222")
MUTED = colors.HexColor("#5A5A5A")
HAIRLINE = colors.HexColor("#C8C8C8")
CUT_MARK = colors.HexColor("#9A9A9A")


def tint(colour: colors.Color, amount: float) -> colors.Color:
    """`colour` mixed with white; amount 0 = white, 1 = the colour itself."""
    return colors.Color(
        1 - (1 - colour.red) * amount,
        1 - (1 - colour.green) * amount,
        1 - (1 - colour.blue) * amount,
    )


@dataclass(frozen=True)
class Palette:
    """The pack's colours as reportlab colours, with the tints the layouts use."""

    primary: colors.Color
    accent: colors.Color
    panel: colors.Color  # a pale primary tint behind boxed text
    on_primary: colors.Color  # secondary text on the primary band

    @classmethod
    def from_pack(cls, pack_colours: Colours) -> Palette:
        """Derive the palette from the pack's two hex colours."""
        primary = colors.HexColor(pack_colours.primary)
        accent = colors.HexColor(pack_colours.accent)
        return cls(
            primary=primary,
            accent=accent,
            panel=tint(primary, 0.08),
            on_primary=tint(primary, 0.18),
        )


@lru_cache(maxsize=64)
def build_styles(palette: Palette, scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The named paragraph styles; `scale` multiplies every size and leading.

    Cached per (palette, scale): every render of a pack asks for the same styles. The dict and
    its styles are shared, so callers must not change them (clone a style to vary it).
    """

    def style(name: str, font: str, size: float, leading: float, **extra: object) -> None:
        styles[name] = ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * scale,
            leading=leading * scale,
            textColor=extra.pop("textColor", TEXT),
            spaceBefore=float(extra.pop("spaceBefore", 0)) * scale,  # type: ignore[arg-type]
            spaceAfter=float(extra.pop("spaceAfter", 0)) * scale,  # type: ignore[arg-type]
            alignment=extra.pop("alignment", TA_LEFT),
            **extra,
        )

    styles: dict[str, ParagraphStyle] = {}
    style("kicker", SANS_BOLD, 8.5, 11, textColor=palette.on_primary, spaceAfter=4)
    style("display", DISPLAY, 32, 36, textColor=colors.white, spaceAfter=4)
    style("banner_sub", SANS, 11.5, 15, textColor=colors.white)
    style("title", DISPLAY, 22, 26, textColor=colors.white, spaceAfter=3)
    style("h2", DISPLAY, 14, 18, textColor=palette.primary, spaceBefore=12, spaceAfter=5)
    style("join", DISPLAY, 14, 18, textColor=palette.primary, spaceAfter=5)  # h2 opening a panel
    style("h3", SANS_BOLD, 10, 13.5, textColor=palette.primary, spaceAfter=1.5)
    style("body", SANS, 9.5, 13.5, spaceAfter=6)
    style("lead", SANS, 11, 15.5, spaceAfter=8)
    style("body_tight", SANS, 9.5, 12.5, spaceAfter=1.5)
    style("fact", SANS, 10.5, 14.5)
    style("source", SANS_ITALIC, 8, 10.5, textColor=MUTED, spaceBefore=2)
    style("small", SANS, 8, 10.5, textColor=MUTED)
    style("url", SANS, 7.5, 9.5, textColor=MUTED)
    style("url_center", SANS, 7.5, 9.5, textColor=MUTED, alignment=TA_CENTER)
    style("caption", SANS_BOLD, 8.5, 11, alignment=TA_CENTER, textColor=TEXT)
    style("bullet", SANS, 9.5, 13, leftIndent=10, bulletIndent=0, spaceAfter=1.5)
    style("cta", SANS_BOLD, 11, 15, textColor=palette.primary)
    style("number", DISPLAY, 18, 20, textColor=palette.accent)
    style("kind", SANS_BOLD, 7, 9, textColor=palette.accent)
    style("cell", SANS, 8, 10)
    style("cell_head", SANS_BOLD, 8, 10, textColor=colors.white)
    style("footer", SANS, 7.5, 9, textColor=MUTED)
    style("cell_head_center", SANS_BOLD, 8, 10, textColor=colors.white, alignment=TA_CENTER)
    style("cell_number", SANS, 7.5, 9, textColor=MUTED, alignment=TA_CENTER)
    style("sheet_title", DISPLAY, 17, 21, textColor=palette.primary, spaceAfter=2)
    style("sheet_event", SANS_BOLD, 10.5, 14, textColor=TEXT)
    return styles
