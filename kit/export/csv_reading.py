"""Reading contact CSVs from anywhere: our presets, a typed-up paper sheet, another tool.

Pure file logic, no database: detect the encoding and the delimiter, map headers to the form's
fields, and turn cell text into form values (consent answers, interest lists).
"""

from __future__ import annotations

import codecs
import csv
import io
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
# The encoding policy (issue 13): a text is read in ONE encoding, never guessed per part.
# - A byte order mark decides: UTF-8 or UTF-16, and the whole file must then be valid in it.
# - Otherwise a file that is valid UTF-8 is UTF-8 (never reinterpreted as anything else).
# - Otherwise Windows-1252 (what Excel's plain "CSV" saves on Windows) only when the file holds
#   no UTF-8 character at all and every byte is defined in Windows-1252.
# - Anything else mixes encodings (a UTF-8 file with one byte typed in another program): it is
#   refused, naming the row and the byte where it breaks, and nothing is imported. Reading it as
#   Windows-1252 would turn every Urdu or Arabic name in it into mojibake.
# `--encoding` (CLI) reads a file in the encoding given, strictly, for the rare file this refuses.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes that are not UTF-8, as surrogateescape keeps them
_UTF8_CHARACTER = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a real multi-byte UTF-8 character


class MixedEncoding(KitError):
    """The file is not valid text in any one encoding; the message names the row and byte."""

    code = "unreadable"


def detect_encoding(path: Path) -> str:
    """`utf-8-sig` or `utf-16` (BOM), `utf-8` when the whole file is UTF-8, `cp1252` when it holds
    no UTF-8 character and every byte is Windows-1252; else MixedEncoding (row and byte).

    Reads the whole file in chunks: a check on the first bytes alone would miss an accented name
    typed in Windows-1252 on row 5,000.
    """
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        check_encoding(path, "utf-8-sig")
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        check_encoding(path, "utf-16")
        return "utf-16"
    first_bad = _first_undecodable(path, "utf-8")
    if first_bad is None:
        return "utf-8"
    # Not UTF-8. Windows-1252 only if nothing in the file is a UTF-8 character.
    has_utf8_character = False
    undefined_at: int | None = None
    offset = 0
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    with path.open("rb") as handle:
        while chunk := handle.read(SAMPLE_BYTES):
            if undefined_at is None and not _CP1252_UNDEFINED.isdisjoint(chunk):
                undefined_at = offset + min(chunk.index(b) for b in _CP1252_UNDEFINED if b in chunk)
            if not has_utf8_character and _UTF8_CHARACTER.search(decoder.decode(chunk)):
                has_utf8_character = True
            offset += len(chunk)
    if has_utf8_character:
        raise _mixed(path, first_bad, "utf-8",
                     "it is UTF-8 text, but holds a byte that is not UTF-8 (a character typed or "
                     "pasted in another encoding)")
    if undefined_at is not None:
        raise _mixed(path, undefined_at, "cp1252",
                     "it is neither UTF-8 nor Windows-1252 text")
    return "cp1252"


def check_encoding(path: Path, encoding: str) -> None:
    """MixedEncoding (row and byte) unless the whole file is valid `encoding`."""
    bad = _first_undecodable(path, encoding)
    if bad is not None:
        raise _mixed(path, bad, encoding, f"it is not valid {_ENCODING_NAMES.get(encoding, encoding)} "
                     "text")


_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                   "cp1252": "Windows-1252"}


