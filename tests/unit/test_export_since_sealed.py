""""New since the last export" on a protected kit, where a sealed sign-up's clear time is only
its quarter hour: a sign-up made after an export in the same quarter hour must reach the next
export, and the status bar must not count it as exported."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.events import create_event
from kit.services.exports import ExportOptions, count_export, export_contacts
from kit.services.kit import Kit, open_kit
from kit.services.signups import record_signup
from kit.services.status import LiveStatus, kit_status

PASS = "correct horse battery staple"
FAST = KdfParams(n=2**14)
START = dt.datetime(2026, 6, 14, 15, 1, tzinfo=dt.UTC)  # 15:00-15:15 is one quarter hour


class Clock:
    """The kit's clock, moved by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += dt.timedelta(minutes=minutes)


@pytest.fixture
def sealed_kit(tmp_path: Path):
    clock = Clock(START)
    kit = open_kit(tmp_path / "data", clock=clock)
    create_event(kit, "Lake Street table", "Minneapolis", "2026-06-14")
    protection.init_protection(kit, PASS, kdf=FAST)
    protection.lock(kit)
    protection.unlock(kit, PASS)
    yield kit, clock
    kit.close()


def sign_up(kit: Kit, email: str) -> None:
    record_signup(kit, SignupForm(first_name=email.split("@")[0], email=email,
                                  consent_email=True))


def emails_in(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return {row["Email"] for row in csv.DictReader(stream)}


NEW_ONLY = ExportOptions(new_since_last_export=True)


def test_a_sign_up_after_an_export_in_the_same_quarter_hour_is_in_the_next_one(
        sealed_kit, tmp_path):
    kit, clock = sealed_kit
    sign_up(kit, "ayesha@example.org")
    clock.advance(2)  # 15:03
    first = export_contacts(kit, "csv", tmp_path / "first.csv", NEW_ONLY)
    assert first.count == 1
    clock.advance(4)  # 15:07: stored as 15:00 like Ayesha's, the export was at 15:03
    sign_up(kit, "bo@example.org")
    # The mark at rest is only the export's quarter hour (issue 21: no finer time on a
    # protected kit), so Ayesha, made in that quarter hour, is new once more: over, never under.
    assert kit.settings.get("last_export_at") == "2026-06-14T15:00:00"
    assert count_export(kit, NEW_ONLY) == 2
    clock.advance(1)
    export_contacts(kit, "csv", tmp_path / "second.csv", NEW_ONLY)
    assert emails_in(tmp_path / "second.csv") == {"ayesha@example.org", "bo@example.org"}


def test_the_status_bar_never_counts_a_same_quarter_hour_sign_up_as_exported(sealed_kit,
                                                                            tmp_path):
    kit, clock = sealed_kit
    sign_up(kit, "ayesha@example.org")
    clock.advance(2)
    export_contacts(kit, "csv", tmp_path / "first.csv")
    live = LiveStatus(kit)
    live.read()
    clock.advance(4)
    sign_up(kit, "bo@example.org")
    # Bo (15:07) is certainly not exported; Ayesha (15:01, exported at 15:03) cannot be told
    # apart from him by the clear time, so she counts too: over, never under.
    assert kit_status(kit).awaiting_export == 2
    assert live.read().awaiting_export == 2
    # An export in the next hour covers both (a row stored on the hour may be one sealed before
    # quarter hours, floored to the hour, so the rest of that hour stays in doubt).
    clock.advance(60)
    export_contacts(kit, "csv", tmp_path / "second.csv")
    assert kit_status(kit).awaiting_export == 0
