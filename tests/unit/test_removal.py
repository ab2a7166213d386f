"""Removal is a promise (issue 21): `kit.services.removal` deletes a person and their sign-ups
on a clear and on a protected (unlocked) kit, keeps only the sign-ups' UUIDs as tombstones, and
no bundle, older JSON export or re-imported sheet brings them back; a new sign-up later is a new
consent and is kept."""

from __future__ import annotations

import uuid

import pytest

from kit.domain.errors import FieldError, KitLocked
from kit.domain.signup import SignupForm
from kit.protect.bundle import write_bundle
from kit.protect.keys import KdfParams
from kit.services import bundles, protection
from kit.services.contacts import search_contacts
from kit.services.exports import ExportOptions, export_contacts
from kit.services.import_planning import plan_import
from kit.services.imports import run_import
from kit.services.removal import NobodyMatches, SeveralMatch, remove_person
from kit.services.signups import record_signup
from kit.store.models import Contact, Outbox, RemovedSignup, Signup, SyncTarget, utc_now

PASS = "correct horse battery staple"
EMAIL = "ayesha.removed@example.org"


@pytest.fixture(params=["clear", "sealed"])
def any_kit(request, kit_with_event):
    """A kit with a (never synced) target, clear or protected and unlocked."""
    kit = kit_with_event
    with kit.store.write():
        SyncTarget.create(name="list", kind="webhook", base_url="https://example.invalid/",
                          created_at=utc_now())
    if request.param == "sealed":
        protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    return kit


def sign(kit, **fields):
    fields.setdefault("first_name", "Ayesha")
    return record_signup(kit, SignupForm(**fields))


def emails(kit) -> list[str]:
    return sorted(r.email for r in search_contacts(kit, limit=None))


def ayesha_twice_and_bo(kit) -> list[str]:
    first = sign(kit, email=EMAIL, consent_email=True).signup_uuid
    second = sign(kit, last_name="Khan", email=EMAIL, phone="612-624-5813",
                  consent_sms=True).signup_uuid
    sign(kit, first_name="Bo", email="bo@example.org")
    return [first, second]


def test_removal_deletes_the_person_and_keeps_only_their_signups_uuids(any_kit):
    kit = any_kit
    removed = ayesha_twice_and_bo(kit)
    ayesha_uuid = next(r.uuid for r in search_contacts(kit, limit=None) if r.email == EMAIL)
    report = remove_person(kit, email="  Ayesha.Removed@Example.org ")
    assert (report.contacts, report.signups) == (1, 2)
    assert emails(kit) == ["bo@example.org"]
    assert Signup.select().count() == 1 and Outbox.select().count() == 1  # Bo's only
    kept = [r.uuid for r in RemovedSignup.select()]
    assert sorted(u for u in kept if not u.startswith(("v:", "c:"))) == sorted(removed)
    # the contact's own (random) UUID, which the kit's CSV and vCard exports name
    assert [u for u in kept if u.startswith("c:")] == ["c:" + ayesha_uuid]
    # a protected kit also keeps keyed visit marks (timed and untimed), nothing readable
    assert len(kept) == (7 if kit.is_protected() else 3)
    assert report.targets_told == 0  # the target never had them: nothing to tell


def test_removal_by_phone(any_kit):
    kit = any_kit
    ayesha_twice_and_bo(kit)
    remove_person(kit, phone="(612) 624-5813")
    assert emails(kit) == ["bo@example.org"]


def test_nobody_matching_or_bad_input_changes_nothing(any_kit):
    kit = any_kit
    ayesha_twice_and_bo(kit)
    for call, error in ((lambda: remove_person(kit, email="nobody@example.org"), NobodyMatches),
                        (lambda: remove_person(kit, phone="612-555-0100"), NobodyMatches),
                        (lambda: remove_person(kit, email="not an address"), FieldError),
                        (lambda: remove_person(kit), FieldError)):
        with pytest.raises(error):
            call()
    assert len(emails(kit)) == 2 and RemovedSignup.select().count() == 0


def test_a_phone_shared_by_two_people_removes_nobody(any_kit):
    kit = any_kit
    sign(kit, email="one@example.org", phone="612-624-5813")
    sign(kit, first_name="Two", email="two@example.org", phone="612-624-5813")
    with pytest.raises(SeveralMatch):
        remove_person(kit, phone="612-624-5813")
    assert len(emails(kit)) == 2


def test_a_locked_kit_says_so(kit_with_event):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    ayesha_twice_and_bo(kit)
    protection.lock(kit)
    with pytest.raises(KitLocked):
        remove_person(kit, email=EMAIL)
    protection.unlock(kit, PASS)
    assert len(emails(kit)) == 2


def test_a_bundle_made_before_the_removal_does_not_bring_them_back(any_kit, tmp_path):
    """A table laptop still holding their (sealed, on a protected kit) sign-ups sends them again
    in its next bundle: they stay out, and nothing is queued for sync."""
    kit = any_kit
    ayesha_twice_and_bo(kit)
    path = tmp_path / "table.bundle"
    bundles.export_bundle(kit, path)
    remove_person(kit, email=EMAIL)
    outbox_before = Outbox.select().count()

    report = bundles.import_bundle(kit, path)

    assert (report.signups_added, report.removed, report.known) == (0, 2, 1)
    assert any("removed here at their request" in w for w in report.warnings)
    assert emails(kit) == ["bo@example.org"]
    assert Outbox.select().count() == outbox_before


