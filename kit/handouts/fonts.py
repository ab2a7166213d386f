"""Registering the bundled fonts with reportlab, once per process.

The handouts use only fonts shipped in assets/fonts (Noto Sans for text, Noto Serif Bold for
headlines), so a flyer prints the same on every laptop and every glyph of a name is embedded.
"""

from __future__ import annotations

import zlib
from functools import cache, lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

from kit.content import assets_dir

SANS = "KitSans"
SANS_BOLD = "KitSans-Bold"
SANS_ITALIC = "KitSans-Italic"
SANS_BOLD_ITALIC = "KitSans-BoldItalic"
DISPLAY = "KitDisplay"
NASKH = "KitNaskh"  # Arabic script (Urdu): Noto Naskh Arabic UI, shaped by kit.handouts.bidi
NASKH_BOLD = "KitNaskh-Bold"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    DISPLAY: "NotoSerif-Bold.ttf",
    NASKH: "NotoNaskhArabicUI-Regular.ttf",
    NASKH_BOLD: "NotoNaskhArabicUI-Bold.ttf",
}


def font_file(name: str) -> str:
    """The path of the bundled font file registered as `name`."""
    return str(assets_dir() / "fonts" / _FILES[name])


class _CachedFlate(pdfdoc.PDFStreamFilterZCompress):
    """FlateDecode whose output is remembered: a font subset compresses to the same bytes."""

    @staticmethod
    @lru_cache(maxsize=64)
    def _compress(data: bytes) -> bytes:
        return zlib.compress(data)

    def encode(self, text: bytes | str) -> bytes:
        return self._compress(text.encode("utf8") if isinstance(text, str) else text)


_FLATE = _CachedFlate()


class _SubsetCache:
    """Remembers a face's subsets: every render of a pack embeds the same glyphs again.

    Does what TTFontFace.addSubsetObjects does (reportlab 4/5), with the subset font file
    made and compressed once per set of characters instead of once per document.
    """

    def __init__(self, face: TTFontFace) -> None:
        self.face = face
        self.subsets: dict[tuple[int, ...], bytes] = {}

    def __call__(self, doc: pdfdoc.PDFDocument, fontname: str, subset: list[int]) -> object:
        face = self.face
        key = tuple(subset)
        content = self.subsets.get(key)
        if content is None:
            if len(self.subsets) > 64:
                self.subsets.clear()
            content = self.subsets[key] = face.makeSubset(subset)
        font_file = pdfdoc.PDFStream()
        font_file.content = content
        font_file.dictionary["Length1"] = len(content)
        if doc.compression:
            font_file.filters = [_FLATE]
        font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": face.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


@cache
def register_fonts() -> None:
    """Register the bundled fonts and the <b>/<i> family mapping (idempotent)."""
    font_dir = assets_dir() / "fonts"
    for name, filename in _FILES.items():
        font = TTFont(name, str(font_dir / filename))
        font.face.addSubsetObjects = _SubsetCache(font.face)
        pdfmetrics.registerFont(font)
    # So <b> and <i> inside Paragraph markup pick the right face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(DISPLAY, bold, italic, DISPLAY)
