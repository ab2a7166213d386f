"""Handouts in Spanish and Urdu from a pack of the tests' own: the words come back out of the
PDF, Urdu is shaped (joined letter forms) and laid out right to left, the QR codes still scan.

What text extraction of right-to-left text gives: the PDF draws glyphs left to right in
*visual* order, and a shaped glyph (a medial letter form, a ligature) has no character of its
own. The kit gives each such glyph a private code whose ToUnicode entry is the letters it stands
for, so an extractor gets real letters; PDFium (pypdfium2) then puts a right-to-left line back
in *logical* order, so a line of Urdu comes back exactly as the pack wrote it. A line mixing
Urdu with Latin text comes back in an order of the extractor's choosing, so the checks below
look for whole Urdu sentences and whole words.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from kit.content import load_pack
from kit.handouts import HANDOUTS, render_handout
from kit.handouts.bidi import _TEXT_OF, _visual_runs, shape
from kit.handouts.fonts import NASKH, SANS, register_fonts
from tests.unit.handout_helpers import decoded_qr_texts, unembedded_fonts

PACK = Path(__file__).parents[1] / "fixtures" / "packs" / "multilingual"
URDU_HEADLINE = "اپنے پڑوسیوں کا ساتھ دیں"


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


def pages_text(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def flat(text: str) -> str:
    return " ".join(text.split())


def char_boxes(pdf: bytes, wanted: str) -> tuple[float, float, float]:
    """(left, right, page width) of the first place `wanted` is on page 1 (PDFium's text)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        start = text.index(wanted)
        boxes = [textpage.get_charbox(i) for i in range(start, start + len(wanted))
                 if not text[i].isspace()]
        return min(b[0] for b in boxes), max(b[2] for b in boxes), page.get_width()
    finally:
        document.close()


@pytest.mark.parametrize("name", list(HANDOUTS))
def test_every_handout_renders_in_spanish_and_urdu_with_its_codes(pack, name):
    for language in ("es", "ur"):
        pdf = render_handout(name, pack, None, "letter", language)
        text = flat(" ".join(pages_text(pdf)))
        assert "\ufffd" not in text
        assert unembedded_fonts(pdf) == set()  # the Arabic font is embedded like the others
        # No private-use code leaks into the text: every shaped glyph maps to letters.
        assert not any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in text), name
        if name in ("flyer", "resources", "qr-cards"):
            assert "example.org/tenants" in decoded_qr_texts(pdf)[0] or any(
                "example.org" in code for code in decoded_qr_texts(pdf))


def test_the_spanish_flyer_prints_its_words_and_the_english_it_lacks(pack):
    text = flat(" ".join(pages_text(render_handout("flyer", pack, None, "letter", "es"))))
    for words in ("Únete a tus vecinos", "Conoce a los inquilinos de tu calle.",
                  "Lo que defendemos", "Hogares seguros", "Venir a las reuniones",
                  "Lo que hacemos juntos: reuniones cada mes; ayuda con reparaciones"):
        assert words in text
    assert "Read more" in text  # the flyer's footer: not translated, the pack's own
    assert "Join your neighbours" not in text


def test_the_urdu_flyer_gives_back_its_sentences_in_logical_order(pack):
    pdf = render_handout("flyer", pack, None, "letter", "ur")
    text = flat(pages_text(pdf)[0])
    for sentence in (URDU_HEADLINE, "مناسب کرایہ اور محفوظ گھر", "ہمارا موقف",
                     "ہم کیا کرتے ہیں", "اپنی گلی کے کرایہ داروں سے ملیں۔", "محفوظ گھر",
                     "ہمارے اگلے اجلاس میں آئیں", "اجلاسوں میں آئیں", "مزید پڑھیں"):
        assert sentence in text, sentence
    assert "ہم پڑوسی ہیں جو کرائے کے گھروں میں رہتے ہیں۔" in text
    assert "Fair rent" in text  # the second point has no Urdu: the pack's own English


