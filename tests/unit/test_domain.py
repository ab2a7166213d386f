"""The sign-up form's rules (kit.domain): no Qt, no database, only what a volunteer may submit."""

from __future__ import annotations

import unicodedata

import pytest

from kit.domain.contact_fields import normalise_email, normalise_phone, normalise_postal_code
from kit.domain.errors import FieldError, ValidationFailed
from kit.domain.signup import (
    DEFAULT_CONSENT_EMAIL,
    CleanSignup,
    ConsentWording,
    SignupForm,
    form_is_blank,
    identity_key,
    validate_signup,
)
from kit.domain.text import NAME_MAX, NOTE_MAX


def form(**fields) -> SignupForm:
    """A valid form, with `fields` overriding the defaults."""
    base = {"first_name": "Ayesha", "email": "ayesha@example.org"}
    base.update(fields)
    return SignupForm(**base)


def errors_of(signup_form: SignupForm, **kwargs) -> dict[str, str]:
    """The per-field messages a rejected form gets (fails the test if it was accepted)."""
    with pytest.raises(ValidationFailed) as failed:
        validate_signup(signup_form, **kwargs)
    return failed.value.by_field()


# -- required fields -----------------------------------------------------------------------------
def test_first_name_is_required():
    assert "first_name" in errors_of(form(first_name=""))


def test_whitespace_only_first_name_counts_as_missing():
    assert "first_name" in errors_of(form(first_name="   \t "))


def test_email_or_phone_is_required():
    messages = errors_of(SignupForm(first_name="Ayesha"))
    assert messages["email"] == "Enter an email address or a phone number."


def test_phone_alone_is_enough():
    clean = validate_signup(SignupForm(first_name="Ayesha", phone="612-624-5000"))
    assert clean.email == "" and clean.phone == "+16126245000"


def test_every_wrong_field_is_reported_at_once():
    messages = errors_of(SignupForm(first_name="", email="nope", phone="12345", postal_code="1"))
    assert {"first_name", "email", "phone", "postal_code"} <= set(messages)


# -- email ------------------------------------------------------------------------------------------
def test_email_is_trimmed_and_lower_cased():
    assert validate_signup(form(email="  Ayesha.Khan@Example.ORG ")).email == "ayesha.khan@example.org"


@pytest.mark.parametrize("bad", ["not-an-email", "a@b", "ayesha@@example.org", "ayesha @example.org"])
def test_invalid_email_is_refused_at_the_email_field(bad):
    messages = errors_of(form(email=bad))
    assert messages["email"].startswith("This email address is not valid")


def test_internationalised_email_is_kept():
    assert normalise_email("用户@例子.广告") == "用户@例子.广告"


