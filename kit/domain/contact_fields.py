"""Validation and normalisation of email addresses, phone numbers and postal codes."""

from __future__ import annotations

import functools
import re
import unicodedata

from kit.domain.errors import FieldError

# email_validator and phonenumbers take ~0.2 s to import, so they are imported on first use
# (the app warms them up in the background after its window has painted).

DEFAULT_REGION = "US"

_POSTAL_PATTERNS: dict[str, tuple[re.Pattern[str], str]] = {
    # re.ASCII: \d must mean 0-9 only; other digits are translated to ASCII before matching.
    "US": (re.compile(r"\d{5}(-\d{4})?", re.ASCII), "a 5-digit ZIP code, like 55406"),
    "CA": (re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", re.ASCII), "a postal code like K1A 0B1"),
    "GB": (re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", re.ASCII), "a postcode like SW1A 1AA"),
    "IN": (re.compile(r"\d{6}", re.ASCII), "a 6-digit PIN code"),
    "PK": (re.compile(r"\d{5}", re.ASCII), "a 5-digit postal code"),
}
_GENERIC_POSTAL = re.compile(r"[A-Z0-9][A-Z0-9 -]{1,10}")
_US_ZIP9 = re.compile(r"(\d{5})(\d{4})", re.ASCII)


def normalise_email(value: str) -> str:
    """Validate an email offline and return it lower-cased, or raise FieldError('email')."""
    import email_validator

    try:
        result = email_validator.validate_email(
            value, check_deliverability=False, allow_smtputf8=True
        )
    except email_validator.EmailNotValidError as exc:
        raise FieldError("email", f"This email address is not valid: {exc}", code="email") from exc
    return result.normalized.lower()


def normalise_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """Parse a phone number (national numbers in `region`) and return it as E.164."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldError(
            "phone", "This is not a phone number. Check the digits.", code="phone"
        ) from exc
    if not phonenumbers.is_valid_number(number):
        hint = (
            ""
            if value.strip().startswith("+")
            else " For a number from another country, start with + and the country code."
        )
        raise FieldError(
            "phone", f"This phone number is not valid. Check the digits.{hint}", code="phone"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_postal_code(value: str, region: str = DEFAULT_REGION) -> str:
    """Upper-case and check a postal code against the default region's format."""
    code = " ".join(_ascii_digits(value).upper().split())
    if region == "US" and (zip9 := _US_ZIP9.fullmatch(code)):
        code = f"{zip9[1]}-{zip9[2]}"  # ZIP+4 typed without its hyphen
    pattern, example = _POSTAL_PATTERNS.get(region, (_GENERIC_POSTAL, "a postal code"))
    if not pattern.fullmatch(code):
        raise FieldError("postal_code", f"Enter {example}.", code="postal_code")
    return code


def _ascii_digits(value: str) -> str:
    """Digits of any script (Arabic-Indic, Devanagari, full-width...) as 0-9.

    People type with the keyboard they have; exports and CRMs only understand ASCII digits.
    """
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in value)


def is_supported_region(region: str) -> bool:
    """True when phonenumbers knows the two-letter region code."""
    import phonenumbers

    return region in phonenumbers.SUPPORTED_REGIONS


# Country names phonenumbers' own tables do not spell this way (Outlook writes "United States of
# America"), and common short forms.
_COUNTRY_ALIASES = {"usa": "US", "unitedstatesofamerica": "US", "us": "US", "uk": "GB",
                    "greatbritain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
                    "northernireland": "GB"}


def _country_key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


@functools.lru_cache(maxsize=512)
def country_region(text: str) -> str | None:
    """The phone region (ISO 3166 two-letter code phonenumbers knows) a country cell names:
    a code ("FR", "fr"), a calling code ("+33") or a name in one of several languages
    ("France", "Frankreich", "États-Unis", "United States of America": kit.domain.country_names,
    made from phonenumbers' own tables); None when it names none."""
    import phonenumbers

    cleaned = text.strip()
    if not cleaned:
        return None
    if len(cleaned) == 2 and cleaned.isalpha() and cleaned.upper() in phonenumbers.SUPPORTED_REGIONS:
        return cleaned.upper()
    if cleaned.startswith("+") and cleaned[1:].isdigit():
        calling = phonenumbers.region_code_for_country_code(int(cleaned[1:]))
        return calling if calling in phonenumbers.SUPPORTED_REGIONS else None
    key = _country_key(cleaned)
    from kit.domain.country_names import COUNTRY_NAMES

    named = _COUNTRY_ALIASES.get(key) or COUNTRY_NAMES.get(key)
    return named if named in phonenumbers.SUPPORTED_REGIONS else None


@functools.lru_cache(maxsize=4096)
def display_phone(e164: str) -> str:
    """An E.164 number in the international format people read, e.g. +1 612-555-0199.

    Cached: the contacts table asks for each cell's text again and again (painting, tooltips,
    fitting columns), and parsing with phonenumbers was the dearest part of it."""
    import phonenumbers

    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def warm_up() -> None:
    """Import the validation libraries now, so the first sign-up does not wait for them."""
    import email_validator  # noqa: F401
    import phonenumbers  # noqa: F401


def phone_search_digits(text: str) -> str:
    """The digits of a search that looks like a formatted phone number, else "".

    Stored phones are E.164 (+16126240000); a volunteer types them as they read them:
    "612-624", "(612) 624 00", "+1 612". Only text of digits and phone punctuation counts, with
    three digits at least, and only when it is not digits alone (those already match as text).
    """
    if not text or len(text) > 40 or any(ch not in _PHONE_SEARCH_CHARS for ch in text):
        return ""
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits if len(digits) >= 3 and len(digits) != len(text) else ""


_PHONE_SEARCH_CHARS = frozenset("0123456789+-.() ")
