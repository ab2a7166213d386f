"""The numbers the status bar shows: the active event, today's sign-ups, what awaits sync/export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kit.domain.times import to_stored
from kit.services.events import EventSummary, active_event
from kit.services.kit import Kit
from kit.store.models import Outbox, Signup, SyncTarget
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
    start, end = local_day_bounds_utc(kit.clock())
    query = Signup.select().where((Signup.created_at >= start) & (Signup.created_at < end))
    if event_id is not None:
        query = query.where(Signup.event == event_id)
    return query.count()


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
    to_export = Signup.select()
    if since:
        to_export = to_export.where(Signup.created_at > dt.datetime.fromisoformat(since))
    return KitStatus(
        event=event,
        signups_today=signups_today(kit, event.id if event else None),
        awaiting_sync=pending,
        awaiting_export=to_export.count(),
    )
