"""Reading vCard files (3.0, RFC 2426; 4.0, RFC 6350) as phones and address books export them.

Parsed by vobject, a maintained vCard library, never by hand: vCards fold lines, escape text,
group properties (an iPhone writes `item1.EMAIL;type=INTERNET;type=pref:…` beside its
`item1.X-ABLabel`), and carry base64 photos. Each card becomes one row under `VCARD_HEADERS`, so
the importer reads it exactly as a spreadsheet row (the same column mapping, label choices,
checks and report); nothing here touches the database.

What a card gives: the name (N, else FN), one email (the preferred one, else the first), one
phone (a mobile first: TYPE=CELL, then the preferred, then the first; a 4.0 `tel:` URI read as
its number), the home address's postal code and country (the country says how to read the
phone number), CATEGORIES as interests, NOTE, and the UID (the kit's own export's contact UUID,
which tells a removed contact: kit.services.imports). PHOTO and everything else are left out. A vCard
holds no consent: none is recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kit.export.csv_reading import RefusedRow, UnreadableFile

VCARD_HEADERS = ("First name", "Last name", "Full name", "Email", "Phone", "ZIP code",
                 "Country", "Interests", "Note", "Contact UUID")
MAX_VCARD_BYTES = 64 * 1024 * 1024  # far beyond any address book; a bound for a hostile file


def looks_like_vcard(path: Path) -> bool:
    """A `.vcf`/`.vcard` file, or any file whose text starts with BEGIN:VCARD."""
    if path.suffix.lower() in (".vcf", ".vcard"):
        return True
    with path.open("rb") as handle:
        head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:11].upper() == b"BEGIN:VCARD"


def read_vcard_rows(path: Path) -> Iterator[list[str]]:
    """VCARD_HEADERS, then one row per card, in the file's order. A file that is not UTF-8
    text or not vCards raises UnreadableFile naming the card where it breaks."""
    import vobject

    if path.stat().st_size > MAX_VCARD_BYTES:
        raise UnreadableFile(f"{path.name} is larger than {MAX_VCARD_BYTES // (1024 * 1024)} MB; "
                             "no address book is that large.")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{path.name} is not UTF-8 text, as vCards 3.0 and 4.0 are "
                             f"({exc}).") from exc
    yield list(VCARD_HEADERS)
    number = 0
    cards = vobject.readComponents(text)
    while True:
        try:
            card = next(cards)
        except StopIteration:
            return
        except Exception as exc:  # vobject raises ParseError and others for a broken card
            raise UnreadableFile(f"{path.name}: card {number + 1} cannot be read as a vCard "
                                 f"({exc}); nothing was imported.") from exc
        number += 1
        if card.name.upper() != "VCARD":
            yield RefusedRow(f"a {card.name} entry, not a contact card")
            continue
        yield card_row(card)


def card_row(card: Any) -> list[str]:
    """One vobject card as a row under VCARD_HEADERS."""
    contents = card.contents
    first = last = ""
    if "n" in contents:
        name = contents["n"][0].value
        first = _text(getattr(name, "given", ""))
        last = _text(getattr(name, "family", ""))
    full = _text(contents["fn"][0].value) if "fn" in contents else ""
    email = _text(_chosen(contents.get("email", []), ()).value) if "email" in contents else ""
    phone = ""
    if "tel" in contents:
        phone = _text(_chosen(contents["tel"], ("cell", "mobile", "iphone")).value)
        if phone.lower().startswith("tel:"):  # 4.0: TEL;VALUE=uri:tel:+1…
            phone = phone[4:]
    postal = country = ""
    if "adr" in contents:
        address = _chosen(contents["adr"], ("home",)).value
        postal = _text(getattr(address, "code", ""))
        country = _text(getattr(address, "country", ""))
    categories: list[str] = []
    for line in contents.get("categories", []):
        values = line.value if isinstance(line.value, list) else [line.value]
        categories += [_text(v).strip() for v in values if _text(v).strip()]
    note = _text(contents["note"][0].value) if "note" in contents else ""
    uid = _text(contents["uid"][0].value).strip() if "uid" in contents else ""
    if uid.lower().startswith("urn:uuid:"):
        uid = uid[len("urn:uuid:"):]
    return [first, last, full if not (first or last) else "", email, phone, postal, country,
            "; ".join(categories), note, uid]


def _chosen(lines: list[Any], kinds: tuple[str, ...]) -> Any:
    """The line of a kind asked for (a mobile phone, a home address), else the preferred one
    (TYPE=pref or PREF=1), else the first."""
    def types(line: Any) -> set[str]:
        found: set[str] = set()
        for value in line.params.get("TYPE", []):
            found.update(part.strip().lower() for part in value.split(","))
        return found

    for kind in kinds:
        for line in lines:
            if kind in types(line):
                return line
    for line in lines:
        if "pref" in types(line) or line.params.get("PREF"):
            return line
    return lines[0]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return str(value or "")
