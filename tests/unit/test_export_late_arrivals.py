""""New since the last export" and sign-ups that arrive late: a table laptop's bundle merged,
or a JSON export imported, after the coordinator's export, holding sign-ups made before it.
They were in no export, so the next "new" export must include them, and the retention rule
(which lets exported data go) must not treat them as exported."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.services.bundles import export_bundle, import_bundle
from kit.services.events import create_event
from kit.services.export_mark import keep_late_arrival_new
from kit.services.exports import ExportOptions, export_contacts
from kit.services.imports import plan_import, run_import
from kit.services.kit import open_kit
from kit.services.retention import purgeable_ids
from kit.services.signups import record_signup
from kit.store.models import Signup

SATURDAY = dt.datetime(2026, 6, 13, 15, 0, tzinfo=dt.UTC)  # the table laptop's sign-up
SUNDAY = dt.datetime(2026, 6, 14, 9, 0, tzinfo=dt.UTC)  # the coordinator's export
NEW_ONLY = ExportOptions(new_since_last_export=True)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def emails_in(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return {row["Email"] for row in csv.DictReader(stream)}


def table_laptop_file(tmp_path: Path, kind: str) -> Path:
    """Amna signs up at a table laptop on Saturday; its bundle (or JSON export) is the file."""
    kit = open_kit(tmp_path / "table", clock=Clock(SATURDAY))
    try:
        create_event(kit, "Saturday table", "Minneapolis", "2026-06-13")
        record_signup(kit, SignupForm(first_name="Amna", email="amna@example.org",
                                      consent_email=True))
        if kind == "bundle":
            export_bundle(kit, tmp_path / "table.bundle")
            return tmp_path / "table.bundle"
        export_contacts(kit, "json", tmp_path / "table.json", ExportOptions())
        return tmp_path / "table.json"
    finally:
        kit.close()


@pytest.mark.parametrize("kind", ["bundle", "json"])
def test_a_late_arrival_is_in_the_next_new_export_and_is_not_purged(tmp_path, kind):
    source = table_laptop_file(tmp_path, kind)
    clock = Clock(SUNDAY)
    kit = open_kit(tmp_path / "coordinator", clock=clock)
    try:
        create_event(kit, "Sunday table", "Minneapolis", "2026-06-14")
        record_signup(kit, SignupForm(first_name="Bo", email="bo@example.org",
                                      consent_email=True))
        clock.now += dt.timedelta(minutes=5)
        export_contacts(kit, "csv", tmp_path / "first.csv", NEW_ONLY)
        assert emails_in(tmp_path / "first.csv") == {"bo@example.org"}

        clock.now += dt.timedelta(minutes=5)
        if kind == "bundle":
            assert import_bundle(kit, source).signups_added == 1
        else:
            assert run_import(kit, plan_import(source)).ok
        amna = Signup.select().order_by(Signup.created_at).first()  # the oldest: Saturday
        assert amna.created_at < SUNDAY.replace(tzinfo=None)  # made before the export

        # Nothing syncs here, so only an export counts as having the data elsewhere.
        assert amna.id not in purgeable_ids(kit, older_than_days=0)
        clock.now += dt.timedelta(minutes=5)
        export_contacts(kit, "csv", tmp_path / "second.csv", NEW_ONLY)
        # Amna was in no export; Bo comes again (the list matches him by email).
        assert "amna@example.org" in emails_in(tmp_path / "second.csv")
        assert amna.id in purgeable_ids(kit, older_than_days=0)  # exported now
    finally:
        kit.close()


def test_an_arrival_after_the_mark_leaves_it_alone(kit_with_event):
    kit = kit_with_event
    kit.settings.set("last_export_at", "2026-06-14T09:05:00")
    record_signup(kit, SignupForm(first_name="Bo", email="bo@example.org"))
    signup = Signup.get()
    signup.created_at = dt.datetime(2026, 6, 14, 9, 5, 0, 1)
    signup.save()
    assert not keep_late_arrival_new(kit.store.db.execute_sql, signup.id)
    assert kit.settings.get("last_export_at") == "2026-06-14T09:05:00"
    signup.created_at = dt.datetime(2026, 6, 14, 9, 5)  # at the mark: not "after" it
    signup.save()
    assert keep_late_arrival_new(kit.store.db.execute_sql, signup.id)
    assert kit.settings.get("last_export_at") == "2026-06-14T09:04:59.999999"


def test_a_kit_never_exported_has_no_mark_to_move(kit_with_event):
    kit = kit_with_event
    record_signup(kit, SignupForm(first_name="Bo", email="bo@example.org"))
    assert not keep_late_arrival_new(kit.store.db.execute_sql, Signup.get().id)
    assert kit.settings.get("last_export_at") is None
