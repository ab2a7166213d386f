"""Right-to-left text on the handouts: Arabic-script shaping (HarfBuzz) and bidi order.

reportlab draws one glyph per character, left to right. Urdu needs two things it does not do
without its optional `rlbidi` (not on PyPI):

- shaping: each Arabic letter takes its initial, medial, final or isolated form and some pairs
  join into ligatures. HarfBuzz (`uharfbuzz`, the shaping engine of Chrome, Firefox, Android
  and LibreOffice) turns a run of text into the font's glyphs and their positions;
- order: a line of Urdu reads right to left, but numbers and Latin words inside it (a URL, a
  name) read left to right. The Unicode Bidirectional Algorithm (UAX #9, from `python-bidi`)
  gives every character its level, and the line is drawn in visual order (rule L2).

`BidiPara` is a flowable for one paragraph of such text: it breaks lines at spaces in logical
order, then draws each line's runs in visual order, each run shaped by HarfBuzz in its own
direction and font (Noto Naskh Arabic for Arabic script, Noto Sans for the rest). Its lines
are right-aligned (or centred) for a right-to-left paragraph.

Copying text out of the PDF: a glyph HarfBuzz chose that no character maps to (a medial form,
a ligature) gets a private code point in the font, and the PDF's ToUnicode map gives that code
the characters it stands for (see `_to_unicode_cmap`), so a PDF reader gets the logical Urdu
letters back, not private-use codes.
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz as hb
from bidi.algorithm import (
    explicit_embed_and_overrides,
    get_embedding_levels,
    get_empty_storage,
    resolve_implicit_levels,
    resolve_neutral_types,
    resolve_weak_types,
)
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kit.handouts.fonts import (
    DISPLAY,
    NASKH,
    NASKH_BOLD,
    SANS_BOLD,
    SANS_BOLD_ITALIC,
    font_file,
)

# Languages written right to left (ISO 639): their handouts are laid out from the right.
RTL_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"})

_STRONG_RTL = frozenset({"R", "AL"})
_BOLD_FONTS = frozenset({SANS_BOLD, SANS_BOLD_ITALIC, DISPLAY})
# Characters whose glyphs come from the Arabic font: the Arabic blocks and their marks.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ and ZWJ shape with their neighbours
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def is_rtl_language(language: str) -> bool:
    """True for a language written right to left (`ur`, `ar`, `fa-AF`, ...)."""
    return language.split("-")[0].lower() in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    """True when `text` holds a right-to-left letter (Arabic, Hebrew, ...)."""
    return any(unicodedata.bidirectional(ch) in _STRONG_RTL for ch in text)


def starts_rtl(text: str) -> bool:
    """True when the first strong character of `text` is right-to-left (UAX #9, P2-P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def has_arabic(text: str) -> bool:
    """True when `text` holds a letter of the Arabic script (Urdu, Arabic, Persian, ...)."""
    return _ARABIC.search(text) is not None


def plain_text(markup: str) -> str:
    """Paragraph markup as plain text: <br/> a line break, other tags dropped, entities read."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", markup)))


# -- fonts ---------------------------------------------------------------------------------
@cache
def _hb_font(font_name: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(font_file(font_name))))


def _font_for(ch: str, base_font: str) -> str:
    """The font that draws `ch`: the Arabic one for Arabic script, else the style's own."""
    if _ARABIC.match(ch) or ch in _JOINERS:
        return NASKH_BOLD if base_font in _BOLD_FONTS else NASKH
    return base_font


# A glyph with no character of its own gets a code point of the Supplementary Private Use
# Area-A, one per (font, glyph, text it stands for); `_TEXT_OF` feeds the ToUnicode map.
_PRIVATE: dict[tuple[str, int, str], int] = {}
_TEXT_OF: dict[int, str] = {}
_NEXT_PRIVATE = [0xF0000]
_PRIVATE_LOCK = threading.Lock()  # the app renders a preview and a print job in two threads


def _code_for(font_name: str, gid: int, text: str) -> int:
    face = pdfmetrics.getFont(font_name).face
    if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
        return ord(text)  # the character's own glyph
    with _PRIVATE_LOCK:
        return _private_code(face, font_name, gid, text)


def _private_code(face: ttfonts.TTFontFace, font_name: str, gid: int, text: str) -> int:
    key = (font_name, gid, text)
    code = _PRIVATE.get(key)
    if code is None:
        code = _NEXT_PRIVATE[0]
        _NEXT_PRIVATE[0] += 1
        _PRIVATE[key] = code
        _TEXT_OF[code] = text
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = _hb_font(font_name).get_glyph_h_advance(gid) * 1000 / (
            _hb_font(font_name).face.upem)
    return code


_original_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with each private code mapped to the text it stands for."""
    cmap = _original_to_unicode(fontname, subset)
    for index, code in enumerate(subset):
        text = _TEXT_OF.get(code)
        if text is not None:
            utf16 = text.encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # type: ignore[assignment]


# -- shaping ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Glyph:
    """One glyph to draw: its font, the character code that draws it, where and how wide."""

    font: str
    code: int
    advance: float  # in points
    x_offset: float
    y_offset: float


@lru_cache(maxsize=4096)
def shape(text: str, font_name: str, size: float, rtl: bool) -> tuple[Glyph, ...]:
    """The glyphs of one run of `text` (one font, one direction) in visual order."""
    font = _hb_font(font_name)
    scale = size / font.face.upem
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font, buffer, {"kern": True, "liga": True})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    starts = sorted({info.cluster for info in infos})
    seen: set[int] = set()
    glyphs = []
    for info, pos in zip(infos, positions, strict=True):
        cluster = info.cluster
        later = [s for s in starts if s > cluster]
        end = later[0] if later else len(text)
        # A cluster's text goes with its first glyph drawn; a second glyph stands for a joiner.
        stands_for = text[cluster:end] if cluster not in seen else "\u200d"
        seen.add(cluster)
        glyphs.append(Glyph(font_name, _code_for(font_name, info.codepoint, stands_for),
                            pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale))
    return tuple(glyphs)


def _levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of every character of one line (UAX #9 up to rule I2, then L1's
    trailing white space at the paragraph level)."""
    storage = get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    explicit_embed_and_overrides(storage, False)
    resolve_weak_types(storage, False)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    base = storage["base_level"]
    levels = [base] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    for index in range(len(text) - 1, -1, -1):  # L1: trailing white space
        if not text[index].isspace():
            break
        levels[index] = base
    return levels


def _visual_runs(text: str, rtl: bool, base_font: str) -> list[tuple[str, str, bool]]:
    """(text, font, right-to-left) runs of one line, in the order they are drawn (UAX #9 L2
    applied to runs of one level and one font, each run kept in logical order for shaping)."""
    if not text:
        return []
    levels = _levels(text, rtl)
    fonts = [_font_for(ch, base_font) for ch in text]
    # A space or joiner takes the font of the letter before it, so it never splits a run.
    for index in range(1, len(text)):
        if text[index].isspace() or text[index] in _JOINERS:
            fonts[index] = fonts[index - 1]
    runs: list[tuple[int, str, str]] = []  # (level, text, font)
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or levels[index] != levels[start] or fonts[index] != fonts[start]:
            runs.append((levels[start], text[start:index], fonts[start]))
            start = index
    # L2: from the highest level down to the lowest odd one, reverse every sequence of runs
    # at that level or higher.
    order = list(range(len(runs)))
    highest = max(level for level, _, _ in runs)
    odd = [level for level, _, _ in runs if level % 2]
    lowest_odd = min(odd) if odd else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if runs[order[index]][0] >= level:
                end = index
                while end < len(order) and runs[order[end]][0] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return [(runs[i][1], runs[i][2], bool(runs[i][0] % 2)) for i in order]


def line_glyphs(text: str, rtl: bool, font_name: str, size: float) -> tuple[Glyph, ...]:
    """Every glyph of one line, in visual (left-to-right drawing) order."""
    glyphs: list[Glyph] = []
    for run, font, run_rtl in _visual_runs(text, rtl, font_name):
        glyphs.extend(shape(run, font, size, run_rtl))
    return tuple(glyphs)


@lru_cache(maxsize=8192)
def line_width(text: str, font_name: str, size: float) -> float:
    """The width of one line of `text` as drawn (its direction read from the text)."""
    return sum(g.advance for g in line_glyphs(text, starts_rtl(text), font_name, size))


def draw_glyphs(canvas: Canvas, glyphs: tuple[Glyph, ...], x: float, y: float,
                size: float) -> None:
    """Draw `glyphs` from (x, y) rightwards, each at its own position."""
    text = canvas.beginText()
    font = ""
    for glyph in glyphs:
        if glyph.font != font:
            font = glyph.font
            text.setFont(font, size)
        text.setTextOrigin(x + glyph.x_offset, y + glyph.y_offset)
        text.textOut(chr(glyph.code))
        x += glyph.advance
    canvas.drawText(text)


def draw_string(canvas: Canvas, x: float, y: float, text: str, font_name: str, size: float,
                *, anchor: str = "left") -> None:
    """canvas.drawString (anchor "left"), drawRightString ("right") or drawCentredString
    ("centre") that shapes and orders Arabic-script text; any other text is drawn by reportlab
    as before. The canvas's fill colour is used."""
    if not has_arabic(text):
        canvas.setFont(font_name, size)
        if anchor == "right":
            canvas.drawRightString(x, y, text)
        elif anchor == "centre":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return
    glyphs = line_glyphs(text, starts_rtl(text), font_name, size)
    if anchor == "right":
        x -= sum(g.advance for g in glyphs)
    elif anchor == "centre":
        x -= sum(g.advance for g in glyphs) / 2
    draw_glyphs(canvas, glyphs, x, y, size)


class BidiPara(Flowable):
    """One paragraph of text in either direction, shaped, broken into lines and aligned.

    `text` is plain text in logical order (a "\\n" is a line break). The paragraph's direction
    is that of its first strong character, as in a browser; a right-to-left paragraph is
    right-aligned unless its style centres it.
    """

    def __init__(self, text: str, style: ParagraphStyle, rtl: bool | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = starts_rtl(text) if rtl is None else rtl
        self.lines: list[str] = []
        self.width = 0.0
        self.height = 0.0

    def _break(self, width: float) -> list[str]:
        """Lines of whole words, each measured once (letters join within a word, never across
        a space, so a line is as wide as its words and its spaces)."""
        style = self.style
        font, size = style.fontName, style.fontSize
        space = line_width(" ", font, size)
        lines: list[str] = []
        for block in self.text.split("\n"):
            line, used = "", 0.0
            for word in block.split():
                word_width = line_width(word, font, size)
                if line and used + space + word_width > width:
                    lines.append(line)
                    line, used = word, word_width
                elif line:
                    line, used = f"{line} {word}", used + space + word_width
                else:
                    line, used = word, word_width
            lines.append(line)
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = self._break(avail_width)
        self.height = len(self.lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The lines that fit `avail_height`, then the rest (a paragraph flowing on to the next
        column or page); [] when not even one line fits."""
        self.wrap(avail_width, avail_height)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        first = BidiPara("\n".join(self.lines[:fit]), self.style, self.rtl)
        rest = BidiPara("\n".join(self.lines[fit:]), self.style, self.rtl)
        return [first, rest]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        # The first baseline sits as reportlab's Paragraph puts it: one font size below the top.
        y = self.height - style.fontSize
        for line in self.lines:
            glyphs = line_glyphs(line, self.rtl, style.fontName, style.fontSize)
            width = sum(g.advance for g in glyphs)
            if style.alignment == TA_CENTER:
                x = (self.width - width) / 2
            elif self.rtl:
                x = self.width - width
            else:
                x = 0.0
            draw_glyphs(canvas, glyphs, x, y, style.fontSize)
            y -= style.leading
