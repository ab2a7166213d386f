"""Registering the bundled fonts with reportlab, once per process.

The handouts use only fonts shipped in assets/fonts (Noto Sans for text, Noto Serif Bold for
headlines), so a flyer prints the same on every laptop and every glyph of a name is embedded.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kit.content import assets_dir

SANS = "KitSans"
SANS_BOLD = "KitSans-Bold"
SANS_ITALIC = "KitSans-Italic"
SANS_BOLD_ITALIC = "KitSans-BoldItalic"
DISPLAY = "KitDisplay"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    DISPLAY: "NotoSerif-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the bundled fonts and the <b>/<i> family mapping (idempotent)."""
    font_dir = assets_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir / filename)))
    # So <b> and <i> inside Paragraph markup pick the right face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(DISPLAY, bold, italic, DISPLAY)
