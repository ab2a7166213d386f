""""New since the last export" against a sign-up or an import that commits while an export runs
(issue 22): stamped before the export's mark, committed after the export read its rows, it was
in neither file, ever. Two threads, each with its own SQLite connection (peewee keeps one per
thread), the interleaving forced with events."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from kit.domain.signup import SignupForm
from kit.services.events import create_event
from kit.services.exports import ExportOptions, export_contacts
from kit.services.imports import plan_import, run_import
from kit.services.kit import open_kit
from kit.services.signups import record_signup
from tests.unit.test_export_late_arrivals import NEW_ONLY, SUNDAY, Clock, emails_in, table_laptop_file

STAMPED = SUNDAY - dt.timedelta(seconds=30)  # the kiosk's stamp, just before the export's mark


class KioskClock:
    """One kit's clock, as two threads read it: the exporting thread gets `now`; the kiosk's
    thread gets STAMPED and is then held (stamped, not yet committed) until the test lets go."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.kiosk: threading.Thread | None = None
        self.stamped = threading.Event()
        self.go = threading.Event()

    def __call__(self) -> dt.datetime:
        if threading.current_thread() is not self.kiosk:
            return self.now
        self.stamped.set()
        assert self.go.wait(30), "the test never let the sign-up go"
        return STAMPED


@pytest.mark.parametrize("protected", [False, True], ids=["clear", "sealed"])
def test_a_sign_up_committed_during_an_export_is_in_the_next_new_one(tmp_path, protected):
    clock = KioskClock(SUNDAY)
    kit = open_kit(tmp_path / "data", clock=clock)
    try:
        create_event(kit, "Lake Street table", "Minneapolis", "2026-06-14")
        if protected:  # sealed sign-ups: the stored time is only the quarter hour
            from kit.protect.keys import KdfParams
            from kit.services import protection

            protection.init_protection(kit, "correct horse battery staple",
                                       kdf=KdfParams(n=2**14))
        failures: list[BaseException] = []

        def kiosk() -> None:
            try:
                record_signup(kit, SignupForm(first_name="Amna", email="amna@example.org",
                                              consent_email=True))
            except BaseException as exc:  # reported by the main thread
                failures.append(exc)

        clock.kiosk = threading.Thread(target=kiosk)
        clock.kiosk.start()
        assert clock.stamped.wait(30)
        first = tmp_path / "first.csv"
        export_contacts(kit, "csv", first, ExportOptions())  # the mark: SUNDAY
        clock.go.set()
        clock.kiosk.join(30)
        assert not failures, failures
        assert "amna@example.org" not in emails_in(first)  # not committed when it was read

        clock.now = SUNDAY + dt.timedelta(hours=1)
        second = tmp_path / "second.csv"
        export_contacts(kit, "csv", second, NEW_ONLY)
        assert "amna@example.org" in emails_in(second)
    finally:
        kit.close()


def test_an_import_committed_between_an_export_s_read_and_its_mark_is_not_lost(tmp_path):
    late = table_laptop_file(tmp_path, "json")  # Amna, signed up on Saturday
    clock = Clock(SUNDAY)
    kit = open_kit(tmp_path / "data", clock=clock)
    try:
        create_event(kit, "Lake Street table", "Minneapolis", "2026-06-14")
        record_signup(kit, SignupForm(first_name="Bilal", email="bilal@example.org",
                                      consent_email=True))
        imported: list[int] = []

        def import_now() -> None:
            imported.append(run_import(kit, plan_import(late)).imported)

        def after_the_rows_were_read(done: int, total: int) -> None:
            # Called once the rows are written, before the export returns: another thread (its
            # own connection) commits an import batch of a sign-up made before the export.
            if not imported:
                other = threading.Thread(target=import_now)
                other.start()
                other.join(30)

        first = tmp_path / "first.csv"
        export_contacts(kit, "csv", first, ExportOptions(), progress=after_the_rows_were_read)
        assert imported == [1]
        assert emails_in(first) == {"bilal@example.org"}

        clock.now = SUNDAY + dt.timedelta(hours=1)
        second = tmp_path / "second.csv"
        export_contacts(kit, "csv", second, NEW_ONLY)
        assert "amna@example.org" in emails_in(second)
    finally:
        kit.close()


def test_a_failed_export_gives_its_mark_back(tmp_path, monkeypatch):
    import kit.services.exports as exports
    from kit.services.exports import ExportCancelled

    clock = Clock(SUNDAY)
    kit = open_kit(tmp_path / "data", clock=clock)
    try:
        create_event(kit, "Lake Street table", "Minneapolis", "2026-06-14")
        record_signup(kit, SignupForm(first_name="Bilal", email="bilal@example.org"))
        export_contacts(kit, "csv", tmp_path / "first.csv", ExportOptions())
        before = kit.settings.get("last_export_at")
        monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
        clock.now = SUNDAY + dt.timedelta(hours=1)
        with pytest.raises(ExportCancelled):
            export_contacts(kit, "csv", tmp_path / "second.csv", ExportOptions(),
                            cancel=lambda: True)
        assert kit.settings.get("last_export_at") == before
    finally:
        kit.close()