def test_urdu_letters_are_shaped_and_drawn_in_visual_order():
    register_fonts()
    word = "ساتھ"
    glyphs = shape(word, NASKH, 12.0, True)
    drawn = [_TEXT_OF.get(g.code, chr(g.code)) for g in glyphs]
    # Left to right on paper: the last letter first; joined forms are not the letters' own
    # (isolated) glyphs, so they get private codes standing for their letters.
    assert "".join(drawn) == word[::-1]
    assert sum(g.code >= 0xF0000 for g in glyphs) >= 3


def test_a_number_and_a_web_address_inside_urdu_keep_their_own_order():
    runs = [(text, rtl) for text, _, rtl in _visual_runs("ویب example.org پر 2 اجلاس", True, SANS)]
    # Drawn left to right: the last Urdu word first, the number, ..., the first word last.
    assert runs[0] == ("اجلاس", True)
    assert ("2", False) in runs and ("example.org", False) in runs
    assert runs.index(("2", False)) < runs.index(("example.org", False))
    assert runs[-1][0].startswith("ویب") and runs[-1][1]


def test_urdu_headline_sits_at_the_right_and_english_at_the_left(pack):
    left, right, width = char_boxes(render_handout("flyer", pack, None, "letter", "ur"),
                                    URDU_HEADLINE)
    assert right > 0.85 * width and left > 0.3 * width
    left, right, width = char_boxes(render_handout("flyer", pack, None, "letter", "en"),
                                    "Join your neighbours")
    assert left < 0.15 * width


def test_urdu_columns_are_mirrored(pack):
    # The join panel, right of the running text in English, is left of it in Urdu.
    en_left, _, width = char_boxes(render_handout("flyer", pack, None, "letter"), "Come to our")
    ur_left, _, _ = char_boxes(render_handout("flyer", pack, None, "letter", "ur"),
                               "ہمارے ساتھ شامل ہوں")
    assert en_left > 0.6 * width and ur_left < 0.4 * width


def test_the_pdf_declares_the_language(pack):
    pdf = render_handout("flyer", pack, None, "letter", "ur")
    assert b"/Lang (ur)" in pdf


def test_the_headings_a_pack_translates_replace_the_built_in_ones(pack):
    factsheet = flat(" ".join(pages_text(render_handout("factsheet", pack, None, "letter", "ur"))))
    assert "ہم کون ہیں:" in factsheet and "Who we are" not in factsheet
    resources = flat(" ".join(pages_text(render_handout("resources", pack, None, "letter", "ur"))))
    assert "کی طرف سے" in resources and "From Riverside" not in resources
    assert "مزید مطالعہ" in resources  # further_reading


@pytest.mark.parametrize("name", ["signup-sheet", "signup-slips"])
def test_the_paper_sign_up_forms_print_their_urdu_words(pack, name):
    # The slips draw on the canvas, not in paragraphs: Urdu there was invisible (a font
    # without Arabic glyphs) until it went through the same shaping.
    text = flat(" ".join(pages_text(render_handout(name, pack, None, "letter", "ur"))))
    for words in ("رابطے میں رہیں", "پہلا نام", "خاندانی نام", "اجلاسوں میں آئیں",
                  "مرمت میں مدد کریں"):
        assert words in text, words
    assert "First name" not in text and "Stay in touch" not in text
    assert "ZIP" in text  # no Urdu given: the pack's own


def test_a_long_urdu_paragraph_flows_on_to_the_next_page():
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from kit.handouts.bidi import BidiPara

    register_fonts()
    sentence = "ہم پڑوسی ہیں جو کرائے کے گھروں میں رہتے ہیں۔"
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(300, 200), initialFontName=SANS)
    doc.build([BidiPara(" ".join([sentence] * 20), ParagraphStyle("b", fontName=SANS,
                                                                    fontSize=10, leading=15))])
    pages = pages_text(out.getvalue())
    assert len(pages) > 1
    assert flat(" ".join(pages)).count(sentence) >= 18  # a line may break inside one
