"""Text clean-up shared by every field: trimming, Unicode NFC, control characters, lengths."""

from __future__ import annotations

import unicodedata

from kit.domain.errors import FieldError

NAME_MAX = 100
NOTE_MAX = 1000

# Line breaks and other control characters have no place in a one-line field; they also smuggle
# content past CSV and vCard writers. Tabs in a name are typing slips, so they become spaces.
_ONE_LINE_FORMAT = {"\t": " "}


def clean_text(value: str | None) -> str:
    """Trim and compose to NFC so the same name typed twice compares equal."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", value).strip()


# Cc: C0/C1 controls (NUL, CR, LF, NEL...). Zl/Zp: U+2028 LINE and U+2029 PARAGRAPH SEPARATOR,
# which are line breaks to CSV readers, vCard and Qt even though they are not "control" characters.
_LINE_BREAKING_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})


def has_control_characters(value: str) -> bool:
    """True when `value` holds a line break (including U+2028/9), NUL or another control character."""
    return any(unicodedata.category(ch) in _LINE_BREAKING_CATEGORIES for ch in value)


def _refuse_lone_surrogates(field: str, label: str, text: str) -> None:
    """Half of a UTF-16 pair (a broken paste, an undecodable command-line byte) cannot be written
    as UTF-8: SQLite's driver would fail at the INSERT, after every check had passed."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise FieldError(field, f"{label} holds a broken character; please type it again.",
                         code="broken_character")


def clean_one_line(field: str, label: str, value: str | None, limit: int) -> str:
    """A one-line field: cleaned, no control characters, at most `limit` characters."""
    text = clean_text(value)
    _refuse_lone_surrogates(field, label, text)
    for old, new in _ONE_LINE_FORMAT.items():
        text = text.replace(old, new)
    if has_control_characters(text):
        raise FieldError(field, f"{label} must be on one line.", code="control_characters")
    if len(text) > limit:
        raise FieldError(
            field, f"{label} is too long ({len(text)} characters; at most {limit}).", code="too_long"
        )
    return text


def clean_multiline(field: str, label: str, value: str | None, limit: int) -> str:
    """A free-text field: line breaks allowed, other control characters refused."""
    text = clean_text(value).replace("\r\n", "\n").replace("\r", "\n")
    _refuse_lone_surrogates(field, label, text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if has_control_characters(text.replace("\n", "").replace("\t", "")):
        raise FieldError(field, f"{label} holds a control character.", code="control_characters")
    if len(text) > limit:
        raise FieldError(
            field, f"{label} is too long ({len(text)} characters; at most {limit}).", code="too_long"
        )
    return text
