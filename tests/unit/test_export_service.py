"""The export service: who is exported (consent, event, dates, new since last), the temp file."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.services.events import create_event
from kit.services.exports import ExportCancelled, ExportOptions, count_export, export_contacts
from kit.services.signups import record_signup


def _add(kit, first, email="", phone="", consent_email=False, consent_sms=False, event_id=None):
    return record_signup(kit, SignupForm(first_name=first, email=email, phone=phone,
                                         consent_email=consent_email, consent_sms=consent_sms),
                         event_id=event_id)


def _names(path: Path, encoding="utf-8") -> list[str]:
    with path.open(encoding=encoding, newline="") as handle:
        rows = list(csv.reader(handle))
    column = [h.lower().replace(" ", "_") for h in rows[0]].index("first_name")
    return sorted(row[column] for row in rows[1:])


@pytest.fixture
def people(kit_with_event):
    _add(kit_with_event, "Yes", "yes@example.org", consent_email=True)
    _add(kit_with_event, "No", "no@example.org", "612-555-0101", consent_sms=True)
    _add(kit_with_event, "Phone", phone="612-555-0102")
    return kit_with_event


@pytest.mark.parametrize("fmt", ["actionnetwork", "mailchimp", "nationbuilder"])
def test_mailing_list_formats_hold_only_email_consent(people, tmp_path, fmt) -> None:
    out = tmp_path / "out.csv"
    result = export_contacts(people, fmt, out)
    assert result.count == 1 and _names(out) == ["Yes"]
    assert count_export(people, ExportOptions(), fmt) == 1
    everyone = export_contacts(people, fmt, out, ExportOptions(include_everyone=True))
    assert everyone.warnings
    if fmt == "nationbuilder":
        assert everyone.count == 3 and _names(out) == ["No", "Phone", "Yes"]
    else:  # Action Network's email upload and Mailchimp skip a row without an email address
        assert everyone.count == 2 and _names(out) == ["No", "Yes"]


@pytest.mark.parametrize("fmt", ["csv", "google"])
def test_other_formats_hold_everyone_unless_consented_only(people, tmp_path, fmt) -> None:
    out = tmp_path / "out.csv"
    assert export_contacts(people, fmt, out).count == 3
    assert export_contacts(people, fmt, out, ExportOptions(consented_only=True)).count == 1
    assert _names(out, "utf-8-sig") == ["Yes"]


def test_sms_columns_say_what_each_person_answered(people, tmp_path) -> None:
    out = tmp_path / "nb.csv"
    export_contacts(people, "nationbuilder", out, ExportOptions(include_everyone=True))
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {r["first_name"]: r for r in csv.DictReader(handle)}
    assert rows["No"]["mobile_opt_in"] == "Y" and rows["No"]["email_opt_in"] == "N"
    assert rows["Phone"]["mobile_opt_in"] == "N"
    assert rows["Yes"]["email_opt_in"] == "Y"


def test_event_and_date_filters(people, tmp_path) -> None:
    other = create_event(people, "Other table")
    _add(people, "Elsewhere", "else@example.org", event_id=other.id)
    assert count_export(people, ExportOptions(event_id=other.id)) == 1
    today = dt.date.today()
    assert count_export(people, ExportOptions(date_from=today, date_to=today)) == 4
    assert count_export(people, ExportOptions(date_to=today - dt.timedelta(days=2))) == 0


def test_new_since_last_export(people, tmp_path) -> None:
    assert people.settings.get("last_export_at") is None
    export_contacts(people, "csv", tmp_path / "a.csv")
    assert people.settings.get("last_export_at")
    assert count_export(people, ExportOptions(new_since_last_export=True)) == 0
    _add(people, "Later", "later@example.org")
    assert count_export(people, ExportOptions(new_since_last_export=True)) == 1
    # An export narrowed to one event does not move the mark.
    mark = people.settings.get("last_export_at")
    export_contacts(people, "csv", tmp_path / "b.csv", ExportOptions(event_id=1))
    assert people.settings.get("last_export_at") == mark


def test_cancel_leaves_no_file_and_keeps_an_old_one(kit_with_event, tmp_path, monkeypatch) -> None:
    import kit.services.exports as exports

    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    for i in range(5):
        _add(kit_with_event, f"P{i}", f"p{i}@example.org")
    out = tmp_path / "out.csv"
    out.write_text("the previous export")
    seen = []
    with pytest.raises(ExportCancelled):
        export_contacts(kit_with_event, "csv", out, progress=lambda d, t: seen.append((d, t)),
                        cancel=lambda: len(seen) >= 2)
    assert out.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["out.csv"]
    assert kit_with_event.settings.get("last_export_at") is None
    progress = []
    export_contacts(kit_with_event, "csv", out, progress=lambda d, t: progress.append((d, t)))
    assert progress[-1] == (5, 5)


def test_json_export_holds_sign_ups_and_consent_history(people, tmp_path) -> None:
    import json

    out = tmp_path / "all.json"
    export_contacts(people, "json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "outreach-kit-contacts" and document["version"] == 1
    assert len(document["events"]) == 1 and len(document["contacts"]) == 3
    consent = document["contacts"][0]["signups"][0]["consents"]
    assert {c["channel"] for c in consent} == {"email", "sms"}
    assert all(c["wording"] and c["answered_at"] for c in consent)
