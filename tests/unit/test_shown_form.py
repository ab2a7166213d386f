"""Consent exactly as shown: the rule that a form on screen is outdated (kit.domain.shown_form)
and the kiosk's question to the kit (kit.services.kiosk_form) after a Content save."""

from __future__ import annotations

import dataclasses

from kit.domain.shown_form import ShownForm, form_outdated
from kit.domain.signup import ConsentWording
from kit.services import kiosk_form
from kit.services.campaign import save_campaign_pack

SHOWN = ShownForm(ConsentWording(email="Email me.", sms="Text me."), ("volunteer", "events"))


def test_the_same_form_is_not_outdated_whatever_was_ticked():
    assert not form_outdated(SHOWN, SHOWN, ())
    assert not form_outdated(SHOWN, SHOWN, ("volunteer", "events"))


def test_any_change_to_either_sentence_makes_the_form_outdated():
    for changed in (ConsentWording(email="Email me!", sms="Text me."),
                    ConsentWording(email="Email me.", sms="Text me, please.")):
        in_force = dataclasses.replace(SHOWN, wording=changed)
        assert form_outdated(SHOWN, in_force, ())  # even with no box ticked: the words differ


def test_a_ticked_interest_no_longer_offered_makes_the_form_outdated_an_unticked_one_does_not():
    in_force = ShownForm(SHOWN.wording, ("volunteer", "media"))  # "events" gone, "media" new
    assert form_outdated(SHOWN, in_force, ("events",))
    assert not form_outdated(SHOWN, in_force, ("volunteer",))
    assert not form_outdated(SHOWN, in_force, ())


def yes():
    return True


def test_a_content_save_outdates_a_form_shown_before_it_in_that_language_only(kit):
    english, spanish = kiosk_form.form_in_force(kit, "en"), kiosk_form.form_in_force(kit, "es")
    assert english.wording != spanish.wording  # the shipped pack translates the consent
    assert not kiosk_form.form_outdated(kit, english, "en", ("volunteer",))

    pack = kit.pack()
    edited = dataclasses.replace(pack, consent=dataclasses.replace(
        pack.consent, email="Yes, email me about the campaign. I can unsubscribe any time."))
    assert save_campaign_pack(kit, edited, before=pack, confirm_consent_change=yes).saved
    assert kiosk_form.form_outdated(kit, english, "en", ())
    assert not kiosk_form.form_outdated(kit, spanish, "es", ())  # its own sentences are unchanged
    # A language the pack does not translate shows, and records, the pack's own sentences.
    assert kiosk_form.form_in_force(kit, "xx").wording == kiosk_form.form_in_force(kit, "en").wording


def test_removing_an_interest_outdates_only_a_form_where_it_was_ticked(kit):
    shown = kiosk_form.form_in_force(kit, "en")
    assert "media" in shown.interests
    pack = kit.pack()
    def without_media(interests):
        return tuple(i for i in interests if i.tag != "media")

    edited = dataclasses.replace(pack, interests=without_media(pack.interests), translations=tuple(
        dataclasses.replace(t, interests=without_media(t.interests)) for t in pack.translations))
    assert save_campaign_pack(kit, edited, before=pack, confirm_consent_change=yes).saved
    assert kiosk_form.form_outdated(kit, shown, "en", ("volunteer", "media"))
    assert not kiosk_form.form_outdated(kit, shown, "en", ("volunteer",))