def test_an_older_json_export_does_not_bring_them_back(any_kit, tmp_path):
    kit = any_kit
    ayesha_twice_and_bo(kit)
    path = tmp_path / "everyone.json"
    export_contacts(kit, "json", path, ExportOptions())
    remove_person(kit, email=EMAIL)

    report = run_import(kit, plan_import(path))

    assert (report.removed, report.imported) == (1, 0), report.to_json()
    assert emails(kit) == ["bo@example.org"]


def test_a_new_signup_after_the_removal_is_a_new_consent_and_is_kept(any_kit, tmp_path):
    kit = any_kit
    ayesha_twice_and_bo(kit)
    old_bundle = tmp_path / "old.bundle"
    bundles.export_bundle(kit, old_bundle)
    remove_person(kit, email=EMAIL)

    again = sign(kit, first_name="Ayesha", email=EMAIL, consent_email=True)  # a later table
    report = bundles.import_bundle(kit, old_bundle)  # the old one still stays out

    assert report.removed == 2
    back = [r for r in search_contacts(kit, limit=None, with_signups=True) if r.email == EMAIL]
    assert len(back) == 1 and [s.uuid for s in back[0].signups] == [again.signup_uuid]


def test_a_later_tables_bundle_with_a_new_signup_of_theirs_is_kept(kit_with_event, tmp_path):
    kit = kit_with_event
    ayesha_twice_and_bo(kit)
    remove_person(kit, email=EMAIL)
    event = "5b0f2f0e-4b1c-4c4e-9a43-0e6a4cb3a0aa"
    payload = {
        "kit_id": "table-laptop", "created_at": "2026-07-01T18:00:00+00:00",
        "events": [{"uuid": event, "name": "Later fair", "location": "", "date": "2026-07-01",
                    "created_at": "2026-07-01T09:00:00+00:00"}],
        "handout_logs": [],
        "signups": [{"uuid": str(uuid.uuid4()), "event_uuid": event,
                     "created_at": "2026-07-01T12:00:00+00:00", "interests": [],
                     "consent_email": True, "consent_email_text": "Yes, email me.",
                     "consent_sms": False, "consent_sms_text": "Yes, text me.",
                     "source": "kiosk", "language": "en",
                     "clear": {"first_name": "Ayesha", "last_name": "", "email": EMAIL,
                               "phone": "", "postal_code": "", "note": ""}}],
    }
    path = tmp_path / "later.bundle"
    path.write_bytes(write_bundle(payload, None))
    report = bundles.import_bundle(kit, path)
    assert (report.signups_added, report.removed) == (1, 0)
    assert EMAIL in emails(kit)


def test_the_same_sheet_imported_again_does_not_bring_them_back(kit_with_event, tmp_path):
    """A CSV row's sign-up UUID is derived from the row, so the same sheet is recognised."""
    kit = kit_with_event
    sheet = tmp_path / "paper.csv"
    sheet.write_text("First name,Email\nAyesha,ayesha.removed@example.org\nBo,bo@example.org\n",
                     encoding="utf-8")
    assert run_import(kit, plan_import(sheet)).imported == 2
    remove_person(kit, email=EMAIL)
    report = run_import(kit, plan_import(sheet))
    assert (report.removed, report.unchanged, report.imported) == (1, 1, 0)
    assert emails(kit) == ["bo@example.org"]
    assert Contact.select().count() == 1


def _rewritten(path, target, *, later: bool = False):
    """The JSON export at `path` as another kit would have it: every UUID this kit never saw
    (a protected kit seals an imported sign-up under a new random UUID); `later` moves each
    sign-up a week on (a new visit)."""
    import datetime as dt
    import json

    document = json.loads(path.read_text(encoding="utf-8"))
    for contact in document["contacts"]:
        contact["uuid"] = str(uuid.uuid4())
        for signup in contact["signups"]:
            signup["uuid"] = str(uuid.uuid4())
            if later:
                when = dt.datetime.fromisoformat(signup["created_at"]) + dt.timedelta(days=7)
                signup["created_at"] = when.isoformat()
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


def test_a_protected_kit_refuses_the_same_visits_under_other_uuids(kit_with_event, tmp_path):
    """A sealed JSON import keeps no file UUIDs, so a removal also leaves keyed visit marks
    (only an unlocked kit can make or test one): the same old file, from wherever, stays out;
    a later visit of theirs in a file is a new consent and is kept."""
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    ayesha_twice_and_bo(kit)
    exported = tmp_path / "everyone.json"
    export_contacts(kit, "json", exported, ExportOptions())
    elsewhere = _rewritten(exported, tmp_path / "elsewhere.json")
    later = _rewritten(exported, tmp_path / "later.json", later=True)
    remove_person(kit, email=EMAIL)
    marks = [r.uuid for r in RemovedSignup.select() if r.uuid.startswith("v:")]
    assert len(marks) == 4 and not any(EMAIL in m for m in marks)  # timed and untimed, keyed

    report = run_import(kit, plan_import(elsewhere))
    assert (report.removed, report.imported, report.unchanged) == (1, 0, 1), report.to_json()
    assert emails(kit) == ["bo@example.org"]

    report = run_import(kit, plan_import(later))
    assert report.imported == 1, report.to_json()
    assert EMAIL in emails(kit)


def test_a_protected_kit_refuses_the_same_sheet_row_again(kit_with_event, tmp_path):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    sheet = tmp_path / "paper.csv"
    sheet.write_text("First name,Email\nAyesha,ayesha.removed@example.org\nBo,bo@example.org\n",
                     encoding="utf-8")
    assert run_import(kit, plan_import(sheet)).imported == 2
    remove_person(kit, email=EMAIL)
    report = run_import(kit, plan_import(sheet))
    assert (report.removed, report.unchanged, report.imported) == (1, 1, 0), report.to_json()
    assert emails(kit) == ["bo@example.org"]
