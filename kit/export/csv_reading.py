"""Reading contact CSVs from anywhere: our presets, a typed-up paper sheet, another tool.

Pure file logic, no database: detect the encoding and the delimiter, map headers to the form's
fields, and turn cell text into form values (consent answers, interest lists).
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from kit.domain.errors import KitError

SAMPLE_BYTES = 64 * 1024


class UnreadableFile(KitError):
    """The file cannot be read as a contacts CSV; the message says why."""

    code = "unreadable"


# -- encoding and delimiter --------------------------------------------------------------------
def detect_encoding(path: Path) -> str:
    """`utf-8-sig` (BOM), `utf-16` (BOM), `utf-8` when every byte decodes, else `cp1252`.

    Reads the whole file in chunks: a UTF-8 check on the first bytes alone would miss an
    accented name typed in Windows-1252 on row 5,000.
    """
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(SAMPLE_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def open_text(path: Path, encoding: str):
    """The file as text for the csv module. Windows-1252 leaves five bytes undefined; those
    become U+FFFD rather than stopping the import."""
    errors = "replace" if encoding == "cp1252" else "strict"
    return path.open("r", encoding=encoding, errors=errors, newline="")


def detect_delimiter(header_line: str) -> str:
    """`,`, `;` or tab: whichever occurs most in the header line outside quotes (`,` on a tie).

    Counting the header is steadier than csv.Sniffer, which guesses from data rows and is thrown
    by commas in notes; European spreadsheets save with `;`, Excel's "Unicode text" with tabs.
    """
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_rows(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    """Every record of the file (header first) as lists of cells, streamed."""
    try:
        with open_text(path, encoding) as handle:
            yield from csv.reader(handle, delimiter=delimiter, strict=False)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{path.name} is not valid {encoding} text ({exc}).") from exc
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name} is not a readable CSV file ({exc}).") from exc


def first_line(path: Path, encoding: str) -> str:
    with open_text(path, encoding) as handle:
        return handle.readline()


# -- headers -----------------------------------------------------------------------------------
IMPORT_FIELDS = (
    "first_name", "last_name", "full_name", "email", "phone", "postal_code", "interests",
    "consent_email", "consent_sms", "note",
)

# Headers as _key() reduces them (lower-case letters and digits only) -> field.
_ALIASES: dict[str, str] = {}
for _field, _names in {
    "first_name": ("firstname", "first", "givenname", "fname", "forename", "prenom", "vorname"),
    "last_name": ("lastname", "last", "surname", "familyname", "lname", "nom", "nachname"),
    "full_name": ("name", "fullname", "yourname", "contactname", "displayname"),
    "email": ("email", "emailaddress", "mail", "email1value", "emailaddress1", "primaryemail"),
    "phone": ("phone", "phonenumber", "mobile", "mobilenumber", "mobilephone", "cell",
              "cellphone", "cellnumber", "tel", "telephone", "phone1value", "phonemobile"),
    "postal_code": ("zip", "zipcode", "postalcode", "postcode", "zippostalcode",
                    "address1postalcode", "postal", "pincode"),
    "interests": ("interests", "interest", "tags", "taglist", "labels", "interestedin"),
    "consent_email": ("emailconsent", "consentemail", "emailoptin", "emailsubscribed",
                      "subscribed", "optin", "emailok", "okemail", "okaytoemail", "oktoemail",
                      "mayweemailyou", "emailpermission", "emailme"),
    "consent_sms": ("textmessageconsent", "smsconsent", "consentsms", "smsoptin", "mobileoptin",
                    "textoptin", "textok", "oktotext", "okaytotext", "canreceivesms",
                    "textmessages", "textme", "smspermission"),
    "note": ("note", "notes", "comment", "comments", "remarks"),
}.items():
    for _name in _names:
        _ALIASES[_name] = _field


def _key(header: str) -> str:
    text = unicodedata.normalize("NFKD", header.replace("\ufeff", "")).lower()
    return "".join(ch for ch in text if ch.isalnum() and ch.isascii())


def map_headers(headers: list[str]) -> dict[str, str]:
    """{header: field} for every header recognised; several headers may feed one field (the
    first non-empty cell wins, e.g. NationBuilder's phone_number and mobile_number)."""
    mapping: dict[str, str] = {}
    for header in headers:
        field = _ALIASES.get(_key(header))
        if field is not None and header not in mapping:
            mapping[header] = field
    return mapping


# -- cell values -------------------------------------------------------------------------------
_YES = {"yes", "y", "true", "t", "1", "x", "subscribed", "optedin", "optin", "ok", "agree",
        "agreed", "on", "checked", "✓", "✔", "ja", "oui", "si", "sí"}
_NO = {"no", "n", "false", "f", "0", "", "unsubscribed", "notsubscribed", "optedout", "optout",
       "nonsubscribed", "cleaned", "off", "unchecked", "nein", "non"}


def parse_consent(value: str) -> bool | None:
    """True for yes/Y/true/1/subscribed..., False for no/N/false/0/empty, None if unclear."""
    key = "".join(ch for ch in value.strip().lower() if not ch.isspace() and ch not in "-_'")
    if key in _YES or value.strip() in _YES:
        return True
    if key in _NO:
        return False
    return None


def split_tags(value: str) -> list[str]:
    """Interest cells: our `; `, Mailchimp's and NationBuilder's `,`, Google's ` ::: `."""
    parts = re.split(r"\s*:::\s*|[;,]", value)
    return [p.strip() for p in parts if p.strip()]


def split_full_name(value: str) -> tuple[str, str]:
    """`Ayesha Khan` -> (`Ayesha`, `Khan`); a single word is the first name."""
    parts = value.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""
