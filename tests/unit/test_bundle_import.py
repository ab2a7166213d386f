"""Importing a bundle in batches: cancelled, failed or changed half-way, everything is undone."""

from __future__ import annotations

import sys
import uuid

import pytest

from kit.domain.signup import SignupForm
from kit.protect.bundle import BadBundle, write_bundle
from kit.services import bundles
from kit.services.people.journal import ImportCancelled
from kit.services.signups import record_signup
from kit.store.models import Contact, Event, HandoutLog, Outbox, Signup, SyncTarget, utc_now

EVENT = "5b0f2f0e-4b1c-4c4e-9a43-0e6a4cb3a001"


def payload(count: int, *, first: str = "Row") -> dict:
    return {
        "kit_id": "table-laptop", "created_at": "2026-06-14T18:00:00+00:00",
        "events": [{"uuid": EVENT, "name": "Riverside fair", "location": "", "date": "2026-06-14",
                    "created_at": "2026-06-14T09:00:00+00:00"}],
        "handout_logs": [{"uuid": str(uuid.uuid4()), "event_uuid": EVENT, "handout": "flyer",
                          "paper": "letter", "copies": 20, "action": "print",
                          "created_at": "2026-06-14T10:00:00+00:00"}],
        "signups": [
            {"uuid": str(uuid.uuid4()), "event_uuid": EVENT,
             "created_at": f"2026-06-14T12:{i % 60:02d}:00+00:00", "interests": ["volunteer"],
             "consent_email": True, "consent_email_text": "Yes, email me.",
             "consent_sms": False, "consent_sms_text": "Yes, text me.", "source": "kiosk",
             "language": "en",
             "clear": {"first_name": f"{first}{i}", "last_name": "", "email":
                       f"row{i}@example.org", "phone": "", "postal_code": "", "note": ""}}
            for i in range(count)],
    }


def everything() -> tuple[int, ...]:
    return (Contact.select().count(), Signup.select().count(), Outbox.select().count(),
            Event.select().count(), HandoutLog.select().count())


@pytest.fixture
def coordinator(kit_with_event, monkeypatch):
    """A clear kit with a sync target and a returning attendee (row 0's email), importing in
    batches of 3 sign-ups."""
    kit = kit_with_event
    with kit.store.write():
        SyncTarget.create(name="list", kind="webhook", base_url="https://example.invalid/",
                          created_at=utc_now())
    record_signup(kit, SignupForm(first_name="Kiosk", last_name="Before",
                                  email="row0@example.org"))
    monkeypatch.setattr(bundles, "BATCH_SIGNUPS", 3)
    monkeypatch.setattr(bundles, "YIELD_SECONDS", 0)
    return kit


def test_a_bundle_merges_in_batches_with_progress(coordinator, tmp_path):
    path = tmp_path / "day.bundle"
    path.write_bytes(write_bundle(payload(10), None))
    seen = []
    report = bundles.import_bundle(coordinator, path, progress=lambda d, t: seen.append((d, t)))
    assert (report.signups_added, report.events_created, report.handouts_added) == (10, 1, 1)
    assert [d for d, _ in seen] == [3, 6, 9, 10] and {t for _, t in seen} == {10}
    returning = Contact.get(Contact.email == "row0@example.org")
    assert returning.first_name == "Row0"  # the newer details won
    again = bundles.import_bundle(coordinator, path)
    assert (again.signups_added, again.known, again.handouts_added) == (0, 10, 0)


def test_a_cancelled_bundle_import_undoes_everything(coordinator, tmp_path):
    path = tmp_path / "day.bundle"
    path.write_bytes(write_bundle(payload(10), None))
    before = everything()
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return Signup.select().count() > 4  # after two batches were committed

    with pytest.raises(ImportCancelled):
        bundles.import_bundle(coordinator, path, cancel=cancel)
    assert everything() == before
    returning = Contact.get(Contact.email == "row0@example.org")
    assert (returning.first_name, returning.last_name) == ("Kiosk", "Before")  # restored


def test_a_failure_half_way_undoes_the_committed_batches(coordinator, tmp_path, monkeypatch):
    path = tmp_path / "day.bundle"
    path.write_bytes(write_bundle(payload(10), None))
    before = everything()
    original = bundles._merge_batch
    batches = []

    def failing(*args, **kwargs):
        batches.append(1)
        if len(batches) == 3:
            raise OSError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(bundles, "_merge_batch", failing)
    with pytest.raises(OSError, match="disk full"):
        bundles.import_bundle(coordinator, path)
    assert everything() == before


def test_a_bundle_changed_while_it_is_imported_is_undone(coordinator, tmp_path, monkeypatch):
    """The file is checked whole first, then read again to merge; were it changed in between
    (even into a bundle with a right digest of its own), the second pass says so at its end and
    what it wrote is undone."""
    from kit.protect import bundle_stream

    monkeypatch.setattr(bundle_stream, "CHUNK_BYTES", 256)  # the merge reads what is on disk
    path = tmp_path / "day.bundle"
    path.write_bytes(write_bundle(payload(10), None))
    swapped = write_bundle(payload(10, first="Forged"), None)
    before = everything()

    def progress(done: int, total: int) -> None:
        if done == 3:
            path.write_bytes(swapped)  # rewritten in place, under the open file

    # Windows lets the rewrite shrink the file under the open reader, which then meets the end
    # of the new payload early: refused in other words, undone all the same.
    refusal = ("changed while it was being imported|something follows its payload"
               if sys.platform == "win32" else "changed while it was being imported")
    with pytest.raises(BadBundle, match=refusal):
        bundles.import_bundle(coordinator, path, progress=progress)
    assert everything() == before
    assert not Contact.select().where(Contact.first_name.startswith("Forged")).exists()


def test_a_dry_run_counts_and_writes_nothing(coordinator, tmp_path):
    path = tmp_path / "day.bundle"
    path.write_bytes(write_bundle(payload(10), None))
    before = everything()
    report = bundles.import_bundle(coordinator, path, dry_run=True)
    assert (report.signups_added, report.events_created, report.handouts_added) == (10, 1, 1)
    assert everything() == before
