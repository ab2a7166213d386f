"""Streaming CSV writing: RFC 4180 quoting, CRLF line ends, every cell made formula-safe."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from typing import TextIO

from kit.domain.records import ContactRecord, EventInfo
from kit.export.cells import FORMULA_TRIGGERS, safe_cell
from kit.export.csv_presets import (
    CsvContact,
    CsvPreset,
    csv_contact,
    upload_contacts,
    upload_headers,
    upload_row,
)

_CHECK = frozenset((*FORMULA_TRIGGERS, "'"))


def write_csv(
    preset: CsvPreset,
    records: Iterable[ContactRecord],
    stream: TextIO,
    *,
    events: Mapping[str, EventInfo],
    on_row: Callable[[], None] | None = None,
    include_phones_without_consent: bool = False,
) -> int:
    """Write the header and one row per record to `stream` (opened with newline=""); returns rows.

    The BOM, when the preset has one, is the caller's encoding choice (`utf-8-sig`), so this
    function can also write into an in-memory text buffer.
    """
    return write_csv_contacts(
        preset, (csv_contact(record, events) for record in records), stream, on_row=on_row,
        include_phones_without_consent=include_phones_without_consent,
    )


def write_csv_contacts(
    preset: CsvPreset,
    contacts: Iterable[CsvContact],
    stream: TextIO,
    *,
    on_row: Callable[[], None] | None = None,
    include_phones_without_consent: bool = False,
) -> int:
    """`write_csv` for contacts already in their CSV form (the export service's fast path).
    Upload files follow the phone rule of kit.export.csv_presets (`upload_contacts`)."""
    # QUOTE_MINIMAL quotes exactly the cells RFC 4180 requires (separator, quote, CR or LF).
    writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(upload_headers(preset, include_phones_without_consent))
    build = upload_row(preset, include_phones_without_consent)
    write = writer.writerow
    count = 0
    for contact in upload_contacts(preset, contacts, include_phones_without_consent):
        # safe_cell only for cells that start with a trigger or a quote: most cells don't.
        write([safe_cell(c) if c and c[0] in _CHECK else c for c in build(contact)])
        count += 1
        if on_row is not None:
            on_row()
    return count
