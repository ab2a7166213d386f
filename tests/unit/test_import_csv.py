"""CSV import: detection, mapping, row errors, idempotency, consent wording, cancel and undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.services.contacts import search_contacts
from kit.services.imports import BadMapping, ImportCancelled, plan_import, run_import
from kit.services.signups import NoActiveEvent, record_signup
from kit.store.models import Contact, Signup

SHEET = (
    "First name;Last name;Email;Phone;ZIP;Email OK?;Text OK?;Interests;Notes\r\n"
    "Zoë;Müller;zoe@example.org;;55406;yes;;volunteer;\r\n"
    "René;Ça;;612-555-0123;;;Y;Events;met at the café\r\n"
    ";NoFirst;nofirst@example.org;;;;;;\r\n"
    "Bad;Email;not-an-email;;;;;;\r\n"
    "\r\n"
    "Maybe;Consent;maybe@example.org;;;perhaps;;;\r\n"
)


def _write(tmp_path: Path, text: str, encoding: str, name="sheet.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1252", "cp1252"),
])
def test_encodings_and_semicolons(kit_with_event, tmp_path, encoding, detected) -> None:
    plan = plan_import(_write(tmp_path, SHEET, encoding))
    assert plan.encoding == detected and plan.delimiter == ";"
    assert plan.headers[0] == "First name"
    assert plan.mapping["Email OK?"] == "consent_email" and plan.mapping["Notes"] == "note"
    assert plan.row_count == 5
    assert plan.sample[0]["first_name"] == "Zoë"
    report = run_import(kit_with_event, plan)
    assert (report.imported, report.merged, report.unchanged) == (2, 0, 0)
    rows = dict(report.errors)
    assert sorted(rows) == [4, 5, 7]  # header is row 1; the blank row 6 is skipped
    assert "first name" in rows[4].lower()
    assert "email" in rows[5].lower()
    assert "perhaps" in rows[7]
    names = {(c.first_name, c.last_name) for c in search_contacts(kit_with_event, limit=None)}
    assert names == {("Zoë", "Müller"), ("René", "Ça")}


def test_reimport_changes_nothing(kit_with_event, tmp_path) -> None:
    path = _write(tmp_path, SHEET, "utf-8")
    run_import(kit_with_event, plan_import(path))
    before = (Contact.select().count(), Signup.select().count())
    again = run_import(kit_with_event, plan_import(path))
    assert (again.imported, again.merged, again.unchanged) == (0, 0, 2)
    assert (Contact.select().count(), Signup.select().count()) == before
    # The same rows in another file name and encoding are still the same sign-ups.
    copy = run_import(kit_with_event, plan_import(_write(tmp_path, SHEET, "utf-16", "copy.csv")))
    assert copy.unchanged == 2 and Signup.select().count() == before[1]


def test_existing_contacts_are_merged_and_consent_wording_says_import(kit_with_event, tmp_path):
    record_signup(kit_with_event, SignupForm(first_name="Zoe", email="ZOE@example.org",
                                             consent_sms=False))
    report = run_import(kit_with_event, plan_import(_write(tmp_path, SHEET, "utf-8")))
    assert (report.imported, report.merged) == (1, 1)
    zoe = Contact.get(Contact.email == "zoe@example.org")
    assert zoe.first_name == "Zoë" and zoe.consent_email
    imported = Signup.get((Signup.contact == zoe) & (Signup.source == "import"))
    assert imported.consent_email_text == "Imported from sheet.csv: Email OK? = yes"
    assert imported.consent_sms_text == "Imported from sheet.csv: Text OK? = (empty)"
    assert "Yes, email me" not in imported.consent_email_text


def test_missing_consent_column_never_downgrades(kit_with_event, tmp_path) -> None:
    record_signup(kit_with_event, SignupForm(first_name="Ann", email="ann@example.org",
                                             consent_email=True))
    path = _write(tmp_path, "Name,Email\r\nAnn Lee,ann@example.org\r\n", "utf-8")
    plan = plan_import(path)
    assert plan.delimiter == "," and plan.mapping == {"Name": "full_name", "Email": "email"}
    report = run_import(kit_with_event, plan)
    assert report.merged == 1
    ann = Contact.get(Contact.email == "ann@example.org")
    assert ann.consent_email and ann.last_name == "Lee"
    signup = Signup.get((Signup.contact == ann) & (Signup.source == "import"))
    assert not signup.consent_email and "no email consent column" in signup.consent_email_text


@pytest.mark.parametrize("value", ["yes", "Y", "true", "1", "subscribed", "TRUE", "x"])
def test_consent_values(kit_with_event, tmp_path, value) -> None:
    path = _write(tmp_path, f"First name,Email,Email consent\r\nA,a@example.org,{value}\r\n", "utf-8")
    run_import(kit_with_event, plan_import(path))
    assert Contact.get(Contact.email == "a@example.org").consent_email


def test_unknown_interests_are_reported_not_fatal(kit_with_event, tmp_path) -> None:
    path = _write(tmp_path, "First Name,E-mail 1 - Value,Labels\r\n"
                  "A,a@example.org,volunteer ::: * myContacts ::: Media and outreach ::: Bike crew"
                  "\r\n", "utf-8")
    report = run_import(kit_with_event, plan_import(path))
    # Google's own system label is not the user's: left out without a report line.
    assert report.imported == 1 and report.ignored_interests == {"Bike crew": 1}
    assert search_contacts(kit_with_event)[0].interests == ("volunteer", "media")


def test_needs_an_event_and_usable_columns(kit, tmp_path) -> None:
    path = _write(tmp_path, "First name,Email\r\nA,a@example.org\r\n", "utf-8")
    with pytest.raises(NoActiveEvent):
        run_import(kit, plan_import(path))
    no_contact = plan_import(_write(tmp_path, "First name,Shoe size\r\nA,9\r\n", "utf-8", "b.csv"))
    with pytest.raises(BadMapping):
        run_import(kit, no_contact)


def test_dry_run_counts_and_writes_nothing(kit_with_event, tmp_path) -> None:
    report = run_import(kit_with_event, plan_import(_write(tmp_path, SHEET, "utf-8")), dry_run=True)
    assert (report.imported, len(report.errors), report.dry_run) == (2, 3, True)
    assert Contact.select().count() == 0


def test_cancel_undoes_committed_batches(kit_with_event, tmp_path, monkeypatch) -> None:
    import kit.services.imports as imports

    monkeypatch.setattr(imports, "BATCH_ROWS", 3)
    record_signup(kit_with_event, SignupForm(first_name="Kept", email="p1@example.org",
                                             consent_email=True))
    lines = ["First name,Email,Email consent"] + [f"P{i},p{i}@example.org,no" for i in range(10)]
    plan = plan_import(_write(tmp_path, "\r\n".join(lines) + "\r\n", "utf-8"))
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 8  # after two committed batches

    with pytest.raises(ImportCancelled):
        run_import(kit_with_event, plan, cancel=cancel)
    assert Contact.select().count() == 1 and Signup.select().count() == 1
    kept = Contact.get(Contact.email == "p1@example.org")
    assert kept.first_name == "Kept" and kept.consent_email  # restored
    report = run_import(kit_with_event, plan)
    assert (report.imported, report.merged) == (9, 1)


def test_mapping_can_be_changed_by_the_app(kit_with_event, tmp_path) -> None:
    plan = plan_import(_write(tmp_path, "Who,Contact\r\nA,a@example.org\r\n", "utf-8"))
    assert plan.mapping == {} and plan.unmapped == ("Who", "Contact")
    plan = dataclasses.replace(plan, mapping={"Who": "first_name", "Contact": "email"})
    assert run_import(kit_with_event, plan).imported == 1


def test_ok_to_email_is_read_as_email_consent_like_ok_to_text() -> None:
    from kit.export.csv_reading import map_headers

    assert map_headers(["OK to email", "OK to text"]) == {
        "OK to email": "consent_email", "OK to text": "consent_sms"}


def test_per_row_work_that_repeats_is_done_once(kit_with_event, tmp_path, monkeypatch) -> None:
    """The kit's settings (region), interests and events are read once per import, not per row."""
    from kit.services.settings import Settings

    lines = ["First name,Email,Email consent,Interests"]
    lines += [f"P{i},p{i}@example.org,yes,Volunteer with us" for i in range(60)]
    plan = plan_import(_write(tmp_path, "\r\n".join(lines) + "\r\n", "utf-8"))
    reads = []
    original = Settings.get
    monkeypatch.setattr(Settings, "get", lambda self, *a, **k: reads.append(a) or original(
        self, *a, **k))
    pack_loads = []
    original_interests = type(kit_with_event).interests
    monkeypatch.setattr(type(kit_with_event), "interests",
                        lambda self, *a: pack_loads.append(1) or original_interests(self, *a))
    report = run_import(kit_with_event, plan)
    assert report.imported == 60
    assert len(reads) <= 10 and len(pack_loads) <= 2  # per row would be 60 or more


