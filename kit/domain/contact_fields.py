"""Validation and normalisation of email addresses, phone numbers and postal codes."""

from __future__ import annotations

import re

import email_validator
import phonenumbers

from kit.domain.errors import FieldError

DEFAULT_REGION = "US"

_POSTAL_PATTERNS: dict[str, tuple[re.Pattern[str], str]] = {
    "US": (re.compile(r"\d{5}(-\d{4})?"), "a 5-digit ZIP code, like 55406"),
    "CA": (re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d"), "a postal code like K1A 0B1"),
    "GB": (re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"), "a postcode like SW1A 1AA"),
    "IN": (re.compile(r"\d{6}"), "a 6-digit PIN code"),
    "PK": (re.compile(r"\d{5}"), "a 5-digit postal code"),
}
_GENERIC_POSTAL = re.compile(r"[A-Z0-9][A-Z0-9 -]{1,10}")


def normalise_email(value: str) -> str:
    """Validate an email offline and return it lower-cased, or raise FieldError('email')."""
    try:
        result = email_validator.validate_email(
            value, check_deliverability=False, allow_smtputf8=True
        )
    except email_validator.EmailNotValidError as exc:
        raise FieldError("email", f"This email address is not valid: {exc}", code="email") from exc
    return result.normalized.lower()


def normalise_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """Parse a phone number (national numbers in `region`) and return it as E.164."""
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
            "phone", f"This phone number is not valid for {region}.{hint}", code="phone"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_postal_code(value: str, region: str = DEFAULT_REGION) -> str:
    """Upper-case and check a postal code against the default region's format."""
    code = " ".join(value.upper().split())
    pattern, example = _POSTAL_PATTERNS.get(region, (_GENERIC_POSTAL, "a postal code"))
    if not pattern.fullmatch(code):
        raise FieldError("postal_code", f"Enter {example}.", code="postal_code")
    return code


def is_supported_region(region: str) -> bool:
    """True when phonenumbers knows the two-letter region code."""
    return region in phonenumbers.SUPPORTED_REGIONS
