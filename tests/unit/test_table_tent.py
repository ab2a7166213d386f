"""The phone sign-up table tent: both faces carry both codes, readable, the lower face upright
and the upper one upside down (upright once folded)."""

from __future__ import annotations

import pytest
from reportlab import rl_config

from kit.handouts.fonts import SANS_BOLD, register_fonts
from kit.handouts.table_tent import TentText, render_table_tent
from kit.services.phones.switch import wifi_join_code
from tests.unit.handout_helpers import (
    decoded_qr_texts,
    page_sizes,
    pdf_text,
    squash,
    unembedded_fonts,
)

rl_config.invariant = 1


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_tent_carries_both_codes_on_both_faces(paper):
    join = wifi_join_code("Sign-up table", "long words")
    pdf = render_table_tent(url="http://10.42.0.1:8080/", organisation="Solidarity Kashmir",
                            ssid="Sign-up table", password="long words", join_code=join,
                            paper=paper)
    assert len(page_sizes(pdf)) == 1
    codes = decoded_qr_texts(pdf)
    assert sorted(codes) == sorted([join, join, "http://10.42.0.1:8080/", "http://10.42.0.1:8080/"])
    text = squash(pdf_text(pdf))
    for words in ("Sign up on your phone", "Network: Sign-up table", "Password: long words",
                  "http://10.42.0.1:8080/"):
        assert text.count(squash(words)) == 2, words


def test_without_a_network_name_only_the_form_code():
    pdf = render_table_tent(url="http://192.168.1.20:8080/")
    assert decoded_qr_texts(pdf) == ["http://192.168.1.20:8080/"] * 2


URDU = TentText(title="اپنے فون پر سائن اپ کریں", join="1. وائی فائی سے جڑیں",
                network="نیٹ ورک: %1", password="پاس ورڈ: %1",
                open_form="2. سائن اپ فارم کھولیں",
                sealed="آپ کی تفصیلات بھیجنے سے پہلے آپ کے فون پر مہر بند ہو جاتی ہیں۔")


def test_an_urdu_tent_is_shaped_and_reads_back_in_order():
    # The tent draws on the canvas: reportlab alone drew Urdu with a font lacking its letters
    # (nothing readable came back); through draw_string it is shaped, right to left, in the
    # embedded Arabic-script font, on both faces.
    import pypdfium2

    join = wifi_join_code("Sign-up table", "long words")
    pdf = render_table_tent(url="http://10.42.0.1:8080/", organisation="کشمیر یکجہتی",
                            ssid="Sign-up table", password="long words", join_code=join,
                            text=URDU)
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        textpage = page.get_textpage()
        half = page.get_height() / 2
        # The lower face reads upright; PDFium reads the upper (upside-down) one backwards.
        lower = " ".join(textpage.get_text_bounded(0, 0, page.get_width(), half).split())
        upper = textpage.get_text_bounded(0, half, page.get_width(), page.get_height())
    finally:
        document.close()
    assert "\ufffd" not in lower + upper
    assert not any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in lower + upper)
    for words in ("اپنے فون پر سائن اپ کریں", "کشمیر یکجہتی", "وائی فائی سے جڑیں",
                  "سائن اپ فارم کھولیں", "آپ کی تفصیلات بھیجنے سے پہلے آپ کے فون پر مہر بند"):
        assert words in lower, words
    # The upper face has the same letters (upside down, so the extractor's order is its own).
    def letters(text: str) -> list[str]:
        return sorted(c for c in text if "\u0600" <= c <= "\u06ff")

    assert letters(upper) == letters(lower) and len(letters(lower)) > 80
    # Read from the right: step 1 (the Wi-Fi code) stands right of step 2 on the upright face.
    assert ordered_lower_qr(pdf) == ["http://10.42.0.1:8080/", join]
    assert unembedded_fonts(pdf) == set()
    assert sorted(decoded_qr_texts(pdf)) == sorted([join, join, "http://10.42.0.1:8080/",
                                                    "http://10.42.0.1:8080/"])


def ordered_lower_qr(pdf: bytes) -> list[str]:
    """The QR codes of the lower (upright) face, left to right."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=3).to_pil().convert("L")
    finally:
        document.close()
    lower = image.crop((0, image.height // 2, image.width, image.height))
    found = sorted(zxingcpp.read_barcodes(lower), key=lambda b: b.position.top_left.x)
    return [barcode.text for barcode in found]


def test_the_title_of_an_urdu_tent_is_centred():
    from kit.handouts.bidi import draw_string

    drawn = []

    class Canvas:  # records where the glyphs start; draw_string's centre anchor
        def beginText(self):
            raise AssertionError("not reached")

    import kit.handouts.bidi as bidi

    register_fonts()
    glyphs = bidi.line_glyphs(URDU.title, True, SANS_BOLD, 26)
    width = sum(g.advance for g in glyphs)
    original = bidi.draw_glyphs
    try:
        bidi.draw_glyphs = lambda _canvas, _glyphs, x, y, _size: drawn.append(x)
        draw_string(Canvas(), 300, 100, URDU.title, SANS_BOLD, 26, anchor="centre")
    finally:
        bidi.draw_glyphs = original
    assert drawn == [pytest.approx(300 - width / 2)]
