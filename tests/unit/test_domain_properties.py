"""Property tests of the form rules: whatever is typed, the answer is a clean sign-up or a refusal."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.domain.errors import ValidationFailed
from kit.domain.signup import CleanSignup, SignupForm, validate_signup
from kit.domain.text import NAME_MAX, NOTE_MAX, has_control_characters

any_text = st.text(max_size=200)
long_or_short = st.one_of(any_text, st.text(min_size=90, max_size=1200))
emailish = st.one_of(any_text, st.emails(), st.from_regex(r"[A-Za-z0-9._%+-]{1,20}@[a-z]{1,10}\.org",
                                                          fullmatch=True))
phoneish = st.one_of(any_text, st.from_regex(r"\+?[0-9 ().-]{3,20}", fullmatch=True))

forms = st.builds(
    SignupForm,
    first_name=long_or_short,
    last_name=any_text,
    email=emailish,
    phone=phoneish,
    postal_code=st.one_of(any_text, st.from_regex(r"[0-9]{5}(-[0-9]{4})?", fullmatch=True)),
    interests=st.lists(st.one_of(any_text, st.sampled_from(["volunteer", "events", "newsletter"])),
                       max_size=5),
    consent_email=st.booleans(),
    consent_sms=st.booleans(),
    note=long_or_short,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forms)
def test_any_form_is_either_clean_or_refused_with_field_messages(signup_form):
    try:
        clean = validate_signup(signup_form)
    except ValidationFailed as failed:
        assert failed.errors, "a refusal names at least one field"
        assert all(isinstance(m, str) and m for m in failed.by_field().values())
        return
    assert isinstance(clean, CleanSignup)
    # What was accepted obeys every rule the store and the exporters rely on.
    assert clean.first_name and len(clean.first_name) <= NAME_MAX
    assert len(clean.last_name) <= NAME_MAX and len(clean.note) <= NOTE_MAX
    for one_line in (clean.first_name, clean.last_name, clean.email, clean.phone, clean.postal_code):
        assert not has_control_characters(one_line)
        assert "\u2028" not in one_line and "\u2029" not in one_line
        assert unicodedata.is_normalized("NFC", one_line)
        assert one_line == one_line.strip()
    assert clean.email or clean.phone
    assert not clean.email or clean.email == clean.email.lower()
    assert not clean.phone or clean.phone.startswith("+")
    assert clean.postal_code.isascii()
    assert not clean.consent_email or clean.email
    assert not clean.consent_sms or clean.phone
    assert len(set(clean.interests)) == len(clean.interests)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=NAME_MAX).filter(lambda s: s.strip()))
def test_printable_one_line_names_are_kept_exactly(name):
    name = unicodedata.normalize("NFC", name).strip()
    if not name or any(unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs") for ch in name):
        return
    if "\t" in name:
        return
    clean = validate_signup(SignupForm(first_name=name, phone="612-624-5000"))
    assert clean.first_name == name
