"""Every record that carries a person carries each field kit.domain.person_fields declares, or
says here why it does not: adding a field to the declaration fails this test until each record
(and this test's reasons) has been looked at."""

from __future__ import annotations

import dataclasses

import pytest

from kit.domain.identity import NewSignup, Person
from kit.domain.person_fields import CONSENT_FIELDS, CONTACT_FIELDS, PERSONAL_FIELDS
from kit.domain.records import ContactRecord
from kit.domain.signup import FIELD_LABELS, CleanSignup, SignupForm
from kit.export.csv_presets import CsvContact
from kit.protect.sealing import SealedFields
from kit.services.people.journal import JOURNAL_COLUMNS
from kit.store.models import Contact
from kit.sync.records import SyncRecord

# Written out here, not read from the code under test: the fields a person has today.
EXPECTED_PERSONAL = ("first_name", "last_name", "email", "phone", "postal_code", "note")
EXPECTED_CONSENT = ("consent_email", "consent_sms")

NOT_CARRIED = {
    SealedFields: set(CONSENT_FIELDS),  # consent stays in clear: the counting columns need it
    SyncRecord: {"note"},  # a note is for the group only and is never sent to a CRM
}


def test_the_declaration_is_the_fields_a_person_has():
    assert PERSONAL_FIELDS == EXPECTED_PERSONAL
    assert CONSENT_FIELDS == EXPECTED_CONSENT
    assert CONTACT_FIELDS == EXPECTED_PERSONAL + EXPECTED_CONSENT


def _names(record: type) -> set[str]:
    if dataclasses.is_dataclass(record):
        return {f.name for f in dataclasses.fields(record)}
    if hasattr(record, "_fields"):  # a NamedTuple
        return set(record._fields)
    return set(record.__protocol_attrs__) if hasattr(record, "__protocol_attrs__") else {
        name for name in vars(record) if not name.startswith("_")}


@pytest.mark.parametrize("record", [SignupForm, CleanSignup, Person, NewSignup, ContactRecord,
                                    CsvContact, SealedFields, SyncRecord],
                         ids=lambda r: r.__name__)
def test_each_record_of_a_person_carries_every_field(record):
    missing = set(CONTACT_FIELDS) - _names(record) - NOT_CARRIED.get(record, set())
    assert not missing, f"{record.__name__} lacks {sorted(missing)}"


def test_the_contact_row_the_journal_and_the_labels_cover_every_field():
    assert set(CONTACT_FIELDS) <= set(Contact._meta.fields)
    assert set(CONTACT_FIELDS) <= set(JOURNAL_COLUMNS)
    assert set(CONTACT_FIELDS) <= set(FIELD_LABELS)
