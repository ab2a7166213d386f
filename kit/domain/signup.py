"""The sign-up form's rules: what a volunteer may submit and how it is normalised."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields

from kit.domain.contact_fields import (
    DEFAULT_REGION,
    normalise_email,
    normalise_phone,
    normalise_postal_code,
)
from kit.domain.errors import FieldError, ValidationFailed
from kit.domain.text import NAME_MAX, NOTE_MAX, clean_multiline, clean_one_line, clean_text

# Offered until a campaign pack provides its own list. No interest may read like the email
# opt-in ("News and updates" did): consent is asked only by the consent boxes.
DEFAULT_INTERESTS: tuple[tuple[str, str], ...] = (
    ("volunteer", "Volunteer with us"),
    ("events", "Events and actions"),
    ("reading-group", "Reading and study group"),
)

DEFAULT_CONSENT_EMAIL = "Yes, email me about events and actions. I can unsubscribe at any time."
DEFAULT_CONSENT_SMS = "Yes, text me about events and actions. I can reply STOP at any time."

FIELD_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "phone": "Phone",
    "postal_code": "ZIP code",
    "interests": "Interests",
    "consent_email": "Email consent",
    "consent_sms": "Text message consent",
    "note": "Note",
}


@dataclass(frozen=True)
class ConsentWording:
    """The exact sentences shown next to the two consent boxes."""

    email: str = DEFAULT_CONSENT_EMAIL
    sms: str = DEFAULT_CONSENT_SMS


@dataclass(frozen=True)
class SignupForm:
    """What was typed into the form, before any rule ran."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    interests: Sequence[str] = ()
    consent_email: bool = False
    consent_sms: bool = False
    note: str = ""


def form_is_blank(form: SignupForm) -> bool:
    """True when nothing at all was typed, ticked or chosen (a space counts as typed).

    The kiosk asks it to decide whether a form may be replaced without losing anyone's
    input: idle clears only a started form, a new campaign pack rebuilds only a blank one.
    Every field of SignupForm counts, so a field added later is not forgotten here."""
    return not any(getattr(form, each.name) for each in fields(form))


@dataclass(frozen=True)
class CleanSignup:
    """A sign-up that passed every rule, normalised for storage."""

    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    interests: tuple[str, ...] = ()
    consent_email: bool = False
    consent_sms: bool = False
    note: str = ""
    wording: ConsentWording = field(default_factory=ConsentWording)

    @property
    def identity_key(self) -> str:
        """The key that finds a returning attendee: email first, else phone."""
        return identity_key(self.email, self.phone)


def identity_key(email: str, phone: str) -> str:
    """`email:<addr>` when there is an email, else `phone:<e164>`, else empty."""
    if email:
        return f"email:{email.lower()}"
    if phone:
        return f"phone:{phone}"
    return ""


def validate_signup(
    form: SignupForm,
    *,
    region: str = DEFAULT_REGION,
    allowed_interests: Iterable[str] | None = None,
    wording: ConsentWording | None = None,
) -> CleanSignup:
    """Check every field; return the normalised sign-up or raise ValidationFailed with all errors."""
    errors: list[FieldError] = []
    values: dict[str, object] = {}

    def attempt(name: str, check) -> None:
        try:
            values[name] = check()
        except FieldError as error:
            errors.append(error)

    attempt("first_name", lambda: clean_one_line("first_name", "First name", form.first_name, NAME_MAX))
    attempt("last_name", lambda: clean_one_line("last_name", "Last name", form.last_name, NAME_MAX))
    attempt("email", lambda: _optional(form.email, normalise_email))
    attempt("phone", lambda: _optional(form.phone, lambda v: normalise_phone(v, region)))
    attempt(
        "postal_code", lambda: _optional(form.postal_code, lambda v: normalise_postal_code(v, region))
    )
    attempt("note", lambda: clean_multiline("note", "Note", form.note, NOTE_MAX))
    attempt("interests", lambda: _check_interests(form.interests, allowed_interests))

    if "first_name" in values and not values["first_name"]:
        errors.append(FieldError("first_name", "Please enter a first name.", code="required"))
    has_email = bool(values.get("email")) or _typed(form.email)
    has_phone = bool(values.get("phone")) or _typed(form.phone)
    if not has_email and not has_phone:
        errors.append(
            FieldError("email", "Enter an email address or a phone number.", code="required")
        )
    if form.consent_email and not has_email:
        errors.append(
            FieldError("consent_email", "Add an email address to get emails.", code="needs_email")
        )
    if form.consent_sms and not has_phone:
        errors.append(
            FieldError("consent_sms", "Add a phone number to get text messages.", code="needs_phone")
        )
    if errors:
        raise ValidationFailed(errors)
    return CleanSignup(
        first_name=str(values["first_name"]),
        last_name=str(values["last_name"]),
        email=str(values["email"]),
        phone=str(values["phone"]),
        postal_code=str(values["postal_code"]),
        interests=values["interests"],  # type: ignore[arg-type]
        consent_email=bool(form.consent_email),
        consent_sms=bool(form.consent_sms),
        note=str(values["note"]),
        wording=wording or ConsentWording(),
    )


def _typed(value: str | None) -> bool:
    return bool(clean_text(value))


def _optional(value: str | None, normalise) -> str:
    text = clean_text(value)
    return normalise(text) if text else ""


def _check_interests(chosen: Sequence[str], allowed: Iterable[str] | None) -> tuple[str, ...]:
    allowed_set = set(allowed) if allowed is not None else {tag for tag, _ in DEFAULT_INTERESTS}
    unique: list[str] = []
    for tag in chosen:
        tag = clean_text(tag)
        if tag and tag not in unique:
            unique.append(tag)
    unknown = [tag for tag in unique if tag not in allowed_set]
    if unknown:
        choices = ", ".join(sorted(allowed_set))
        raise FieldError(
            "interests", f"Unknown interest {', '.join(unknown)}; choose from: {choices}.",
            code="unknown_interest",
        )
    return tuple(unique)
