"""The starting kit: what the kiosk's first frame reads before the store is open (read-only
sqlite3, no peewee), and every case where the app must open the kit first instead."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from kit.logsetup import coarse_times_in_use, use_coarse_times
from kit.paths import resolve_paths
from kit.services import first_run, starting_kit
from kit.services.events import active_event
from kit.services.starting_kit import read_starting_kit
from kit.store.models import Event, Setting

REPO = Path(__file__).resolve().parents[2]


def test_it_reads_what_the_open_kit_says(kit_with_event):
    kit_with_event.settings.set("kiosk_language", "es")
    starting = read_starting_kit(kit_with_event.paths)
    assert starting is not None
    try:
        assert starting.settings.get("kiosk_language") == "es"
        assert starting.settings.get("thank_you_seconds") == 4  # a default
        assert starting.interests("es") == kit_with_event.interests("es")
        assert starting.consent_wording_in("es") == kit_with_event.consent_wording_in("es")
        assert starting.organisation_name() == kit_with_event.organisation_name()
        assert not starting.is_protected()
        heading = starting.active_event()
        summary = active_event(kit_with_event)
        assert heading is not None and summary is not None
        assert (heading.name, heading.location, heading.date) == (
            summary.name, summary.location, summary.date)
        assert heading.date is not None
    finally:
        starting.close()


def test_a_setting_made_before_the_store_opens_waits_and_is_written_into_the_open_kit(
        kit_with_event):
    starting = read_starting_kit(kit_with_event.paths)
    assert starting is not None
    starting.settings.set("kiosk_fitted_scales", [[1, 2, "en", 1.0, "form", 0, 0.9]])
    assert starting.settings.get("kiosk_fitted_scales") == [[1, 2, "en", 1.0, "form", 0, 0.9]]
    assert kit_with_event.settings.get("kiosk_fitted_scales") is None  # not written yet
    starting.settings.write_into(kit_with_event.settings)
    starting.close()
    assert kit_with_event.settings.get("kiosk_fitted_scales") == [
        [1, 2, "en", 1.0, "form", 0, 0.9]]


def test_no_quick_read_without_a_database_or_an_event(tmp_path, kit):
    assert read_starting_kit(resolve_paths(tmp_path / "nothing here")) is None
    assert read_starting_kit(kit.paths) is None  # opened, but no event yet: first-run set-up


def test_no_quick_read_while_a_first_run_set_up_is_under_way(kit_with_event):
    first_run.mark_started(kit_with_event)
    assert read_starting_kit(kit_with_event.paths) is None


def test_no_quick_read_of_a_schema_that_opening_would_migrate(kit_with_event):
    with sqlite3.connect(kit_with_event.paths.database) as db:
        db.execute("PRAGMA user_version = 1")
    db.close()
    assert read_starting_kit(kit_with_event.paths) is None


def test_no_quick_read_of_a_file_that_is_not_a_database_and_it_is_left_as_it_was(tmp_path):
    paths = resolve_paths(tmp_path / "data").ensure()
    paths.database.write_bytes(b"not a database at all" * 100)
    assert read_starting_kit(paths) is None
    assert paths.database.read_bytes() == b"not a database at all" * 100


def test_a_protected_kit_makes_the_log_times_coarse_at_once(kit_with_event):
    from kit.protect.keys import KdfParams
    from kit.services import protection

    protection.init_protection(kit_with_event, "correct horse battery", kdf=KdfParams(n=2**14))
    use_coarse_times(False)
    try:
        starting = read_starting_kit(kit_with_event.paths)
        assert starting is not None and starting.is_protected()
        assert coarse_times_in_use()
        starting.close()
    finally:
        use_coarse_times(False)


def test_its_names_agree_with_the_models():
    assert starting_kit.EVENT_TABLE == Event._meta.table_name
    assert starting_kit.FIRST_RUN_SETTING == first_run.FIRST_RUN_SETTING
    from kit.services.settings import SETTING_TABLE

    assert SETTING_TABLE == Setting._meta.table_name


def test_reading_it_imports_neither_peewee_nor_cryptography(kit_with_event):
    probe = ("import json, sys\n"
             "from kit.paths import resolve_paths\n"
             "from kit.services.starting_kit import read_starting_kit\n"
             "starting = read_starting_kit(resolve_paths(sys.argv[1]))\n"
             "starting.interests('en')\n"
             "print(json.dumps([starting is not None, sorted(m for m in sys.modules\n"
             "  if m.split('.')[0] in ('peewee', 'cryptography', 'filelock'))]))")
    done = subprocess.run([sys.executable, "-c", probe, str(kit_with_event.paths.data_dir)],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [True, []]


def test_a_setting_is_read_before_the_kit_opens_and_never_creates_the_file(kit, tmp_path):
    """The volunteer side's language, for a recovery dialog shown while the kit opens."""
    from kit.services.starting_kit import stored_setting

    kit.settings.set("ui_language", "ur")
    assert stored_setting(kit.paths, "ui_language") == "ur"
    empty = resolve_paths(tmp_path / "nothing-here")
    assert stored_setting(empty, "ui_language") == "en"
    assert not empty.database.exists()
    garbage = resolve_paths(tmp_path / "garbage")
    garbage.data_dir.mkdir()
    garbage.database.write_bytes(b"not a database at all" * 100)
    assert stored_setting(garbage, "ui_language") == "en"
