"""The kiosk in English, Spanish and Urdu: one touch to switch, right to left for Urdu, the
consent wording of the chosen language recorded, and back to the default after each sign-up."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from kit.content import PackError, default_pack_dir, load_pack, save_pack
from kit.store.models import Signup
from kit.ui.i18n import LANGUAGES, catalogue, translations_dir

KIOSK_CONTEXTS = ("SignupForm", "SignupErrors", "ThankYouPanel", "KioskPage")


def test_one_touch_switches_the_form_to_spanish_and_records_that_wording(qtbot, window,
                                                                           kit_with_event):
    qtbot.mouseClick(window.kiosk.language_buttons["es"], Qt.MouseButton.LeftButton)
    form = window.kiosk.form
    pack = kit_with_event.pack()
    assert form.submit_button.text() == "Inscribirme"
    assert form.consent_email.text() == pack.consent_in("es").email
    assert form.interest_boxes["events"].text() == "Eventos y acciones"
    assert window.kiosk.language_buttons["es"].isChecked()
    chosen = window.kiosk.language_buttons["es"]
    assert not chosen.icon().isNull() and chosen.font().bold()  # a tick and bold, not colour alone
    assert window.kiosk.language_buttons["en"].icon().isNull()
    assert not window.kiosk.language_buttons["en"].font().bold()
    form.edits["first_name"].setText("Lucía")
    form.edits["email"].setText("lucia@example.org")
    form.consent_email.setChecked(True)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    signup = Signup.get()
    assert signup.language == "es"
    assert signup.consent_email_text == pack.consent_in("es").email
    assert "Gracias" in window.kiosk.thanks.title.text()
    qtbot.keyClick(window.kiosk.thanks, Qt.Key.Key_Space)
    assert window.kiosk.language.code == "en"  # the next attendee starts in the default
    assert window.kiosk.form.submit_button.text() == "Sign up"


def test_urdu_lays_the_kiosk_out_right_to_left_and_back(qtbot, window):
    window.kiosk.set_language("ur")
    assert window.kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.kiosk.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # addresses and numbers stay left to right inside the Urdu form
    assert window.kiosk.form.edits["email"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.kiosk.form.submit_button.text() == "سائن اپ کریں"
    window.kiosk.form.submit()
    assert window.kiosk.form.errors["first_name"].text() == "⚠ براہ کرم اپنا پہلا نام لکھیں۔"
    window.kiosk.set_language("en")
    assert window.kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_language_keeps_what_was_typed_but_not_consent(qtbot, window):
    form = window.kiosk.form
    form.edits["first_name"].setText("Amna")
    form.interest_boxes["volunteer"].setChecked(True)
    form.consent_email.setChecked(True)
    window.kiosk.set_language("ur")
    fresh = window.kiosk.form
    assert fresh is not form
    assert fresh.edits["first_name"].text() == "Amna"
    assert fresh.interest_boxes["volunteer"].isChecked()
    assert not fresh.consent_email.isChecked()  # consent is given to the wording now shown


def test_every_kiosk_string_is_translated_and_marked_unreviewed():
    for language in LANGUAGES:
        if language.code == "en":
            continue
        assert (translations_dir() / f"outreach-kit_{language.code}.qm").is_file()
        root = ET.parse(translations_dir() / f"outreach-kit_{language.code}.ts").getroot()
        for context in root.findall("context"):
            if context.findtext("name") not in KIOSK_CONTEXTS:
                continue
            for message in context.findall("message"):
                translation = message.find("translation")
                source = message.findtext("source")
                assert translation.get("type") is None and translation.text, source
                assert "not reviewed" in (message.findtext("translatorcomment") or ""), source
                assert catalogue(language.code).translate(context.findtext("name"), source) \
                    == translation.text


def test_the_default_pack_marks_its_translations_unreviewed(tmp_path):
    pack = load_pack(default_pack_dir())
    for code in ("es", "ur"):
        translation = pack.translation(code)
        assert translation is not None and translation.reviewed is False
        assert "not reviewed" in translation.note
        assert {i.tag for i in translation.interests} == {i.tag for i in pack.interests}
    assert pack.consent_in("fr") == pack.consent  # an untranslated language falls back
    assert load_pack(save_pack(pack, tmp_path / "copy")) == pack


def test_a_translation_for_an_unknown_interest_is_refused(tmp_path):
    source = (default_pack_dir() / "campaign.toml").read_text(encoding="utf-8")
    folder = tmp_path / "pack"
    save_pack(load_pack(default_pack_dir()), folder)
    text = (folder / "campaign.toml").read_text(encoding="utf-8")
    (folder / "campaign.toml").write_text(
        text.replace("[translations.es.interests]", "[translations.es.interests]\nknitting = \"Tejer\""),
        encoding="utf-8")
    with pytest.raises(PackError, match="translations.es.interests.knitting"):
        load_pack(folder)
    assert "[translations.es]" in source
