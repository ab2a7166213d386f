"""The dashboard service: counts per hour (local time), new vs returning, interests, handouts,
sync, today; and that it never reads a contact's personal columns."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kit.domain.signup import SignupForm
from kit.services.dashboard import dashboard, event_rows, event_stats, hour_counts
from kit.services.events import create_event
from kit.services.kit import open_kit
from kit.services.signups import record_signup
from kit.store.models import HandoutLog, Outbox, Signup, SyncTarget

CHICAGO = ZoneInfo("America/Chicago")
NOW = dt.datetime(2026, 6, 14, 17, 30, tzinfo=CHICAGO)  # CDT, UTC-5


@pytest.fixture
def chicago_kit(tmp_path):
    kit = open_kit(tmp_path / "data", clock=lambda: NOW)
    yield kit
    kit.close()


def sign_at(kit, local: dt.datetime, *, event_id=None, language="en", **fields) -> Signup:
    fields.setdefault("first_name", "Canary")
    receipt = record_signup(kit, SignupForm(**fields), event_id=event_id, language=language)
    stored = local.astimezone(dt.UTC).replace(tzinfo=None)
    Signup.update(created_at=stored).where(Signup.uuid == receipt.signup_uuid).execute()
    return Signup.get(Signup.uuid == receipt.signup_uuid)


def at(hour: int, minute: int = 0, day: int = 14) -> dt.datetime:
    return dt.datetime(2026, 6, day, hour, minute, tzinfo=CHICAGO)


def test_signups_per_hour_are_in_local_time_with_quiet_hours_kept(chicago_kit):
    event = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    for hour, minute in ((9, 5), (9, 59), (10, 0), (12, 30)):
        sign_at(chicago_kit, at(hour, minute), email=f"p{hour}{minute}@example.org")
    stats = event_stats(chicago_kit, event.id)
    assert [(c.label, c.count) for c in stats.per_hour] == [
        ("9:00", 2), ("10:00", 1), ("11:00", 0), ("12:00", 1)]
    assert stats.busiest_hour.label == "9:00"
    assert (stats.first_signup.hour, stats.last_signup.hour) == (9, 12)


def test_hour_counts_of_nothing_is_empty():
    assert hour_counts([]) == ()


def test_new_and_returning_by_contact_across_events(chicago_kit):
    first = create_event(chicago_kit, "Pride", "Loring Park", "2026-05-30")
    sign_at(chicago_kit, at(12, day=13), event_id=first.id, email="back@example.org")
    second = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    sign_at(chicago_kit, at(10), email="back@example.org")
    sign_at(chicago_kit, at(11), email="new@example.org")
    stats = event_stats(chicago_kit, second.id)
    assert (stats.signups, stats.new, stats.returning, stats.unknown_origin) == (2, 1, 1, 0)
    assert stats.returning_known
    assert event_stats(chicago_kit, first.id).new == 1


def test_signups_without_a_linked_contact_are_not_known_rather_than_new(chicago_kit):
    """Protected mode seals contacts (no contact row); a purge unlinks them."""
    event = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    sealed = sign_at(chicago_kit, at(10), email="sealed@example.org")
    sign_at(chicago_kit, at(11), email="plain@example.org")
    Signup.update(contact=None).where(Signup.id == sealed.id).execute()
    stats = event_stats(chicago_kit, event.id)
    assert (stats.signups, stats.new, stats.returning, stats.unknown_origin) == (2, 1, 0, 1)
    assert not stats.returning_known
    row = event_rows(chicago_kit)[0]
    assert (row.signups, row.new, row.returning) == (2, 1, 0)
    Signup.update(contact=None).execute()
    row = event_rows(chicago_kit)[0]
    assert (row.new, row.returning) == (None, None)


def test_interests_consent_and_language_are_counted(chicago_kit):
    event = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    sign_at(chicago_kit, at(10), email="a@example.org", interests=("volunteer", "events"),
            consent_email=True)
    sign_at(chicago_kit, at(10), email="b@example.org", interests=("events",), language="ur",
            phone="612 555 0101", consent_sms=True)
    Signup.update(interests='["retired-tag"]').where(Signup.id == 2).execute()
    stats = event_stats(chicago_kit, event.id)
    counts = {c.key: c.count for c in stats.interests}
    assert counts["volunteer"] == 1 and counts["events"] == 1 and counts["retired-tag"] == 1
    assert counts["delegations"] == 0  # offered interests stay, with zero
    assert (stats.consent_email, stats.consent_sms) == (1, 1)
    assert {c.key: c.count for c in stats.languages} == {"en": 1, "ur": 1}


def test_handouts_printed_by_kind_and_saves_apart(chicago_kit):
    event = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    for name, copies, action in (("flyer", 10, "print"), ("flyer", 5, "quick-print"),
                                 ("factsheet", 2, "print"), ("flyer", 1, "save")):
        HandoutLog.create(event=event.id, handout=name, paper="letter", copies=copies, action=action)
    HandoutLog.create(event=None, handout="flyer", paper="letter", copies=99, action="print")
    stats = event_stats(chicago_kit, event.id)
    assert [(c.key, c.count) for c in stats.handouts] == [("flyer", 15), ("factsheet", 2)]
    assert stats.handouts[0].label == "Flyer"
    assert stats.handouts_saved == 1 and stats.handouts_printed == 17
    assert event_rows(chicago_kit)[0].handouts_printed == 17


def test_sync_states_are_grouped_by_who_acts_next(chicago_kit):
    event = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    with chicago_kit.store.write():
        SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
    for index in range(4):
        sign_at(chicago_kit, at(10), email=f"s{index}@example.org")
    states = ("sent", "failed", "pending", "retry")
    for row, state in zip(Outbox.select().order_by(Outbox.id), states, strict=True):
        Outbox.update(state=state).where(Outbox.id == row.id).execute()
    sync = event_stats(chicago_kit, event.id).sync
    assert (sync.targets, sync.waiting, sync.stuck, sync.done) == (1, 2, 1, 1)
    assert "1 need a person" in sync.describe()
    assert event_rows(chicago_kit)[0].awaiting_sync == 3
    assert dashboard(chicago_kit).sync.waiting == 2


def test_an_events_sync_counts_only_its_own_sign_ups(chicago_kit):
    earlier = create_event(chicago_kit, "Pride", "Loring Park", "2026-05-30")
    with chicago_kit.store.write():
        SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
    sign_at(chicago_kit, at(12, day=13), event_id=earlier.id, email="a@example.org")
    market = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    for index in range(2):
        sign_at(chicago_kit, at(10), event_id=market.id, email=f"m{index}@example.org")
    assert event_stats(chicago_kit, earlier.id).sync.waiting == 1
    assert event_stats(chicago_kit, market.id).sync.waiting == 2
    by_event = {row.event.id: row.awaiting_sync for row in event_rows(chicago_kit)}
    assert by_event == {earlier.id: 1, market.id: 2}


def test_today_counts_the_local_day_for_all_events_and_the_active_one(chicago_kit):
    first = create_event(chicago_kit, "Morning", "A", "2026-06-14")
    sign_at(chicago_kit, at(9), event_id=first.id, email="a@example.org")
    sign_at(chicago_kit, at(23, 30, day=13), event_id=first.id, email="yesterday@example.org")
    create_event(chicago_kit, "Afternoon", "B", "2026-06-14")
    sign_at(chicago_kit, at(14), email="b@example.org")
    sign_at(chicago_kit, at(15), email="c@example.org")
    data = dashboard(chicago_kit)
    assert (data.today, data.today_active) == (3, 2)
    assert [row.event.name for row in data.events] == ["Afternoon", "Morning"]
    assert data.events[0].active and not data.events[1].active


def test_the_dashboard_never_reads_personal_columns(chicago_kit):
    event = create_event(chicago_kit, "Market", "Minneapolis", "2026-06-14")
    sign_at(chicago_kit, at(10), email="x@example.org", last_name="Canary", postal_code="55406")
    HandoutLog.create(event=event.id, handout="flyer", paper="letter", copies=1, action="print")
    statements: list[str] = []
    connection = chicago_kit.store.db.connection()
    connection.set_trace_callback(statements.append)
    try:
        event_stats(chicago_kit, event.id)
        dashboard(chicago_kit)
    finally:
        connection.set_trace_callback(None)
    assert statements
    personal = ('"first_name"', '"last_name"', '"email"', '"phone"', '"postal_code"', '"note"',
                '"sealed"', 'FROM "contact"', 'JOIN "contact"')
    leaks = [sql for sql in statements if any(column in sql for column in personal)]
    assert leaks == []


def test_every_outbox_state_has_words_on_the_dashboard():
    from kit.services.dashboard import STATE_LABELS
    from kit.sync import states

    assert set(STATE_LABELS) == set(states.ALL_STATES)