def _first_undecodable(path: Path, encoding: str) -> int | None:
    """Byte offset of the first byte that does not decode in `encoding`, or None."""
    if encoding == "cp1252":
        offset = 0
        with path.open("rb") as handle:
            while chunk := handle.read(SAMPLE_BYTES):
                found = [chunk.index(b) for b in _CP1252_UNDEFINED if b in chunk]
                if found:
                    return offset + min(found)
                offset += len(chunk)
        return None
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(SAMPLE_BYTES):
                decoder.decode(chunk)
                offset += len(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as error:
            # error.start counts from the start of what the decoder held (its buffer + chunk).
            buffered = len(error.object) - len(chunk) if error.object is not chunk else 0
            return max(0, offset - buffered + error.start)
    return None


def _mixed(path: Path, offset: int, encoding: str, why: str) -> MixedEncoding:
    row = _row_at(path, offset, encoding)
    with path.open("rb") as handle:
        handle.seek(offset)
        byte = handle.read(1)
    return MixedEncoding(
        f"{path.name} cannot be read: {why}. It breaks on row {row}, at byte {offset:,} "
        f"(0x{byte.hex().upper()}). Nothing was imported. Open it in a spreadsheet, check row "
        f"{row}, and save it as \"CSV UTF-8\"; or give the encoding it was saved in "
        "(--encoding cp1252)."
    )


def _row_at(path: Path, offset: int, encoding: str) -> int:
    """The spreadsheet row (header = 1) that holds byte `offset`: records in the text before it."""
    with path.open("rb") as handle:
        prefix = handle.read(offset)
    text = prefix.decode("utf-8" if encoding == "cp1252" else encoding, errors="replace")
    text = text.lstrip("\ufeff")
    try:
        records = sum(1 for _ in csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        records = text.count("\n")
    at_record_start = not text or text.endswith("\n")
    return records + 1 if at_record_start else max(records, 1)


def open_text(path: Path, encoding: str):
    """The file as text for the csv module, strictly: detect_encoding has checked every byte."""
    return path.open("r", encoding=encoding, errors="strict", newline="")


def detect_delimiter(header_line: str) -> str:
    """`,`, `;` or tab: whichever occurs most in the header line outside quotes (`,` on a tie).

    Counting the header is steadier than csv.Sniffer, which guesses from data rows and is thrown
    by commas in notes; European spreadsheets save with `;`, Excel's "Unicode text" with tabs.
    """
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


# The csv module refuses a field over 128 KiB with an error that ends the whole reading. Reading
# allows more, so that a long cell refuses only its own row (the importer's MAX_CELL rule); a
# record over this limit is still only that row's problem (RefusedRow), and caps memory per cell.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
MAX_CELL = 10_000  # characters: more than any field the form takes (a note is at most 1,000)


class RefusedRow(list):
    """A record the reader could not take (a field over CSV_FIELD_LIMIT); has no cells."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


def read_rows(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    """Every record of the file (header first) as lists of cells, streamed; a record too large
    to read comes as a RefusedRow in its place and reading goes on."""
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        with open_text(path, encoding) as handle:
            reader = csv.reader(handle, delimiter=delimiter, strict=False)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    if "field larger than field limit" not in str(exc):
                        raise
                    yield RefusedRow(f"a cell is larger than {CSV_FIELD_LIMIT // (1024 * 1024)} MB; "
                                     "the row was not read")
                    continue
                yield row
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{path.name} is not valid {encoding} text ({exc}).") from exc
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name} is not a readable CSV file ({exc}).") from exc


def oversized_cell(headers: list[str], row: list[str]) -> str | None:
    """Why this row is refused for a cell over MAX_CELL characters, or None."""
    for index, cell in enumerate(row):
        if len(cell) > MAX_CELL:
            column = headers[index] if index < len(headers) else f"column {index + 1}"
            return (f"the cell under {column!r} holds {len(cell):,} characters; a cell may hold "
                    f"at most {MAX_CELL:,}")
    return None


def first_line(path: Path, encoding: str) -> str:
    with open_text(path, encoding) as handle:
        return handle.readline()


# -- headers -----------------------------------------------------------------------------------
IMPORT_FIELDS = (
    "first_name", "last_name", "full_name", "email", "phone", "postal_code", "interests",
    "consent_email", "consent_sms", "note", "country",
)

# Headers as _key() reduces them (lower-case ASCII letters and digits, accents dropped) -> field.
# English, Spanish and French as spreadsheets are typed, and the exports of the tools groups use
# (sources in docs/vendor-facts.md, "Files"): Action Network (`can2_*`), Mailchimp's audience
# export, Google Contacts (new and old headers), NationBuilder, Outlook's CSV export (`E-mail
# Address`, `Mobile Phone`, `Home Phone`, `Home Postal Code`, `Categories`; its business and
# other addresses are not where the person lives, so they are left unread and listed as such).
_ALIASES: dict[str, str] = {}
for _field, _names in {
    "first_name": ("firstname", "first", "givenname", "fname", "forename", "prenom", "vorname",
                   "nombre", "nombres", "primernombre"),
    "last_name": ("lastname", "last", "surname", "familyname", "lname", "nom", "nachname",
                  "nomdefamille", "apellido", "apellidos"),
    "full_name": ("name", "fullname", "yourname", "contactname", "displayname", "nomcomplet",
                  "nombrecompleto"),
    "email": ("email", "emailaddress", "mail", "email1value", "email2value", "emailaddress1",
              "primaryemail", "email2address", "email3address", "courriel", "adressecourriel",
              "adresseemail", "adressemail",
              "adresseelectronique", "correo", "correoelectronico", "emailpersonnel"),
    "phone": ("phone", "phonenumber", "mobile", "mobilenumber", "mobilephone", "cell",
              "cellphone", "cellnumber", "tel", "telephone", "phone1value", "phone2value",
              "phonemobile", "can2phone", "homephone", "primaryphone", "telephonemobile",
              "telephoneportable", "portable",
              "numerodetelephone",
              "telefono", "telefonomovil", "movil", "celular", "numerodetelefono"),
    "postal_code": ("zip", "zipcode", "postalcode", "postcode", "zippostalcode",
                    "address1postalcode", "postal", "pincode", "codepostal", "codigopostal", "cp",
                    "primaryzip", "homepostalcode"),
    "interests": ("interests", "interest", "tags", "taglist", "labels", "interestedin",
                  "can2usertags", "groupmembership", "categories", "interets", "centresdinteret",
                  "etiquettes",
                  "intereses", "etiquetas"),
    "consent_email": ("emailconsent", "consentemail", "emailoptin", "emailsubscribed",
                      "subscribed", "optin", "emailok", "okemail", "okaytoemail", "oktoemail",
                      "mayweemailyou", "emailpermission", "emailme", "can2subscriptionstatus",
                      "emailstatus", "emailmarketingstatus", "consentementemail",
                      "consentementcourriel", "accepteemails", "accepteemail",
                      "consentimientocorreo", "consentimientoemail", "aceptacorreos",
                      "aceptaemail", "aceptaemails"),
    "consent_sms": ("textmessageconsent", "smsconsent", "consentsms", "smsoptin", "mobileoptin",
                    "textoptin", "textok", "oktotext", "okaytotext", "canreceivesms",
                    "textmessages", "textme", "smspermission", "textconsent", "can2smsstatus",
                    "smsstatus", "smsmarketingstatus", "consentementsms", "acceptesms",
                    "consentimientosms", "aceptasms", "mensajesdetexto"),
    # Read only to know which country a row's phone number and postal code are from; not stored.
    "country": ("country", "countrycode", "countryregion", "homecountryregion", "homecountry",
                "address1country", "primarycountrycode", "primarycountry", "pays", "pais",
                "land"),
    "note": ("note", "notes", "comment", "comments", "remarks", "remarques", "commentaire",
             "commentaires", "nota", "notas", "comentario", "comentarios"),
}.items():
    for _name in _names:
        _ALIASES[_name] = _field

# Where several headers feed one field, these win over the others whatever their order: the
# number people agreed to be texted at is the mobile one (NationBuilder has both phone_number
# and mobile_number, with mobile_opt_in about the mobile).
_PREFERRED = frozenset({"mobile", "mobilenumber", "mobilephone", "cell", "cellphone", "cellnumber",
                        "phonemobile", "telephonemobile", "telephoneportable", "portable",
                        "telefonomovil", "movil",
                        "celular", "can2phone"})


def _key(header: str) -> str:
    text = unicodedata.normalize("NFKD", header.replace("\ufeff", "")).lower()
    return "".join(ch for ch in text if ch.isalnum() and ch.isascii())


def is_contact_uuid(header: str) -> bool:
    """The column of this kit's own exports that names the contact ("Contact UUID"): not a
    field to import, only read to leave out a removed contact's row (kit.services.imports)."""
    return _key(header) == "contactuuid"


def map_headers(headers: list[str]) -> dict[str, str]:
    """{header: field} for every header recognised; several headers may feed one field (the
    first non-empty cell wins, e.g. NationBuilder's phone_number and mobile_number)."""
    mapping: dict[str, str] = {}
    for header in headers:
        field = _ALIASES.get(_key(header))
        if field is not None and header not in mapping:
            mapping[header] = field
    return mapping


def field_order(headers: list[str], mapping: dict[str, str]) -> list[tuple[int, str]]:
    """(column index, field) for the mapped columns, preferred columns (a mobile number) first,
    so that the first non-empty cell read for a field is the right one."""
    mapped = [(i, mapping[h]) for i, h in enumerate(headers) if h in mapping]
    return sorted(mapped, key=lambda item: _key(headers[item[0]]) not in _PREFERRED)


# -- which tool made the file ------------------------------------------------------------------
# Mailchimp's audience export is a ZIP of CSVs with the same columns, told apart only by their
# names: `subscribed_members_export_<id>.csv`, `unsubscribed_…`, `cleaned_…`, `nonsubscribed_…`
# (docs/vendor-facts.md). The kind must start the name or follow a separator, so that
# "nonsubscribed" is never read as "subscribed".
_MAILCHIMP_FILE = re.compile(
    r"(?:^|[^a-z])(nonsubscribed|unsubscribed|cleaned|subscribed)_members_export", re.IGNORECASE)

# The question the coordinator must answer before a file is imported (dialog or CLI flag), when
# a file looks like a Mailchimp audience export but its name is not Mailchimp's.
ASK_EMAIL_CONSENT = "consent_email"


def recognise_source(headers: list[str], file_name: str = ""
                     ) -> tuple[str, dict[str, tuple[bool, str]], str]:
    """(the tool that exported the file, or "", {consent field: (answer, why)} that the file's
    kind itself says for every row, the consent field the coordinator must be asked about or "").

    Mailchimp exports its subscribed, unsubscribed, cleaned and non-subscribed contacts as
    separate files with the same columns and no status column: the file's name is the answer
    where it is Mailchimp's. Under another name, only an unsubscribed export (UNSUB_TIME) or a
    cleaned one (CLEAN_TIME) tells itself apart; anything else might be any of them, so no
    consent is implied and the coordinator is asked (ASK_EMAIL_CONSENT).
    """
    keys = {_key(h) for h in headers}
    if {"can2subscriptionstatus", "can2smsstatus"} & keys or "can2phone" in keys:
        return "Action Network export", {}, ""
    if "emailaddress" in keys and keys & {"memberrating", "optintime", "confirmtime", "leid"}:
        named = _MAILCHIMP_FILE.search(file_name)
        kind = named.group(1).lower() if named else ""
        if kind == "subscribed":
            return "Mailchimp export of subscribed members", {
                "consent_email": (True, "Mailchimp export of subscribed members")}, ""
        if kind == "nonsubscribed":
            # Contacts who never opted in (a purchase, say): no answer at all, not a "no" that
            # would overwrite a returning person's own yes.
            return "Mailchimp export of non-subscribed contacts (never opted in)", {}, ""
        if kind == "unsubscribed" or (not kind and "unsubtime" in keys):
            return "Mailchimp export of unsubscribed members", {
                "consent_email": (False, "Mailchimp export of unsubscribed members")}, ""
        if kind == "cleaned" or (not kind and "cleantime" in keys):
            return "Mailchimp export of cleaned members", {
                "consent_email": (False, "Mailchimp export of cleaned (undeliverable) members")}, ""
        return "Mailchimp audience export (which list: not in its name)", {}, ASK_EMAIL_CONSENT
    if {"email1value", "phone1value"} & keys:
        return "Google Contacts export", {}, ""
    if {"emailoptin", "mobileoptin", "taglist"} <= keys:
        return "NationBuilder export", {}, ""
    if {"emailaddress", "emaildisplayname", "homepostalcode"} <= keys:
        return "Outlook export", {}, ""
    return "", {}, ""


# -- cell values -------------------------------------------------------------------------------
# Consent in the words of people and of tools: Action Network's and Mailchimp's statuses
# (subscribed; unsubscribed, spam complaint, cleaned, pending, transactional, archived: anything
# but "subscribed" is not a yes), NationBuilder's Y/N, spreadsheets' yes/no in English, French,
# Spanish and German.
_YES = {"yes", "y", "true", "t", "1", "x", "subscribed", "optedin", "optin", "ok", "agree",
        "agreed", "on", "checked", "✓", "✔", "ja", "oui", "si", "sí", "vrai", "verdadero",
        "daccord", "acepto", "jaccepte"}
_NO = {"no", "n", "false", "f", "0", "", "unsubscribed", "notsubscribed", "optedout", "optout",
       "nonsubscribed", "cleaned", "off", "unchecked", "nein", "non", "spamcomplaint",
       "previousspamcomplaint", "pending", "transactional", "archived", "faux", "falso",
       "desabonne", "desinscrit", "dadebaja"}
# Statuses about the address, not answers of the person: Action Network's "bouncing" and
# "previous bounce" (its exports' `can2_subscription_status` / `can2_sms_status`: subscribed,
# unsubscribed, bouncing, spam complaint, previous bounce, previous spam complaint; sources in
# docs/vendor-facts.md). Such a row is imported with no consent recorded for that channel: not a
# yes, and not a "no" the person gave either, so a returning person's own answer stays as it is.
# A spam complaint, even a previous one, is the person's own act against the mail: a no.
_NOT_AN_ANSWER = {"bouncing", "bounced", "previousbounce"}


def _consent_key(value: str) -> str:
    text = unicodedata.normalize("NFKD", value.strip().lower())
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_'’"
                   and not unicodedata.combining(ch))


def parse_consent(value: str) -> bool | None:
    """True for yes/Y/true/1/subscribed/oui/sí..., False for no/N/false/0/empty/unsubscribed/
    bouncing..., None if unclear."""
    key = _consent_key(value)
    if key in _YES or value.strip() in _YES:
        return True
    if key in _NO or key in _NOT_AN_ANSWER:
        return False
    return None


def read_consent(value: str) -> tuple[bool, bool] | None:
    """(agreed, answered) for a consent cell, or None if unclear: (True, True) for a yes,
    (False, True) for a no, (False, False) for a status that is not the person's answer
    (an address that bounces)."""
    if _consent_key(value) in _NOT_AN_ANSWER:
        return False, False
    parsed = parse_consent(value)
    return None if parsed is None else (parsed, True)


MULTI_VALUE = " ::: "  # Google Contacts joins several values of one field in a cell with it


def first_value(cell: str) -> str:
    """A single-value field's cell with several values (Google's `a ::: b`): the first one."""
    return cell.split(MULTI_VALUE, 1)[0] if MULTI_VALUE in cell else cell


def split_tags(value: str) -> list[str]:
    """Interest cells: our `; `, Mailchimp's and NationBuilder's `,`, Google's ` ::: `, and
    Mailchimp's export TAGS, a comma list of double-quoted names (`"a","b, c"`)."""
    stripped = value.strip()
    if stripped.startswith('"'):
        try:
            names = next(csv.reader([stripped], skipinitialspace=True))
        except (csv.Error, StopIteration):
            names = [stripped]
        return [n.strip() for n in names if n.strip()]
    if not stripped:
        return []
    return [p.strip() for p in _TAG_SEPARATORS.split(value) if p.strip()]


_TAG_SEPARATORS = re.compile(r"\s*:::\s*|[;,]")


def is_system_label(text: str) -> bool:
    """Google Contacts' own labels (`* myContacts`, `* starred`, the old `* Friends`): not the
    user's, never an interest, not worth a report line."""
    return text.startswith("* ")


def split_full_name(value: str) -> tuple[str, str]:
    """`Ayesha Khan` -> (`Ayesha`, `Khan`); a single word is the first name."""
    parts = value.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""
