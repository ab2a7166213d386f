"""A table tent for phone sign-ups: one sheet folded across the middle stands on the table and
shows, on both faces, how to sign up on a phone: join the Wi-Fi (a `WIFI:` QR code, with the
network's name and password printed for people who type them), then open the form (a QR code of
the laptop's address, printed too).

The upper half is drawn upside down, so after the fold both faces read upright. Plain data in,
PDF bytes out, like every handout (kit.handouts); the addresses come from the running phone
sign-ups (kit.services.phones.switch), not from the campaign pack, so it is made from the phone
sign-up window rather than the Handouts list.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kit.handouts.base import PAPER_SIZES
from kit.handouts.bidi import draw_string, starts_rtl
from kit.handouts.fonts import SANS, SANS_BOLD, register_fonts
from kit.handouts.qr import draw_qr

QR_BOX = 62 * mm  # with its quiet zone: a phone reads it from across the table
MARGIN = 14 * mm


@dataclass(frozen=True)
class TentText:
    """The words on the tent (English by default; a caller may pass another language's)."""

    title: str = "Sign up on your phone"
    join: str = "1. Join the Wi-Fi"
    network: str = "Network: %1"
    password: str = "Password: %1"
    open_form: str = "2. Open the sign-up form"
    sealed: str = "Your details are sealed on your phone before they are sent."


def render_table_tent(*, url: str, organisation: str = "", ssid: str = "", password: str = "",
                      join_code: str = "", paper: str = "letter",
                      text: TentText | None = None) -> bytes:
    """The tent as PDF: `url` (the form) and, when `ssid` is given, `join_code` (WIFI:...)."""
    words = text or TentText()
    register_fonts()
    width, height = PAPER_SIZES[paper]
    out = io.BytesIO()
    # The canvas's first font, named in the page even if unused, is the embedded Noto Sans,
    # not reportlab's built-in (unembedded) Helvetica.
    canvas = Canvas(out, pagesize=(width, height), invariant=1, initialFontName=SANS)
    canvas.setTitle(words.title)
    canvas.setAuthor(organisation or "Outreach Kit")
    half = height / 2
    # The fold, dashed, across the middle.
    canvas.saveState()
    canvas.setDash(4, 4)
    canvas.setStrokeGray(0.6)
    canvas.line(MARGIN / 2, half, width - MARGIN / 2, half)
    canvas.restoreState()
    _face(canvas, words, width, half, url=url, organisation=organisation, ssid=ssid,
          password=password, join_code=join_code)
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)  # the upper half, upside down: upright once folded
    _face(canvas, words, width, half, url=url, organisation=organisation, ssid=ssid,
          password=password, join_code=join_code)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _face(canvas: Canvas, words: TentText, width: float, height: float, *, url: str,
          organisation: str, ssid: str, password: str, join_code: str) -> None:
    """One face in the box (0, 0, width, height), read with the fold at the top."""
    # Every line through draw_string: an Urdu title, caption or organisation name (or Wi-Fi
    # name) is shaped and ordered right to left; reportlab alone drew its letters unjoined,
    # left to right.
    top = height - MARGIN
    draw_string(canvas, width / 2, top - 26, words.title, SANS_BOLD, 26, anchor="centre")
    if organisation:
        draw_string(canvas, width / 2, top - 48, organisation, SANS, 14, anchor="centre")
    codes = [(words.join, join_code, [words.network.replace("%1", ssid)] + (
        [words.password.replace("%1", password)] if password else []))] if ssid and join_code \
        else []
    codes.append((words.open_form, url, [url]))
    if starts_rtl(words.title):  # read from the right: step 1 (the Wi-Fi) on the right
        codes.reverse()
    gap = (width - len(codes) * QR_BOX) / (len(codes) + 1)
    y = MARGIN + 30
    for index, (caption, code, lines) in enumerate(codes):
        x = gap + index * (QR_BOX + gap)
        draw_string(canvas, x + QR_BOX / 2, y + QR_BOX + 8, caption, SANS_BOLD, 15,
                    anchor="centre")
        draw_qr(canvas, code, x, y, QR_BOX)
        for number, line in enumerate(lines):
            draw_string(canvas, x + QR_BOX / 2, y - 14 - 14 * number, line, SANS, 11,
                        anchor="centre")
    draw_string(canvas, width / 2, MARGIN / 2, words.sealed, SANS, 10, anchor="centre")
