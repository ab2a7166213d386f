"""The stored-time convention, owned here: every DATETIME column holds naive UTC.

The kit's clock gives aware local time, and what people see is local time; the store keeps
naive UTC (peewee writes it as text `YYYY-MM-DD HH:MM:SS[.ffffff]`, and SQL compares it as
text). Crossing into the store goes through `to_stored`, coming out through `from_stored`, so
the rule is written once.
"""

from __future__ import annotations

import datetime as dt

_parse = dt.datetime.fromisoformat


def utc_now() -> dt.datetime:
    """Now, as the store keeps it (naive UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_stored(moment: dt.datetime) -> dt.datetime:
    """An aware time as naive UTC, the form DATETIME columns store.

    A naive `moment` is read as the machine's local time (what `datetime.astimezone` does): the
    times a person picks, like "from this day", are local.
    """
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """`moment` as an aware UTC datetime; a naive one is read as UTC, the store's convention (and
    that of the kit's own files and of sync's times)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def stored_text(value: dt.datetime) -> str:
    """A naive-UTC time as the text peewee and sqlite3 write into a DATETIME column
    (`YYYY-MM-DD HH:MM:SS[.ffffff]`), for statements written in plain SQL."""
    return value.isoformat(" ")


def from_stored(value: str | dt.datetime) -> dt.datetime:
    """A stored DATETIME (naive UTC, as a datetime or as the text peewee writes) as an aware UTC
    datetime. Text that carries its own offset keeps it; the result is UTC either way."""
    if isinstance(value, str):
        text = value
        try:  # parsing with the offset is ~5x quicker than parsing, then .replace(tzinfo=)
            return _parse(text + "+00:00")
        except ValueError:  # text that carries its own offset
            value = _parse(text)
    return as_utc(value)


def from_stored_or_none(value: str | dt.datetime | None) -> dt.datetime | None:
    """`from_stored` for a column that may be NULL."""
    return None if value is None else from_stored(value)


QUARTER_HOUR_MINUTES = 15


def quarter_hour(moment: dt.datetime) -> dt.datetime:
    """`moment` floored to its quarter hour: the finest time a protected kit keeps at rest
    (sealed sign-ups, the outbox and the other tables by the store's triggers, the log, the
    export mark, key and backup names). Every UTC offset in use is a multiple of 15 minutes,
    so the floor stays in the same local day and hour."""
    return moment.replace(minute=moment.minute - moment.minute % QUARTER_HOUR_MINUTES,
                          second=0, microsecond=0)


COARSE_MINUTES = QUARTER_HOUR_MINUTES


def coarse_time(when: dt.datetime) -> dt.datetime:
    """The quarter hour a sealed sign-up was made (naive UTC), as its row keeps it: enough for
    counts per day and per hour, not a timeline.

    Why 15 minutes and not the hour: every UTC offset in use is a multiple of 15 minutes
    (India +5:30, Nepal +5:45, Newfoundland -3:30, ...), so a time floored to the quarter hour in
    UTC stays in the same local day and hour; floored to the UTC hour, a sign-up made just after
    local midnight in India was counted on the day before. Rows sealed before this change keep
    their hour (nothing stored is rewritten). The exact time stays inside the seal.
    """
    return quarter_hour(when)
