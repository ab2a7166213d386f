"""File formats for contacts leaving the kit: CSV presets, vCard and the full-fidelity JSON.

Writers here are pure: they take `ContactRecord`s (any iterable, consumed once) and a text stream
and never open the database, so they can be tested on fixed records and stream 100,000 contacts
without holding them twice. `kit.services.exports` feeds them from the store.
"""

from __future__ import annotations

from kit.export.formats import (
    ALL_FORMATS,
    CSV_PRESETS,
    MAILING_LIST_FORMATS,
    ExportFormat,
    UnknownFormat,
    get_format,
    write_records,
)

__all__ = [
    "ALL_FORMATS",
    "CSV_PRESETS",
    "MAILING_LIST_FORMATS",
    "ExportFormat",
    "UnknownFormat",
    "get_format",
    "write_records",
]
