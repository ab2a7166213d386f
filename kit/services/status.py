"""The numbers the status bar shows: the active event, today's sign-ups, what awaits sync/export.

LiveStatus keeps them for a window that shows them after every sign-up: read in full now and
then, and counted on after a sign-up this process recorded, as long as nothing else can have
changed them meanwhile.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from kit.domain.records import EventInfo
from kit.domain.times import coarse_time, to_stored
from kit.services.export_mark import LAST_EXPORT_SETTING
from kit.services.kit import Kit
from kit.services.recording import SignupReceipt
from kit.store.models import Outbox, SyncTarget
from kit.sync.states import WAITING_STATES


@dataclass(frozen=True)
class KitStatus:
    """A snapshot for the status bar and the volunteer area."""

    event: EventInfo | None  # the active event
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


def _active_event_info(kit: Kit) -> EventInfo | None:
    """The active event's name and date, without counting its sign-ups (get_event counts
    them: ~12 ms at 100,000, after every sign-up, for a name)."""
    event_id = kit.desk().active_event_id
    if event_id is None:
        return None
    row = kit.store.db.connection().execute(
        "SELECT uuid, name, location, date FROM event WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    uuid, name, location, date = row
    return EventInfo(id=event_id, uuid=uuid, name=name, location=location or "",
                     date=dt.date.fromisoformat(str(date)) if date else None)


def _export_mark(kit: Kit) -> dt.datetime | None:
    since = kit.settings.get(LAST_EXPORT_SETTING)
    return dt.datetime.fromisoformat(since) if since else None


def _read(kit: Kit, exported: dt.datetime | None) -> KitStatus:
    event = _active_event_info(kit)
    if exported is not None:
        to_export = _count_not_exported(kit, exported)
    else:
        to_export = int(kit.store.db.connection().execute(
            "SELECT COUNT(*) FROM signup").fetchone()[0])
    return KitStatus(
        event=event,
        signups_today=signups_today(kit, event.id if event else None),
        awaiting_sync=awaiting_sync(),
        awaiting_export=to_export,
    )


def _count_not_exported(kit: Kit, exported: dt.datetime) -> int:
    """Sign-ups that may have been made after the export at `exported`.

    A clear row's time is exact. A sealed row keeps only its quarter hour in clear (the hour,
    for rows sealed before quarter hours: kit.domain.times.coarse_time; the exact time is
    inside the seal), so a row in the export's own quarter hour (or hour) cannot be told from
    one made after it, and counts as not exported. This errs towards counting too many, on
    purpose: the number tells a coordinator that people are not in any file yet, and a person
    hidden from it may never be exported; one counted twice costs a look at the next export.
    The export itself decides from the exact times in the vault (kit.services.people.sealed).
    """
    quarter = coarse_time(exported)
    hour = exported.replace(minute=0, second=0, microsecond=0)
    conn = kit.store.db.connection()
    # The first bound (the earliest a maybe-later row can be stored at) keeps the count on the
    # (event, time) index; stored text compares as the times do.
    return int(conn.execute(
        "SELECT COUNT(*) FROM signup WHERE event_id IN (SELECT id FROM event)"
        " AND created_at >= ? AND (created_at > ? OR (sealed IS NOT NULL"
        " AND (created_at >= ? OR created_at = ?)))",
        (str(hour), str(exported), str(quarter), str(hour))).fetchone()[0])


def kit_status(kit: Kit) -> KitStatus:
    """The status bar's numbers, counted now."""
    return _read(kit, _export_mark(kit))


@dataclass(frozen=True)
class _Basis:
    """What a counted status was read under, to tell whether counting on from it is exact."""

    conn: sqlite3.Connection
    data_version: int  # moves when another connection commits (the CLI, a worker)
    changes: int  # the connection's total_changes: moves with every row it writes
    day: tuple[dt.datetime, dt.datetime]  # the kit clock's local day, naive UTC
    exported: dt.datetime | None  # last_export_at
    targets: int  # enabled sync targets: a sign-up adds one outbox row for each


class LiveStatus:
    """The status bar's numbers for one window: `read` counts them; `after_signup` adds a
    sign-up this process has just recorded (+1 today, +1 to export, one row to sync per enabled
    target) instead of counting the tables again (~1 ms at 100,000 sign-ups and growing), and
    counts again whenever that might not be exact: another connection committed, anything
    else was written on this one, the day turned, the clock is behind the last export, or the
    sign-up was sealed (its stored time is rounded to the quarter hour)."""

    def __init__(self, kit: Kit) -> None:
        self._kit = kit
        self._status: KitStatus | None = None
        self._basis: _Basis | None = None

    def read(self) -> KitStatus:
        """Count everything again."""
        kit = self._kit
        conn = kit.store.db.connection()
        # Read before counting: a commit landing during the counts moves it, and the next
        # sign-up then counts again.
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        changes = conn.total_changes
        exported = _export_mark(kit)
        status = _read(kit, exported)
        targets = conn.execute("SELECT COUNT(*) FROM sync_target WHERE enabled = 1").fetchone()[0]
        self._status = status
        self._basis = None if conn.in_transaction else _Basis(
            conn, version, changes, local_day_bounds_utc(kit.clock()), exported, int(targets))
        return status

    def after_signup(self, receipt: SignupReceipt) -> KitStatus:
        """The numbers once `receipt`'s sign-up (recorded by this process) is in."""
        status, basis = self._status, self._basis
        kit = self._kit
        conn = kit.store.db.connection()
        written = kit.last_signup_write
        now = to_stored(kit.clock())
        exact = (
            status is not None and basis is not None and receipt.contact_id is not None
            and status.event is not None and receipt.event_id == status.event.id
            and basis.conn is conn and written is not None and written[0] is conn
            and written[1] == basis.changes
            and conn.execute("PRAGMA data_version").fetchone()[0] == basis.data_version
            and basis.day[0] <= now < basis.day[1]
            and (basis.exported is None or now > basis.exported)
        )
        if not exact:
            return self.read()
        assert status is not None and basis is not None and written is not None
        self._status = replace(status, signups_today=status.signups_today + 1,
                               awaiting_sync=status.awaiting_sync + basis.targets,
                               awaiting_export=status.awaiting_export + 1)
        self._basis = replace(basis, changes=written[2])
        return self._status