@pytest.mark.parametrize("key", ["", "a", '["ev", "Zoë", "عائشہ", "+16125550100"]', "x" * 5000])
def test_the_fast_row_uuid_is_exactly_uuid5(key) -> None:
    """Imported rows keep the UUIDs earlier versions gave them (idempotency across versions)."""
    import uuid

    from kit.services.people.clear_import import _uuid5_text
    from kit.services.row_ids import LEGACY_IMPORT_NAMESPACE, derived_uuid, legacy_uuid

    secret = uuid.UUID("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
    assert _uuid5_text(secret.bytes, key) == derived_uuid(secret, key)
    assert _uuid5_text(LEGACY_IMPORT_NAMESPACE.bytes, key) == legacy_uuid(key)


def test_a_row_repeated_in_one_batch_is_imported_once(kit_with_event, tmp_path) -> None:
    lines = ["First name,Email,Email consent"] + ["Ann,ann@example.org,yes"] * 3
    report = run_import(kit_with_event, plan_import(_write(tmp_path, "\r\n".join(lines), "utf-8")))
    assert (report.imported, report.merged, report.unchanged) == (1, 0, 2)
    assert Signup.select().count() == 1


def test_a_clashing_row_is_refused_alone_and_its_batch_written(kit_with_event, tmp_path,
                                                               monkeypatch) -> None:
    """A batch is written without a savepoint per row; a clash rolls it back and writes it again
    row by row, so only the clashing row is refused and nothing is written twice."""
    import sqlite3

    from kit.services.people import clear_import

    original = clear_import.record_clear

    def clash(conn, clean, *args, **kwargs):
        stored = original(conn, clean, *args, **kwargs)  # written, then the clash: as a UNIQUE
        if clean.first_name == "Clash":  # failure
            raise sqlite3.IntegrityError("UNIQUE constraint failed: contact.email")
        return stored

    monkeypatch.setattr(clear_import, "record_clear", clash)
    lines = ["First name,Email"] + [f"P{i},p{i}@example.org" for i in range(5)]
    lines.insert(3, "Clash,clash@example.org")
    report = run_import(kit_with_event, plan_import(_write(tmp_path, "\r\n".join(lines), "utf-8")))
    assert report.imported == 5
    assert [row for row, _ in report.errors] == [4]
    assert "conflicts with a stored contact" in report.errors[0][1]
    assert Contact.select().count() == 5 and Signup.select().count() == 5
    assert not Contact.select().where(Contact.first_name == "Clash").exists()
