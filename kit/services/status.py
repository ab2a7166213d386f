"""The numbers the status bar shows: the active event, today's sign-ups, what awaits sync/export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kit.domain.times import to_stored
from kit.services.events import EventSummary, active_event
from kit.services.kit import Kit
from kit.store.models import Outbox, SyncTarget
from kit.sync.states import WAITING_STATES


@dataclass(frozen=True)
class KitStatus:
    """A snapshot for the status bar and the volunteer area."""

    event: EventSummary | None
    signups_today: int
    awaiting_sync: int
    awaiting_export: int


def local_day_bounds_utc(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Start and end of `now`'s local day, as naive UTC like the stored timestamps.

    The day is the one of `now`'s own time zone (the kit's clock); only a naive `now` is taken
    as the machine's local time.
    """
    local = now if now.tzinfo is not None else now.astimezone()
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + dt.timedelta(days=1)
    return to_stored(start), to_stored(end)


def signups_today(kit: Kit, event_id: int | None = None) -> int:
    """Sign-ups made today (the kit clock's local day), at one event or at all of them."""
    start, end = local_day_bounds_utc(kit.clock())
    return _count_since(kit, str(start), end=str(end), event_id=event_id)


def _count_since(kit: Kit, start: str, *, end: str | None = None, event_id: int | None = None,
                 strictly: bool = False) -> int:
    """Sign-ups made from `start` (after it, when `strictly`) until `end`, counted on the
    (event, time) index: one range of it per event.

    Plain SQL: the status bar asks after every sign-up, and a time range over the whole table
    was a full scan (no index starts with the time).
    """
    where = "event_id = ?" if event_id is not None else "event_id IN (SELECT id FROM event)"
    params: list[object] = [event_id] if event_id is not None else []
    where += " AND created_at > ?" if strictly else " AND created_at >= ?"
    params.append(start)
    if end is not None:
        where += " AND created_at < ?"
        params.append(end)
    conn = kit.store.db.connection()
    return int(conn.execute(f"SELECT COUNT(*) FROM signup WHERE {where}", params).fetchone()[0])


def awaiting_sync() -> int:
    """Outbox rows a sync would still deliver; skipped rows and disabled targets don't count."""
    return (
        Outbox.select().join(SyncTarget)
        .where(Outbox.state.in_(WAITING_STATES) & (SyncTarget.enabled == True))  # noqa: E712
        .count()
    )


def kit_status(kit: Kit) -> KitStatus:
    event = active_event(kit)
    pending = awaiting_sync()
    since = kit.settings.get("last_export_at")
    if since:  # stored text compares as the times do
        to_export = _count_since(kit, str(dt.datetime.fromisoformat(since)), strictly=True)
    else:
        to_export = int(kit.store.db.connection().execute(
            "SELECT COUNT(*) FROM signup").fetchone()[0])
    return KitStatus(
        event=event,
        signups_today=signups_today(kit, event.id if event else None),
        awaiting_sync=pending,
        awaiting_export=to_export,
    )
