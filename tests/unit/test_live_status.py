"""The status bar's numbers after each sign-up are counted on, not recounted, and always equal
a full count: another process's sign-up, another write, the turn of the day or a sealed sign-up
make it count again."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest

from kit.domain.signup import SignupForm
from kit.services import status as status_module
from kit.services.kit import Kit
from kit.services.signups import record_signup
from kit.services.status import LiveStatus, kit_status
from kit.store.models import SyncTarget

CHICAGO = dt.timezone(dt.timedelta(hours=-5))


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 6, 14, 15, 0, tzinfo=CHICAGO)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def desk(kit_with_event, clock):
    """The kit with a clock the test moves, an enabled and a disabled sync target."""
    kit = kit_with_event
    kit.clock = clock
    with kit.store.write():
        SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
        SyncTarget.create(name="off", kind="webhook", base_url="https://example.org/x", enabled=False)
    return kit


def sign(kit: Kit, n: int):
    return record_signup(kit, SignupForm(first_name="Ayesha", email=f"p{n}@example.org"))


@pytest.fixture
def counts(monkeypatch) -> list[int]:
    """How many times the tables are counted in full."""
    calls: list[int] = []
    read = status_module._read

    def counted(kit, exported):
        calls.append(1)
        return read(kit, exported)

    monkeypatch.setattr(status_module, "_read", counted)
    return calls


def test_sign_ups_are_counted_on_and_match_a_full_count(desk, counts):
    live = LiveStatus(desk)
    live.read()
    for n in range(4):
        shown = live.after_signup(sign(desk, n))
    assert len(counts) == 1  # the first read only
    assert shown == kit_status(desk)
    assert (shown.signups_today, shown.awaiting_sync, shown.awaiting_export) == (4, 4, 4)


def test_a_sign_up_from_another_process_makes_it_count_again(desk, counts):
    live = LiveStatus(desk)
    live.read()
    live.after_signup(sign(desk, 0))
    with sqlite3.connect(desk.paths.database) as other:  # as the CLI would add one
        other.execute(
            "INSERT INTO signup (uuid, event_id, created_at, interests, note, consent_email,"
            " consent_email_text, consent_sms, consent_sms_text, source, language)"
            " VALUES (?, ?, ?, '[]', '', 0, '', 0, '', 'cli', 'en')",
            (str(uuid.uuid4()), desk.desk().active_event_id, "2026-06-14 20:10:00"))
    shown = live.after_signup(sign(desk, 1))
    assert len(counts) == 2
    assert shown == kit_status(desk) and shown.signups_today == 3


def test_another_write_in_between_makes_it_count_again(desk, counts):
    live = LiveStatus(desk)
    live.read()
    desk.settings.set("last_export_at", dt.datetime(2026, 6, 14, 20, 30).isoformat())
    desk.clock.now += dt.timedelta(hours=1)
    shown = live.after_signup(sign(desk, 0))
    assert len(counts) == 2
    assert shown == kit_status(desk) and shown.awaiting_export == 1


def test_after_midnight_today_starts_again(desk, counts):
    live = LiveStatus(desk)
    live.read()
    live.after_signup(sign(desk, 0))
    desk.clock.now = dt.datetime(2026, 6, 15, 0, 5, tzinfo=CHICAGO)
    shown = live.after_signup(sign(desk, 1))
    assert len(counts) == 2
    assert shown == kit_status(desk) and shown.signups_today == 1
