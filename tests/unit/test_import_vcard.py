"""vCard files import as phones write them (iPhone's grouped properties, TYPE=CELL, CATEGORIES,
a folded PHOTO left out), and the kit's own vCard export reads back whole (issue 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.services.imports import plan_import, run_import
from kit.store.models import Contact, Signup
from tests.unit.export_samples import sample_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _interests(contact: Contact) -> list[str]:
    return [tag for s in Signup.select().where(Signup.contact == contact)
            for tag in json.loads(s.interests)]


def test_an_iphone_export_imports(kit_with_event):
    plan = plan_import(FIXTURES / "iphone-contacts.vcf")
    assert (plan.kind, plan.source, plan.row_count) == ("vcard", "vCard file (address book)", 2)
    report = run_import(kit_with_event, plan)
    assert report.errors == [] and report.imported == 2
    people = {c.first_name: c for c in Contact.select()}
    ayesha, renee = people["Ayesha"], people["Renée"]
    # item1.EMAIL (grouped), the CELL number before the others, the home ZIP, CATEGORIES.
    assert (ayesha.last_name, ayesha.email, ayesha.phone, ayesha.postal_code) == (
        "Khan", "ayesha@example.org", "+16125550170", "55406")
    assert ayesha.note == "Met at the Lake Street table"
    assert _interests(ayesha) == ["volunteer"]
    assert report.ignored_interests == {"Bike crew": 1}
    # The card's country (France) says how to read its mobile number.
    assert (renee.last_name, renee.phone, renee.postal_code) == (
        "Lefèvre", "+33612345678", "75011")
    # A vCard holds no consent: none recorded, none invented. The photo went nowhere.
    assert not any(c.consent_email or c.consent_sms for c in people.values())
    assert "/9j/" not in " ".join(str(c.note) for c in people.values())


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_kit_s_own_vcard_export_reads_back(kit_with_event, version):
    report = run_import(kit_with_event, plan_import(GOLDEN / f"export-vcard-{version}.vcf"))
    assert report.errors == [] and report.imported == 3
    got = {c.phone: c for c in Contact.select()}
    for record in sample_records():
        person = got[record.phone]
        assert (person.first_name, person.last_name or "", person.email or "",
                person.postal_code or "", person.note or "") == (
            record.first_name, record.last_name, record.email, record.postal_code, record.note)
        assert _interests(person) == list(record.interests)


def test_a_broken_vcard_says_where_and_imports_nothing(kit_with_event, tmp_path):
    from kit.export.csv_reading import UnreadableFile

    broken = tmp_path / "contacts.vcf"
    broken.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amna\r\nN:;Amna;;;\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nthis is not a property\r\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="card 2"):
        run_import(kit_with_event, plan_import(broken))
    assert Contact.select().count() == 0
