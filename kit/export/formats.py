"""The export formats by name, and one entry point that writes any of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TextIO

from kit.domain.errors import KitError
from kit.domain.records import ContactRecord, EventInfo
from kit.export.csv_presets import PRESETS
from kit.export.csv_writer import write_csv
from kit.export.json_format import write_json
from kit.export.vcard import write_vcards


class UnknownFormat(KitError):
    """An export format name the kit does not know."""

    code = "unknown_format"


@dataclass(frozen=True)
class ExportFormat:
    """What the app and the CLI need to know about a format before writing it."""

    name: str
    title: str
    extension: str
    encoding: str  # "utf-8-sig" writes the BOM
    audience: str = "everyone"  # "email": a mailing-list upload; "sms": people who agreed to texts
    # A second file written beside this one, from the same snapshot (Action Network's texts file).
    companion: str | None = None
    needs_email: bool = False  # rows without an email address are left out

    @property
    def mailing_list(self) -> bool:
        """True: only people who agreed to email, unless told otherwise."""
        return self.audience == "email"


# Formats written only as another format's companion file, never chosen on their own.
COMPANIONS = {"actionnetwork": "actionnetwork-texts"}
CSV_PRESETS: tuple[str, ...] = tuple(PRESETS)
_EVERY_FORMAT: dict[str, ExportFormat] = {
    **{
        p.name: ExportFormat(p.name, p.title, "csv", "utf-8-sig" if p.bom else "utf-8",
                             p.audience, COMPANIONS.get(p.name), p.needs_email)
        for p in PRESETS.values()
    },
    "vcard": ExportFormat("vcard", "vCard (phones, address books)", "vcf", "utf-8"),
    "json": ExportFormat("json", "Outreach Kit JSON (everything, re-importable)", "json",
                         "utf-8"),
}
# What a person chooses from (the CLI's FORMAT, the Export dialog's list).
ALL_FORMATS: dict[str, ExportFormat] = {
    name: f for name, f in _EVERY_FORMAT.items() if name not in COMPANIONS.values()
}
MAILING_LIST_FORMATS = frozenset(f.name for f in ALL_FORMATS.values() if f.mailing_list)


def get_format(name: str) -> ExportFormat:
    """The format called `name` (a companion format too), or UnknownFormat listing the choices."""
    try:
        return _EVERY_FORMAT[name]
    except KeyError:
        raise UnknownFormat(
            f"Unknown export format {name!r}; choose one of: {', '.join(ALL_FORMATS)}."
        ) from None


def write_records(
    name: str,
    records: Iterable[ContactRecord],
    stream: TextIO,
    *,
    events: Mapping[str, EventInfo],
    exported_at: dt.datetime,
    vcard_version: str = "3.0",
    on_row: Callable[[], None] | None = None,
) -> int:
    """Write `records` in format `name` to `stream`, opened with the format's encoding and
    newline=""; `events` maps event UUIDs to events. Returns the number of contacts written."""
    get_format(name)
    if name in PRESETS:
        return write_csv(PRESETS[name], records, stream, events=events, on_row=on_row)
    if name == "vcard":
        return write_vcards(records, stream, version=vcard_version, on_row=on_row)
    return write_json(records, stream, events=events.values(), exported_at=exported_at, on_row=on_row)
