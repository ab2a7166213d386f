"""A sealed row's clear time is floored to the quarter hour in UTC: coarse, yet on the right
local day and hour in every time zone (offsets are multiples of 15 minutes: +5:30, +5:45, -3:30)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kit.services.protection import coarse_time

ZONES = ["Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Australia/Adelaide",
         "Australia/Eucla", "Pacific/Chatham", "America/Chicago", "UTC"]


def test_a_signup_just_after_midnight_in_india_stays_on_its_day():
    local = dt.datetime(2026, 6, 15, 0, 10, tzinfo=ZoneInfo("Asia/Kolkata"))
    naive_utc = local.astimezone(dt.UTC).replace(tzinfo=None)  # 2026-06-14 18:40
    coarse = coarse_time(naive_utc).replace(tzinfo=dt.UTC).astimezone(ZoneInfo("Asia/Kolkata"))
    assert coarse.date() == dt.date(2026, 6, 15) and (coarse.hour, coarse.minute) == (0, 0)


@pytest.mark.parametrize(("minute", "floored"), [(0, 0), (14, 0), (15, 15), (44, 30), (59, 45)])
def test_the_time_is_floored_to_the_quarter_hour(minute, floored):
    assert coarse_time(dt.datetime(2026, 6, 14, 18, minute, 59, 999)) == dt.datetime(
        2026, 6, 14, 18, floored)


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)),
       st.sampled_from(ZONES))
def test_the_local_day_and_hour_never_change(naive_utc, zone):
    tz = ZoneInfo(zone)
    exact = naive_utc.replace(tzinfo=dt.UTC).astimezone(tz)
    coarse = coarse_time(naive_utc).replace(tzinfo=dt.UTC).astimezone(tz)
    assert (coarse.date(), coarse.hour) == (exact.date(), exact.hour)
    assert dt.timedelta(0) <= exact - coarse < dt.timedelta(minutes=15)
