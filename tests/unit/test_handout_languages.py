"""Handout texts in more than one language: a pack's `[translations.<code>]` may carry the
handouts' words (handout texts, organisation texts, headings), each field falling back to the
pack's own language on its own; the shipped pack carries none (no machine translation on paper).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.content import PackError, default_pack_dir, load_pack, save_pack

PACK = Path(__file__).parents[1] / "fixtures" / "packs" / "multilingual"


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


def test_the_pack_lists_its_handout_languages_own_first(pack):
    assert pack.handout_languages() == ("en", "es", "ur")
    assert pack.for_handouts("en") is pack and pack.for_handouts("") is pack


def test_each_field_falls_back_to_the_packs_own_on_its_own(pack):
    es = pack.for_handouts("es")
    assert es.language == "es"
    flyer = es.handouts.flyer
    assert flyer.headline == "Únete a tus vecinos"
    assert flyer.intro == "Conoce a los inquilinos de tu calle."
    assert flyer.footer == "Read more"  # not translated: the pack's own
    assert es.handouts.factsheet.headline == "Alquilar junto al río"
    assert es.handouts.factsheet.intro == "The facts about renting here."
    assert es.handouts.resources == pack.handouts.resources  # no table: all its own
    org = es.organisation
    assert org.tagline.startswith("Alquiler justo")
    assert org.mission[1].startswith("Todo inquilino")
    assert org.actions == ("reuniones cada mes", "ayuda con reparaciones", "un grupo de lectura")
    assert org.name == "Riverside Tenants" and org.contact == pack.organisation.contact
    first, second = org.platform
    assert (first.title, first.text) == (
        "Hogares seguros", "Todo hogar necesita calefacción, agua y cerraduras que funcionen.")
    # The short form does not fall back past its translated paragraph to the English one.
    assert first.short == "" and first.brief == first.text
    assert (second.title, second.text) == ("Alquiler justo", "Rent should rise no faster than wages.")
    assert [i.label for i in es.interests] == ["Venir a las reuniones", "Ayudar con reparaciones"]
    assert [i.tag for i in es.interests] == ["meetings", "repairs"]


def test_headings_come_from_the_translation_else_english(pack):
    ur = pack.for_handouts("ur")
    assert ur.label("what_we_stand_for") == "ہمارا موقف"
    assert ur.label("on_the_web") == "Riverside Tenants ویب پر"
    assert ur.label("key_facts") == "Key facts & figures"
    assert pack.label("join_us") == "Join us"
    assert pack.label("get_in_touch") == "Get in touch with Riverside Tenants"
    ur_point = ur.organisation.platform[1]
    assert ur_point == pack.organisation.platform[1]  # an empty table keeps the point


def test_a_language_without_handout_texts_is_refused_with_the_ones_there_are(pack):
    with pytest.raises(ValueError, match=r"no handout texts in 'fr'; it has: en, es, ur"):
        pack.for_handouts("fr")


def test_the_shipped_pack_prints_only_in_its_own_language():
    # Its Spanish and Urdu are the kiosk's (consent, interests): no handout words on paper.
    shipped = load_pack(default_pack_dir())
    assert shipped.handout_languages() == ("en",)
    with pytest.raises(ValueError, match="no handout texts in 'ur'"):
        shipped.for_handouts("ur")


def test_handout_translations_survive_a_save(pack, tmp_path):
    folder = save_pack(pack, tmp_path / "pack")
    again = load_pack(folder)
    assert again.translations == pack.translations
    for code in ("es", "ur"):
        assert again.for_handouts(code) == pack.for_handouts(code)


def _broken(tmp_path, old: str, new: str) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    text = (PACK / "campaign.toml").read_text(encoding="utf-8")
    assert old in text
    (folder / "campaign.toml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("[translations.es.handouts.flyer]\nheadline", "[translations.es.handouts.flyer]\nheadlin",
         r"translations\.es\.handouts\.flyer\.headlin: unknown field"),
        ("[translations.es.handouts.factsheet]", "[translations.es.handouts.poster]",
         r"translations\.es\.handouts\.poster: unknown field"),
        ('actions = ["reuniones cada mes", ', 'actions = [',
         r"translations\.es\.organisation\.actions: has 2 entries; give all 3"),
        ("    {},\n", "",
         r"translations\.ur\.organisation\.platform: has 1 entries; give one for each of the 2"),
        ("join_us = \"Únete\"", "join = \"Únete\"",
         r"translations\.es\.labels\.join: unknown field"),
        ('footer = "مزید پڑھیں"', 'footer = ' + '"' + "x" * 201 + '"',
         r"translations\.ur\.handouts\.flyer\.footer: is 201 characters long"),
    ],
)
def test_a_broken_translation_is_refused_with_its_field(tmp_path, old, new, message):
    with pytest.raises(PackError, match=message):
        load_pack(_broken(tmp_path, old, new))
