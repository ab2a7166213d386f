"""kit.domain.times: the one place that knows DATETIME columns hold naive UTC."""

from __future__ import annotations

import datetime as dt

from kit.domain.times import (
    as_utc,
    from_stored,
    from_stored_or_none,
    stored_text,
    to_stored,
    utc_now,
)

KOLKATA = dt.timezone(dt.timedelta(hours=5, minutes=30))


def test_an_aware_time_is_stored_as_naive_utc():
    assert to_stored(dt.datetime(2026, 6, 14, 9, 15, tzinfo=KOLKATA)) == dt.datetime(2026, 6, 14, 3, 45)


def test_a_naive_time_is_read_as_the_machines_local_time():
    local_noon = dt.datetime(2026, 6, 14, 12, 0)
    assert to_stored(local_noon) == local_noon.astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def test_stored_values_come_back_as_aware_utc_from_datetimes_and_from_peewees_text():
    expected = dt.datetime(2026, 6, 14, 3, 45, 1, 250000, tzinfo=dt.UTC)
    assert from_stored(dt.datetime(2026, 6, 14, 3, 45, 1, 250000)) == expected
    assert from_stored("2026-06-14 03:45:01.250000") == expected
    assert from_stored("2026-06-14 03:45:01.250000").tzinfo is dt.UTC
    assert from_stored("2026-06-14T09:15:01.250000+05:30") == expected  # text with its own offset
    assert from_stored(dt.datetime(2026, 6, 14, 9, 15, 1, 250000, tzinfo=KOLKATA)).tzinfo == dt.UTC


def test_a_time_survives_the_round_trip_and_null_stays_null():
    moment = dt.datetime(2026, 11, 1, 23, 59, 59, tzinfo=KOLKATA)
    assert from_stored(to_stored(moment)) == moment
    assert from_stored_or_none(None) is None
    now = utc_now()
    assert now.tzinfo is None and abs(from_stored(now) - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_as_utc_reads_a_naive_time_as_utc_not_as_local_time():
    # Unlike to_stored: a naive time here is one the kit wrote (store, files, sync), so UTC.
    assert as_utc(dt.datetime(2026, 6, 14, 3, 45)) == dt.datetime(2026, 6, 14, 3, 45, tzinfo=dt.UTC)
    converted = as_utc(dt.datetime(2026, 6, 14, 9, 15, tzinfo=KOLKATA))
    assert converted.tzinfo is dt.UTC and converted.hour == 3 and converted.minute == 45


def test_stored_text_is_what_sqlite3_and_peewee_write():
    assert stored_text(dt.datetime(2026, 6, 14, 3, 45, 1)) == "2026-06-14 03:45:01"
    assert stored_text(dt.datetime(2026, 6, 14, 3, 45, 1, 250)) == "2026-06-14 03:45:01.000250"
