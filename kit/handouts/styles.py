"""Named paragraph styles shared by every handout, built from the numbers in design.py.

Sizes are in points and scale together (`scale`); the handouts set it to 1 (type is never
shrunk below design.BODY_MIN: long texts use short forms or flow on); QR cards shrink their
side text a little to fit a card.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from kit.content import Colours
from kit.handouts.design import (  # colours re-exported for older imports
    CUT_MARK,
    HAIRLINE,
    MUTED,
    ON_PRIMARY_TINT,
    PANEL_TINT,
    TEXT,
    TYPE,
    grid,
)
from kit.handouts.fonts import DISPLAY, SANS, SANS_BOLD, SANS_ITALIC

__all__ = ["CUT_MARK", "HAIRLINE", "MUTED", "TEXT", "Palette", "build_styles", "tint"]


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
            panel=tint(primary, PANEL_TINT),
            on_primary=tint(primary, ON_PRIMARY_TINT),
        )


@lru_cache(maxsize=64)
def build_styles(palette: Palette, scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The named paragraph styles; `scale` multiplies every size and leading.

    Cached per (palette, scale): every render of a pack asks for the same styles. The dict and
    its styles are shared, so callers must not change them (clone a style to vary it).
    """

    def style(name: str, font: str, kind: str, **extra: object) -> None:
        size, leading = TYPE[kind]
        styles[name] = ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * scale,
            leading=leading * scale,
            textColor=extra.pop("textColor", TEXT),
            spaceBefore=float(extra.pop("spaceBefore", 0)) * scale,  # type: ignore[arg-type]
            spaceAfter=float(extra.pop("spaceAfter", 0)) * scale,  # type: ignore[arg-type]
            alignment=extra.pop("alignment", TA_LEFT),
            # Never split a word to fill a line (reportlab's default does, at any letter).
            splitLongWords=0,
            bulletFontName=font,  # reportlab's default bullet font is Helvetica (not embedded)
            **extra,
        )

    styles: dict[str, ParagraphStyle] = {}
    white = colors.white
    style("kicker", SANS_BOLD, "kicker", textColor=palette.on_primary, spaceAfter=grid(0.5))
    style("display", DISPLAY, "display", textColor=white, spaceAfter=grid(0.5))
    style("banner_sub", SANS, "lead", textColor=white)
    style("title", DISPLAY, "title", textColor=white, spaceAfter=grid(0.5))
    style("h2", DISPLAY, "h2", textColor=palette.primary, spaceBefore=grid(3),
          spaceAfter=grid(1))
    style("join", DISPLAY, "h2", textColor=palette.primary, spaceAfter=grid(1))
    style("h3", SANS_BOLD, "h3", textColor=palette.primary)
    style("body", SANS, "body", spaceAfter=grid(1.5))
    style("flyer_body", SANS, "flyer_body", spaceAfter=grid(1))
    style("lead", SANS, "lead", spaceAfter=grid(2))
    style("body_tight", SANS, "body", spaceAfter=grid(0.5))
    style("fact", SANS, "fact")
    style("source", SANS_ITALIC, "source", textColor=MUTED, spaceBefore=grid(0.5))
    style("small", SANS, "small", textColor=MUTED)
    style("url", SANS, "url", textColor=MUTED)
    style("url_center", SANS, "url", textColor=MUTED, alignment=TA_CENTER)
    style("caption", SANS_BOLD, "caption", alignment=TA_CENTER, spaceBefore=grid(0.5))
    style("bullet", SANS, "flyer_body", leftIndent=10, bulletIndent=0, spaceAfter=grid(0.5))
    style("cta", SANS_BOLD, "h3", textColor=palette.primary, spaceAfter=grid(1))
    style("number", DISPLAY, "number", textColor=palette.accent)
    style("kind", SANS_BOLD, "footer", textColor=palette.accent)
    style("cell", SANS, "cell")
    style("cell_head", SANS_BOLD, "cell", textColor=white)
    style("footer", SANS, "footer", textColor=MUTED)
    style("cell_head_center", SANS_BOLD, "cell", textColor=white, alignment=TA_CENTER)
    style("cell_number", SANS, "footer", textColor=MUTED, alignment=TA_CENTER)
    style("sheet_title", DISPLAY, "title", textColor=palette.primary, spaceAfter=grid(0.5))
    style("sheet_event", SANS_BOLD, "h3", textColor=TEXT)
    return styles
