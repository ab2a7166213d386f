"""vCard 3.0 (RFC 2426, what Apple and Google import best) and 4.0 (RFC 6350).

Rules both versions share and this writer keeps: BEGIN, then VERSION straight after; N and FN on
every card; text values escaped (`\\`, `\\,`, `\\;`, newline as `\\n`); UTF-8; CRLF line ends;
lines longer than 75 octets folded with CRLF and one space, never inside a UTF-8 character.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TextIO

from kit.domain.errors import KitError
from kit.domain.records import ContactRecord
from kit.domain.times import as_utc

VCARD_VERSIONS = ("3.0", "4.0")
MAX_LINE_OCTETS = 75


class UnsupportedVcardVersion(KitError):
    """Only vCard 3.0 and 4.0 are written."""

    code = "vcard_version"


def escape_text(value: str) -> str:
    """A TEXT value escaped for a vCard line (RFC 6350 3.4, RFC 2426 4)."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> str:
    """`line` folded to at most 75 octets per physical line, each break at a character boundary.

    Continuation lines start with one space, which counts towards their 75 octets. Folding
    between characters rather than bytes is what keeps a multi-byte character whole.
    """
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size = [" "], 1  # the folding space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n".join(parts) + "\r\n"


def _timestamp(value: dt.datetime) -> str:
    return as_utc(value).strftime("%Y%m%dT%H%M%SZ")


def card_lines(record: ContactRecord, version: str = "3.0") -> list[str]:
    """The unfolded content lines of one contact's card."""
    if version not in VCARD_VERSIONS:
        raise UnsupportedVcardVersion(
            f"vCard version {version!r} is not supported; choose 3.0 or 4.0."
        )
    full_name = " ".join(p for p in (record.first_name, record.last_name) if p)
    full_name = full_name or record.email or record.phone or "Unnamed"
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"N:{escape_text(record.last_name)};{escape_text(record.first_name)};;;",
        f"FN:{escape_text(full_name)}",
    ]
    if record.email:
        lines.append(
            f"EMAIL;TYPE=INTERNET:{escape_text(record.email)}" if version == "3.0"
            else f"EMAIL:{escape_text(record.email)}"
        )
    if record.phone:
        lines.append(
            f"TEL;TYPE=CELL:{record.phone}" if version == "3.0"
            else f"TEL;VALUE=uri;TYPE=cell:tel:{record.phone}"
        )
    if record.postal_code:
        # ADR components: PO box; extended; street; locality; region; postal code; country.
        kind = "HOME" if version == "3.0" else "home"
        lines.append(f"ADR;TYPE={kind}:;;;;;{escape_text(record.postal_code)};")
    if record.interests:
        lines.append("CATEGORIES:" + ",".join(escape_text(t) for t in record.interests))
    if record.note:
        lines.append(f"NOTE:{escape_text(record.note)}")
    lines.append(f"UID:urn:uuid:{record.uuid}")
    if record.updated_at is not None:
        lines.append(f"REV:{_timestamp(record.updated_at)}")
    lines.append("END:VCARD")
    return lines


def write_vcards(
    records: Iterable[ContactRecord],
    stream: TextIO,
    *,
    version: str = "3.0",
    on_row: Callable[[], None] | None = None,
) -> int:
    """One card per record, folded, to `stream` (UTF-8, newline=""); returns the card count."""
    if version not in VCARD_VERSIONS:
        raise UnsupportedVcardVersion(
            f"vCard version {version!r} is not supported; choose 3.0 or 4.0."
        )
    count = 0
    for record in records:
        stream.write("".join(fold_line(line) for line in card_lines(record, version)))
        count += 1
        if on_row is not None:
            on_row()
    return count