def test_email_validation_needs_no_network(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("email validation tried to use the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert normalise_email("someone@example.org") == "someone@example.org"


# -- phone ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("(612) 624-5000", "+16126245000"),
        ("612.624.5000", "+16126245000"),
        ("+1 612 624 5000", "+16126245000"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+92 300 1234567", "+923001234567"),
        ("٦١٢٦٢٤٥٠٠٠", "+16126245000"),  # Eastern Arabic-Indic digits
    ],
)
def test_phone_is_stored_as_e164(typed, e164):
    assert validate_signup(form(phone=typed)).phone == e164


@pytest.mark.parametrize("bad", ["12345", "not a phone", "+1 000", "555"])
def test_invalid_phone_is_refused_at_the_phone_field(bad):
    assert "phone" in errors_of(form(phone=bad))


def test_phone_region_is_a_parameter():
    assert normalise_phone("020 7946 0958", "GB") == "+442079460958"
    with pytest.raises(FieldError):
        normalise_phone("020 7946 0958", "US")


# -- postal code ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), [("55406", "55406"), ("55406-1234", "55406-1234")])
def test_us_zip_accepts_five_and_nine_digits(typed, stored):
    assert validate_signup(form(postal_code=typed)).postal_code == stored


def test_nine_digit_zip_without_hyphen_is_written_as_zip_plus_four():
    assert normalise_postal_code("554061234") == "55406-1234"


@pytest.mark.parametrize("bad", ["5540", "554066", "ABCDE", "55406-12", "55 406"])
def test_malformed_us_zip_is_refused(bad):
    assert "postal_code" in errors_of(form(postal_code=bad))


@pytest.mark.parametrize("typed", ["٥٥٤٠٦", "५५४०६", "５５４０６"])
def test_zip_typed_in_other_digits_is_stored_in_ascii(typed):
    # Exports and CRMs expect ASCII digits; a ZIP that only looks right would be lost there.
    assert normalise_postal_code(typed) == "55406"


def test_postal_code_of_another_region():
    assert normalise_postal_code("sw1a 1aa", "GB") == "SW1A 1AA"
    with pytest.raises(FieldError):
        normalise_postal_code("55406", "GB")


# -- text: trimming, NFC, control characters, limits, scripts ---------------------------------------
def test_names_are_trimmed():
    clean = validate_signup(form(first_name="  Ayesha ", last_name=" Khan  "))
    assert (clean.first_name, clean.last_name) == ("Ayesha", "Khan")


def test_decomposed_and_composed_names_are_equal():
    decomposed = unicodedata.normalize("NFD", "Zoé")
    assert decomposed != "Zoé"
    assert validate_signup(form(first_name=decomposed)).first_name == "Zoé"


@pytest.mark.parametrize("bad", ["Ay\nesha", "Ay\r\nesha", "Ay\x00esha", "Ay\x1besha", "Ay\x85esha"])
def test_control_characters_in_names_are_refused(bad):
    assert "one line" in errors_of(form(first_name=bad))["first_name"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_unicode_line_separators_in_names_are_refused(separator):
    assert "first_name" in errors_of(form(first_name=f"Ay{separator}esha"))
    assert "last_name" in errors_of(form(last_name=f"Kh{separator}an"))


def test_tab_in_a_name_becomes_a_space():
    assert validate_signup(form(first_name="Ayesha\tB")).first_name == "Ayesha B"


def test_note_keeps_line_breaks_and_normalises_them():
    clean = validate_signup(form(note="line one\r\nline two\rline three"))
    assert clean.note == "line one\nline two\nline three"


def test_note_refuses_other_control_characters():
    assert "note" in errors_of(form(note="bell\x07"))


def test_name_at_the_limit_is_kept():
    assert validate_signup(form(first_name="a" * NAME_MAX)).first_name == "a" * NAME_MAX


def test_name_past_the_limit_is_refused_with_a_clear_message():
    message = errors_of(form(last_name="a" * (NAME_MAX + 1)))["last_name"]
    assert message == f"Last name is too long ({NAME_MAX + 1} characters; at most {NAME_MAX})."


def test_a_ten_thousand_character_name_is_refused():
    message = errors_of(form(first_name="x" * 10_000))["first_name"]
    assert "too long" in message and "10000" in message


def test_note_limit():
    assert validate_signup(form(note="n" * NOTE_MAX)).note == "n" * NOTE_MAX
    assert "at most 1000" in errors_of(form(note="n" * (NOTE_MAX + 1)))["note"]


@pytest.mark.parametrize(
    ("first", "last"),
    [("عائشہ", "خان"), ("आयशा", "ख़ान"), ("Ayesha 🌸", "👩🏽‍🦱"), ("Zoë", "O'Brien-Núñez")],
)
def test_names_in_any_script_are_kept_exactly(first, last):
    clean = validate_signup(form(first_name=first, last_name=last))
    assert clean.first_name == unicodedata.normalize("NFC", first)
    assert clean.last_name == unicodedata.normalize("NFC", last)


def test_zero_width_joiners_in_names_are_kept():
    # Urdu and emoji sequences need ZWNJ/ZWJ; they are not control characters.
    name = "می\u200cخواهم 👩\u200d🔬"
    assert validate_signup(form(first_name=name)).first_name == name


# -- interests --------------------------------------------------------------------------------------
def test_unknown_interest_is_refused():
    message = errors_of(form(interests=("volunteer", "smuggling")))["interests"]
    assert "smuggling" in message and "volunteer" in message  # names it and lists choices


def test_duplicate_interests_are_folded_in_order():
    clean = validate_signup(form(interests=("events", "volunteer", "events", " volunteer ")))
    assert clean.interests == ("events", "volunteer")


def test_campaign_interest_list_replaces_the_defaults():
    clean = validate_signup(form(interests=("vigils",)), allowed_interests=["vigils"])
    assert clean.interests == ("vigils",)
    assert "interests" in errors_of(form(interests=("volunteer",)), allowed_interests=["vigils"])


# -- consent ----------------------------------------------------------------------------------------
def test_email_consent_needs_an_email():
    messages = errors_of(SignupForm(first_name="A", phone="612-624-5000", consent_email=True))
    assert set(messages) == {"consent_email"}


def test_sms_consent_needs_a_phone():
    messages = errors_of(form(consent_sms=True))
    assert set(messages) == {"consent_sms"}


def test_consent_answers_and_wording_are_recorded():
    wording = ConsentWording(email="Email me, please.", sms="Text me, please.")
    clean = validate_signup(
        form(phone="612-624-5000", consent_email=True, consent_sms=False), wording=wording
    )
    assert (clean.consent_email, clean.consent_sms) == (True, False)
    assert clean.wording == wording


def test_default_wording_is_recorded_when_none_is_given():
    assert validate_signup(form()).wording.email == DEFAULT_CONSENT_EMAIL


# -- identity ---------------------------------------------------------------------------------------
def test_identity_key_prefers_email_then_phone():
    assert identity_key("a@b.org", "+16126245000") == "email:a@b.org"
    assert identity_key("", "+16126245000") == "phone:+16126245000"
    assert identity_key("", "") == ""


def test_identity_key_of_the_same_person_typed_differently_is_equal():
    first = validate_signup(form(email="Ayesha@Example.org"))
    second = validate_signup(form(email=" ayesha@EXAMPLE.ORG", first_name="A."))
    assert isinstance(first, CleanSignup)
    assert first.identity_key == second.identity_key == "email:ayesha@example.org"
    by_phone_a = validate_signup(SignupForm(first_name="A", phone="(612) 624-5000"))
    by_phone_b = validate_signup(SignupForm(first_name="A", phone="+1 612 624 5000"))
    assert by_phone_a.identity_key == by_phone_b.identity_key == "phone:+16126245000"


# Each field of the kiosk form with something an attendee could have put in it: listed here, not
# read from SignupForm, so a field the rule forgets fails below.
ONE_THING_ENTERED = {
    "first_name": "A", "last_name": "B", "email": "a", "phone": "6", "postal_code": "5",
    "note": "n", "interests": ("volunteer",), "consent_email": True, "consent_sms": True,
}


def test_a_form_nothing_was_entered_in_is_blank():
    assert form_is_blank(SignupForm())
    assert form_is_blank(SignupForm(interests=[]))  # a list or a tuple: nothing chosen either way


@pytest.mark.parametrize("name", sorted(ONE_THING_ENTERED))
def test_one_thing_entered_anywhere_makes_a_form_not_blank(name):
    assert not form_is_blank(SignupForm(**{name: ONE_THING_ENTERED[name]}))


def test_a_space_typed_counts_as_typed():
    """Idle clears a form someone started, even if all they typed was a space."""
    assert not form_is_blank(SignupForm(note=" "))


def test_the_list_of_fields_entered_covers_the_whole_form():
    import dataclasses

    assert {f.name for f in dataclasses.fields(SignupForm)} == set(ONE_THING_ENTERED)
