"""The pure writers: formula injection in every CSV preset, vCard rules, JSON reading back."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
import vobject

from kit.export import CSV_PRESETS
from kit.export.cells import is_e164, safe_cell, unneutralise
from kit.export.json_format import BadJsonExport, contacts_from_json, events_from_json, load_export
from kit.export.vcard import MAX_LINE_OCTETS, escape_text, fold_line
from tests.unit.export_samples import EVENTS, export_bytes, sample_records

PRESET_ENCODING = {"csv": "utf-8-sig", "google": "utf-8-sig"}
# The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection":
# = + - @ tab CR; and LF, NUL), written here, not taken from the code under test, so that
# dropping one from kit.export.cells fails this test.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def _rows(preset: str, data: bytes) -> list[list[str]]:
    text = data.decode(PRESET_ENCODING.get(preset, "utf-8"))
    return list(csv.reader(io.StringIO(text, newline="")))


# -- formula injection ---------------------------------------------------------------------
@pytest.mark.parametrize("preset", CSV_PRESETS)
@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS, ids=lambda trigger: f"U+{ord(trigger):04X}")
def test_every_trigger_is_neutralised_in_every_preset(preset: str, trigger: str) -> None:
    base = sample_records()[0]
    payload = f"{trigger}cmd|' /C calc'!A0"
    record = dataclasses.replace(
        base, first_name=payload, last_name=payload, note=payload,
        interests=(payload,), postal_code=payload,
    )
    rows = _rows(preset, export_bytes(preset, [record]))
    cells = [cell for cell in rows[1] if cell and not is_e164(cell)]
    assert cells, "the row is empty"
    for cell in cells:
        assert cell[0] not in FORMULA_TRIGGERS, (preset, cell)
    # The payload is still there, readable, behind the quote.
    assert any(cell == "'" + payload for cell in cells)


@pytest.mark.parametrize("value", ["+16125550100", "+442079460958", "+923001234567"])
def test_e164_phone_numbers_are_written_bare(value: str) -> None:
    assert is_e164(value)
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", ["+1", "+16125550100+1", "+1 612 555 0100", "+1612555010O",
                                   "+0123456789", "+1234567890123456", "+1-2"])
def test_only_exact_e164_escapes_the_quote(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Ayesha", "'quoted'", "", "O'Brien", "55406", "a=b", "'", "''",
                                   "'X-ray", "'XX=1"])
def test_ordinary_cells_are_untouched(value: str) -> None:
    assert safe_cell(value) == value
    assert unneutralise(value) == value  # only quotes before a trigger are ours to remove


def test_unneutralise_is_the_inverse_for_triggers_only() -> None:
    for trigger in FORMULA_TRIGGERS:
        assert unneutralise(safe_cell(trigger + "x")) == trigger + "x"
    for typed in ("'quoted'", "'=1+2", "''-x", "'+16125550100", "+16125550100", "'"):
        assert unneutralise(safe_cell(typed)) == typed


@pytest.mark.parametrize("preset", [p for p in CSV_PRESETS if p != "actionnetwork"])
def test_phone_column_stays_e164_in_every_preset_with_phones(preset: str) -> None:
    rows = _rows(preset, export_bytes(preset, sample_records()))
    assert "+16125550100" in rows[1]


# -- vCard ---------------------------------------------------------------------------------
@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards_parse_back_with_vobject(version: str) -> None:
    data = export_bytes("vcard", sample_records(), vcard_version=version).decode("utf-8")
    cards = list(vobject.readComponents(data))
    assert len(cards) == 3
    first = cards[0]
    assert first.version.value == version
    assert first.fn.value == "عائشہ Khan, Jr."
    assert first.n.value.given == "عائشہ"
    assert first.n.value.family == "Khan, Jr."
    assert first.email.value == "ayesha@example.org"
    assert first.note.value == 'Speaks Urdu; "call after 6"\nVolunteer lead'
    assert "+16125550100" in first.tel.value
    assert cards[2].fn.value == "Zoë 🌷"
    for card in data.split("END:VCARD\r\n")[:-1]:
        lines = card.split("\r\n")
        assert lines[0] == "BEGIN:VCARD"
        assert lines[1] == f"VERSION:{version}"


def test_long_lines_fold_at_75_octets_without_splitting_characters() -> None:
    note = ("کشمیر " * 40) + "🌷" * 30 + "x" * 100
    record = dataclasses.replace(sample_records()[0], note=note)
    data = export_bytes("vcard", [record])
    for physical in data.split(b"\r\n"):
        assert len(physical) <= MAX_LINE_OCTETS
        physical.decode("utf-8")  # raises if a fold split a character
    card = next(vobject.readComponents(data.decode("utf-8")))
    assert card.note.value == note


@pytest.mark.parametrize("width", range(70, 80))
def test_fold_boundaries(width: int) -> None:
    line = "NOTE:" + "é" * width
    folded = fold_line(line)
    pieces = folded.split("\r\n")[:-1]
    assert all(len(p.encode()) <= MAX_LINE_OCTETS for p in pieces)
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


def test_escaping() -> None:
    assert escape_text("a\\b,c;d\ne\r\nf") == "a\\\\b\\,c\\;d\\ne\\nf"


# -- JSON ----------------------------------------------------------------------------------
def test_json_reads_back_exactly() -> None:
    records = sample_records()
    document = load_export(io.StringIO(export_bytes("json", records).decode("utf-8")))
    assert {e.uuid: e for e in events_from_json(document)} == {
        u: dataclasses.replace(e, id=None) for u, e in EVENTS.items()}
    back = [record for _, record in contacts_from_json(document)]
    for original, got in zip(records, back, strict=True):
        assert got.signups == original.signups
        for name in ("uuid", "first_name", "last_name", "email", "phone", "postal_code", "note",
                     "consent_email", "consent_sms", "created_at", "updated_at"):
            assert getattr(got, name) == getattr(original, name), name


@pytest.mark.parametrize("text", ['{"format": "other"}', "[1, 2]", "not json",
                                  '{"format": "outreach-kit-contacts", "version": 99}'])
def test_json_reader_refuses_other_files(text: str) -> None:
    with pytest.raises(BadJsonExport):
        load_export(io.StringIO(text))


def test_csv_details_a_spreadsheet_reads_exactly() -> None:
    """Times in UTC to the second; an event the file does not know is named by its UUID; a
    Google label only beside a value (issue 22: mutation survivors in kit.export.csv_presets)."""
    import csv
    import dataclasses
    import datetime as dt
    import io

    from kit.export.csv_presets import utc_text
    from tests.unit.export_samples import export_bytes, sample_records

    assert utc_text(None) == ""
    plus_five = dt.timezone(dt.timedelta(hours=5))
    assert utc_text(dt.datetime(2026, 6, 14, 10, 30, 5, 123456, tzinfo=plus_five)) == \
        "2026-06-14 05:30:05"
    assert utc_text(dt.datetime(2026, 6, 14, 10, 30, 5, 999999)) == "2026-06-14 10:30:05"
    record = sample_records()[0]
    unknown = "99999999-9999-4999-8999-999999999999"
    bare = dataclasses.replace(
        record, phone="", postal_code="", email="", interests=(),
        signups=tuple(dataclasses.replace(s, event_uuid=unknown) for s in record.signups))
    rows = list(csv.reader(io.StringIO(export_bytes("google", [bare]).decode("utf-8-sig"))))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Labels"] == unknown
    assert [v for k, v in row.items() if k.endswith("Type") or k.endswith("Label")] == \
        [""] * sum(1 for k in row if k.endswith("Type") or k.endswith("Label"))
